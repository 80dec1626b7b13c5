import type { Hono } from 'hono'
import { beforeEach, describe, expect, it } from 'vitest'
import { apiKey, apiKeyPage, createdApiKey, type ApiKey, type CreatedApiKey } from '../../src/contract/api-key'
import { clockState } from '../../src/contract/mock-control'
import { API_FULL_ACCESS_ROLE_ID, roleList } from '../../src/contract/role'
import { accessTokenClaims, signInResponse, type AccessTokenClaims } from '../../src/contract/signin'
import { createApp } from '../app'
import { Hs256Jwt } from '../jwt'
import { ENGINEERING_MICROTENANT_ID, SEEDED_ROLES } from '../store/seed'
import type { Store } from '../store/store'
import { apiClientOf, customerBase, errorOf, expected, jsonOf, memoryApp, signIn, TestClient } from '../testing'

const READ_ONLY_ROLE_ID = SEEDED_ROLES.find((role) => role.readOnly)!.id
const LOCK_SECONDS = 30 * 60

let app: Hono
let store: Store
/** The tenant's admin, through the portal session cookie (as the page calls the API). */
let admin: TestClient
let customerId: string
let keys: string

beforeEach(async () => {
  ;({ app, store } = await memoryApp())
  admin = new TestClient(app)
  customerId = (await admin.newTenant()).customerId
  keys = `${customerBase(customerId)}/apiKeys`
})

async function createKey(body: Record<string, unknown> = {}, query = ''): Promise<CreatedApiKey> {
  const response = await admin.request(`${keys}${query}`, {
    method: 'POST',
    json: { name: 'sandbox-client', tokenExpiryTimeInSec: '600', roleId: API_FULL_ACCESS_ROLE_ID, ...body },
  })
  return createdApiKey.parse(await jsonOf(response, 201))
}

const clientOf = (key: CreatedApiKey): Promise<TestClient> => apiClientOf(app, key)

const wrongSecret = (key: CreatedApiKey) => signIn(app, key.clientId, `${key.clientSecret.slice(1)}x`)

async function adminGet(id: string, query = ''): Promise<ApiKey> {
  return apiKey.parse(await jsonOf(await admin.request(`${keys}/${id}${query}`), 200))
}

const multipart = (type: string, body: string) => app.request('/signin', { method: 'POST', headers: { 'Content-Type': type }, body })

const unlock = async (key: ApiKey) => (await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { ...key, isLocked: false } })).status

describe('POST /signin', () => {
  it('trades the client id and secret for a bearer token that lasts the key’s interval', async () => {
    const key = await createKey({ tokenExpiryTimeInSec: '900' })
    const response = await signIn(app, key.clientId, key.clientSecret)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/)
    const body = signInResponse.parse(await response.json())
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: '900' })
    expect(body.access_token.length).toBeGreaterThanOrEqual(32)
    expect(body.access_token).not.toContain(key.clientSecret)
  })

  it('gives a token that lists, reads and creates keys without any cookie', async () => {
    const key = await createKey()
    const client = await clientOf(key)
    expect(client.cookie).toBeUndefined()
    const page = apiKeyPage.parse(await jsonOf(await client.request(`${keys}?pagesize=500`), 200))
    expect(page.totalCount).toBe('38')
    expect(page.list.map((listed) => listed.id)).toContain(key.id)
    expect(apiKey.parse(await jsonOf(await client.request(`${keys}/${key.id}`), 200)).name).toBe('sandbox-client')
    roleList.parse(await jsonOf(await client.request(keys.replace(/apiKeys$/, 'roles')), 200))
    const created = await client.request(keys, { method: 'POST', json: { name: 'made-by-token', tokenExpiryTimeInSec: 60, roleId: API_FULL_ACCESS_ROLE_ID } })
    expect(createdApiKey.parse(await jsonOf(created, 201)).modifiedBy).toBe(key.id)
  })

  it('answers every failure alike: 401 invalid.client.credentials', async () => {
    const key = await createKey()
    expect(await errorOf(await wrongSecret(key))).toMatchObject(expected.invalidCredentials)
    expect(await errorOf(await signIn(app, `${key.clientId.slice(0, -4)}AAA=`, key.clientSecret))).toMatchObject(expected.invalidCredentials)
    expect(await errorOf(await signIn(app, 'not-a-client-id', key.clientSecret))).toMatchObject(expected.invalidCredentials)
  })

  it('wants a form with both fields: 400 naming the missing one, 415 for JSON, 405 for GET', async () => {
    const form = (body: string) =>
      app.request('/signin', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body })
    expect(await errorOf(await form('client_id=abc'))).toMatchObject(expected.invalid('client_secret'))
    expect(await errorOf(await form(''))).toMatchObject(expected.invalid('client_id', 'client_secret'))
    const json = await app.request('/signin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_id: 'a', client_secret: 'b' }),
    })
    expect(await errorOf(json)).toMatchObject(expected.notJson)
    expect(await errorOf(await app.request('/signin'))).toMatchObject(expected.methodNotAllowed)
  })

  it('accepts multipart form data too', async () => {
    const key = await createKey()
    const body = new FormData()
    body.set('client_id', key.clientId)
    body.set('client_secret', key.clientSecret)
    expect((await app.request('/signin', { method: 'POST', body })).status).toBe(200)
  })

  it('answers 400, not 500, to multipart that does not parse (no boundary, or cut short)', async () => {
    const noBoundary = await multipart('multipart/form-data', 'client_id=a&client_secret=b')
    expect(await errorOf(noBoundary)).toMatchObject(expected.invalid())
    expect(await errorOf(await multipart('multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form'))).toMatchObject(expected.invalid())
  })
})

describe('bearer tokens', () => {
  it('expire after the key’s interval on the tenant’s mock clock', async () => {
    const client = await clientOf(await createKey({ tokenExpiryTimeInSec: '60' }))
    // (Margins of 30 s here and below: the real seconds that pass during the test count too.)
    await admin.advanceClock(30)
    expect((await client.request(keys)).status).toBe(200)
    await admin.advanceClock(30)
    expect(await errorOf(await client.request(keys))).toMatchObject(expected.accessDenied)
  })

  it('end at signout: 200, then 401', async () => {
    const client = await clientOf(await createKey())
    expect((await client.request('/signout', { method: 'POST' })).status).toBe(200)
    expect(await errorOf(await client.request(keys))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await client.request('/signout', { method: 'POST' }))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await app.request('/signout', { method: 'POST' }))).toMatchObject(expected.accessDenied)
  })

  it('stop working at once when their key is deleted', async () => {
    const key = await createKey()
    const client = await clientOf(key)
    expect((await admin.request(`${keys}/${key.id}`, { method: 'DELETE' })).status).toBe(204)
    expect(await errorOf(await client.request(keys))).toMatchObject(expected.accessDenied)
  })

  it('stop working at once when their key is disabled, and a disabled key cannot sign in', async () => {
    const key = await createKey()
    const client = await clientOf(key)
    const disable = await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { ...(await adminGet(key.id)), enabled: false } })
    expect(disable.status).toBe(204)
    expect(await errorOf(await client.request(keys))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await signIn(app, key.clientId, key.clientSecret))).toMatchObject(expected.invalidCredentials)
    // Enabled again: the old token stays ended, a new sign-in works.
    await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { ...(await adminGet(key.id)), enabled: true } })
    expect(await errorOf(await client.request(keys))).toMatchObject(expected.accessDenied)
    expect((await (await clientOf(key)).request(keys)).status).toBe(200)
  })

  it('end for good when their key is disabled, even unused until it is enabled again; other keys’ tokens go on', async () => {
    const key = await createKey()
    const client = await clientOf(key)
    const bystander = await clientOf(await createKey({ name: 'bystander' }))
    expect((await client.request(keys)).status).toBe(200)
    for (const enabled of [false, true]) {
      const put = await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { ...(await adminGet(key.id)), enabled } })
      expect(put.status).toBe(204)
    }
    expect(await errorOf(await client.request(keys))).toMatchObject(expected.accessDenied)
    expect((await bystander.request(keys)).status).toBe(200)
  })

  it('only read with a read-only role: 200 on GET, 403 on POST, PUT and DELETE', async () => {
    const key = await createKey({ roleId: READ_ONLY_ROLE_ID })
    const client = await clientOf(key)
    expect((await client.request(keys)).status).toBe(200)
    expect((await client.request(`${keys}/${key.id}`)).status).toBe(200)
    expect((await client.request(keys.replace(/apiKeys$/, 'roles'))).status).toBe(200)
    const body = { name: 'not-allowed', tokenExpiryTimeInSec: '60', roleId: API_FULL_ACCESS_ROLE_ID }
    expect(await errorOf(await client.request(keys, { method: 'POST', json: body }))).toMatchObject(expected.forbidden)
    expect(await errorOf(await client.request(`${keys}/${key.id}`, { method: 'PUT', json: body }))).toMatchObject(expected.forbidden)
    expect(await errorOf(await client.request(`${keys}/${key.id}`, { method: 'DELETE' }))).toMatchObject(expected.forbidden)
    expect((await adminGet(key.id)).name).toBe('sandbox-client')
  })

  it('follow a change of the key’s role at once', async () => {
    const key = await createKey()
    const client = await clientOf(key)
    const toReadOnly = await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { ...(await adminGet(key.id)), roleId: READ_ONLY_ROLE_ID } })
    expect(toReadOnly.status).toBe(204)
    expect(await errorOf(await client.request(`${keys}/${key.id}`, { method: 'DELETE' }))).toMatchObject(expected.forbidden)
    expect((await client.request(keys)).status).toBe(200)
  })

  it('act in their key’s microtenant only: another microtenant’s key is 404', async () => {
    const engineering = `?microtenantId=${ENGINEERING_MICROTENANT_ID}`
    const engineeringKey = await createKey({ name: 'eng-client' }, engineering)
    const defaultKey = await createKey({ name: 'default-client' })
    const engineeringClient = await clientOf(engineeringKey)
    const defaultClient = await clientOf(defaultKey)

    const listed = apiKeyPage.parse(await jsonOf(await engineeringClient.request(`${keys}?pagesize=500`), 200))
    expect(listed.list.every((key) => key.microtenantId === ENGINEERING_MICROTENANT_ID)).toBe(true)
    expect(listed.list.map((key) => key.id)).toContain(engineeringKey.id)

    expect(await errorOf(await engineeringClient.request(`${keys}/${defaultKey.id}`))).toMatchObject(expected.notFound)
    expect(await errorOf(await engineeringClient.request(`${keys}/${defaultKey.id}?microtenantId=0`))).toMatchObject(expected.notFound)
    expect(await errorOf(await engineeringClient.request(`${keys}/${defaultKey.id}`, { method: 'DELETE' }))).toMatchObject(expected.notFound)
    expect(await errorOf(await defaultClient.request(`${keys}/${engineeringKey.id}`))).toMatchObject(expected.notFound)
    expect(await errorOf(await defaultClient.request(`${keys}/${engineeringKey.id}${engineering}`))).toMatchObject(expected.notFound)
    expect((await adminGet(defaultKey.id)).name).toBe('default-client')
    // Its own microtenant named explicitly is fine.
    expect((await engineeringClient.request(`${keys}/${engineeringKey.id}${engineering}`)).status).toBe(200)
  })

  it('work only for their customer: another customer’s path is 401', async () => {
    const client = await clientOf(await createKey())
    const other = new TestClient(app)
    const otherTenant = await other.newTenant()
    expect(await errorOf(await client.request(`${customerBase(otherTenant.customerId)}/apiKeys`))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await client.request(`${customerBase()}/apiKeys`))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await client.request(`${customerBase(otherTenant.customerId)}/roles`))).toMatchObject(expected.accessDenied)
  })

  it('decide alone when presented: a bad token is 401 even beside a valid session cookie', async () => {
    admin.token = 'forged-token'
    expect(await errorOf(await admin.request(keys))).toMatchObject(expected.accessDenied)
    admin.token = undefined
    expect((await admin.request(keys)).status).toBe(200)
  })
})

describe('lockout', () => {
  it('locks a key at the third consecutive wrong secret; then even the right one is refused', async () => {
    const key = await createKey()
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await adminGet(key.id)).isLocked).toBe(false)
      expect(await errorOf(await wrongSecret(key))).toMatchObject(expected.invalidCredentials)
    }
    expect((await adminGet(key.id)).isLocked).toBe(true)
    const locked = apiKeyPage.parse(await jsonOf(await admin.request(`${keys}?search=isLocked+EQ+true&pagesize=500`), 200))
    expect(locked.list.map((listed) => listed.id)).toContain(key.id)
    expect(await errorOf(await signIn(app, key.clientId, key.clientSecret))).toMatchObject(expected.invalidCredentials)
  })

  it('is lifted by Unlock (PUT isLocked:false): the right secret signs in again', async () => {
    const key = await createKey()
    for (let attempt = 0; attempt < 3; attempt++) await wrongSecret(key)
    expect(await unlock(await adminGet(key.id))).toBe(204)
    expect((await adminGet(key.id)).isLocked).toBe(false)
    expect((await signIn(app, key.clientId, key.clientSecret)).status).toBe(200)
    // The count started again: two more failures do not lock.
    for (let attempt = 0; attempt < 2; attempt++) await wrongSecret(key)
    expect((await adminGet(key.id)).isLocked).toBe(false)
  })

  it('lapses after 30 minutes of mock time, in GET and the list too', async () => {
    const key = await createKey()
    for (let attempt = 0; attempt < 3; attempt++) await wrongSecret(key)
    await admin.advanceClock(LOCK_SECONDS - 30)
    expect((await adminGet(key.id)).isLocked).toBe(true)
    expect(await errorOf(await signIn(app, key.clientId, key.clientSecret))).toMatchObject(expected.invalidCredentials)
    await admin.advanceClock(30)
    expect((await adminGet(key.id)).isLocked).toBe(false)
    const locked = apiKeyPage.parse(await jsonOf(await admin.request(`${keys}?search=isLocked+EQ+true&pagesize=500`), 200))
    expect(locked.list.map((listed) => listed.id)).not.toContain(key.id)
    expect((await signIn(app, key.clientId, key.clientSecret)).status).toBe(200)
  })

  it('counts only consecutive failures: two wrong, one right, one wrong does not lock', async () => {
    const key = await createKey()
    await wrongSecret(key)
    await wrongSecret(key)
    expect((await signIn(app, key.clientId, key.clientSecret)).status).toBe(200)
    await wrongSecret(key)
    expect((await adminGet(key.id)).isLocked).toBe(false)
    expect((await signIn(app, key.clientId, key.clientSecret)).status).toBe(200)
  })

  it('does not count sign-ins of a disabled key, and does not change modifiedTime', async () => {
    const key = await createKey({ enabled: false })
    for (let attempt = 0; attempt < 4; attempt++) await wrongSecret(key)
    const after = await adminGet(key.id)
    expect(after.isLocked).toBe(false)
    expect(after.modifiedTime).toBe(key.modifiedTime)
  })

  it('locks a seeded key by its client id too', async () => {
    const seeded = apiKeyPage.parse(await jsonOf(await admin.request(`${keys}?search=isLocked+EQ+false+AND+enabled+EQ+true+AND+readOnly+EQ+false`), 200)).list[0]
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await errorOf(await signIn(app, seeded.clientId, 'guessed-wrong'))).toMatchObject(expected.invalidCredentials)
    }
    expect((await adminGet(seeded.id)).isLocked).toBe(true)
  })
})

// zscaler-sdk-python: the ZPA client's login() (zscaler/zpa/legacy.py, LegacyZPAClientHelper, called by refreshToken())
// posts urllib.parse.urlencode({client_id, client_secret}) to {baseurl}/signin with these headers (and its User-Agent).
const sdkSignIn = (clientId: string, clientSecret: string) =>
  app.request('/signin', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: `client_id=${encodeURIComponent(clientId)}&client_secret=${encodeURIComponent(clientSecret)}`,
  })

/**
 * zscaler-sdk-python: zscaler/utils.py is_token_expired(token_string), which refreshToken() calls before each use:
 * it splits access_token on ".", wants 3 parts, base64url-decodes parts[1] + "==" as JSON and reads exp (minus 10 s,
 * against its own clock); anything that is not a JWT it treats as expired. (It does not verify the signature.)
 */
function sdkIsTokenExpired(token: string, nowSeconds: number): boolean {
  const parts = token.split('.')
  if (parts.length !== 3) return true
  try {
    const payload = JSON.parse(Buffer.from(`${parts[1]}==`, 'base64url').toString('utf8')) as { exp?: number }
    return payload.exp !== undefined && nowSeconds > payload.exp - 10
  } catch {
    return true
  }
}

const decoded = (part: string): unknown => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const claimsOf = (token: string): AccessTokenClaims => accessTokenClaims.parse(decoded(token.split('.')[1]))

async function accessTokenOf(key: CreatedApiKey): Promise<string> {
  return signInResponse.parse(await jsonOf(await signIn(app, key.clientId, key.clientSecret), 200)).access_token
}

const bearer = (token: string) => app.request(keys, { headers: { Authorization: `Bearer ${token}` } })

async function mockNow(): Promise<number> {
  return Number(clockState.parse(await jsonOf(await admin.request('/__mock/clock'), 200)).now)
}

describe('the access token (a signed JWT)', () => {
  it('is three base64url parts: an HS256 header and claims naming the key, its customer and microtenant', async () => {
    const key = await createKey({ tokenExpiryTimeInSec: '900' })
    const token = await accessTokenOf(key)
    const parts = token.split('.')
    expect(parts).toHaveLength(3)
    for (const part of parts) expect(part).toMatch(/^[\w-]+$/)
    expect(decoded(parts[0])).toEqual({ alg: 'HS256', typ: 'JWT' })
    const claims = claimsOf(token)
    expect(claims).toMatchObject({ iss: 'zpa-mock', sub: key.id, customer_id: customerId, microtenant_id: '0' })
    expect(claims.exp - claims.iat).toBe(900)
    expect(claims.jti).not.toBe(claimsOf(await accessTokenOf(key)).jti)
  })

  it('answers the Python SDK’s sign-in with a token its is_token_expired() reads as live until exp', async () => {
    const key = await createKey({ tokenExpiryTimeInSec: '60' })
    const response = await sdkSignIn(key.clientId, key.clientSecret)
    const body = signInResponse.parse(await jsonOf(response, 200))
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: '60' })
    const { exp } = claimsOf(body.access_token)
    expect(sdkIsTokenExpired(body.access_token, Date.now() / 1000)).toBe(false)
    expect(sdkIsTokenExpired(body.access_token, exp)).toBe(true)
    // An opaque token, as /signin gave before: the SDK took it for expired and signed in again before every call.
    expect(sdkIsTokenExpired('mBq3vJ0cM1n8mQ0hXo0r5y1yZb8n0V9m6m0WkqfZ2xA', Date.now() / 1000)).toBe(true)
    expect((await bearer(body.access_token)).status).toBe(200)
  })

  it('has iat and exp on the tenant’s mock clock: moving the clock forward moves them', async () => {
    const key = await createKey({ tokenExpiryTimeInSec: '600' })
    const before = await mockNow()
    const first = claimsOf(await accessTokenOf(key))
    expect(first.iat).toBeGreaterThanOrEqual(before)
    expect(first.exp).toBe(first.iat + 600)
    await admin.advanceClock(7200)
    const advanced = await mockNow()
    const second = claimsOf(await accessTokenOf(key))
    expect(second.iat).toBeGreaterThanOrEqual(advanced)
    expect(second.iat - first.iat).toBeGreaterThanOrEqual(7200)
    expect(second.iat - first.iat).toBeLessThan(7200 + 30)
    expect(second.exp).toBe(second.iat + 600)
  })

  it('works as a bearer token, and is refused (401) once the mock clock passes its exp', async () => {
    const key = await createKey({ tokenExpiryTimeInSec: '60' })
    const token = await accessTokenOf(key)
    expect((await bearer(token)).status).toBe(200)
    await admin.advanceClock(claimsOf(token).exp - (await mockNow()))
    expect(await errorOf(await bearer(token))).toMatchObject(expected.accessDenied)
  })

  it('is refused (401) with its claims changed under the old signature', async () => {
    const key = await createKey()
    const token = await accessTokenOf(key)
    const [header, claims, signature] = token.split('.')
    const original = claimsOf(token)
    for (const changed of [{ ...original, exp: original.exp + 3600 }, { ...original, microtenant_id: ENGINEERING_MICROTENANT_ID }]) {
      expect(await errorOf(await bearer(`${header}.${encoded(changed)}.${signature}`))).toMatchObject(expected.accessDenied)
    }
    // Re-encoding the same claims keeps the signature: the token still works.
    expect(`${header}.${encoded(original)}.${signature}`).toBe(token)
    expect(await errorOf(await bearer(`${header}.${claims}.${signature.slice(0, -2)}`))).toMatchObject(expected.accessDenied)
    expect((await bearer(token)).status).toBe(200)
  })

  it('is refused (401) when signed with another secret, or not signed at all', async () => {
    const key = await createKey()
    const token = await accessTokenOf(key)
    expect(await errorOf(await bearer(new Hs256Jwt().sign(claimsOf(token))))).toMatchObject(expected.accessDenied)
    const unsigned = `${encoded({ alg: 'none', typ: 'JWT' })}.${token.split('.')[1]}.`
    expect(await errorOf(await bearer(unsigned))).toMatchObject(expected.accessDenied)
    expect((await bearer(token)).status).toBe(200)
  })

  it('is refused (401) after signout, though its signature and exp are still good', async () => {
    const key = await createKey()
    const token = await accessTokenOf(key)
    const signOut = await app.request('/signout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
    expect(signOut.status).toBe(200)
    expect(sdkIsTokenExpired(token, Date.now() / 1000)).toBe(false)
    expect(await errorOf(await bearer(token))).toMatchObject(expected.accessDenied)
  })

  it('is refused (401) after a restart: the key is kept, the token is not', async () => {
    const key = await createKey()
    const token = await accessTokenOf(key)
    const restarted = createApp({ store, control: true })
    const answer = await restarted.request(keys, { headers: { Authorization: `Bearer ${token}` } })
    expect(await errorOf(answer)).toMatchObject(expected.accessDenied)
    expect((await apiClientOf(restarted, key).then((client) => client.request(keys))).status).toBe(200)
  })
})
