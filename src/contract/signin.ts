import { z } from 'zod'

/** POST /signin (at the server root), form-encoded: an API key's client id and secret. */
export const signInForm = z.object({
  client_id: z.string().min(1, 'is required'),
  client_secret: z.string().min(1, 'is required'),
})
export type SignInForm = z.infer<typeof signInForm>

/** The bearer token a sign-in returns; `expires_in` is the key's `tokenExpiryTimeInSec`, as a string. */
export const signInResponse = z.object({
  token_type: z.literal('Bearer'),
  access_token: z.string().min(1),
  expires_in: z.string().regex(/^\d+$/, 'must be seconds as a decimal string'),
})
export type SignInResponse = z.infer<typeof signInResponse>
