/**
 * Digital Experience (ZDX) API keys (SPEC §4, seed 003): the mock's own management API for the page, under the portal
 * session (`/zdx/v1/admin/customers/{customerId}/apiKeys`: ZPA's envelope, ids, errors and search grammar), and the
 * public API's signed token request (`POST /v1/oauth/token`). ZDX has no microtenants: one set of keys per customer.
 *
 * Unlike ZPA and ZCC, a ZDX key's secret can be seen again ("View": GET …/apiKeys/{id}/secret), so the server keeps it
 * encrypted, not hashed; it travels only in that answer and in the 201 of create, never in a list. The key's `id` is
 * the "Key ID" (the token request's `key_id`).
 */
import * as z from 'zod/mini'
import { apiKeyName, apiKeyRoleId } from './api-key'
import { pagedListQueryShape, withOnePageSize } from './list-query'
import { countString, epochString, idString, lastUsedTime } from './primitives'

/** A ZDX admin role, as GET …/roles lists them for the Select Role field. */
export const zdxRole = z.object({
  id: idString,
  name: z.string(),
  description: z.string(),
  /** May only read: a key of this role gets a token that reads only. */
  readOnly: z.boolean(),
  /** How many of the customer's keys use the role, as a string. */
  apiKeys: countString,
})
export type ZdxRole = z.infer<typeof zdxRole>

/** GET …/roles answers with a bare array, as ZPA's does. */
export const zdxRoleList = z.array(zdxRole)

/** A ZDX API key as the management API lists it: never its secret. */
export const zdxApiKey = z.object({
  /** The Key ID: what the token request sends as `key_id`. */
  id: idString,
  name: z.string(),
  roleId: idString,
  /** The role's name, as the Role column shows it. */
  roleName: z.string(),
  /** The admin who created it (their login name), as the Created By column shows it. */
  createdBy: z.string(),
  creationTime: epochString,
  /** Last Updated On. */
  modifiedTime: epochString,
  /** The admin who last changed it. */
  modifiedBy: idString,
  customerId: idString,
  /** When the key last got a token or called the public API (the tenant's clock); null: never (issue #16). */
  lastUsedTime: lastUsedTime,
})
export type ZdxApiKey = z.infer<typeof zdxApiKey>

/** 32 letters and digits. */
export const zdxKeySecret = z.string().check(z.regex(/^[A-Za-z0-9]{32}$/))

/** The key with its secret: the 201 of create and the answer to View (GET …/apiKeys/{id}/secret), nothing else. */
export const zdxApiKeyWithSecret = z.extend(zdxApiKey, { keySecret: zdxKeySecret })
export type ZdxApiKeyWithSecret = z.infer<typeof zdxApiKeyWithSecret>

export const zdxApiKeyPage = z.object({
  totalPages: countString,
  totalCount: countString,
  list: z.array(zdxApiKey),
})
export type ZdxApiKeyPage = z.infer<typeof zdxApiKeyPage>

/**
 * Body of POST …/apiKeys; the Create New API Key form validates with it too. The name follows ZPA's rules (trimmed,
 * 1 to 50 characters, no control or invisible characters; unique ignoring case, 409 otherwise); the role is one of
 * the customer's ZDX roles (an unknown one is 400).
 */
export const createZdxApiKeyInput = z.object({
  name: apiKeyName,
  roleId: apiKeyRoleId,
})
export type CreateZdxApiKeyInput = z.input<typeof createZdxApiKeyInput>
export type CreateZdxApiKeyValues = z.output<typeof createZdxApiKeyInput>

/**
 * Body of PUT …/apiKeys/{id} (the Edit API Key form): the name, the role or both; an absent field keeps its value.
 * Every other field is the server's (accepted and ignored, so the whole object may be sent back).
 */
export const updateZdxApiKeyInput = z.looseObject({
  name: z.optional(apiKeyName),
  roleId: z.optional(apiKeyRoleId),
})
export type UpdateZdxApiKeyInput = z.input<typeof updateZdxApiKeyInput>
export type UpdateZdxApiKeyValues = z.output<typeof updateZdxApiKeyInput>

export const zdxApiKeySortFields = ['name', 'id', 'roleName', 'createdBy', 'creationTime', 'modifiedTime', 'lastUsedTime'] as const
export type ZdxApiKeySortField = (typeof zdxApiKeySortFields)[number]

/** The fields the list's `search` takes (SPEC §2's grammar); another field is 400 filtering.input.invalid.operand. */
export const zdxSearchFields = ['name', 'roleId', 'creationTime'] as const

/** Query string of GET …/apiKeys: page, pagesize (or pageSize; 1 to 500, default 20), search, sortBy, sortOrder. */
export const listZdxApiKeysQuery = z.pipe(z.object({ ...pagedListQueryShape, sortBy: z.optional(z.enum(zdxApiKeySortFields)) }), z.transform(withOnePageSize))
export type ListZdxApiKeysQuery = z.output<typeof listZdxApiKeysQuery>

/** How far (seconds) a token request's timestamp may be from the tenant's clock, either way. */
export const ZDX_TIMESTAMP_TOLERANCE_SECONDS = 15 * 60
export const ZDX_TOKEN_LIFETIME_SECONDS = 3600

/**
 * POST /v1/oauth/token (JSON). `key_secret` is not the secret but the lowercase hex SHA-256 of `<secret>:<timestamp>`,
 * and `timestamp` is epoch seconds (a number, or its decimal string): the secret never travels.
 */
export const zdxTokenRequest = z.object({
  key_id: z.string().check(z.minLength(1, 'is required'), z.maxLength(200)),
  key_secret: z.string().check(z.minLength(1, 'is required'), z.maxLength(200)),
  timestamp: z.pipe(
    z.union([z.number().check(z.int()), z.string().check(z.regex(/^(0|[1-9]\d{0,11})$/))], { error: 'must be epoch seconds' }),
    z.pipe(z.transform(Number), z.number().check(z.int(), z.minimum(0), z.maximum(1e12))),
  ),
})
export type ZdxTokenRequest = z.input<typeof zdxTokenRequest>

/** The token's answer: a JWT that `GET /v1/oauth/jwks` verifies (ES256), good for an hour. */
export const zdxTokenResponse = z.object({
  token: z.string().check(z.regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'must be a JWT (header.claims.signature, base64url)')),
  token_type: z.literal('Bearer'),
  expires_in: z.literal(ZDX_TOKEN_LIFETIME_SECONDS),
})
export type ZdxTokenResponse = z.infer<typeof zdxTokenResponse>

/** The claims of a ZDX token; `exp` is the request's time on the tenant's mock clock plus an hour. */
export const zdxTokenClaims = z.object({
  iss: z.literal('zdx-mock'),
  /** The Key ID. */
  sub: z.string(),
  customer_id: z.string(),
  role_id: z.string(),
  read_only: z.boolean(),
  iat: z.number().check(z.int()),
  exp: z.number().check(z.int()),
  jti: z.string(),
})
export type ZdxTokenClaims = z.infer<typeof zdxTokenClaims>

/** GET /v1/oauth/validate with a live token. */
export const zdxTokenValidation = z.object({ valid: z.literal(true) })

/** GET /v1/oauth/jwks: the public key(s) that verify the tokens (RFC 7517), an EC P-256 key for ES256. */
export const zdxJwks = z.object({
  keys: z.array(
    z.object({
      kty: z.literal('EC'),
      crv: z.literal('P-256'),
      x: z.string(),
      y: z.string(),
      kid: z.string(),
      alg: z.literal('ES256'),
      use: z.literal('sig'),
    }),
  ),
})
export type ZdxJwks = z.infer<typeof zdxJwks>
