/**
 * The ZDX public API at the server root (SPEC §4), what a ZDX key is for: POST /v1/oauth/token trades a signed proof
 * of the key's secret (`key_secret` = sha256hex(`<secret>:<timestamp>`)) for an ES256 JWT; GET /v1/oauth/validate
 * checks one; GET /v1/oauth/jwks publishes the key that verifies them. The secret itself never travels.
 */
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { errorIds } from '../../src/contract/errors'
import { ZDX_TIMESTAMP_TOLERANCE_SECONDS, zdxTokenRequest } from '../../src/contract/zdx-api-key'
import { requirePrincipal, type AppEnv } from '../auth'
import { parseWith, readJson } from '../body'
import { ApiError, methodNotAllowed } from '../errors'
import { applyFaults } from '../faults'
import { zdxRateLimits } from '../rate-limits'
import type { Store } from '../store/store'
import type { ZdxTokens } from '../zdx-tokens'
import { clientAddress, countCalls } from './activity'

const invalidCredentials = (reason: string) => new ApiError(401, { id: errorIds.invalidCredentials, reason })

// One answer for an unknown, deleted or wrong key: which it was is not told.
const WRONG_KEY = 'The API key ID or the key_secret hash is wrong, or the API key was deleted'

export const zdxPublicRoutes = (store: Store, tokens: ZdxTokens, rateLimit: ReturnType<typeof zdxRateLimits> = zdxRateLimits()) => {
  // Rate limits count before faults, as on the other products' APIs: a 429 does not use up an injected fault's `times`.
  const limitsAndFaults = createMiddleware<AppEnv>(async (c, next) => {
    const tenant = store.tenant(c.var.principal.customerId)
    rateLimit(c, tenant)
    await applyFaults(c, tenant)
    await next()
  })
  const tenantOf = (keyId: string) => {
    const customerId = store.customerOfZdxKey(keyId)
    return customerId === undefined ? undefined : store.tenant(customerId)
  }

  return new Hono<AppEnv>()
    .post('/token', async (c) => {
      const { key_id: keyId, key_secret: keySecretHash, timestamp } = parseWith(zdxTokenRequest, await readJson(c))
      const tenant = tenantOf(keyId)
      rateLimit(c, tenant)
      await applyFaults(c, tenant)
      const key = await store.zdxSignIn(keyId, keySecretHash, timestamp)
      // A failure is the key's (a failed sign-in) when the Key ID is one: which check failed is not told.
      const refuse = (reason: string) => {
        if (tenant) store.noteSignIn(tenant.customerId, 'zdx', keyId, clientAddress(c), false)
        return invalidCredentials(reason)
      }
      if (!key || !tenant) throw refuse(WRONG_KEY)
      // Checked once the proof holds, so that a stale request tells nothing of whether its Key ID exists.
      const now = tenant.clock.nowSeconds()
      if (Math.abs(timestamp - now) > ZDX_TIMESTAMP_TOLERANCE_SECONDS) {
        throw refuse(`The timestamp ${timestamp} is more than 15 minutes from the server's time (${now}): sign the request with the current epoch seconds`)
      }
      if (!tokens.claimTimestamp(tenant, key.id, timestamp)) {
        throw refuse('This timestamp was already used for a token of this API key: sign a new request with the current time')
      }
      const issued = tokens.issue(key, tenant)
      store.noteSignIn(tenant.customerId, 'zdx', key.id, clientAddress(c), true)
      return c.json(issued)
    })
    .all('/token', methodNotAllowed('POST'))
    .get('/validate', requirePrincipal(tokens.authenticate), countCalls(store, 'zdx'), limitsAndFaults, (c) => c.json({ valid: true as const }))
    .all('/validate', methodNotAllowed('GET'))
    .get('/jwks', (c) => c.json(tokens.jwks()))
    .all('/jwks', methodNotAllowed('GET'))
}
