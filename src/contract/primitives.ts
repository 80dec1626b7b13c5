import * as z from 'zod/mini'

/** An int64 id sent as a decimal string. Never parsed into a JS number: most ids are above 2^53. */
export const idString = z.string().check(z.regex(/^(0|[1-9]\d{0,18})$/, 'must be a decimal id string'))

/** Epoch seconds as a decimal string. */
export const epochString = z.string().check(z.regex(/^\d+$/, 'must be epoch seconds as a decimal string'))

/** Counts in list envelopes travel as decimal strings. */
export const countString = z.string().check(z.regex(/^\d+$/, 'must be a count as a decimal string'))

export const DEFAULT_MICROTENANT_ID = '0'
export const DEFAULT_MICROTENANT_NAME = 'Default'
