/**
 * Key activity and audit logs over HTTP (issue #16): what each product records and what it does not, the activity and
 * audit endpoints, lastUsedTime with its sort and filter, synthetic history, the bounds, reset, and never a secret.
 */
import type { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ACTIVITY_CHART_HOURS,
  ACTIVITY_RETENTION_DAYS,
  auditLogAdmins,
  auditLogPage,
  keyActivity,
  type ActivityEvent,
  type KeyActivity,
} from '../../src/contract/activity'
import { apiKey, apiKeyPage, createdApiKey, type CreatedApiKey } from '../../src/contract/api-key'
import { API_FULL_ACCESS_ROLE_ID } from '../../src/contract/role'
import { createdZccApiKey, zccApiKey, zccApiKeyPage, type CreatedZccApiKey } from '../../src/contract/zcc-api-key'
import { zdxApiKey, zdxApiKeyPage, zdxApiKeyWithSecret, type ZdxApiKeyWithSecret } from '../../src/contract/zdx-api-key'
import { SEEDED_ROLES } from '../store/seed'
import { ZDX_READ_ONLY_ROLE_ID, ZDX_SUPER_ADMIN_ROLE_ID } from '../store/zdx-seed'
import { customerBase, errorOf, expected, jsonOf, memoryApp, signIn, TestClient, zccKeysPath, zccLogin, zdxKeysPath, zdxTokenRequest } from '../testing'

const DAY = 86_400
const READ_ONLY_ROLE_ID = SEEDED_ROLES.find((role) => role.readOnly)!.id

let app: Hono
let admin: TestClient
let customerId: string
let engineeringId: string
/** Every answer's text, and every console line, checked for secrets after each test. */
let seen: string[]
let secrets: string[]

beforeEach(async () => {
  ;({ app } = await memoryApp())
  seen = []
  secrets = []
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void seen.push(args.map(String).join(' ')))
  }
  const request = app.request.bind(app)
  vi.spyOn(app, 'request').mockImplementation(async (...args: Parameters<Hono['request']>) => {
    const response = await request(...args)
    seen.push(await response.clone().text())
    return response
  })
  admin = new TestClient(app)
  const tenant = await admin.newTenant()
  customerId = tenant.customerId
  engineeringId = tenant.microtenants.find((microtenant) => microtenant.name === 'Engineering')!.id
})

/** The one answer that hands a secret out (a create's 201). */
const handsOutSecret = (text: string) => text.includes('"clientSecret"') || text.includes('"keySecret"')

afterEach(() => {
  vi.restoreAllMocks()
  // A secret never appears in any other answer, nor on the console.
  const leaks = seen.filter((text) => !handsOutSecret(text) && secrets.some((secret) => text.includes(secret)))
  if (leaks.length > 0) throw new Error(`a secret was in: ${leaks.join('\n')}`)
})

/** An answer that must be 204 No Content. */
async function noContent(response: Response): Promise<void> {
  if (response.status !== 204) throw new Error(`expected 204, got ${response.status}: ${await response.text()}`)
}

const zpaKeys = () => `${customerBase(customerId)}/apiKeys`

async function createZpaKey(name: string, roleId = API_FULL_ACCESS_ROLE_ID): Promise<CreatedApiKey> {
  const key = createdApiKey.parse(await jsonOf(await admin.request(zpaKeys(), { method: 'POST', json: { name, tokenExpiryTimeInSec: '900', roleId } }), 201))
  secrets.push(key.clientSecret)
  return key
}

async function createZccKey(name: string, role: 'READ' | 'WRITE' = 'WRITE'): Promise<CreatedZccApiKey> {
  const response = await admin.request(zccKeysPath(customerId), { method: 'POST', json: { name, role, tokenExpiryTimeInSec: '3600' } })
  const key = createdZccApiKey.parse(await jsonOf(response, 201))
  secrets.push(key.clientSecret)
  return key
}

async function createZdxKey(name: string, roleId = ZDX_SUPER_ADMIN_ROLE_ID): Promise<ZdxApiKeyWithSecret> {
  const key = zdxApiKeyWithSecret.parse(await jsonOf(await admin.request(zdxKeysPath(customerId), { method: 'POST', json: { name, roleId } }), 201))
  secrets.push(key.keySecret)
  return key
}

const activityOf = async (path: string, query = ''): Promise<KeyActivity> => keyActivity.parse(await jsonOf(await admin.request(`${path}/activity${query}`), 200))

/** The chart's totals. */
const totals = ({ hours }: KeyActivity) =>
  hours.reduce((sum, hour) => ({ succeeded: sum.succeeded + hour.succeeded, denied: sum.denied + hour.denied, limited: sum.limited + hour.limited }), {
    succeeded: 0,
    denied: 0,
    limited: 0,
  })

/** The events as `action actor`, newest first. */
const described = ({ events }: KeyActivity) =>
  events.map((event) => `${event.action} ${event.actor.kind === 'admin' ? event.actor.name : event.actor.address}`)

const zpaSignIn = (clientId: string, secret: string, address = '203.0.113.7') =>
  app.request('/signin', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': `${address}, 10.0.0.1` },
    body: new URLSearchParams({ client_id: clientId, client_secret: secret }).toString(),
  })

const tokenOf = async (key: CreatedApiKey) => ((await jsonOf(await zpaSignIn(key.clientId, key.clientSecret), 200)) as { access_token: string }).access_token

/** A ZPA API call with a bearer token, from 192.0.2.44. */
const zpaCall = (token: string, path: string, init: RequestInit = {}) =>
  app.request(path, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.44' } })

async function auditLog(query = ''): Promise<ActivityEvent[]> {
  return auditLogPage.parse(await jsonOf(await admin.request(`/portal/auditLogs?pagesize=500${query}`), 200)).list
}

describe('Private Access keys', () => {
  it('records admin changes through the portal session: created, edited (the changed fields only), deleted', async () => {
    const key = await createZpaKey('audit-me')
    await noContent(await admin.request(`${zpaKeys()}/${key.id}`, { method: 'PUT', json: { name: 'audit-me-2', enabled: false, tokenExpiryTimeInSec: '900' } }))
    const activity = await activityOf(`${zpaKeys()}/${key.id}`)
    expect(activity).toMatchObject({ keyId: key.id, keyName: 'audit-me-2', product: 'zpa', lastUsedTime: null })
    expect(activity.events.map(({ action, keyName, before, after, actor }) => ({ action, keyName, before, after, actor }))).toEqual([
      { action: 'update', keyName: 'audit-me-2', before: { name: 'audit-me', enabled: true }, after: { name: 'audit-me-2', enabled: false }, actor: { kind: 'admin', id: expect.any(String), name: 'demo-admin' } },
      {
        action: 'create',
        keyName: 'audit-me',
        before: null,
        after: { name: 'audit-me', enabled: true, tokenExpiryTimeInSec: '900', roleId: API_FULL_ACCESS_ROLE_ID, roleName: 'API Full Access', isLocked: false },
        actor: { kind: 'admin', id: expect.any(String), name: 'demo-admin' },
      },
    ])
    expect(totals(activity)).toEqual({ succeeded: 0, denied: 0, limited: 0 }) // the portal's own calls are not the key's
    await noContent(await admin.request(`${zpaKeys()}/${key.id}`, { method: 'DELETE' }))
    expect(await errorOf(await admin.request(`${zpaKeys()}/${key.id}/activity`))).toMatchObject(expected.notFound)
    expect((await auditLog()).map((event) => `${event.action} ${event.keyName}`)).toEqual(['delete audit-me-2', 'update audit-me-2', 'create audit-me'])
    expect((await auditLog())[0]).toMatchObject({ before: { name: 'audit-me-2', enabled: false }, after: null, microtenantName: 'Default' })
  })

  it('records sign-ins: a success (and its call), failures attributable to the key, the lock of the third, the unlock', async () => {
    const key = await createZpaKey('signs-in')
    expect((await zpaSignIn(key.clientId, key.clientSecret)).status).toBe(200)
    for (let attempt = 0; attempt < 3; attempt++) expect((await zpaSignIn(key.clientId, 'wrong-secret', '198.51.100.4')).status).toBe(401)
    expect((await zpaSignIn(key.clientId, key.clientSecret)).status).toBe(401) // locked now
    // An unknown client id belongs to no key: recorded nowhere.
    expect((await zpaSignIn(Buffer.from('999999999999999999-x').toString('base64'), 'wrong-secret')).status).toBe(401)
    await noContent(await admin.request(`${zpaKeys()}/${key.id}`, { method: 'PUT', json: { isLocked: false } }))

    const activity = await activityOf(`${zpaKeys()}/${key.id}`)
    expect(described(activity)).toEqual([
      'unlock demo-admin',
      'signInFailed 203.0.113.7',
      'lock 198.51.100.4',
      'signInFailed 198.51.100.4',
      'signInFailed 198.51.100.4',
      'signInFailed 198.51.100.4',
      'signIn 203.0.113.7',
      'create demo-admin',
    ])
    expect(activity.events[0]).toMatchObject({ before: { isLocked: true }, after: { isLocked: false } })
    expect(totals(activity)).toEqual({ succeeded: 1, denied: 4, limited: 0 })
    // Failed sign-ins are not uses: the key was last used by its one success.
    const signedIn = activity.events.find((event) => event.action === 'signIn')!
    expect(activity.lastUsedTime).toBe(signedIn.time)
    expect((await auditLog()).map((event) => event.action)).toEqual(['unlock', 'create'])
  })

  it('counts the calls made with a key’s token by status, and records a token’s changes as its client’s', async () => {
    const writer = await createZpaKey('writer')
    const reader = await createZpaKey('reader', READ_ONLY_ROLE_ID)
    const writerToken = await tokenOf(writer)
    const readerToken = await tokenOf(reader)
    expect((await zpaCall(writerToken, zpaKeys())).status).toBe(200)
    expect((await zpaCall(writerToken, `${zpaKeys()}/1`)).status).toBe(404) // the key was let in: counted as succeeded
    const created = await jsonOf(await zpaCall(writerToken, zpaKeys(), { method: 'POST', body: JSON.stringify({ name: 'made-by-a-client', tokenExpiryTimeInSec: '900', roleId: API_FULL_ACCESS_ROLE_ID }) }), 201)
    secrets.push((created as CreatedApiKey).clientSecret)
    expect((await zpaCall(readerToken, `${zpaKeys()}/${writer.id}`, { method: 'DELETE' })).status).toBe(403)
    await jsonOf(await admin.request('/__mock/settings', { method: 'PUT', json: { rateLimits: true } }), 200)
    const statuses = await Promise.all(Array.from({ length: 22 }, async () => (await zpaCall(readerToken, zpaKeys())).status))
    expect(statuses.filter((status) => status === 429)).toHaveLength(2)
    await jsonOf(await admin.request('/__mock/settings', { method: 'PUT', json: { rateLimits: false } }), 200)

    expect(totals(await activityOf(`${zpaKeys()}/${writer.id}`))).toEqual({ succeeded: 4, denied: 0, limited: 0 })
    expect(totals(await activityOf(`${zpaKeys()}/${reader.id}`))).toEqual({ succeeded: 21, denied: 1, limited: 2 })
    const [creation] = await auditLog('&action=create&product=zpa')
    expect(creation).toMatchObject({ keyName: 'made-by-a-client', actor: { kind: 'client', address: '192.0.2.44' } })
  })

  it('counts a call with a token it no longer takes (expired, its key disabled) as refused, not as a use', async () => {
    const key = await createZpaKey('expires')
    const token = await tokenOf(key)
    const usedAt = (await activityOf(`${zpaKeys()}/${key.id}`)).lastUsedTime
    await admin.advanceClock(901)
    expect((await zpaCall(token, zpaKeys())).status).toBe(401)
    const other = await createZpaKey('disabled-later')
    const otherToken = await tokenOf(other)
    await noContent(await admin.request(`${zpaKeys()}/${other.id}`, { method: 'PUT', json: { enabled: false } }))
    expect((await zpaCall(otherToken, zpaKeys())).status).toBe(401)
    expect((await zpaCall('not.a.token', zpaKeys())).status).toBe(401) // nobody's: counted nowhere
    const activity = await activityOf(`${zpaKeys()}/${key.id}`)
    expect(totals(activity)).toEqual({ succeeded: 1, denied: 1, limited: 0 })
    expect(activity.lastUsedTime).toBe(usedAt)
    expect(totals(await activityOf(`${zpaKeys()}/${other.id}`))).toEqual({ succeeded: 1, denied: 1, limited: 0 })
  })

  it('shows lastUsedTime in the list, the key, and after a sign-in; sorts by it and filters on notUsedForDays', async () => {
    const used = await createZpaKey('used-key')
    const old = await createZpaKey('old-key')
    const list = async (query: string) => apiKeyPage.parse(await jsonOf(await admin.request(`${zpaKeys()}?pagesize=500&${query}`), 200)).list
    expect((await list('')).every((key) => key.lastUsedTime === null)).toBe(true) // the seed starts with no activity
    await jsonOf(await zpaSignIn(old.clientId, old.clientSecret), 200)
    const oldTime = await admin.now()
    await admin.advanceClock(10 * DAY)
    await jsonOf(await zpaSignIn(used.clientId, used.clientSecret), 200)
    const now = await admin.now()

    expect(apiKey.parse(await jsonOf(await admin.request(`${zpaKeys()}/${used.id}`), 200)).lastUsedTime).toBe(String(now))
    const descending = await list('sortBy=lastUsedTime&sortOrder=DESC')
    expect(descending.slice(0, 2).map((key) => key.name)).toEqual(['used-key', 'old-key'])
    expect(Number(descending[1].lastUsedTime)).toBeLessThanOrEqual(oldTime)
    const ascending = await list('sortBy=lastUsedTime&sortOrder=ASC')
    expect(ascending.at(-1)!.name).toBe('used-key')
    expect(ascending[0].lastUsedTime).toBeNull() // never used sorts as the oldest
    const notFor5 = await list('notUsedForDays=5')
    expect(notFor5.map((key) => key.name)).toContain('old-key')
    expect(notFor5.map((key) => key.name)).not.toContain('used-key')
    expect(notFor5.filter((key) => key.lastUsedTime === null)).toHaveLength(notFor5.length - 1)
    expect((await list('notUsedForDays=11')).map((key) => key.name)).not.toContain('old-key')
    for (const bad of ['0', '3651', 'x']) {
      expect(await errorOf(await admin.request(`${zpaKeys()}?notUsedForDays=${bad}`))).toMatchObject(expected.invalid('notUsedForDays'))
    }
    expect(await errorOf(await admin.request(`${zpaKeys()}?sortBy=lastUsed`))).toMatchObject(expected.invalid('sortBy'))
  })
})

describe('a Private Access key of another microtenant', () => {
  it('has its activity under its microtenantId (404 in Default), and its microtenant in its events', async () => {
    const response = await admin.request(`${zpaKeys()}?microtenantId=${engineeringId}`, { method: 'POST', json: { name: 'eng-key', tokenExpiryTimeInSec: '900', roleId: API_FULL_ACCESS_ROLE_ID } })
    const key = createdApiKey.parse(await jsonOf(response, 201))
    secrets.push(key.clientSecret)
    const input = { product: 'zpa', keyId: key.id, microtenantId: engineeringId, calls: 10, signIns: 2 }
    await jsonOf(await admin.request('/__mock/activity', { method: 'POST', json: input }), 201)
    const activity = await activityOf(`${zpaKeys()}/${key.id}`, `?microtenantId=${engineeringId}`)
    expect(totals(activity)).toEqual({ succeeded: 12, denied: 0, limited: 0 })
    expect(new Set(activity.events.map((event) => event.microtenantName))).toEqual(new Set(['Engineering']))
    expect(await errorOf(await admin.request(`${zpaKeys()}/${key.id}/activity`))).toMatchObject(expected.notFound)
    expect(await errorOf(await admin.request('/__mock/activity', { method: 'POST', json: { ...input, microtenantId: undefined } }))).toMatchObject(expected.notFound)
    expect((await auditLog())[0]).toMatchObject({ keyName: 'eng-key', microtenantId: engineeringId, microtenantName: 'Engineering' })
  })
})

describe('Client Connector keys', () => {
  it('records admin changes, logins and the public API’s calls; lastUsedTime, its sort and filter', async () => {
    const key = await createZccKey('ZccAudited')
    const reader = await createZccKey('ZccReader', 'READ')
    await noContent(await admin.request(`${zccKeysPath(customerId)}/${key.id}`, { method: 'PUT', json: { role: 'READ' } }))
    expect((await zccLogin(app, key.clientId, 'wrong')).status).toBe(401)
    const { jwtToken } = (await jsonOf(await zccLogin(app, key.clientId, key.clientSecret), 200)) as { jwtToken: string }
    const call = (path: string, init: RequestInit = {}) => app.request(path, { ...init, headers: { 'auth-token': jwtToken, 'Content-Type': 'application/json' } })
    expect((await call('/papi/public/v1/getDevices')).status).toBe(200)
    expect((await call('/papi/public/v1/removeDevices', { method: 'POST', body: JSON.stringify({ udids: ['x'] }) })).status).toBe(403)

    await admin.advanceClock(3601)
    expect((await call('/papi/public/v1/getDevices')).status).toBe(401) // expired: refused, not a use

    const activity = await activityOf(`${zccKeysPath(customerId)}/${key.id}`)
    expect(described(activity)).toEqual(['signIn unknown', 'signInFailed unknown', 'update demo-admin', 'create demo-admin'])
    expect(activity.events[2]).toMatchObject({ product: 'zcc', before: { role: 'WRITE' }, after: { role: 'READ' } })
    expect(totals(activity)).toEqual({ succeeded: 2, denied: 3, limited: 0 })
    expect(activity.events[0].microtenantId).toBeUndefined()

    const one = zccApiKey.parse(await jsonOf(await admin.request(`${zccKeysPath(customerId)}/${key.id}`), 200))
    expect(one.lastUsedTime).toBe(activity.lastUsedTime)
    const list = async (query: string) => zccApiKeyPage.parse(await jsonOf(await admin.request(`${zccKeysPath(customerId)}?pagesize=500&${query}`), 200)).list
    expect((await list('sortBy=lastUsedTime&sortOrder=DESC'))[0].name).toBe('ZccAudited')
    expect((await list('notUsedForDays=1')).map((listed) => listed.name)).toContain('ZccReader')
    expect((await list('notUsedForDays=1')).map((listed) => listed.name)).not.toContain('ZccAudited')
    await admin.advanceClock(2 * DAY)
    expect((await list('notUsedForDays=1')).map((listed) => listed.name)).toContain('ZccAudited')

    await noContent(await admin.request(`${zccKeysPath(customerId)}/${reader.id}`, { method: 'DELETE' }))
    expect((await auditLog('&product=zcc')).map((event) => `${event.action} ${event.keyName}`)).toEqual([
      'delete ZccReader',
      'update ZccAudited',
      'create ZccReader',
      'create ZccAudited',
    ])
    expect(await errorOf(await admin.request(`${zccKeysPath(customerId)}/${reader.id}/activity`))).toMatchObject(expected.notFound)
  })
})

describe('Digital Experience keys', () => {
  it('records admin changes, token requests and validate calls (429 as limited); lastUsedTime, its sort and filter', async () => {
    const key = await createZdxKey('zdx-audited')
    await createZdxKey('zdx-idle')
    await noContent(await admin.request(`${zdxKeysPath(customerId)}/${key.id}`, { method: 'PUT', json: { roleId: ZDX_READ_ONLY_ROLE_ID } }))
    const now = await admin.now()
    expect((await app.request('/v1/oauth/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ key_id: key.id, key_secret: 'f'.repeat(64), timestamp: now }) })).status).toBe(401)
    const { token } = (await jsonOf(await zdxTokenRequest(app, key.id, key.keySecret, now), 200)) as { token: string }
    await jsonOf(await admin.request('/__mock/settings', { method: 'PUT', json: { rateLimits: true } }), 200)
    const statuses = await Promise.all(Array.from({ length: 7 }, async () => (await app.request('/v1/oauth/validate', { headers: { Authorization: `Bearer ${token}` } })).status))
    const limited = statuses.filter((status) => status === 429).length
    expect(limited).toBeGreaterThanOrEqual(2)

    await jsonOf(await admin.request('/__mock/settings', { method: 'PUT', json: { rateLimits: false } }), 200)
    await admin.advanceClock(3601)
    expect((await app.request('/v1/oauth/validate', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401) // expired: refused
    const activity = await activityOf(`${zdxKeysPath(customerId)}/${key.id}`)
    expect(described(activity)).toEqual(['signIn unknown', 'signInFailed unknown', 'update demo-admin', 'create demo-admin'])
    expect(activity.events[2]).toMatchObject({ product: 'zdx', before: { roleId: ZDX_SUPER_ADMIN_ROLE_ID, roleName: 'Super Admin' }, after: { roleId: ZDX_READ_ONLY_ROLE_ID } })
    expect(totals(activity)).toEqual({ succeeded: 1 + 7 - limited, denied: 2, limited })

    expect(zdxApiKey.parse(await jsonOf(await admin.request(`${zdxKeysPath(customerId)}/${key.id}`), 200)).lastUsedTime).toBe(activity.lastUsedTime)
    const list = async (query: string) => zdxApiKeyPage.parse(await jsonOf(await admin.request(`${zdxKeysPath(customerId)}?pagesize=500&${query}`), 200)).list
    expect((await list('sortBy=lastUsedTime&sortOrder=DESC'))[0].name).toBe('zdx-audited')
    expect((await list('notUsedForDays=30')).map((listed) => listed.name)).toEqual(expect.arrayContaining(['zdx-idle']))
    expect((await list('notUsedForDays=30')).map((listed) => listed.name)).not.toContain('zdx-audited')
    expect((await auditLog('&product=zdx')).map((event) => event.action)).toEqual(['update', 'create', 'create'])
  })
})

describe('GET /portal/auditLogs', () => {
  it('filters by time, admin, action and product, pages newest first, and names the bad values', async () => {
    const first = await createZpaKey('first')
    const t0 = await admin.now()
    await admin.advanceClock(3600)
    await createZccKey('Second')
    await noContent(await admin.request(`${zpaKeys()}/${first.id}`, { method: 'PUT', json: { name: 'first-renamed' } }))
    const t1 = await admin.now()
    await admin.advanceClock(3600)
    await createZdxKey('third')

    const page = (query: string) => admin.request(`/portal/auditLogs?${query}`)
    const all = auditLogPage.parse(await jsonOf(await page(''), 200))
    expect(all).toMatchObject({ totalCount: '4', totalPages: '1' })
    expect(all.list.map((event) => event.keyName)).toEqual(['third', 'first-renamed', 'Second', 'first'])
    const second = auditLogPage.parse(await jsonOf(await page('page=2&pagesize=3'), 200))
    expect(second).toMatchObject({ totalCount: '4', totalPages: '2' })
    expect(second.list.map((event) => event.keyName)).toEqual(['first'])
    const names = async (query: string) => auditLogPage.parse(await jsonOf(await page(query), 200)).list.map((event) => event.keyName)
    expect(await names(`from=${t0 + 1}&to=${t1}`)).toEqual(['first-renamed', 'Second'])
    expect(await names(`to=${t0}`)).toEqual(['first'])
    expect(await names('action=update')).toEqual(['first-renamed'])
    expect(await names('product=zdx')).toEqual(['third'])
    expect(await names('admin=demo-admin&product=zpa')).toEqual(['first-renamed', 'first'])
    expect(await names('admin=someone-else')).toEqual([])
    expect(auditLogAdmins.parse(await jsonOf(await admin.request('/portal/auditLogs/admins'), 200))).toEqual([{ kind: 'admin', id: expect.any(String), name: 'demo-admin' }])

    for (const [query, fields] of [
      ['pagesize=501', ['pagesize']],
      ['pagesize=0', ['pagesize']],
      ['page=0', ['page']],
      ['action=signIn', ['action']],
      ['product=zia', ['product']],
      ['from=yesterday&to=x', ['from', 'to']],
      [`from=${t1}&to=${t0}`, ['from']],
    ] as const) {
      expect(await errorOf(await page(query))).toMatchObject(expected.invalid(...fields))
    }
  })

  it('lists the API clients that made changes beside the admins, and filters by a client’s address', async () => {
    const writer = await createZpaKey('writer')
    const token = await tokenOf(writer)
    const created = await jsonOf(await zpaCall(token, zpaKeys(), { method: 'POST', body: JSON.stringify({ name: 'made-by-a-client', tokenExpiryTimeInSec: '900', roleId: API_FULL_ACCESS_ROLE_ID }) }), 201)
    secrets.push((created as CreatedApiKey).clientSecret)
    expect(auditLogAdmins.parse(await jsonOf(await admin.request('/portal/auditLogs/admins'), 200))).toEqual([
      { kind: 'admin', id: expect.any(String), name: 'demo-admin' },
      { kind: 'client', address: '192.0.2.44' },
    ])
    expect((await auditLog('&admin=192.0.2.44')).map((event) => `${event.action} ${event.keyName}`)).toEqual(['create made-by-a-client'])
    expect((await auditLog('&admin=demo-admin')).map((event) => event.keyName)).toEqual(['writer'])
    // The CSV names the client as automation, not as a bare address.
    const csv = await (await admin.request('/portal/auditLogs/export?format=csv&admin=192.0.2.44')).text()
    expect(csv.split('\r\n')[1]).toMatch(/^[^,]+,API client 192\.0\.2\.44,Create,Private Access,made-by-a-client,/)
  })

  it('exports every matching entry as CSV (quoted, formulas defused) or JSON, as an attachment', async () => {
    await createZpaKey('=HYPERLINK("http://x")')
    await createZpaKey('plain, "quoted"')
    await createZpaKey('@sum')
    await createZccKey('OnlyZcc')
    const csvResponse = await admin.request('/portal/auditLogs/export?format=csv&product=zpa')
    expect(csvResponse.status).toBe(200)
    expect(csvResponse.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(csvResponse.headers.get('Content-Disposition')).toMatch(/^attachment; filename="audit-logs-\d{4}-\d{2}-\d{2}\.csv"$/)
    const csv = await csvResponse.text()
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('Time,Admin,Action,Product,Resource,Microtenant,Before,After')
    expect(lines).toHaveLength(5) // header, three entries, and the empty rest after the last CRLF
    // Before and After as the page writes them (the JSON export keeps them raw).
    expect(lines[1]).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z,demo-admin,Create,Private Access,'@sum,Default,,Name: @sum; Status: Enabled; Session Validity Interval \(In Seconds\): 900; Role: API Full Access; Locked: No$/,
    )
    expect(lines[2]).toContain(`,"plain, ""quoted""",Default,,`)
    expect(lines[3]).toContain(`,"'=HYPERLINK(""http://x"")",Default,,`)
    expect(csv).not.toContain('OnlyZcc')
    const renamed = (await auditLog('&product=zpa'))[0]
    await noContent(await admin.request(`${zpaKeys()}/${renamed.keyId}`, { method: 'PUT', json: { name: '@sum-2', enabled: false } }))
    const update = (await (await admin.request('/portal/auditLogs/export?format=csv&action=update')).text()).split('\r\n')[1]
    expect(update).toMatch(/,Update,Private Access,'@sum-2,Default,Name: @sum; Status: Enabled,Name: @sum-2; Status: Disabled$/)

    const jsonResponse = await admin.request('/portal/auditLogs/export?format=json&action=create')
    expect(jsonResponse.headers.get('Content-Disposition')).toMatch(/^attachment; filename="audit-logs-.*\.json"$/)
    const entries = (await jsonOf(jsonResponse, 200)) as ActivityEvent[]
    expect(entries.map((event) => event.keyName)).toEqual(['OnlyZcc', '@sum', 'plain, "quoted"', '=HYPERLINK("http://x")'])
    expect(entries[1].after).toMatchObject({ name: '@sum', enabled: true, tokenExpiryTimeInSec: '900' })
    expect(await errorOf(await admin.request('/portal/auditLogs/export?format=xml'))).toMatchObject(expected.invalid('format'))
    expect(await errorOf(await admin.request('/portal/auditLogs/export'))).toMatchObject(expected.invalid('format'))
  })

  it('is behind the portal session: a bearer token or no session is 401', async () => {
    const key = await createZpaKey('outsider')
    const { access_token: token } = (await jsonOf(await signIn(app, key.clientId, key.clientSecret), 200)) as { access_token: string }
    for (const path of ['/portal/auditLogs', '/portal/auditLogs/export?format=json', '/portal/auditLogs/admins']) {
      expect(await errorOf(await app.request(path, { headers: { Authorization: `Bearer ${token}` } }))).toMatchObject(expected.accessDenied)
      expect(await errorOf(await app.request(path))).toMatchObject(expected.accessDenied)
    }
    expect(await errorOf(await app.request(`${zccKeysPath(customerId)}/1/activity`))).toMatchObject(expected.accessDenied)
  })
})

describe('POST /__mock/activity', () => {
  it('writes a week of history whose totals are the input, by a daily rhythm, and sets the last use', async () => {
    const zpa = await createZpaKey('busy')
    const zdx = await createZdxKey('busy-zdx')
    const twin = await createZpaKey('busy-twin')
    // Keys old enough for a month of history (none is written before a key existed).
    await admin.advanceClock(ACTIVITY_RETENTION_DAYS * DAY)
    const input = { product: 'zpa', keyId: zpa.id, calls: 3000, denied: 45, limited: 12, signIns: 40 }
    const written = keyActivity.parse(await jsonOf(await admin.request('/__mock/activity', { method: 'POST', json: input }), 201))
    expect(written.hours).toHaveLength(ACTIVITY_CHART_HOURS)
    expect(totals(written)).toEqual({ succeeded: 3040, denied: 45, limited: 12 })
    expect(written.events.filter((event) => event.action === 'signIn')).toHaveLength(40)
    expect(written.lastUsedTime).not.toBeNull()
    // A rhythm: the busiest hour has many times the calls of the quietest.
    const counts = written.hours.map((hour) => hour.succeeded)
    expect(Math.max(...counts)).toBeGreaterThan(5 * Math.min(...counts))
    expect(await activityOf(`${zpaKeys()}/${zpa.id}`)).toEqual({ ...written, now: expect.any(String) })
    // Deterministic: the same input at the same time gives another key the same chart.
    vi.useFakeTimers({ toFake: ['Date'], now: (Number(written.now) - (await admin.now()) + Math.floor(Date.now() / 1000)) * 1000 })
    try {
      const again = keyActivity.parse(await jsonOf(await admin.request('/__mock/activity', { method: 'POST', json: { ...input, keyId: twin.id } }), 201))
      expect(again.hours).toEqual(written.hours)
    } finally {
      vi.useRealTimers()
    }

    // Over 30 days: the chart shows only the last 7 of them.
    const month = keyActivity.parse(
      await jsonOf(await admin.request('/__mock/activity', { method: 'POST', json: { product: 'zdx', keyId: zdx.id, days: 30, calls: 30_000 } }), 201),
    )
    expect(totals(month).succeeded).toBeGreaterThan(5000)
    expect(totals(month).succeeded).toBeLessThan(10_000)

    expect(await errorOf(await admin.request('/__mock/activity', { method: 'POST', json: { product: 'zcc', keyId: zpa.id, calls: 1 } }))).toMatchObject(expected.notFound)
    expect(await errorOf(await admin.request('/__mock/activity', { method: 'POST', json: { product: 'zpa', keyId: zpa.id, days: 31 } }))).toMatchObject(expected.invalid('days'))
  })
  it('writes nothing before the key existed: a new key’s history is in the current hour, an older one’s from its creation on', async () => {
    const fresh = await createZpaKey('fresh')
    const now = await admin.now()
    const written = keyActivity.parse(await jsonOf(await admin.request('/__mock/activity', { method: 'POST', json: { product: 'zpa', keyId: fresh.id, calls: 300, denied: 6, signIns: 5 } }), 201))
    expect(totals(written)).toEqual({ succeeded: 305, denied: 6, limited: 0 })
    expect(written.hours.filter((hour) => hour.succeeded + hour.denied > 0).map((hour) => Number(hour.start))).toEqual([now - (now % 3600)])
    const created = written.events.find((event) => event.action === 'create')!
    expect(written.events.at(-1)).toBe(created) // the oldest event is still the creation
    expect(written.events.filter((event) => event.action === 'signIn').every((event) => Number(event.time) >= Number(created.time) && Number(event.time) <= now)).toBe(true)

    // Two days and a half later, a week's history starts at the creation's hour.
    const older = await createZccKey('Older')
    await admin.advanceClock(2.5 * DAY)
    const week = keyActivity.parse(await jsonOf(await admin.request('/__mock/activity', { method: 'POST', json: { product: 'zcc', keyId: older.id, days: 7, calls: 1000, signIns: 30 } }), 201))
    expect(totals(week).succeeded).toBe(1030)
    const creation = Number(week.events.find((event) => event.action === 'create')!.time)
    const busy = week.hours.filter((hour) => hour.succeeded > 0).map((hour) => Number(hour.start))
    expect(Math.min(...busy)).toBeGreaterThanOrEqual(creation - (creation % 3600))
    expect(busy.length).toBeGreaterThan(48) // spread over the days it existed, not squeezed into one hour
    expect(week.events.filter((event) => event.action === 'signIn').every((event) => Number(event.time) >= creation)).toBe(true)
    expect(week.events.at(-1)!.action).toBe('create')
  })
})

describe('the bounds and the reset', () => {
  it('drops events and hours older than the retention window of the tenant’s clock, keeping the last use', async () => {
    const key = await createZpaKey('ages')
    await jsonOf(await zpaSignIn(key.clientId, key.clientSecret), 200)
    const usedAt = (await activityOf(`${zpaKeys()}/${key.id}`)).lastUsedTime
    await admin.advanceClock((ACTIVITY_RETENTION_DAYS - 1) * DAY)
    expect((await activityOf(`${zpaKeys()}/${key.id}`)).events).toHaveLength(2)
    expect(await auditLog()).toHaveLength(1)
    await admin.advanceClock(2 * DAY)
    const aged = await activityOf(`${zpaKeys()}/${key.id}`)
    expect(aged.events).toEqual([])
    expect(totals(aged)).toEqual({ succeeded: 0, denied: 0, limited: 0 })
    expect(aged.lastUsedTime).toBe(usedAt)
    expect(await auditLog()).toEqual([])
  })

  it('a reset clears the tenant’s activity and audit log', async () => {
    const key = await createZpaKey('before-reset')
    await jsonOf(await zpaSignIn(key.clientId, key.clientSecret), 200)
    expect(await auditLog()).toHaveLength(1)
    await noContent(await admin.request('/__mock/reset', { method: 'POST' }))
    expect(await auditLog()).toEqual([])
    const page = apiKeyPage.parse(await jsonOf(await admin.request(`${zpaKeys()}?pagesize=500`), 200))
    expect(page.list.every((listed) => listed.lastUsedTime === null)).toBe(true)
  })
})
