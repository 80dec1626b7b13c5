import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createdApiKey, PAGE_SIZES } from '../../src/contract/api-key'
import { tenantSettings } from '../../src/contract/mock-control'
import { defaultPagePreferences, pagePreferences, preferencePages, type PagePreferences } from '../../src/contract/preferences'
import { API_FULL_ACCESS_ROLE_ID } from '../../src/contract/role'
import { createApp } from '../app'
import { ENGINEERING_MICROTENANT_ID } from '../store/seed'
import { createStore, type Store } from '../store/store'
import { apiClientOf, customerBase, errorOf, expected, jsonOf, memoryApp, TestClient } from '../testing'

const PAGE = 'zpa-api-keys'
const pathOf = (microtenantId?: string, page: string = PAGE) =>
  `/portal/preferences/${page}${microtenantId === undefined ? '' : `?microtenantId=${microtenantId}`}`

const lockedKeys: PagePreferences = {
  savedFilters: [{ id: 'locked-keys', name: 'Locked keys', filters: { isLocked: 'true', name: 'terraform' } }],
  tableSettings: { columnVisibility: { roleId: false }, columnOrder: ['name', 'creationTime', 'clientId'], columnSizing: { name: 240 } },
  pageSize: 50,
}

async function preferencesOf(client: TestClient, microtenantId?: string, page?: string): Promise<PagePreferences> {
  return pagePreferences.parse(await jsonOf(await client.request(pathOf(microtenantId, page)), 200))
}

async function save(client: TestClient, preferences: unknown, microtenantId?: string, page?: string): Promise<void> {
  const response = await client.request(pathOf(microtenantId, page), { method: 'PUT', json: preferences })
  expect({ status: response.status, body: await response.text() }).toEqual({ status: 204, body: '' })
}

/** A rows-per-page of its own for each microtenant and page (there are at most five pages and two microtenants). */
const pageSizeOf = (microtenantIndex: number, pageIndex: number) => PAGE_SIZES[(pageIndex * 2 + microtenantIndex) % PAGE_SIZES.length]

async function signedIn(): Promise<TestClient> {
  const client = new TestClient((await memoryApp()).app)
  await client.signIn()
  return client
}

describe('/portal/preferences/{page}', () => {
  it('answers the defaults when none were saved', async () => {
    const client = await signedIn()
    expect(await jsonOf(await client.request(pathOf()), 200)).toEqual({
      savedFilters: [],
      tableSettings: { columnVisibility: {}, columnOrder: [], columnSizing: {} },
    })
    expect(await jsonOf(await client.request(pathOf(ENGINEERING_MICROTENANT_ID)), 200)).toEqual(defaultPagePreferences)
  })

  it('keeps what PUT saved and answers it back; a later PUT replaces it whole', async () => {
    const client = await signedIn()
    await save(client, { ...lockedKeys, savedFilters: [{ ...lockedKeys.savedFilters[0], name: '  Locked keys ' }] })
    expect(await preferencesOf(client)).toEqual(lockedKeys)
    expect(await preferencesOf(client, '0')).toEqual(lockedKeys)
    await save(client, { tableSettings: { columnOrder: ['clientId'] } })
    expect(await jsonOf(await client.request(pathOf()), 200)).toEqual({
      savedFilters: [],
      tableSettings: { columnVisibility: {}, columnOrder: ['clientId'], columnSizing: {} },
    })
  })

  it('keeps each microtenant’s pages apart', async () => {
    const client = await signedIn()
    await save(client, lockedKeys)
    expect(await preferencesOf(client, ENGINEERING_MICROTENANT_ID)).toEqual(defaultPagePreferences)
    // Each page of each microtenant its own rows per page: every one answers its own.
    const microtenants = ['0', ENGINEERING_MICROTENANT_ID]
    for (const [m, microtenantId] of microtenants.entries()) {
      for (const [p, page] of preferencePages.entries()) await save(client, { pageSize: pageSizeOf(m, p) }, microtenantId, page)
    }
    for (const [m, microtenantId] of microtenants.entries()) {
      for (const [p, page] of preferencePages.entries()) expect((await preferencesOf(client, microtenantId, page)).pageSize).toBe(pageSizeOf(m, p))
    }
  })

  it('shows a second browser signed in as the same admin what the first one saved', async () => {
    const { app } = await memoryApp()
    const [first, second] = [new TestClient(app), new TestClient(app)]
    const [a, b] = [await first.signIn(), await second.signIn()]
    expect(b.customerId).toBe(a.customerId)
    expect(second.cookie).not.toBe(first.cookie)
    await save(first, lockedKeys, ENGINEERING_MICROTENANT_ID)
    const seen = await preferencesOf(second, ENGINEERING_MICROTENANT_ID)
    expect(seen.savedFilters.map((filter) => filter.name)).toEqual(['Locked keys'])
    expect(seen.tableSettings.columnVisibility).toEqual({ roleId: false })
  })

  it('never shows one tenant’s preferences to another tenant’s browser', async () => {
    const { app } = await memoryApp()
    const [demo, isolated] = [new TestClient(app), new TestClient(app)]
    await demo.signIn()
    await isolated.newTenant()
    await save(demo, lockedKeys)
    expect(await preferencesOf(isolated)).toEqual(defaultPagePreferences)
    await save(isolated, { pageSize: 200 })
    expect(await preferencesOf(demo)).toEqual(lockedKeys)
    expect((await preferencesOf(isolated)).pageSize).toBe(200)
  })

  it('meets the tenant’s injected faults, like the API', async () => {
    const client = await signedIn()
    const fault = await client.request('/__mock/faults', { method: 'POST', json: { path: '/portal/**', status: 503, times: 1 } })
    expect(fault.status).toBe(201)
    expect(await errorOf(await client.request(pathOf()))).toMatchObject(expected.unavailable)
    expect(await preferencesOf(client)).toEqual(defaultPagePreferences)
  })
})

describe('/portal/preferences/{page} refuses', () => {
  it.each([
    ['a width below 40', { tableSettings: { columnSizing: { name: 5 } } }, 'tableSettings'],
    ['a width that is not whole', { tableSettings: { columnSizing: { name: 120.5 } } }, 'tableSettings'],
    ['a visibility that is not a flag', { tableSettings: { columnVisibility: { name: 'no' } } }, 'tableSettings'],
    ['101 saved filters', { savedFilters: Array.from({ length: 101 }, (_, i) => ({ id: `f${i}`, name: `Filter ${i}`, filters: {} })) }, 'savedFilters'],
    ['a saved filter name of 61 characters', { savedFilters: [{ id: 'long', name: 'x'.repeat(61), filters: {} }] }, 'savedFilters'],
    ['a blank saved filter name', { savedFilters: [{ id: 'blank', name: '   ', filters: {} }] }, 'savedFilters'],
    ['a saved filter id with a space', { savedFilters: [{ id: 'a b', name: 'A', filters: {} }] }, 'savedFilters'],
    ['rows per page of 501', { pageSize: 501 }, 'pageSize'],
    ['rows per page the page does not offer (7)', { pageSize: 7 }, 'pageSize'],
    ['two saved filters with one id', { savedFilters: [{ id: 'a', name: 'A', filters: {} }, { id: 'a', name: 'B', filters: {} }] }, 'savedFilters'],
    ['saved filters that are not a list', { savedFilters: {} }, 'savedFilters'],
  ])('%s with 400 naming the field, and keeps what was saved', async (_, body, field) => {
    const client = await signedIn()
    await save(client, lockedKeys)
    expect(await errorOf(await client.request(pathOf(), { method: 'PUT', json: body }))).toMatchObject(expected.invalid(field))
    expect(await preferencesOf(client)).toEqual(lockedKeys)
  })

  it('a body that is not a JSON object: 400, or 415 when it is not JSON', async () => {
    const client = await signedIn()
    expect(await errorOf(await client.request(pathOf(), { method: 'PUT', json: [] }))).toMatchObject(expected.invalid())
    expect(await errorOf(await client.request(pathOf(), { method: 'PUT', body: 'pageSize=50' }))).toMatchObject(expected.notJson)
    const textPlain = await client.request(pathOf(), { method: 'PUT', body: '{"pageSize":50}', headers: { 'Content-Type': 'text/plain' } })
    expect(await errorOf(textPlain)).toMatchObject(expected.notJson)
    const unparseable = await client.request(pathOf(), { method: 'PUT', body: '{"pageSize":', headers: { 'Content-Type': 'application/json' } })
    expect(await errorOf(unparseable)).toMatchObject(expected.notJson)
    expect(await preferencesOf(client)).toEqual(defaultPagePreferences)
  })

  it('an unknown page or microtenant with 404, a microtenantId that is not an id with 400', async () => {
    const client = await signedIn()
    for (const method of ['GET', 'PUT']) {
      const init = { method, ...(method === 'PUT' ? { json: lockedKeys } : {}) }
      expect(await errorOf(await client.request(pathOf(undefined, 'audit-logs'), init))).toMatchObject(expected.notFound)
      expect(await errorOf(await client.request(pathOf('72057594038647051'), init))).toMatchObject(expected.notFound)
      expect(await errorOf(await client.request(pathOf('engineering'), init))).toMatchObject(expected.invalid('microtenantId'))
    }
    expect(await errorOf(await client.request('/portal/preferences'))).toMatchObject(expected.notFound)
  })

  it('callers without a portal session, even with a bearer token', async () => {
    const { app } = await memoryApp()
    const admin = new TestClient(app)
    const { customerId } = await admin.newTenant()
    const created = await admin.request(`${customerBase(customerId)}/apiKeys`, {
      method: 'POST',
      json: { name: 'prefs-probe', tokenExpiryTimeInSec: 600, roleId: API_FULL_ACCESS_ROLE_ID },
    })
    const apiClient = await apiClientOf(app, createdApiKey.parse(await jsonOf(created, 201)))
    expect((await apiClient.request(`${customerBase(customerId)}/apiKeys`)).status).toBe(200)
    for (const client of [new TestClient(app), apiClient]) {
      expect(await errorOf(await client.request(pathOf()))).toMatchObject(expected.accessDenied)
      expect(await errorOf(await client.request(pathOf(), { method: 'PUT', json: lockedKeys }))).toMatchObject(expected.accessDenied)
      expect(await errorOf(await client.request('/portal/time-zone', { method: 'PUT', json: { timeZone: 'Europe/Paris' } }))).toMatchObject(
        expected.accessDenied,
      )
    }
    expect(await preferencesOf(admin)).toEqual(defaultPagePreferences)
    expect((await admin.signIn()).timeZone).toBe('UTC')
  })

  it('other methods with 405 naming the allowed ones', async () => {
    const client = await signedIn()
    for (const method of ['POST', 'DELETE', 'PATCH']) {
      const response = await client.request(pathOf(), { method, json: lockedKeys })
      expect(response.headers.get('Allow')).toBe('GET, PUT')
      expect(await errorOf(response)).toMatchObject(expected.methodNotAllowed)
    }
    for (const method of ['GET', 'POST', 'DELETE']) {
      const response = await client.request('/portal/time-zone', { method })
      expect(response.headers.get('Allow')).toBe('PUT')
      expect(await errorOf(response)).toMatchObject(expected.methodNotAllowed)
    }
  })
})

describe('the admin’s preferences and time zone', () => {
  let dir: string
  let store: Store | undefined
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zpa-preferences-'))
  })
  afterEach(async () => {
    await store?.close()
    store = undefined
    await rm(dir, { recursive: true, force: true })
  })

  /** Starts the server on the data folder (closing the previous one) and signs a new browser in as the demo admin. */
  async function restart(compact = true): Promise<TestClient> {
    await store?.close()
    store = await createStore({ mode: 'file', dir, compact })
    const client = new TestClient(createApp({ store, control: true }))
    await client.signIn()
    return client
  }

  it('are durable: there after a restart and after the start-up compaction; the settings are not', async () => {
    let client = await restart()
    await save(client, lockedKeys)
    await save(client, { pageSize: 100 }, ENGINEERING_MICROTENANT_ID)
    expect((await client.request('/portal/time-zone', { method: 'PUT', json: { timeZone: 'Asia/Kathmandu' } })).status).toBe(204)
    expect((await client.request('/__mock/settings', { method: 'PUT', json: { serverRender: false } })).status).toBe(200)
    for (const compact of [false, true, false]) {
      client = await restart(compact)
      expect(await preferencesOf(client)).toEqual(lockedKeys)
      expect((await preferencesOf(client, ENGINEERING_MICROTENANT_ID)).pageSize).toBe(100)
      expect((await client.signIn()).timeZone).toBe('Asia/Kathmandu')
      // Like faults, the switches live in memory only.
      expect(tenantSettings.parse(await jsonOf(await client.request('/__mock/settings'), 200))).toEqual({ serverRender: true, rateLimits: false })
    }
  })

  it('are cleared by a reset, which stays after a restart, and a fresh tenant has none', async () => {
    let client = await restart()
    await save(client, lockedKeys)
    await client.request('/portal/time-zone', { method: 'PUT', json: { timeZone: 'America/New_York' } })
    const fresh = new TestClient(createApp({ store: store!, control: true }))
    await fresh.newTenant()
    expect(await preferencesOf(fresh)).toEqual(defaultPagePreferences)
    expect((await fresh.signIn()).timeZone).toBe('UTC')

    expect((await client.request('/__mock/reset', { method: 'POST' })).status).toBe(204)
    expect(await preferencesOf(client)).toEqual(defaultPagePreferences)
    expect((await client.signIn()).timeZone).toBe('UTC')
    for (const compact of [false, true]) {
      client = await restart(compact)
      expect(await preferencesOf(client)).toEqual(defaultPagePreferences)
      expect((await client.signIn()).timeZone).toBe('UTC')
    }
  })
})
