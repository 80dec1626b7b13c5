import * as z from 'zod/mini'

/** An int64 id sent as a decimal string. Never parsed into a JS number: most ids are above 2^53. */
export const idString = z.string().check(z.regex(/^(0|[1-9]\d{0,18})$/, 'must be a decimal id string'))

/** Epoch seconds as a decimal string. */
export const epochString = z.string().check(z.regex(/^\d+$/, 'must be epoch seconds as a decimal string'))

/** Counts in list envelopes travel as decimal strings. */
export const countString = z.string().check(z.regex(/^\d+$/, 'must be a count as a decimal string'))

/**
 * When a key last signed in or called the API (tenant clock); null: never. Carried by every product's key object
 * (issue #16). Here rather than in activity.ts, so that the key pages' first load does not carry the activity schemas.
 */
export const lastUsedTime = z.nullable(epochString)

/**
 * On a ZPA or ZCC key object: until when (epoch seconds, the tenant's clock, exclusive) its previous secret still
 * signs in after a rotation; null when it has none, or its grace has ended (issue #17, rotation.ts). Here so that the
 * key objects take it without an import cycle (rotation.ts builds on api-key.ts).
 */
export const previousSecretValidUntil = z.nullable(epochString)

/** `notUsedForDays` of every product's key list (issue #16). */
export const MAX_NOT_USED_FOR_DAYS = 3650

export const DEFAULT_MICROTENANT_ID = '0'
export const DEFAULT_MICROTENANT_NAME = 'Default'
