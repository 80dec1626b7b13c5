/**
 * Client Connector (ZCC) API keys (SPEC §4, seed 004): the mock's own management API for the page, under the portal
 * session (`/zcc/v1/admin/customers/{customerId}/apiKeys`: ZPA's envelope, ids, errors and search grammar), and
 * the login of the public API (`POST /papi/auth/v1/login`). ZCC has no microtenants: one set of keys per customer.
 *
 * Wire names follow the ZPA object where the meaning is the same (`id`, `name`, `clientId`, `enabled`,
 * `tokenExpiryTimeInSec`, `creationTime`, …). The Role is `role: 'READ' | 'WRITE'` (shown "Read" / "Write",
 * `zccRoleLabels`): a READ key may call the public API's reads only (removeDevices is 403).
 */
import * as z from 'zod/mini'
import { _default as withDefault } from 'zod/mini'
import { secondsInRange } from './api-key'
import { pagedListQueryShape, withOnePageSize } from './list-query'
import { countString, epochString, idString, lastUsedTime, previousSecretValidUntil } from './primitives'

export const ZCC_NAME_MAX_LENGTH = 50
export const ZCC_TOKEN_EXPIRY_MIN = 30
export const ZCC_TOKEN_EXPIRY_MAX = 999_999_999
/** What the Add API Key form starts with. */
export const ZCC_TOKEN_EXPIRY_DEFAULT = 3600

export const zccRoles = ['READ', 'WRITE'] as const
export type ZccRole = (typeof zccRoles)[number]
/** How the page names each role (SPEC §4: "Read" or "Write"). */
export const zccRoleLabels: Readonly<Record<ZccRole, string>> = { READ: 'Read', WRITE: 'Write' }

/** A ZCC API key as the management API returns it (never its secret, but in the create answer). */
export const zccApiKey = z.object({
  id: idString,
  name: z.string(),
  /** What the public API's login takes as `apiKey`. */
  clientId: z.string(),
  enabled: z.boolean(),
  role: z.enum(zccRoles),
  /** Session Validity Interval (In Seconds): how long a login's JWT lasts. */
  tokenExpiryTimeInSec: z.string().check(z.regex(/^\d+$/)),
  creationTime: epochString,
  modifiedTime: epochString,
  /** The admin who last changed it. */
  modifiedBy: idString,
  customerId: idString,
  /** When the key last logged in or called the public API (the tenant's clock); null: never (issue #16). */
  lastUsedTime: lastUsedTime,
  /** Until when the secret a rotation replaced still signs in; null: none, or its grace is over (issue #17). */
  previousSecretValidUntil: previousSecretValidUntil,
})
export type ZccApiKey = z.infer<typeof zccApiKey>

/** The one answer with the secret (201 of create): 32 letters and digits. */
export const createdZccApiKey = z.extend(zccApiKey, { clientSecret: z.string().check(z.regex(/^[A-Za-z0-9]{32}$/)) })
export type CreatedZccApiKey = z.infer<typeof createdZccApiKey>

export const zccApiKeyPage = z.object({
  totalPages: countString,
  totalCount: countString,
  list: z.array(zccApiKey),
})
export type ZccApiKeyPage = z.infer<typeof zccApiKeyPage>

const NAME_RULE = 'Name can contain only letters and digits (no spaces or punctuation)'

/** Seed 004's Name: letters and digits only, no spaces, 1 to 50 characters. Not trimmed: a space is refused, not dropped. */
export const zccApiKeyName = z
  .string({ error: 'Name is required' })
  .check(
    z.minLength(1, 'Name is required'),
    z.maxLength(ZCC_NAME_MAX_LENGTH, `Name must be at most ${ZCC_NAME_MAX_LENGTH} characters`),
    z.regex(/^[A-Za-z0-9]*$/, NAME_RULE),
  )

/** Seed 004's validity: a whole number of seconds from 30 to 999,999,999 (a string or a number; the API's string out). */
export const zccTokenExpiryTimeInSec = secondsInRange(ZCC_TOKEN_EXPIRY_MIN, ZCC_TOKEN_EXPIRY_MAX, (seconds) => seconds.toLocaleString('en-US'))

export const zccRole = z.enum(zccRoles, { error: 'Choose a role: Read or Write' })

/** Body of POST …/apiKeys; the Add API Key form validates with it too. */
export const createZccApiKeyInput = z.object({
  name: zccApiKeyName,
  enabled: withDefault(z.boolean(), true),
  role: zccRole,
  tokenExpiryTimeInSec: zccTokenExpiryTimeInSec,
})
export type CreateZccApiKeyInput = z.input<typeof createZccApiKeyInput>
export type CreateZccApiKeyValues = z.output<typeof createZccApiKeyInput>

/**
 * Body of PUT …/apiKeys/{id}: the whole object or any part of it, as on ZPA. An absent field keeps its value; a
 * present one is checked as on create; fields the server owns (id, clientId, times, …) are accepted and ignored.
 */
export const updateZccApiKeyInput = z.looseObject({
  name: z.optional(zccApiKeyName),
  enabled: z.optional(z.boolean()),
  role: z.optional(zccRole),
  tokenExpiryTimeInSec: z.optional(zccTokenExpiryTimeInSec),
})
export type UpdateZccApiKeyInput = z.input<typeof updateZccApiKeyInput>
export type UpdateZccApiKeyValues = z.output<typeof updateZccApiKeyInput>

export const zccApiKeySortFields = ['name', 'clientId', 'enabled', 'role', 'tokenExpiryTimeInSec', 'creationTime', 'modifiedTime', 'lastUsedTime'] as const
export type ZccApiKeySortField = (typeof zccApiKeySortFields)[number]

/**
 * The fields the list's `search` takes (SPEC §2's grammar): those a ZCC key shares with a ZPA key. Another field
 * (roleId, isLocked, readOnly) is 400 filtering.input.invalid.operand.
 */
export const zccSearchFields = ['name', 'clientId', 'enabled', 'tokenExpiryTimeInSec', 'creationTime'] as const

/** Query string of GET …/apiKeys: page, pagesize (or pageSize; 1 to 500, default 20), search, sortBy, sortOrder. */
export const listZccApiKeysQuery = z.pipe(z.object({ ...pagedListQueryShape, sortBy: z.optional(z.enum(zccApiKeySortFields)) }), z.transform(withOnePageSize))
export type ListZccApiKeysQuery = z.output<typeof listZccApiKeysQuery>

/** POST /papi/auth/v1/login (JSON): a key's client id and secret, as the official SDKs send them. */
export const zccLoginInput = z.object({
  apiKey: z.string().check(z.minLength(1, 'is required'), z.maxLength(200)),
  secretKey: z.string().check(z.minLength(1, 'is required'), z.maxLength(200)),
})
export type ZccLoginInput = z.infer<typeof zccLoginInput>

/** The login's answer: a signed JWT (`zccTokenClaims`) for the `auth-token` header of later calls. */
export const zccLoginResponse = z.object({
  jwtToken: z.string().check(z.regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'must be a JWT (header.claims.signature, base64url)')),
})
export type ZccLoginResponse = z.infer<typeof zccLoginResponse>

/** The claims of a ZCC token; `exp` is the login time on the tenant's mock clock plus the key's validity. */
export const zccTokenClaims = z.object({
  iss: z.literal('zcc-mock'),
  /** The key's id. */
  sub: z.string(),
  customer_id: z.string(),
  role: z.enum(zccRoles),
  iat: z.number().check(z.int()),
  exp: z.number().check(z.int()),
  jti: z.string(),
})
export type ZccTokenClaims = z.infer<typeof zccTokenClaims>
