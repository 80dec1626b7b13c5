/** The ZDX public API (SPEC §4): the signed token request, validate and the JWKS; cross-product refusals, faults, clock, rate limits. */
import type { Hono } from 'hono'
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createdApiKey } from '../../src/contract/api-key'
import { API_FULL_ACCESS_ROLE_ID } from '../../src/contract/role'
import { createdZccApiKey } from '../../src/contract/zcc-api-key'
import {
  ZDX_TIMESTAMP_TOLERANCE_SECONDS,
  zdxApiKeyPage,
  zdxApiKeyWithSecret,
  zdxJwks,
  zdxTokenClaims,
  zdxTokenResponse,
  type ZdxApiKeyWithSecret,
} from '../../src/contract/zdx-api-key'
import { zdxKeySecretHash } from '../store/store'
import { ZDX_READ_ONLY_ROLE_ID, ZDX_SUPER_ADMIN_ROLE_ID } from '../store/zdx-seed'
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
  zdxKeysPath,
  zdxTokenOf,
  zdxTokenRequest,
} from '../testing'

let app: Hono
let admin: TestClient
let customerId: string

beforeEach(async () => {
  ;({ app } = await memoryApp())
  admin = new TestClient(app)
  customerId = (await admin.newTenant()).customerId
})

async function createKey(body: Record<string, unknown> = {}): Promise<ZdxApiKeyWithSecret> {
  const response = await admin.request(zdxKeysPath(customerId), { method: 'POST', json: { name: 'metrics-export', roleId: ZDX_SUPER_ADMIN_ROLE_ID, ...body } })
  return zdxApiKeyWithSecret.parse(await jsonOf(response, 201))
}

const validate = (token: string) => app.request('/v1/oauth/validate', { headers: { Authorization: `Bearer ${token}` } })
const jwks = async () => zdxJwks.parse(await jsonOf(await app.request('/v1/oauth/jwks'), 200))
const postToken = (body: unknown) => app.request('/v1/oauth/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
const claimsOf = (token: string) => zdxTokenClaims.parse(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()))

describe('POST /v1/oauth/token', () => {
  it('trades sha256hex(secret:timestamp) for a Bearer JWT good for 3600 s of the tenant’s clock; the secret never travels', async () => {
    await admin.advanceClock(86_400)
    const key = await createKey({ roleId: ZDX_READ_ONLY_ROLE_ID })
    const now = await admin.now()
    const response = await zdxTokenRequest(app, key.id, key.keySecret, now)
    const answer = zdxTokenResponse.parse(await jsonOf(response, 200))
    expect(answer).toMatchObject({ token_type: 'Bearer', expires_in: 3600 })
    const claims = claimsOf(answer.token)
    expect(claims).toMatchObject({ iss: 'zdx-mock', sub: key.id, customer_id: customerId, role_id: ZDX_READ_ONLY_ROLE_ID, read_only: true })
    expect(Math.abs(claims.iat - now)).toBeLessThanOrEqual(1)
    expect(claims.exp - claims.iat).toBe(3600)
    expect(answer.token).not.toContain(key.keySecret)
  })

  it('takes the timestamp as a number or its decimal string, and the seeded keys’ secrets from View', async () => {
    const [seeded] = zdxApiKeyPage.parse(await jsonOf(await admin.request(zdxKeysPath(customerId)), 200)).list
    const viewed = zdxApiKeyWithSecret.parse(await jsonOf(await admin.request(`${zdxKeysPath(customerId)}/${seeded.id}/secret`), 200))
    const now = await admin.now()
    const response = await postToken({ key_id: viewed.id, key_secret: zdxKeySecretHash(viewed.keySecret, now), timestamp: String(now) })
    expect(response.status).toBe(200)
  })

  it('accepts a timestamp up to 15 minutes either side of the tenant’s clock, and refuses a stale or a future one: 401', async () => {
    const key = await createKey()
    const now = await admin.now()
    for (const timestamp of [now - ZDX_TIMESTAMP_TOLERANCE_SECONDS + 2, now + ZDX_TIMESTAMP_TOLERANCE_SECONDS - 2]) {
      expect((await zdxTokenRequest(app, key.id, key.keySecret, timestamp)).status).toBe(200)
    }
    for (const timestamp of [now - ZDX_TIMESTAMP_TOLERANCE_SECONDS - 5, now + ZDX_TIMESTAMP_TOLERANCE_SECONDS + 5, 0]) {
      const error = await errorOf(await zdxTokenRequest(app, key.id, key.keySecret, timestamp))
      expect(error).toMatchObject(expected.invalidCredentials)
      expect(error.reason).toMatch(/more than 15 minutes from the server's time/)
    }
  })

  it('measures the 15 minutes on the tenant’s mock clock: a request signed before the clock moved an hour is stale', async () => {
    const key = await createKey()
    const before = await admin.now()
    await admin.advanceClock(3600)
    expect(await errorOf(await zdxTokenRequest(app, key.id, key.keySecret, before + 1))).toMatchObject(expected.invalidCredentials)
    expect((await zdxTokenRequest(app, key.id, key.keySecret, before + 3600)).status).toBe(200)
  })

  it('refuses a replayed request (the same key and timestamp): 401, while another timestamp still works', async () => {
    const key = await createKey()
    const now = await admin.now()
    expect((await zdxTokenRequest(app, key.id, key.keySecret, now)).status).toBe(200)
    const replayed = await errorOf(await zdxTokenRequest(app, key.id, key.keySecret, now))
    expect(replayed).toMatchObject(expected.invalidCredentials)
    expect(replayed.reason).toMatch(/already used/)
    expect((await zdxTokenRequest(app, key.id, key.keySecret, now - 1)).status).toBe(200)
    // Another key may use the same second.
    const other = await createKey({ name: 'other' })
    expect((await zdxTokenRequest(app, other.id, other.keySecret, now)).status).toBe(200)
  })

  it('answers 401 invalid.client.credentials, one reason for all, for a wrong hash, an unknown or a deleted key', async () => {
    const key = await createKey()
    const deleted = await createKey({ name: 'deleted' })
    expect((await admin.request(`${zdxKeysPath(customerId)}/${deleted.id}`, { method: 'DELETE' })).status).toBe(204)
    const now = await admin.now()
    const reasons = new Set<string>()
    for (const response of [
      await zdxTokenRequest(app, key.id, `${key.keySecret.slice(1)}x`, now),
      await postToken({ key_id: key.id, key_secret: key.keySecret, timestamp: now }), // the secret itself, not its hash
      await postToken({ key_id: key.id, key_secret: zdxKeySecretHash(key.keySecret, now).toUpperCase(), timestamp: now }),
      await postToken({ key_id: key.id, key_secret: zdxKeySecretHash(key.keySecret, now + 1), timestamp: now }),
      await zdxTokenRequest(app, '123456789012345678', key.keySecret, now),
      await zdxTokenRequest(app, 'not-an-id', key.keySecret, now),
      await zdxTokenRequest(app, deleted.id, deleted.keySecret, now),
    ]) {
      const error = await errorOf(response)
      expect(error).toMatchObject(expected.invalidCredentials)
      reasons.add(error.reason)
    }
    expect(reasons.size).toBe(1)
  })

  it('wants JSON with the three fields: 400 or 415 otherwise, 405 for other methods', async () => {
    const post = (body: string, type = 'application/json') => app.request('/v1/oauth/token', { method: 'POST', headers: { 'Content-Type': type }, body })
    expect(await errorOf(await post('{"key_id":"1","key_secret":"x"}'))).toMatchObject(expected.invalid('timestamp'))
    expect(await errorOf(await post('{"key_id":"1","key_secret":"x","timestamp":1.5}'))).toMatchObject(expected.invalid('timestamp'))
    expect(await errorOf(await post('{"key_id":"1","key_secret":"x","timestamp":"-5"}'))).toMatchObject(expected.invalid('timestamp'))
    expect(await errorOf(await post('{"key_secret":"x","timestamp":1}'))).toMatchObject(expected.invalid('key_id'))
    expect(await errorOf(await post('key_id=1', 'application/x-www-form-urlencoded'))).toMatchObject(expected.notJson)
    expect(await errorOf(await app.request('/v1/oauth/token'))).toMatchObject(expected.methodNotAllowed)
  })
})

describe('GET /v1/oauth/validate', () => {
  it('answers {"valid": true} for a live token, 401 without one or with a forged, an expired or a deleted key’s token', async () => {
    const key = await createKey()
    const token = await zdxTokenOf(app, key, await admin.now())
    expect(await jsonOf(await validate(token), 200)).toEqual({ valid: true })
    expect(await errorOf(await app.request('/v1/oauth/validate'))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await app.request('/v1/oauth/validate', { headers: { Authorization: token } }))).toMatchObject(expected.accessDenied)
    const [header, claims] = token.split('.')
    expect(await errorOf(await validate(`${header}.${claims}.forged`))).toMatchObject(expected.accessDenied)
    const forgedClaims = Buffer.from(JSON.stringify({ ...claimsOf(token), exp: claimsOf(token).exp + 86_400 })).toString('base64url')
    expect(await errorOf(await validate(`${header}.${forgedClaims}.${token.split('.')[2]}`))).toMatchObject(expected.accessDenied)

    await admin.advanceClock(3599)
    expect((await validate(token)).status).toBe(200)
    await admin.advanceClock(1)
    expect(await errorOf(await validate(token))).toMatchObject(expected.accessDenied)

    const live = await zdxTokenOf(app, key, await admin.now())
    expect((await admin.request(`${zdxKeysPath(customerId)}/${key.id}`, { method: 'DELETE' })).status).toBe(204)
    expect(await errorOf(await validate(live))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await app.request('/v1/oauth/validate', { method: 'POST' }))).toMatchObject(expected.methodNotAllowed)
  })

  it('keeps a token through a rename or a role change, and ends every token of the tenant at a reset', async () => {
    const [seeded] = zdxApiKeyPage.parse(await jsonOf(await admin.request(zdxKeysPath(customerId)), 200)).list
    const viewed = zdxApiKeyWithSecret.parse(await jsonOf(await admin.request(`${zdxKeysPath(customerId)}/${seeded.id}/secret`), 200))
    const token = await zdxTokenOf(app, viewed, await admin.now())
    const put = await admin.request(`${zdxKeysPath(customerId)}/${seeded.id}`, { method: 'PUT', json: { name: 'renamed', roleId: ZDX_READ_ONLY_ROLE_ID } })
    expect(put.status).toBe(204)
    expect((await validate(token)).status).toBe(200)
    expect((await admin.request('/__mock/reset', { method: 'POST' })).status).toBe(204)
    expect(await errorOf(await validate(token))).toMatchObject(expected.accessDenied)
    // The seeded key is back with the same secret: it gets a new token.
    const again = zdxApiKeyWithSecret.parse(await jsonOf(await admin.request(`${zdxKeysPath(customerId)}/${seeded.id}/secret`), 200))
    expect(again.keySecret).toBe(viewed.keySecret)
    expect((await validate(await zdxTokenOf(app, again, (await admin.now()) + 1))).status).toBe(200)
  })
})

describe('GET /v1/oauth/jwks', () => {
  it('publishes an EC P-256 key that verifies the tokens with a real JWT library (jose), and nothing forged', async () => {
    const key = await createKey()
    const now = await admin.now()
    const token = await zdxTokenOf(app, key, now)
    const keySet = await jwks()
    expect(keySet.keys).toHaveLength(1)
    expect(keySet.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' })
    expect(keySet.keys[0]).not.toHaveProperty('d')
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', typ: 'JWT', kid: keySet.keys[0].kid })

    const verified = await jwtVerify(token, createLocalJWKSet(keySet), { issuer: 'zdx-mock', algorithms: ['ES256'], currentDate: new Date(now * 1000) })
    expect(verified.payload).toMatchObject({ sub: key.id, customer_id: customerId })

    const [header, , signature] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ ...claimsOf(token), sub: '1' })).toString('base64url')
    await expect(jwtVerify(`${header}.${forged}.${signature}`, createLocalJWKSet(keySet), { currentDate: new Date(now * 1000) })).rejects.toThrow(/signature verification failed/)
    // Another server's key set does not verify this server's tokens.
    const otherKeys = zdxJwks.parse(await jsonOf(await (await memoryApp()).app.request('/v1/oauth/jwks'), 200))
    await expect(jwtVerify(token, createLocalJWKSet(otherKeys), { currentDate: new Date(now * 1000) })).rejects.toThrow(/no applicable key/)
  })

  it('needs no credentials, is the same for every tenant, and answers 405 to other methods', async () => {
    const other = new TestClient(app)
    await other.newTenant()
    expect(await jwks()).toEqual(zdxJwks.parse(await jsonOf(await other.request('/v1/oauth/jwks'), 200)))
    expect(await errorOf(await app.request('/v1/oauth/jwks', { method: 'POST' }))).toMatchObject(expected.methodNotAllowed)
  })
})

/** A ZPA key and a ZCC key of the test's tenant, with their secrets. */
async function zpaKey() {
  const response = await admin.request(`${customerBase(customerId)}/apiKeys`, {
    method: 'POST',
    json: { name: 'zpa-client', tokenExpiryTimeInSec: 600, roleId: API_FULL_ACCESS_ROLE_ID },
  })
  return createdApiKey.parse(await jsonOf(response, 201))
}

async function zccKey() {
  const response = await admin.request(zccKeysPath(customerId), { method: 'POST', json: { name: 'DeviceBot', role: 'WRITE', tokenExpiryTimeInSec: 900 } })
  return createdZccApiKey.parse(await jsonOf(response, 201))
}

describe('one product’s keys and tokens never work for another', () => {
  it('refuses a ZDX key at ZPA’s /signin and ZCC’s login, and ZPA and ZCC keys at the ZDX token request', async () => {
    const zdx = await createKey()
    expect(await errorOf(await signIn(app, zdx.id, zdx.keySecret))).toMatchObject(expected.invalidCredentials)
    expect(await errorOf(await zccLogin(app, zdx.id, zdx.keySecret))).toMatchObject(expected.invalidCredentials)
    const now = await admin.now()
    const zpa = await zpaKey()
    const zcc = await zccKey()
    for (const [keyId, secret] of [
      [zpa.id, zpa.clientSecret],
      [zpa.clientId, zpa.clientSecret],
      [zcc.id, zcc.clientSecret],
      [zcc.clientId, zcc.clientSecret],
    ]) {
      expect(await errorOf(await zdxTokenRequest(app, keyId, secret, now))).toMatchObject(expected.invalidCredentials)
    }
  })

  it('refuses a ZDX token on the ZPA and ZCC APIs, and ZPA and ZCC tokens at validate', async () => {
    const zdxToken = await zdxTokenOf(app, await createKey(), await admin.now())
    expect(await errorOf(await app.request(`${customerBase(customerId)}/apiKeys`, { headers: { Authorization: `Bearer ${zdxToken}` } }))).toMatchObject(
      expected.accessDenied,
    )
    expect(await errorOf(await app.request('/papi/public/v1/getDevices', { headers: { 'auth-token': zdxToken } }))).toMatchObject(expected.accessDenied)
    const zpa = await apiClientOf(app, await zpaKey())
    expect(await errorOf(await validate(zpa.token!))).toMatchObject(expected.accessDenied)
    const zcc = await zccClientOf(app, await zccKey())
    expect(await errorOf(await validate(zcc.jwtToken))).toMatchObject(expected.accessDenied)
  })
})

describe('test control', () => {
  it('applies the tenant’s injected faults to the token request and to validate, never another tenant’s', async () => {
    const key = await createKey()
    const token = await zdxTokenOf(app, key, await admin.now())
    await jsonOf(await admin.request('/__mock/faults', { method: 'POST', json: { path: '/v1/oauth/**', status: 503, times: 2 } }), 201)
    expect(await errorOf(await validate(token))).toMatchObject(expected.unavailable)
    expect(await errorOf(await zdxTokenRequest(app, key.id, key.keySecret, (await admin.now()) - 1))).toMatchObject(expected.unavailable)
    expect((await validate(token)).status).toBe(200)
    expect((await app.request('/v1/oauth/jwks')).status).toBe(200)
  })
})

describe('rate limits (opt-in: PUT /__mock/settings {"rateLimits": true})', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('are off by default: no headers', async () => {
    const token = await zdxTokenOf(app, await createKey(), await admin.now())
    const response = await validate(token)
    expect(response.headers.get('RateLimit-Limit')).toBeNull()
  })

  it('let 5 calls a second through per tenant, token requests and validate alike, with RateLimit-*, then 429', async () => {
    const key = await createKey()
    const token = await zdxTokenOf(app, key, await admin.now())
    await jsonOf(await admin.request('/__mock/settings', { method: 'PUT', json: { rateLimits: true } }), 200)
    const now = await admin.now()
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() })
    const first = await zdxTokenRequest(app, key.id, key.keySecret, now + 1)
    expect(first.status).toBe(200)
    expect([first.headers.get('RateLimit-Limit'), first.headers.get('RateLimit-Remaining'), first.headers.get('RateLimit-Reset')]).toEqual(['5', '4', '1'])
    for (const remaining of ['3', '2', '1']) expect((await validate(token)).headers.get('RateLimit-Remaining')).toBe(remaining)
    const fifth = await zdxTokenRequest(app, key.id, 'wrong', now + 2)
    expect(fifth.status).toBe(401)
    expect(fifth.headers.get('RateLimit-Remaining')).toBe('0')
    const refused = await validate(token)
    expect(await errorOf(refused)).toMatchObject({ status: 429, id: 'too.many.requests' })
    expect([refused.headers.get('RateLimit-Limit'), refused.headers.get('RateLimit-Remaining'), refused.headers.get('RateLimit-Reset')]).toEqual(['5', '0', '1'])
    expect(await errorOf(await zdxTokenRequest(app, key.id, key.keySecret, now + 3))).toMatchObject({ status: 429 })

    // Another tenant has its own second; the JWKS is not counted.
    const other = new TestClient(app)
    const otherId = (await other.newTenant()).customerId
    await jsonOf(await other.request('/__mock/settings', { method: 'PUT', json: { rateLimits: true } }), 200)
    const otherKey = zdxApiKeyWithSecret.parse(
      await jsonOf(await other.request(zdxKeysPath(otherId), { method: 'POST', json: { name: 'other', roleId: ZDX_SUPER_ADMIN_ROLE_ID } }), 201),
    )
    expect((await zdxTokenRequest(app, otherKey.id, otherKey.keySecret, now)).headers.get('RateLimit-Remaining')).toBe('4')
    expect((await app.request('/v1/oauth/jwks')).status).toBe(200)

    vi.setSystemTime(Date.now() + 1000)
    const later = await validate(token)
    expect(later.status).toBe(200)
    expect(later.headers.get('RateLimit-Remaining')).toBe('4')
  })
})
