import * as z from 'zod/mini'
// oxlint-disable-next-line import/no-unassigned-import -- zod/mini's English messages, see zod-locale.ts
import './zod-locale'

/** POST /signin (at the server root), form-encoded: an API key's client id and secret. */
export const signInForm = z.object({
  client_id: z.string().check(z.minLength(1, 'is required')),
  client_secret: z.string().check(z.minLength(1, 'is required')),
})
export type SignInForm = z.infer<typeof signInForm>

/** The bearer token a sign-in returns; `expires_in` is the key's `tokenExpiryTimeInSec`, as a string. */
export const signInResponse = z.object({
  token_type: z.literal('Bearer'),
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.string().check(z.regex(/^\d+$/, 'must be seconds as a decimal string')),
})
export type SignInResponse = z.infer<typeof signInResponse>
