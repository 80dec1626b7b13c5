/**
 * POST /signin and /signout at the server root: API clients trade a key's client id and secret for a bearer token
 * (a signed JWT, see tokens.ts).
 */
import { Hono, type Context } from 'hono'
import { errorIds } from '../../src/contract/errors'
import { signInForm, type SignInForm } from '../../src/contract/signin'
import { parseWith } from '../body'
import { accessDenied, ApiError, invalidArgument, methodNotAllowed, unsupportedMediaType } from '../errors'
import { applyFaults } from '../faults'
import type { Store } from '../store/store'
import type { BearerTokens } from '../tokens'
import { clientAddress } from './activity'

const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i

// One answer for every failure: which of unknown, wrong, disabled or locked it was is not told.
const invalidCredentials = () =>
  new ApiError(401, {
    id: errorIds.invalidCredentials,
    reason: 'Sign-in failed: the client ID or secret is wrong, or the API key is disabled or locked',
  })

async function readSignInForm(c: Context): Promise<SignInForm> {
  if (!FORM_TYPE.test(c.req.header('Content-Type') ?? '')) {
    throw unsupportedMediaType('Sign in with a form-encoded body (Content-Type: application/x-www-form-urlencoded)')
  }
  // A multipart body without a boundary, or cut short, does not parse: the caller's mistake, not the server's.
  const body = await c.req.parseBody().catch(() => {
    throw invalidArgument('The sign-in form could not be read')
  })
  return parseWith(signInForm, body)
}

export const signInRoutes = (store: Store, tokens: BearerTokens) =>
  new Hono()
    .post('/signin', async (c) => {
      const { client_id: clientId, client_secret: secret } = await readSignInForm(c)
      const customerId = store.customerOfClientId(clientId)
      await applyFaults(c, customerId === undefined ? undefined : store.tenant(customerId))
      const signedIn = await store.signIn(clientId, secret, clientAddress(c))
      if (!signedIn) throw invalidCredentials()
      return c.json(tokens.issue(signedIn))
    })
    .all('/signin', methodNotAllowed('POST'))
    .post('/signout', async (c) => {
      const customerId = tokens.customerOf(c)
      if (customerId === undefined) throw accessDenied('Sign out with the bearer token to end (Authorization: Bearer …)')
      await applyFaults(c, store.tenant(customerId))
      tokens.revoke(c)
      return c.body(null, 200)
    })
    .all('/signout', methodNotAllowed('POST'))
