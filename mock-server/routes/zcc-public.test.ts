/** The ZCC public API (SPEC §4): login to a JWT, then devices with `auth-token`; rate limits, faults, clock and presets. */
import type { Hono } from 'hono'
import { beforeEach, describe, expect, it } from 'vitest'
import { API_FULL_ACCESS_ROLE_ID } from '../../src/contract/role'
import { createdZccApiKey, zccLoginResponse, zccTokenClaims, type CreatedZccApiKey } from '../../src/contract/zcc-api-key'
import { zccDeviceDetailsList, zccDeviceList, zccRemoveDevicesResponse, type ZccDevice } from '../../src/contract/zcc-devices'
import { createdApiKey } from '../../src/contract/api-key'
import { clockState } from '../../src/contract/mock-control'
import {
  apiClientOf,
  customerBase,
  errorOf,
  expected,
  jsonOf,
  memoryApp,
  signIn,
  TestClient,
  zccClientOf,
  zccKeysPath,
  zccLogin,
} from '../testing'

let app: Hono
let admin: TestClient
let customerId: string

beforeEach(async () => {
  ;({ app } = await memoryApp())
  admin = new TestClient(app)
  customerId = (await admin.newTenant()).customerId
})

async function createKey(body: Record<string, unknown> = {}): Promise<CreatedZccApiKey> {
  const response = await admin.request(zccKeysPath(customerId), { method: 'POST', json: { name: 'DeviceBot', role: 'WRITE', tokenExpiryTimeInSec: 900, ...body } })
  return createdZccApiKey.parse(await jsonOf(response, 201))
}

const claimsOf = (jwt: string) => zccTokenClaims.parse(JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()))

const GET_DEVICES = '/papi/public/v1/getDevices'
const devicesOf = async (response: Response): Promise<ZccDevice[]> => zccDeviceList.parse(await jsonOf(response, 200))

describe('POST /papi/auth/v1/login', () => {
  it('trades the key’s client id and secret for a signed JWT whose exp is the tenant’s clock plus the key’s validity', async () => {
    await admin.advanceClock(86_400)
    const key = await createKey({ tokenExpiryTimeInSec: 123_456 })
    const response = await zccLogin(app, key.clientId, key.clientSecret)
    expect(response.status).toBe(200)
    const { jwtToken } = zccLoginResponse.parse(await response.json())
    const [header] = jwtToken.split('.')
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' })
    const now = Number(clockState.parse(await jsonOf(await admin.request('/__mock/clock'), 200)).now)
    const claims = claimsOf(jwtToken)
    expect(claims).toMatchObject({ iss: 'zcc-mock', sub: key.id, customer_id: customerId, role: 'WRITE' })
    expect(Math.abs(claims.iat - now)).toBeLessThanOrEqual(1)
    expect(claims.exp - claims.iat).toBe(123_456)
    expect(jwtToken).not.toContain(key.clientSecret)
  })

  it('answers 401 invalid.client.credentials for a wrong secret, an unknown id, a disabled or a deleted key', async () => {
    const key = await createKey()
    const disabled = await createKey({ name: 'Disabled', enabled: false })
    const deleted = await createKey({ name: 'Deleted' })
    expect((await admin.request(`${zccKeysPath(customerId)}/${deleted.id}`, { method: 'DELETE' })).status).toBe(204)
    for (const [apiKey, secretKey] of [
      [key.clientId, `${key.clientSecret.slice(1)}x`],
      ['not-a-client-id', key.clientSecret],
      [disabled.clientId, disabled.clientSecret],
      [deleted.clientId, deleted.clientSecret],
    ]) {
      expect(await errorOf(await zccLogin(app, apiKey, secretKey))).toMatchObject(expected.invalidCredentials)
    }
  })

  it('wants JSON with both fields: 400 or 415 otherwise', async () => {
    expect(await errorOf(await app.request('/papi/auth/v1/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"apiKey":"x"}' }))).toMatchObject(
      expected.invalid('secretKey'),
    )
    expect(await errorOf(await app.request('/papi/auth/v1/login', { method: 'POST', body: 'apiKey=x' }))).toMatchObject(expected.notJson)
    expect(await errorOf(await app.request('/papi/auth/v1/login'))).toMatchObject(expected.methodNotAllowed)
  })
})

describe('one product’s keys never sign in to the other', () => {
  it('refuses a ZCC key at ZPA’s /signin, and a ZPA key at ZCC’s login', async () => {
    const zcc = await createKey()
    expect(await errorOf(await signIn(app, zcc.clientId, zcc.clientSecret))).toMatchObject(expected.invalidCredentials)
    const zpa = createdApiKey.parse(
      await jsonOf(
        await admin.request(`${customerBase(customerId)}/apiKeys`, { method: 'POST', json: { name: 'zpa-client', tokenExpiryTimeInSec: 600, roleId: API_FULL_ACCESS_ROLE_ID } }),
        201,
      ),
    )
    expect(await errorOf(await zccLogin(app, zpa.clientId, zpa.clientSecret))).toMatchObject(expected.invalidCredentials)
  })

  it('refuses a ZCC token on the ZPA API and a ZPA token on the ZCC API', async () => {
    const zcc = await zccClientOf(app, await createKey())
    const asBearer = await app.request(`${customerBase(customerId)}/apiKeys`, { headers: { Authorization: `Bearer ${zcc.jwtToken}` } })
    expect(await errorOf(asBearer)).toMatchObject(expected.accessDenied)
    const zpaKey = createdApiKey.parse(
      await jsonOf(
        await admin.request(`${customerBase(customerId)}/apiKeys`, { method: 'POST', json: { name: 'zpa-client', tokenExpiryTimeInSec: 600, roleId: API_FULL_ACCESS_ROLE_ID } }),
        201,
      ),
    )
    const zpa = await apiClientOf(app, zpaKey)
    expect(await errorOf(await app.request(GET_DEVICES, { headers: { 'auth-token': zpa.token! } }))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await app.request(GET_DEVICES, { headers: { Authorization: `Bearer ${zpa.token!}` } }))).toMatchObject(expected.accessDenied)
  })
})

describe('the auth-token header', () => {
  it('is required: 401 without it, with a forged or an expired token, or with the token in Authorization', async () => {
    const client = await zccClientOf(app, await createKey({ tokenExpiryTimeInSec: 60 }))
    expect((await client.request(GET_DEVICES)).status).toBe(200)
    expect(await errorOf(await app.request(GET_DEVICES))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await app.request(GET_DEVICES, { headers: { Authorization: `Bearer ${client.jwtToken}` } }))).toMatchObject(expected.accessDenied)
    const [header, claims] = client.jwtToken.split('.')
    expect(await errorOf(await app.request(GET_DEVICES, { headers: { 'auth-token': `${header}.${claims}.forged` } }))).toMatchObject(expected.accessDenied)
    await admin.advanceClock(60)
    expect(await errorOf(await client.request(GET_DEVICES))).toMatchObject(expected.accessDenied)
  })

  it('stops working when the key is disabled, for good (enabling it again does not bring it back), or deleted', async () => {
    const key = await createKey()
    const client = await zccClientOf(app, key)
    const path = `${zccKeysPath(customerId)}/${key.id}`
    expect((await admin.request(path, { method: 'PUT', json: { enabled: false } })).status).toBe(204)
    expect(await errorOf(await client.request(GET_DEVICES))).toMatchObject(expected.accessDenied)
    expect((await admin.request(path, { method: 'PUT', json: { enabled: true } })).status).toBe(204)
    expect(await errorOf(await client.request(GET_DEVICES))).toMatchObject(expected.accessDenied)
    const again = await zccClientOf(app, key)
    expect((await again.request(GET_DEVICES)).status).toBe(200)
    expect((await admin.request(path, { method: 'DELETE' })).status).toBe(204)
    expect(await errorOf(await again.request(GET_DEVICES))).toMatchObject(expected.accessDenied)
  })
})

describe('GET /papi/public/v1/getDevices', () => {
  it('lists the tenant’s 60 seeded devices, 50 a page by default, as a bare array of the SDKs’ shape', async () => {
    const client = await zccClientOf(app, await createKey())
    const first = await devicesOf(await client.request(GET_DEVICES))
    expect(first).toHaveLength(50)
    const second = await devicesOf(await client.request(`${GET_DEVICES}?page=2`))
    expect(second).toHaveLength(10)
    expect(await devicesOf(await client.request(`${GET_DEVICES}?page=3`))).toEqual([])
    const all = await devicesOf(await client.request(`${GET_DEVICES}?pageSize=5000`))
    expect(all).toEqual([...first, ...second])
    expect(new Set(all.map((device) => device.udid)).size).toBe(60)
    expect(new Set(all.map((device) => device.type))).toEqual(new Set([1, 2, 3, 4, 5]))
    expect(all.find((device) => device.user === 'alice@acme.example')).toMatchObject({ companyName: 'Acme Corp', registrationState: 'Registered' })
  })

  it('is the same every time for the same preset (deterministic)', async () => {
    const one = await devicesOf(await (await zccClientOf(app, await createKey())).request(`${GET_DEVICES}?pageSize=100`))
    const other = new TestClient(app)
    const otherCustomer = (await other.newTenant()).customerId
    const key = createdZccApiKey.parse(
      await jsonOf(await other.request(zccKeysPath(otherCustomer), { method: 'POST', json: { name: 'Other', role: 'READ', tokenExpiryTimeInSec: 60 } }), 201),
    )
    expect(await devicesOf(await (await zccClientOf(app, key)).request(`${GET_DEVICES}?pageSize=100`))).toEqual(one)
  })

  it('filters by username (ignoring case) and osType (number or name)', async () => {
    const client = await zccClientOf(app, await createKey({ role: 'READ' }))
    const alice = await devicesOf(await client.request(`${GET_DEVICES}?username=Alice@Acme.Example`))
    expect(alice.length).toBeGreaterThanOrEqual(3)
    expect(alice.every((device) => device.user === 'alice@acme.example')).toBe(true)
    const macs = await devicesOf(await client.request(`${GET_DEVICES}?osType=4&pageSize=100`))
    expect(macs).toHaveLength(16)
    expect(macs.every((device) => device.type === 4)).toBe(true)
    expect(await devicesOf(await client.request(`${GET_DEVICES}?osType=macos&pageSize=100`))).toEqual(macs)
    expect(await devicesOf(await client.request(`${GET_DEVICES}?username=nobody@acme.example`))).toEqual([])
  })

  it.each(['pageSize=0', 'pageSize=5001', 'page=0', 'page=x', 'osType=6', 'osType=beos'])('answers 400 for %s', async (query) => {
    const client = await zccClientOf(app, await createKey())
    expect(await errorOf(await client.request(`${GET_DEVICES}?${query}`))).toMatchObject(expected.invalid())
  })
})

describe('GET /papi/public/v1/getDeviceDetails', () => {
  it('answers the device’s details as an array of one; an unknown udid is 404; no udid is 400', async () => {
    const client = await zccClientOf(app, await createKey({ role: 'READ' }))
    const [device] = await devicesOf(await client.request(`${GET_DEVICES}?pageSize=1`))
    const details = zccDeviceDetailsList.parse(await jsonOf(await client.request(`/papi/public/v1/getDeviceDetails?udid=${encodeURIComponent(device.udid)}`), 200))
    expect(details).toHaveLength(1)
    expect(details[0]).toMatchObject({ unique_id: device.udid, user_name: device.user, machineHostname: device.machineHostname, os_version: device.osVersion })
    expect(await errorOf(await client.request('/papi/public/v1/getDeviceDetails?udid=NOPE'))).toMatchObject(expected.notFound)
    expect(await errorOf(await client.request('/papi/public/v1/getDeviceDetails'))).toMatchObject(expected.invalid('udid'))
  })
})

const remove = (client: Awaited<ReturnType<typeof zccClientOf>>, body: unknown) =>
  client.request('/papi/public/v1/removeDevices', { method: 'POST', body: JSON.stringify(body) })

describe('POST /papi/public/v1/removeDevices', () => {

  it('removes the named devices with a Write key: they leave getDevices and getDeviceDetails', async () => {
    const client = await zccClientOf(app, await createKey({ role: 'WRITE' }))
    const [a, b] = await devicesOf(await client.request(`${GET_DEVICES}?pageSize=2`))
    const answer = zccRemoveDevicesResponse.parse(await jsonOf(await remove(client, { udids: [a.udid, b.udid, a.udid, 'UNKNOWN'] }), 200))
    expect(answer).toEqual({ devicesRemoved: 2, errorMsg: '' })
    const left = await devicesOf(await client.request(`${GET_DEVICES}?pageSize=100`))
    expect(left).toHaveLength(58)
    expect(left.map((device) => device.udid)).not.toContain(a.udid)
    expect(await errorOf(await client.request(`/papi/public/v1/getDeviceDetails?udid=${encodeURIComponent(a.udid)}`))).toMatchObject(expected.notFound)
    expect(zccRemoveDevicesResponse.parse(await jsonOf(await remove(client, { udids: [a.udid] }), 200)).devicesRemoved).toBe(0)
  })

  it('removes by user and system too', async () => {
    const client = await zccClientOf(app, await createKey())
    const linux = await devicesOf(await client.request(`${GET_DEVICES}?osType=5`))
    expect(zccRemoveDevicesResponse.parse(await jsonOf(await remove(client, { osType: 5 }), 200)).devicesRemoved).toBe(linux.length)
    expect(await devicesOf(await client.request(`${GET_DEVICES}?osType=linux`))).toEqual([])
  })

  it('refuses a Read key: 403, nothing removed', async () => {
    const client = await zccClientOf(app, await createKey({ role: 'READ' }))
    const [device] = await devicesOf(await client.request(`${GET_DEVICES}?pageSize=1`))
    expect(await errorOf(await remove(client, { udids: [device.udid] }))).toMatchObject(expected.forbidden)
    expect(await devicesOf(await client.request(`${GET_DEVICES}?pageSize=100`))).toHaveLength(60)
  })

  it('follows a role change at once', async () => {
    const key = await createKey({ role: 'WRITE' })
    const client = await zccClientOf(app, key)
    expect((await admin.request(`${zccKeysPath(customerId)}/${key.id}`, { method: 'PUT', json: { role: 'READ' } })).status).toBe(204)
    expect(await errorOf(await remove(client, { osType: 5 }))).toMatchObject(expected.forbidden)
  })

  it('refuses a body naming no devices (400) and one that is not JSON (415)', async () => {
    const client = await zccClientOf(app, await createKey())
    expect(await errorOf(await remove(client, {}))).toMatchObject(expected.invalid('udids'))
    const notJson = await app.request('/papi/public/v1/removeDevices', { method: 'POST', headers: { 'auth-token': client.jwtToken }, body: 'udids=x' })
    expect(await errorOf(notJson)).toMatchObject(expected.notJson)
  })
})

describe('rate limits (opt-in: PUT /__mock/settings {"rateLimits": true})', () => {
  it('are off by default: no headers', async () => {
    const client = await zccClientOf(app, await createKey())
    expect((await client.request(GET_DEVICES)).headers.get('X-Rate-Limit-Remaining')).toBeNull()
  })

  it('let 100 calls an hour through per key, counting down X-Rate-Limit-Remaining, then 429 with X-Rate-Limit-Retry-After-Seconds', async () => {
    await jsonOf(await admin.request('/__mock/settings', { method: 'PUT', json: { rateLimits: true } }), 200)
    const client = await zccClientOf(app, await createKey())
    const first = await client.request(`${GET_DEVICES}?pageSize=1`)
    expect(first.headers.get('X-Rate-Limit-Remaining')).toBe('99')
    for (let call = 2; call <= 99; call++) await client.request(`${GET_DEVICES}?pageSize=1`)
    const hundredth = await client.request('/papi/public/v1/getDeviceDetails?udid=NOPE')
    expect(hundredth.status).toBe(404)
    expect(hundredth.headers.get('X-Rate-Limit-Remaining')).toBe('0')
    const refused = await client.request(GET_DEVICES)
    expect(await errorOf(refused)).toMatchObject({ status: 429, id: 'too.many.requests' })
    expect(refused.headers.get('X-Rate-Limit-Remaining')).toBe('0')
    const retryAfter = Number(refused.headers.get('X-Rate-Limit-Retry-After-Seconds'))
    expect(retryAfter).toBeGreaterThan(3500)
    expect(retryAfter).toBeLessThanOrEqual(3600)

    // Another key has its own hour; the login does not count.
    const other = await zccClientOf(app, await createKey({ name: 'OtherBot' }))
    expect((await other.request(GET_DEVICES)).headers.get('X-Rate-Limit-Remaining')).toBe('99')

    // An hour on the tenant's mock clock lets the first key call again (its token lasts long enough: 900 s is not).
    const longLived = await zccClientOf(app, await createKey({ name: 'LongLived', tokenExpiryTimeInSec: 86_400 }))
    for (let call = 1; call <= 100; call++) await longLived.request(`${GET_DEVICES}?pageSize=1`)
    expect((await longLived.request(GET_DEVICES)).status).toBe(429)
    await admin.advanceClock(3600)
    const after = await longLived.request(GET_DEVICES)
    expect(after.status).toBe(200)
    expect(after.headers.get('X-Rate-Limit-Remaining')).toBe('99')
  })
})

describe('test control', () => {
  it('applies injected faults to the public API, the login included', async () => {
    const key = await createKey()
    const client = await zccClientOf(app, key)
    await jsonOf(await admin.request('/__mock/faults', { method: 'POST', json: { path: '/papi/**', status: 503, times: 2 } }), 201)
    expect(await errorOf(await client.request(GET_DEVICES))).toMatchObject(expected.unavailable)
    expect(await errorOf(await zccLogin(app, key.clientId, key.clientSecret))).toMatchObject(expected.unavailable)
    expect((await client.request(GET_DEVICES)).status).toBe(200)
  })

  it('a reset puts keys and devices back to the seed and ends the created keys’ tokens', async () => {
    const client = await zccClientOf(app, await createKey())
    await client.request('/papi/public/v1/removeDevices', { method: 'POST', body: JSON.stringify({ osType: 3 }) })
    expect((await jsonOf(await admin.request(zccKeysPath(customerId)), 200)) as { totalCount: string }).toMatchObject({ totalCount: '13' })
    expect((await admin.request('/__mock/reset', { method: 'POST' })).status).toBe(204)
    expect(await jsonOf(await admin.request(zccKeysPath(customerId)), 200)).toMatchObject({ totalCount: '12' })
    expect(await errorOf(await client.request(GET_DEVICES))).toMatchObject(expected.accessDenied)
    const again = await zccClientOf(app, await createKey())
    expect(await devicesOf(await again.request(`${GET_DEVICES}?pageSize=100`))).toHaveLength(60)
  })

  it('the empty preset has no ZCC keys and no devices', async () => {
    const empty = new TestClient(app)
    const emptyCustomer = (await empty.newTenant({ preset: 'empty' })).customerId
    expect(await jsonOf(await empty.request(zccKeysPath(emptyCustomer)), 200)).toEqual({ totalPages: '0', totalCount: '0', list: [] })
    const key = createdZccApiKey.parse(
      await jsonOf(await empty.request(zccKeysPath(emptyCustomer), { method: 'POST', json: { name: 'First', role: 'READ', tokenExpiryTimeInSec: 60 } }), 201),
    )
    expect(await devicesOf(await (await zccClientOf(app, key)).request(GET_DEVICES))).toEqual([])
  })

  it('the demo customer has its ZCC keys too', async () => {
    const demo = new TestClient(app)
    const session = await demo.signIn()
    expect(await jsonOf(await demo.request(zccKeysPath(session.customerId)), 200)).toMatchObject({ totalCount: '12' })
  })
})
