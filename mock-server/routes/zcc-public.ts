/**
 * The ZCC public API at the server root (SPEC §4), what a ZCC key is for: POST /papi/auth/v1/login trades a key's
 * client id and secret for a JWT; the /papi/public/v1 calls take it in the `auth-token` header and act on the key's
 * customer's enrolled devices. A READ key may not remove devices (403).
 */
import { Hono } from 'hono'
import { errorIds } from '../../src/contract/errors'
import { zccLoginInput } from '../../src/contract/zcc-api-key'
import { zccGetDeviceDetailsQuery, zccGetDevicesQuery, zccRemoveDevicesInput, type ZccDevice } from '../../src/contract/zcc-devices'
import { requirePrincipal, type AppEnv } from '../auth'
import { parseWith, readJson } from '../body'
import { ApiError, forbidden, methodNotAllowed, notFound } from '../errors'
import { applyFaults, injectFaults } from '../faults'
import { zccRateLimits } from '../rate-limits'
import type { Store } from '../store/store'
import type { ZccTokens } from '../zcc-tokens'
import { clientAddress, countCalls } from './activity'

// One answer for every failure: which of unknown, wrong, disabled or deleted it was is not told.
const invalidCredentials = () =>
  new ApiError(401, { id: errorIds.invalidCredentials, reason: 'Login failed: the API key or secret is wrong, or the API key is disabled' })

const sameUser = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

export const zccPublicRoutes = (store: Store, tokens: ZccTokens) =>
  new Hono<AppEnv>()
    .post('/auth/v1/login', async (c) => {
      const { apiKey, secretKey } = parseWith(zccLoginInput, await readJson(c))
      const customerId = store.customerOfZccClientId(apiKey)
      await applyFaults(c, customerId === undefined ? undefined : store.tenant(customerId))
      const signedIn = await store.zccLogin(apiKey, secretKey, clientAddress(c))
      if (!signedIn) throw invalidCredentials()
      return c.json(tokens.issue(signedIn))
    })
    .all('/auth/v1/login', methodNotAllowed('POST'))
    // Rate limits count before faults, as on the ZPA API: a 429 does not use up an injected fault's `times`.
    .use('/public/*', requirePrincipal(tokens.authenticate), countCalls(store, 'zcc'), zccRateLimits(store), injectFaults(store))
    .get('/public/v1/getDevices', (c) => {
      const { page, pageSize, username, osType } = parseWith(zccGetDevicesQuery, c.req.query())
      const matching = store
        .zccDevices(c.var.principal.customerId)
        .map((seeded) => seeded.device)
        .filter((device) => (username === undefined || sameUser(device.user, username)) && (osType === undefined || device.type === osType))
      const start = (page - 1) * pageSize
      return c.json(matching.slice(start, start + pageSize))
    })
    .all('/public/v1/getDevices', methodNotAllowed('GET'))
    .get('/public/v1/getDeviceDetails', (c) => {
      const { udid, username } = parseWith(zccGetDeviceDetailsQuery, c.req.query())
      const found = store
        .zccDevices(c.var.principal.customerId)
        .find((seeded) => seeded.device.udid === udid && (username === undefined || sameUser(seeded.device.user, username)))
      if (!found) throw notFound(`There is no enrolled device ${udid}`)
      return c.json([found.details])
    })
    .all('/public/v1/getDeviceDetails', methodNotAllowed('GET'))
    .post('/public/v1/removeDevices', async (c) => {
      if (c.var.principal.readOnly) throw forbidden('A Read API key may not remove devices; use a Write key')
      const { udids, userName, osType, clientConnectorVersion } = parseWith(zccRemoveDevicesInput, await readJson(c))
      const wanted = udids && new Set(udids)
      const matches = (device: ZccDevice) =>
        (wanted === undefined || wanted.has(device.udid)) &&
        (userName === undefined || sameUser(device.user, userName)) &&
        (osType === undefined || device.type === osType) &&
        (clientConnectorVersion === undefined || clientConnectorVersion.includes(device.agentVersion))
      const chosen = store
        .zccDevices(c.var.principal.customerId)
        .map((seeded) => seeded.device)
        .filter(matches)
        .map((device) => device.udid)
      const devicesRemoved = await store.removeZccDevices(c.var.principal.customerId, chosen)
      return c.json({ devicesRemoved, errorMsg: '' })
    })
    .all('/public/v1/removeDevices', methodNotAllowed('POST'))
