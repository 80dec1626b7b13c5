import * as z from 'zod/mini'

/** POST /signin (at the server root), form-encoded: an API key's client id and secret. */
export const signInForm = z.object({
  client_id: z.string().check(z.minLength(1, 'is required')),
  client_secret: z.string().check(z.minLength(1, 'is required')),
})
export type SignInForm = z.infer<typeof signInForm>

/** A compact JWS: three base64url parts (header, claims, signature) joined by dots. */
const COMPACT_JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/

/**
 * The bearer token a sign-in returns: `access_token` is a signed JWT whose claims are `accessTokenClaims`;
 * `expires_in` is the key's `tokenExpiryTimeInSec`, as a string.
 */
export const signInResponse = z.object({
  token_type: z.literal('Bearer'),
  access_token: z.string().check(z.regex(COMPACT_JWT, 'must be a JWT (header.claims.signature, base64url)')),
  expires_in: z.string().check(z.regex(/^\d+$/, 'must be seconds as a decimal string')),
})
export type SignInResponse = z.infer<typeof signInResponse>

/**
 * The claims of an access token. Clients may read them without verifying (the official SDKs read `exp` to know
 * when to sign in again); only the server that signed it can tell whether it is still live.
 */
export const accessTokenClaims = z.object({
  iss: z.literal('zpa-mock'),
  /** The API key's id (what writes record as `modifiedBy`). */
  sub: z.string(),
  customer_id: z.string(),
  microtenant_id: z.string(),
  /** Epoch seconds on the tenant's clock: issued at, and the end of the key's `tokenExpiryTimeInSec`. */
  iat: z.number().check(z.int()),
  exp: z.number().check(z.int()),
  jti: z.string(),
})
export type AccessTokenClaims = z.infer<typeof accessTokenClaims>
