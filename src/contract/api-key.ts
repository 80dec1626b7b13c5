import * as z from 'zod/mini'
import { _default as withDefault } from 'zod/mini'
import { countString, epochString, idString, lastUsedTime, previousSecretValidUntil } from './primitives'

export const NAME_MAX_LENGTH = 50
export const TOKEN_EXPIRY_MIN = 30
export const TOKEN_EXPIRY_MAX = 3600
export const TOKEN_EXPIRY_DEFAULT = 3600

/** The API key object (`ClientCredential`) as the API returns it. */
export const apiKey = z.object({
  id: idString,
  name: z.string(),
  clientId: z.string(),
  enabled: z.boolean(),
  tokenExpiryTimeInSec: z.string().check(z.regex(/^\d+$/)),
  roleId: idString,
  isLocked: z.boolean(),
  readOnly: z.boolean(),
  zscalerManaged: z.boolean(),
  creationTime: epochString,
  modifiedTime: epochString,
  modifiedBy: idString,
  customerId: idString,
  microtenantId: idString,
  microtenantName: z.string(),
  // Modelled by the official SDKs (zscaler-sdk-python ApiKeys, zscaler-sdk-go APIKeys); unused by this product.
  iamClientId: z.string(),
  pinSessionEnabled: z.boolean(),
  restrictionType: z.string(),
  syncVersion: z.string().check(z.regex(/^\d+$/)),
  /** When the key last signed in or called the API (the tenant's clock); null: never (issue #16). */
  lastUsedTime: lastUsedTime,
  /** Until when the secret a rotation replaced still signs in; null: none, or its grace is over (issue #17). */
  previousSecretValidUntil: previousSecretValidUntil,
})
export type ApiKey = z.infer<typeof apiKey>

/** What a key holds in the SDK-modelled fields this product leaves unused; keys saved before they existed read as this. */
export const unusedApiKeyFields = {
  iamClientId: '',
  pinSessionEnabled: false,
  restrictionType: '',
  syncVersion: '0',
} as const satisfies Partial<ApiKey>

/** Only the 201 answer to a create carries the secret. */
/** The one answer with the secret: 32 letters and digits. */
export const createdApiKey = z.extend(apiKey, { clientSecret: z.string().check(z.regex(/^[A-Za-z0-9]{32}$/)) })
export type CreatedApiKey = z.infer<typeof createdApiKey>

export const apiKeyPage = z.object({
  totalPages: countString,
  totalCount: countString,
  list: z.array(apiKey),
})
export type ApiKeyPage = z.infer<typeof apiKeyPage>

// eslint-disable-next-line no-control-regex -- the rule is about control characters
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/
// Make a name look like another (or like nothing): zero-width characters, bidi controls, and lone surrogates
// (which the `u` flag matches only when unpaired).
const INVISIBLE_CHARACTERS = /[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ud800-\udfff]/u

/** The ZPA name rules; the Add/Edit form and the server validate with this same schema. */
export const apiKeyName = z
  .string({ error: 'Name is required' })
  .check(
    z.trim(),
    z.minLength(1, 'Name is required'),
    z.maxLength(NAME_MAX_LENGTH, `Name must be at most ${NAME_MAX_LENGTH} characters`),
    z.refine((name) => !CONTROL_CHARACTERS.test(name), 'Name cannot contain control characters'),
    z.refine((name) => !INVISIBLE_CHARACTERS.test(name), 'Name cannot contain invisible or direction-changing characters'),
  )

/**
 * A token validity in whole seconds from `min` to `max`: accepts the API's numeric string or a number (clients send
 * both), always yields the API's string form. Each product's form and server share it with their own bounds.
 */
export function secondsInRange(min: number, max: number, format: (seconds: number) => string = String) {
  const message = `Enter a whole number of seconds from ${format(min)} to ${format(max)}`
  const input = z.union([z.string().check(z.trim(), z.regex(/^\d+$/, message)), z.number({ error: message })], { error: message })
  const seconds = z.number().check(
    z.int(message),
    z.minimum(min, `Must be at least ${format(min)} seconds`),
    z.maximum(max, `Must be at most ${format(max)} seconds`),
  )
  return z.pipe(z.pipe(z.pipe(input, z.transform(Number)), seconds), z.transform(String))
}

/** ZPA's Session Validity Interval. */
export const tokenExpiryTimeInSec = secondsInRange(TOKEN_EXPIRY_MIN, TOKEN_EXPIRY_MAX)

export const apiKeyRoleId = z.union([idString, z.literal('')]).check(z.refine((v) => v !== '', 'Choose a role'))

/** Body of POST /apiKeys. */
export const createApiKeyInput = z.object({
  name: apiKeyName,
  enabled: withDefault(z.boolean(), true),
  tokenExpiryTimeInSec: tokenExpiryTimeInSec,
  roleId: apiKeyRoleId,
})
export type CreateApiKeyInput = z.input<typeof createApiKeyInput>
export type CreateApiKeyValues = z.output<typeof createApiKeyInput>

/**
 * Body of PUT /apiKeys/{id}: the whole object or any part of it (the official SDKs send only what changes).
 * An absent field keeps its value; a present one is checked as on create. Fields the server owns are accepted
 * and ignored; `isLocked` may only go to false (unlock).
 */
export const updateApiKeyInput = z.looseObject({
  name: z.optional(apiKeyName),
  enabled: z.optional(z.boolean()),
  tokenExpiryTimeInSec: z.optional(tokenExpiryTimeInSec),
  roleId: z.optional(apiKeyRoleId),
  isLocked: z
    .optional(z.boolean())
    .check(z.refine((locked) => locked !== true, 'A key can only be unlocked; it locks itself after failed sign-ins')),
})
export type UpdateApiKeyInput = z.input<typeof updateApiKeyInput>
export type UpdateApiKeyValues = z.output<typeof updateApiKeyInput>

export const PAGE_SIZES = [20, 50, 100, 200, 500] as const
export type PageSize = (typeof PAGE_SIZES)[number]
export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 500

export const apiKeySortFields = ['name', 'clientId', 'enabled', 'tokenExpiryTimeInSec', 'creationTime', 'modifiedTime', 'roleId', 'lastUsedTime'] as const
export type ApiKeySortField = (typeof apiKeySortFields)[number]
export const sortOrders = ['ASC', 'DESC'] as const
export type SortOrder = (typeof sortOrders)[number]
