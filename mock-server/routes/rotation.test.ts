/**
 * Issue #17: rotating a ZPA or ZCC key's secret with a grace period, and ending the grace early (End Grace Now),
 * through the HTTP API on the tenant's mock clock. The real clock is frozen, so that "the second before" is exact.
 */
import type { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { auditLogPage, keyActivity } from '../../src/contract/activity'
import { apiKey, apiKeyPage, createdApiKey, type CreatedApiKey } from '../../src/contract/api-key'
import { API_FULL_ACCESS_ROLE_ID } from '../../src/contract/role'
import { GRACE_PERIOD_MAX } from '../../src/contract/rotation'
import { createdZccApiKey, zccApiKey, zccApiKeyPage, type CreatedZccApiKey } from '../../src/contract/zcc-api-key'
import { ENGINEERING_MICROTENANT_ID, SEEDED_ROLES } from '../store/seed'
import { apiClientOf, customerBase, errorOf, expected, jsonOf, memoryApp, signIn, TestClient, zccClientOf, zccKeysPath, zccLogin } from '../testing'

const HOUR = 3600
const READ_ONLY_ROLE_ID = SEEDED_ROLES.find((role) => role.readOnly)!.id

let app: Hono
let admin: TestClient
let customerId: string
let keys: string
let zccKeys: string

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-03-01T12:00:00Z'))
  ;({ app } = await memoryApp())
  admin = new TestClient(app)
  customerId = (await admin.newTenant()).customerId
  keys = `${customerBase(customerId)}/apiKeys`
  zccKeys = zccKeysPath(customerId)
})
afterEach(() => {
  vi.useRealTimers()
})

async function createKey(body: Record<string, unknown> = {}, query = ''): Promise<CreatedApiKey> {
  const response = await admin.request(`${keys}${query}`, {
    method: 'POST',
    json: { name: 'rotating-client', tokenExpiryTimeInSec: '3600', roleId: API_FULL_ACCESS_ROLE_ID, ...body },
  })
  return createdApiKey.parse(await jsonOf(response, 201))
}

async function rotate(id: string, body?: unknown, query = ''): Promise<CreatedApiKey> {
  const init = body === undefined ? { method: 'POST' } : { method: 'POST', json: body }
  return createdApiKey.parse(await jsonOf(await admin.request(`${keys}/${id}/rotateSecret${query}`, init), 200))
}

const endGrace = async (id: string, query = '') => apiKey.parse(await jsonOf(await admin.request(`${keys}/${id}/previousSecret${query}`, { method: 'DELETE' }), 200))

const getKey = async (id: string) => apiKey.parse(await jsonOf(await admin.request(`${keys}/${id}`), 200))

/** The key as the list sends it (the list is serialised on its own path). */
async function listedKey(id: string) {
  const page = apiKeyPage.parse(await jsonOf(await admin.request(`${keys}?pagesize=500`), 200))
  return page.list.find((key) => key.id === id)!
}

const signInStatus = async (clientId: string, secret: string) => (await signIn(app, clientId, secret)).status

const auditOf = async (id: string) =>
  auditLogPage.parse(await jsonOf(await admin.request('/portal/auditLogs?action=rotate&pagesize=500'), 200)).list.filter((event) => event.keyId === id)

describe('ZPA: POST …/apiKeys/{id}/rotateSecret', () => {
  it('answers the key with a new secret that signs in at once, and the old one until the second before previousSecretValidUntil', async () => {
    const created = await createKey()
    const now = await admin.now()
    const rotated = await rotate(created.id, { gracePeriodInSec: HOUR })
    expect(rotated.clientSecret).not.toBe(created.clientSecret)
    expect(rotated).toMatchObject({ id: created.id, clientId: created.clientId, previousSecretValidUntil: String(now + HOUR), modifiedTime: String(now) })
    expect(await getKey(created.id)).toMatchObject({ previousSecretValidUntil: String(now + HOUR) })

    await admin.advanceClock(HOUR - 1)
    expect(await signInStatus(created.clientId, created.clientSecret)).toBe(200)
    expect(await signInStatus(created.clientId, rotated.clientSecret)).toBe(200)
    expect((await listedKey(created.id)).previousSecretValidUntil).toBe(String(now + HOUR))

    await admin.advanceClock(1)
    expect(await errorOf(await signIn(app, created.clientId, created.clientSecret))).toMatchObject(expected.invalidCredentials)
    expect(await signInStatus(created.clientId, rotated.clientSecret)).toBe(200)
    // Once the clock passes it, the key object and the list read null.
    expect((await getKey(created.id)).previousSecretValidUntil).toBeNull()
    expect((await listedKey(created.id)).previousSecretValidUntil).toBeNull()

    await admin.advanceClock(GRACE_PERIOD_MAX)
    expect(await errorOf(await signIn(app, created.clientId, created.clientSecret))).toMatchObject(expected.invalidCredentials)
    expect(await signInStatus(created.clientId, rotated.clientSecret)).toBe(200)
  })

  it('ends the tokens the old secret gave (before or during the grace) when the grace ends; the new secret’s go on', async () => {
    const created = await createKey()
    const before = await apiClientOf(app, created)
    const rotated = await rotate(created.id, { gracePeriodInSec: 60 })
    const during = await apiClientOf(app, created)
    const fresh = await apiClientOf(app, rotated)
    for (const client of [before, during, fresh]) expect((await client.request(keys)).status).toBe(200)
    await admin.advanceClock(59)
    for (const client of [before, during, fresh]) expect((await client.request(keys)).status).toBe(200)
    await admin.advanceClock(1)
    expect(await errorOf(await before.request(keys))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await during.request(keys))).toMatchObject(expected.accessDenied)
    expect((await fresh.request(keys)).status).toBe(200)
  })

  it.each([
    ['0', { gracePeriodInSec: 0 }],
    ['"0"', { gracePeriodInSec: '0' }],
    ['an empty object', {}],
    ['no body', undefined],
  ])('with no grace (%s) refuses the old secret and ends its tokens at once', async (_, body) => {
    const created = await createKey()
    const old = await apiClientOf(app, created)
    const rotated = await rotate(created.id, body)
    expect(rotated.previousSecretValidUntil).toBeNull()
    expect(await signInStatus(created.clientId, created.clientSecret)).toBe(401)
    expect(await errorOf(await old.request(keys))).toMatchObject(expected.accessDenied)
    expect(await signInStatus(created.clientId, rotated.clientSecret)).toBe(200)
  })

  it('takes 7 days of grace at most, the old secret signing in until the last second of them', async () => {
    const created = await createKey()
    const rotated = await rotate(created.id, { gracePeriodInSec: String(GRACE_PERIOD_MAX) })
    await admin.advanceClock(GRACE_PERIOD_MAX - 1)
    expect(await signInStatus(created.clientId, created.clientSecret)).toBe(200)
    await admin.advanceClock(1)
    expect(await signInStatus(created.clientId, created.clientSecret)).toBe(401)
    expect(await signInStatus(created.clientId, rotated.clientSecret)).toBe(200)
  })

  it('during a grace period replaces the old secret: the oldest is refused at once, with its tokens', async () => {
    const first = await createKey()
    const firstClient = await apiClientOf(app, first)
    const second = await rotate(first.id, { gracePeriodInSec: HOUR })
    await admin.advanceClock(60)
    const now = await admin.now()
    const third = await rotate(first.id, { gracePeriodInSec: HOUR })
    expect(third.previousSecretValidUntil).toBe(String(now + HOUR))
    expect(await signInStatus(first.clientId, first.clientSecret)).toBe(401)
    expect(await errorOf(await firstClient.request(keys))).toMatchObject(expected.accessDenied)
    expect(await signInStatus(first.clientId, second.clientSecret)).toBe(200)
    expect(await signInStatus(first.clientId, third.clientSecret)).toBe(200)
  })

  it('counts a wrong or expired old secret as a failed sign-in: the third locks the key, as before', async () => {
    const created = await createKey()
    const rotated = await rotate(created.id, { gracePeriodInSec: 60 })
    await admin.advanceClock(60)
    for (let attempt = 0; attempt < 3; attempt++) expect(await signInStatus(created.clientId, created.clientSecret)).toBe(401)
    expect((await getKey(created.id)).isLocked).toBe(true)
    expect(await signInStatus(created.clientId, rotated.clientSecret)).toBe(401)
  })

  it('resets the failed sign-in count when the old secret signs in during its grace', async () => {
    const created = await createKey()
    await rotate(created.id, { gracePeriodInSec: HOUR })
    for (let round = 0; round < 2; round++) {
      for (let attempt = 0; attempt < 2; attempt++) expect(await signInStatus(created.clientId, 'x'.repeat(32))).toBe(401)
      expect(await signInStatus(created.clientId, created.clientSecret)).toBe(200)
    }
    expect((await getKey(created.id)).isLocked).toBe(false)
  })

  it('acts in the microtenant ?microtenantId names, as the other key calls', async () => {
    const created = await createKey({}, `?microtenantId=${ENGINEERING_MICROTENANT_ID}`)
    expect(await errorOf(await admin.request(`${keys}/${created.id}/rotateSecret`, { method: 'POST', json: {} }))).toMatchObject(expected.notFound)
    const rotated = await rotate(created.id, { gracePeriodInSec: HOUR }, `?microtenantId=${ENGINEERING_MICROTENANT_ID}`)
    expect(rotated.microtenantId).toBe(ENGINEERING_MICROTENANT_ID)
    expect(await errorOf(await admin.request(`${keys}/${created.id}/previousSecret`, { method: 'DELETE' }))).toMatchObject(expected.notFound)
    expect((await endGrace(created.id, `?microtenantId=${ENGINEERING_MICROTENANT_ID}`)).previousSecretValidUntil).toBeNull()
  })

  it('writes the audit log and the key’s activity: `rotate` with until when the old secret signs in, never a secret', async () => {
    const created = await createKey()
    const now = await admin.now()
    const rotated = await rotate(created.id, { gracePeriodInSec: HOUR })
    const [event] = await auditOf(created.id)
    expect(event).toMatchObject({
      action: 'rotate',
      product: 'zpa',
      actor: { kind: 'admin' },
      before: { oldSecretValidUntil: null },
      after: { gracePeriodInSec: String(HOUR), oldSecretValidUntil: String(now + HOUR) },
    })
    const activity = keyActivity.parse(await jsonOf(await admin.request(`${keys}/${created.id}/activity`), 200))
    expect(activity.events.map((logged) => logged.action)).toEqual(['rotate', 'create'])
    const everything = await (await admin.request('/portal/auditLogs/export?format=json')).text()
    expect(everything).not.toContain(rotated.clientSecret)
    expect(everything).not.toContain(created.clientSecret)
    // As the Audit Logs page and its CSV write it (the real clock is frozen at 12:00 UTC).
    const csv = await (await admin.request('/portal/auditLogs/export?format=csv&action=rotate')).text()
    expect(csv).toContain('Old secret valid for (In Seconds): 3600; Old secret valid until: 2026-03-01 13:00:00 UTC')
    expect(csv).not.toContain(rotated.clientSecret)
  })

  it('records an API client’s rotation as that client’s', async () => {
    const created = await createKey({ name: 'rotator' })
    const target = await createKey({ name: 'target' })
    const client = await apiClientOf(app, created)
    expect((await client.request(`${keys}/${target.id}/rotateSecret`, { method: 'POST', json: { gracePeriodInSec: 60 } })).status).toBe(200)
    expect((await auditOf(target.id))[0].actor).toMatchObject({ kind: 'client' })
  })
})

describe('ZPA: DELETE …/apiKeys/{id}/previousSecret (End Grace Now)', () => {
  it('refuses the old secret at once, ends its tokens, reads null; the new secret and its tokens go on', async () => {
    const created = await createKey()
    const oldClient = await apiClientOf(app, created)
    const rotated = await rotate(created.id, { gracePeriodInSec: GRACE_PERIOD_MAX })
    const newClient = await apiClientOf(app, rotated)
    const ended = await endGrace(created.id)
    expect(ended).toMatchObject({ id: created.id, previousSecretValidUntil: null })
    expect(await signInStatus(created.clientId, created.clientSecret)).toBe(401)
    expect(await errorOf(await oldClient.request(keys))).toMatchObject(expected.accessDenied)
    expect(await signInStatus(created.clientId, rotated.clientSecret)).toBe(200)
    expect((await newClient.request(keys)).status).toBe(200)
    expect((await getKey(created.id)).previousSecretValidUntil).toBeNull()
    expect((await listedKey(created.id)).previousSecretValidUntil).toBeNull()
  })

  it('writes the audit log (`rotate`, the old secret valid until now); again, or with no old secret, answers the same and writes nothing', async () => {
    const created = await createKey()
    const rotated = await rotate(created.id, { gracePeriodInSec: HOUR })
    await admin.advanceClock(10)
    const now = await admin.now()
    const ended = await endGrace(created.id)
    const events = await auditOf(created.id)
    expect(events).toHaveLength(2)
    expect(events[0]).toMatchObject({ action: 'rotate', before: { oldSecretValidUntil: rotated.previousSecretValidUntil }, after: { oldSecretValidUntil: String(now) } })
    expect(await endGrace(created.id)).toEqual(ended)
    expect(await auditOf(created.id)).toHaveLength(2)
    const never = await createKey({ name: 'never-rotated' })
    const { clientSecret: _secret, ...asListed } = never
    expect(await endGrace(never.id)).toEqual(asListed)
    expect(await auditOf(never.id)).toEqual([])
  })
})

describe('ZPA rotation errors', () => {
  it('403 for a read-only key, and for a token whose role only reads; nothing changes', async () => {
    const readOnly = apiKeyPage.parse(await jsonOf(await admin.request(`${keys}?search=readOnly+EQ+true`), 200)).list[0]
    expect(readOnly.readOnly).toBe(true)
    expect(await errorOf(await admin.request(`${keys}/${readOnly.id}/rotateSecret`, { method: 'POST', json: { gracePeriodInSec: 60 } }))).toMatchObject(expected.forbidden)
    expect(await errorOf(await admin.request(`${keys}/${readOnly.id}/previousSecret`, { method: 'DELETE' }))).toMatchObject(expected.forbidden)

    const target = await createKey({ name: 'target' })
    const reader = await apiClientOf(app, await createKey({ name: 'reader', roleId: READ_ONLY_ROLE_ID }))
    expect(await errorOf(await reader.request(`${keys}/${target.id}/rotateSecret`, { method: 'POST', json: {} }))).toMatchObject(expected.forbidden)
    expect(await errorOf(await reader.request(`${keys}/${target.id}/previousSecret`, { method: 'DELETE' }))).toMatchObject(expected.forbidden)
    expect(await signInStatus(target.clientId, target.clientSecret)).toBe(200)
    expect(await auditOf(target.id)).toEqual([])
  })

  it('404 for an unknown key or an id that is not one', async () => {
    for (const id of ['123456789', 'abc']) {
      expect(await errorOf(await admin.request(`${keys}/${id}/rotateSecret`, { method: 'POST', json: {} }))).toMatchObject(expected.notFound)
      expect(await errorOf(await admin.request(`${keys}/${id}/previousSecret`, { method: 'DELETE' }))).toMatchObject(expected.notFound)
    }
  })

  it.each([[-1], [GRACE_PERIOD_MAX + 1], ['abc'], [1.5], [null], [true]])('400 naming gracePeriodInSec for %j; the secret stays', async (gracePeriodInSec) => {
    const created = await createKey()
    const response = await admin.request(`${keys}/${created.id}/rotateSecret`, { method: 'POST', json: { gracePeriodInSec } })
    expect(await errorOf(response)).toMatchObject(expected.invalid('gracePeriodInSec'))
    expect(await signInStatus(created.clientId, created.clientSecret)).toBe(200)
  })

  it('400 for a body that is not an object, 415 for one that is not JSON', async () => {
    const created = await createKey()
    expect(await errorOf(await admin.request(`${keys}/${created.id}/rotateSecret`, { method: 'POST', json: [60] }))).toMatchObject(expected.invalid())
    const text = await admin.request(`${keys}/${created.id}/rotateSecret`, { method: 'POST', body: 'gracePeriodInSec=60', headers: { 'Content-Type': 'text/plain' } })
    expect(await errorOf(text)).toMatchObject(expected.notJson)
  })

  it('405 for the other methods', async () => {
    const created = await createKey()
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      expect(await errorOf(await admin.request(`${keys}/${created.id}/rotateSecret`, { method }))).toMatchObject(expected.methodNotAllowed)
    }
    for (const method of ['GET', 'POST', 'PUT']) {
      expect(await errorOf(await admin.request(`${keys}/${created.id}/previousSecret`, { method }))).toMatchObject(expected.methodNotAllowed)
    }
  })

  it('injected faults apply, and nothing rotates', async () => {
    const created = await createKey()
    await jsonOf(await admin.request('/__mock/faults', { method: 'POST', json: { method: 'POST', path: '**/rotateSecret', status: 503, times: 1 } }), 201)
    expect(await errorOf(await admin.request(`${keys}/${created.id}/rotateSecret`, { method: 'POST', json: { gracePeriodInSec: 0 } }))).toMatchObject(expected.unavailable)
    expect(await signInStatus(created.clientId, created.clientSecret)).toBe(200)
  })

  it('a reset forgets the rotation of a seeded key: its old (seeded) state and no grace', async () => {
    const seeded = apiKeyPage.parse(await jsonOf(await admin.request(`${keys}?search=readOnly+EQ+false`), 200)).list[0]
    const rotated = await rotate(seeded.id, { gracePeriodInSec: HOUR })
    expect(await signInStatus(seeded.clientId, rotated.clientSecret)).toBe(200)
    expect((await admin.request('/__mock/reset', { method: 'POST' })).status).toBe(204)
    expect(await getKey(seeded.id)).toEqual(seeded)
    expect(await signInStatus(seeded.clientId, rotated.clientSecret)).toBe(401)
  })
})

async function createZccKey(body: Record<string, unknown> = {}): Promise<CreatedZccApiKey> {
  const response = await admin.request(zccKeys, { method: 'POST', json: { name: 'RotatingDevices', role: 'WRITE', tokenExpiryTimeInSec: '3600', ...body } })
  return createdZccApiKey.parse(await jsonOf(response, 201))
}
const rotateZcc = async (id: string, body: unknown) =>
  createdZccApiKey.parse(await jsonOf(await admin.request(`${zccKeys}/${id}/rotateSecret`, { method: 'POST', json: body }), 200))
const loginStatus = async (clientId: string, secret: string) => (await zccLogin(app, clientId, secret)).status
const getZcc = async (id: string) => zccApiKey.parse(await jsonOf(await admin.request(`${zccKeys}/${id}`), 200))
const listedZcc = async (id: string) => zccApiKeyPage.parse(await jsonOf(await admin.request(`${zccKeys}?pagesize=500`), 200)).list.find((key) => key.id === id)!

describe('ZCC: rotateSecret and previousSecret', () => {
  it('logs in with the old secret until the second before previousSecretValidUntil, the new one always; its tokens end with the grace', async () => {
    // Tokens outlive the grace: what ends the old ones is the grace.
    const created = await createZccKey({ tokenExpiryTimeInSec: '86400' })
    const before = await zccClientOf(app, created)
    const now = await admin.now()
    const rotated = await rotateZcc(created.id, { gracePeriodInSec: HOUR })
    expect(rotated).toMatchObject({ id: created.id, clientId: created.clientId, role: 'WRITE', previousSecretValidUntil: String(now + HOUR) })
    const fresh = await zccClientOf(app, rotated)
    await admin.advanceClock(HOUR - 1)
    expect(await loginStatus(created.clientId, created.clientSecret)).toBe(200)
    expect((await getZcc(created.id)).previousSecretValidUntil).toBe(String(now + HOUR))
    expect((await listedZcc(created.id)).previousSecretValidUntil).toBe(String(now + HOUR))
    expect((await before.request('/papi/public/v1/getDevices')).status).toBe(200)
    await admin.advanceClock(1)
    expect(await errorOf(await zccLogin(app, created.clientId, created.clientSecret))).toMatchObject(expected.invalidCredentials)
    expect(await loginStatus(created.clientId, rotated.clientSecret)).toBe(200)
    expect(await errorOf(await before.request('/papi/public/v1/getDevices'))).toMatchObject(expected.accessDenied)
    expect((await fresh.request('/papi/public/v1/getDevices')).status).toBe(200)
    expect((await getZcc(created.id)).previousSecretValidUntil).toBeNull()
    expect((await listedZcc(created.id)).previousSecretValidUntil).toBeNull()
  })

  it('keeps the key’s Read or Write role: a Read key’s new secret still may not remove devices, a Write key’s may', async () => {
    const reader = await createZccKey({ name: 'Reader', role: 'READ' })
    const writer = await createZccKey({ name: 'Writer', role: 'WRITE' })
    const readerClient = await zccClientOf(app, await rotateZcc(reader.id, { gracePeriodInSec: 60 }))
    const writerClient = await zccClientOf(app, await rotateZcc(writer.id, { gracePeriodInSec: 60 }))
    const remove = { method: 'POST', body: JSON.stringify({ udids: ['no-such-device'] }) }
    expect((await readerClient.request('/papi/public/v1/getDevices')).status).toBe(200)
    expect(await errorOf(await readerClient.request('/papi/public/v1/removeDevices', remove))).toMatchObject(expected.forbidden)
    expect(await jsonOf(await writerClient.request('/papi/public/v1/removeDevices', remove), 200)).toMatchObject({ devicesRemoved: 0 })
  })

  it('with no grace refuses the old secret at once; End Grace Now ends a grace, reads null, and writes the audit log', async () => {
    const noGrace = await createZccKey({ name: 'NoGrace' })
    const rotatedAtOnce = await rotateZcc(noGrace.id, { gracePeriodInSec: '0' })
    expect(rotatedAtOnce.previousSecretValidUntil).toBeNull()
    expect(await loginStatus(noGrace.clientId, noGrace.clientSecret)).toBe(401)
    expect(await loginStatus(noGrace.clientId, rotatedAtOnce.clientSecret)).toBe(200)

    const created = await createZccKey()
    const rotated = await rotateZcc(created.id, { gracePeriodInSec: GRACE_PERIOD_MAX })
    const old = await zccClientOf(app, created)
    const ended = zccApiKey.parse(await jsonOf(await admin.request(`${zccKeys}/${created.id}/previousSecret`, { method: 'DELETE' }), 200))
    expect(ended.previousSecretValidUntil).toBeNull()
    expect(await loginStatus(created.clientId, created.clientSecret)).toBe(401)
    expect(await errorOf(await old.request('/papi/public/v1/getDevices'))).toMatchObject(expected.accessDenied)
    expect(await loginStatus(created.clientId, rotated.clientSecret)).toBe(200)
    expect(zccApiKey.parse(await jsonOf(await admin.request(`${zccKeys}/${created.id}/previousSecret`, { method: 'DELETE' }), 200))).toEqual(ended)
    expect((await auditOf(created.id)).map((event) => [event.product, event.after])).toEqual([
      ['zcc', { oldSecretValidUntil: expect.any(String) }],
      ['zcc', { gracePeriodInSec: String(GRACE_PERIOD_MAX), oldSecretValidUntil: rotated.previousSecretValidUntil }],
    ])
  })

  it('400 for a bad grace, 404 for an unknown key, 405 for other methods, 401 without the portal session', async () => {
    const created = await createZccKey()
    for (const gracePeriodInSec of [-1, GRACE_PERIOD_MAX + 1, 'abc']) {
      const response = await admin.request(`${zccKeys}/${created.id}/rotateSecret`, { method: 'POST', json: { gracePeriodInSec } })
      expect(await errorOf(response)).toMatchObject(expected.invalid('gracePeriodInSec'))
    }
    expect(await loginStatus(created.clientId, created.clientSecret)).toBe(200)
    expect(await errorOf(await admin.request(`${zccKeys}/123456789/rotateSecret`, { method: 'POST', json: {} }))).toMatchObject(expected.notFound)
    expect(await errorOf(await admin.request(`${zccKeys}/123456789/previousSecret`, { method: 'DELETE' }))).toMatchObject(expected.notFound)
    expect(await errorOf(await admin.request(`${zccKeys}/${created.id}/rotateSecret`, { method: 'GET' }))).toMatchObject(expected.methodNotAllowed)
    expect(await errorOf(await admin.request(`${zccKeys}/${created.id}/previousSecret`, { method: 'POST' }))).toMatchObject(expected.methodNotAllowed)
    const anonymous = new TestClient(app)
    expect(await errorOf(await anonymous.request(`${zccKeys}/${created.id}/rotateSecret`, { method: 'POST', json: {} }))).toMatchObject(expected.accessDenied)
  })
})
