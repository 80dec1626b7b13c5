import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiKeyPage, createdApiKey } from '../../src/contract/api-key'
import { clockState, tenantSettings } from '../../src/contract/mock-control'
import { roleList } from '../../src/contract/role'
import { DEFAULT_CUSTOMER_ID, ENGINEERING_MICROTENANT_ID } from '../store/seed'
import { customerBase, errorOf, expected, jsonOf, memoryApp, TestClient, withBuiltPage } from '../testing'

// A built page to serve, for the tests of the static site and of control off beside it.
const site = withBuiltPage('<!doctype html><title>API Keys</title>')

async function count(client: TestClient, customerId: string, query = ''): Promise<string> {
  const response = await client.request(`${customerBase(customerId)}/apiKeys?pagesize=1${query}`)
  return apiKeyPage.parse(await jsonOf(response, 200)).totalCount
}

describe('POST /__mock/tenants', () => {
  it('creates a fresh seeded customer and binds the caller to it', async () => {
    const client = new TestClient((await memoryApp()).app)
    await client.signIn()
    const tenant = await client.newTenant({ preset: 'default' })
    expect(tenant.customerId).toMatch(/^[1-9]\d{17}$/)
    expect(tenant.customerId).not.toBe(DEFAULT_CUSTOMER_ID)
    expect(tenant.preset).toBe('default')
    expect(tenant.microtenants).toEqual([
      { id: '0', name: 'Default' },
      { id: ENGINEERING_MICROTENANT_ID, name: 'Engineering' },
    ])
    expect((await client.signIn()).customerId).toBe(tenant.customerId)
    expect(await count(client, tenant.customerId)).toBe('37')
    // The session now belongs to the new customer only.
    expect(await errorOf(await client.request(`${customerBase()}/apiKeys`))).toMatchObject(expected.accessDenied)
  })

  it('isolates tenants: a key created in one is invisible in another', async () => {
    const { app } = await memoryApp()
    const [a, b] = [new TestClient(app), new TestClient(app)]
    const [tenantA, tenantB] = [await a.newTenant(), await b.newTenant()]
    expect(tenantA.customerId).not.toBe(tenantB.customerId)
    const created = await a.request(`${customerBase(tenantA.customerId)}/apiKeys`, {
      method: 'POST',
      json: { name: 'only-in-a', tokenExpiryTimeInSec: 3600, roleId: '28' },
    })
    expect(created.status).toBe(201)
    expect(await count(a, tenantA.customerId, '&search=name+EQ+only-in-a')).toBe('1')
    expect(await count(b, tenantB.customerId, '&search=name+EQ+only-in-a')).toBe('0')
    expect(await errorOf(await b.request(`${customerBase(tenantA.customerId)}/apiKeys`))).toMatchObject(expected.accessDenied)
    const demo = new TestClient(app)
    await demo.signIn()
    expect(await count(demo, DEFAULT_CUSTOMER_ID, '&search=name+EQ+only-in-a')).toBe('0')
  })

  it('seeds the empty, microtenant and large presets', async () => {
    const client = new TestClient((await memoryApp()).app)
    const empty = await client.newTenant({ preset: 'empty' })
    expect(await count(client, empty.customerId)).toBe('0')
    const roles = roleList.parse(await (await client.request(`${customerBase(empty.customerId)}/roles`)).json())
    expect(roles.length).toBeGreaterThanOrEqual(4)
    expect(roles.every((role) => role.apiKeys === '0')).toBe(true)

    const micro = await client.newTenant({ preset: 'microtenant' })
    expect(Number(await count(client, micro.customerId, `&microtenantId=${ENGINEERING_MICROTENANT_ID}`))).toBeGreaterThan(20)

    const large = await client.newTenant({ preset: 'large', size: 1500 })
    expect(await count(client, large.customerId)).toBe('1500')
    const page = await client.request(`${customerBase(large.customerId)}/apiKeys?page=2&search=name+LIKE+dev`)
    const devKeys = apiKeyPage.parse(await page.json())
    expect(devKeys.list).toHaveLength(20)
    for (const key of devKeys.list) expect(key.name).toContain('dev')
  })

  it('defaults to the default preset and rejects an unknown one', async () => {
    const client = new TestClient((await memoryApp()).app)
    const response = await client.request('/__mock/tenants', { method: 'POST' })
    expect(response.status).toBe(201)
    const response2 = await client.request('/__mock/tenants', { method: 'POST', json: { preset: 'huge' } })
    expect(await errorOf(response2)).toMatchObject(expected.invalid('preset'))
    expect(await errorOf(await client.request('/__mock/tenants', { method: 'GET' }))).toMatchObject(expected.methodNotAllowed)
  })
})

const HOUR = 3600_000

describe('POST /__mock/tenants: bounds', () => {
  // Idle times are measured in real time: the tests move Date instead of waiting.
  afterEach(() => vi.useRealTimers())

  it('refuses a size over 100,000 at once: 400 naming size', async () => {
    const client = new TestClient((await memoryApp()).app)
    for (const size of [100_001, 200_000]) {
      const started = performance.now()
      const response = await client.request('/__mock/tenants', { method: 'POST', json: { preset: 'large', size } })
      expect(await errorOf(response)).toMatchObject(expected.invalid('size'))
      expect(performance.now() - started).toBeLessThan(500)
    }
  })

  it('holds at most 200 tenants besides the demo customer: then 503 with Retry-After, until idle ones can be dropped', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { app, store } = await memoryApp()
    const client = new TestClient(app)
    for (let created = 0; created < 200; created++) await client.newTenant({ preset: 'empty' })
    const refused = await client.request('/__mock/tenants', { method: 'POST', json: { preset: 'empty' } })
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/)
    expect(await errorOf(refused)).toMatchObject(expected.unavailable)
    // Ten minutes untouched: a full server drops them to make room, never the demo customer.
    vi.setSystemTime(Date.now() + HOUR / 6 + 1000)
    const admitted = await client.newTenant({ preset: 'empty' })
    expect(store.tenantCount()).toBe(2)
    expect(store.tenant(admitted.customerId)).toBeDefined()
    expect(store.tenant(DEFAULT_CUSTOMER_ID)).toBeDefined()
  })

  it('drops the tenants no request has touched for 24 hours when one is created, never the demo customer', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { app, store } = await memoryApp()
    const [idle, busy] = [new TestClient(app), new TestClient(app)]
    const [idleTenant, busyTenant] = [await idle.newTenant(), await busy.newTenant()]
    for (const hours of [11, 11, 3]) {
      vi.setSystemTime(Date.now() + hours * HOUR)
      expect(store.tenant(idleTenant.customerId)).toBeDefined()
      await new TestClient(app).newTenant({ preset: 'empty' })
      expect((await busy.request(`${customerBase(busyTenant.customerId)}/roles`)).status).toBe(200)
    }
    expect(store.tenant(idleTenant.customerId)).toBeUndefined()
    expect(store.tenant(busyTenant.customerId)).toBeDefined()
    expect(store.tenant(DEFAULT_CUSTOMER_ID)).toBeDefined()
    // The dropped tenant's browser is signed out: its next visit starts a session on the demo customer.
    expect((await idle.signIn()).customerId).toBe(DEFAULT_CUSTOMER_ID)
  })
})

describe('POST /__mock/reset', () => {
  it("puts the caller's tenant back to its seed", async () => {
    const client = new TestClient((await memoryApp()).app)
    const tenant = await client.newTenant()
    const keys = `${customerBase(tenant.customerId)}/apiKeys`
    const seeded = apiKeyPage.parse(await (await client.request(`${keys}?pagesize=500`)).json()).list
    await client.request(keys, { method: 'POST', json: { name: 'temporary', tokenExpiryTimeInSec: 60, roleId: '28' } })
    expect((await client.request(`${keys}/${seeded[0].id}`, { method: 'DELETE' })).status).toBe(204)
    const reset = await client.request('/__mock/reset', { method: 'POST' })
    expect(reset.status).toBe(204)
    const after = apiKeyPage.parse(await (await client.request(`${keys}?pagesize=500`)).json()).list
    expect(after).toEqual(seeded)
  })

  it('is 401 without a session', async () => {
    const { app } = await memoryApp()
    expect(await errorOf(await app.request('/__mock/reset', { method: 'POST' }))).toMatchObject(expected.accessDenied)
  })
})

describe('/__mock/clock', () => {
  it("reads and moves the caller's tenant's mock clock, which new keys' times follow", async () => {
    const { app } = await memoryApp()
    const client = new TestClient(app)
    const tenant = await client.newTenant()
    const before = clockState.parse(await jsonOf(await client.request('/__mock/clock'), 200))
    expect(before.offsetSeconds).toBe(0)
    expect(Math.abs(Number(before.now) - Date.now() / 1000)).toBeLessThan(5)

    const moved = await client.request('/__mock/clock', { method: 'POST', json: { advanceSeconds: 86_400 } })
    const after = clockState.parse(await jsonOf(moved, 200))
    expect(after.offsetSeconds).toBe(86_400)
    expect(Number(after.now) - Number(before.now)).toBeGreaterThanOrEqual(86_400)
    const created = await client.request(`${customerBase(tenant.customerId)}/apiKeys`, {
      method: 'POST',
      json: { name: 'from-the-future', tokenExpiryTimeInSec: 60, roleId: '28' },
    })
    expect(Number(createdApiKey.parse(await jsonOf(created, 201)).creationTime)).toBeGreaterThanOrEqual(Number(after.now))

    // Another tenant's clock did not move; a reset puts this one back.
    const other = new TestClient(app)
    await other.newTenant()
    expect(clockState.parse(await jsonOf(await other.request('/__mock/clock'), 200)).offsetSeconds).toBe(0)
    await client.request('/__mock/reset', { method: 'POST' })
    expect(clockState.parse(await jsonOf(await client.request('/__mock/clock'), 200)).offsetSeconds).toBe(0)
  })

  it('refuses to go backwards, a body that is not JSON, and callers without a session', async () => {
    const { app } = await memoryApp()
    const client = new TestClient(app)
    await client.newTenant()
    const back = await client.request('/__mock/clock', { method: 'POST', json: { advanceSeconds: -1 } })
    expect(await errorOf(back)).toMatchObject(expected.invalid('advanceSeconds'))
    expect(await errorOf(await client.request('/__mock/clock', { method: 'POST', body: '60' }))).toMatchObject(expected.notJson)
    expect(await errorOf(await new TestClient(app).request('/__mock/clock'))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await client.request('/__mock/clock', { method: 'PUT', json: {} }))).toMatchObject(expected.methodNotAllowed)
  })
})

const settingsOf = async (client: TestClient) => tenantSettings.parse(await jsonOf(await client.request('/__mock/settings'), 200))

describe('/__mock/settings', () => {
  it("answers the caller's tenant's switches, changes those PUT names, and a reset restores the defaults", async () => {
    const { app } = await memoryApp()
    const [client, other] = [new TestClient(app), new TestClient(app)]
    await client.newTenant()
    await other.newTenant()
    expect(await jsonOf(await client.request('/__mock/settings'), 200)).toEqual({ serverRender: true, rateLimits: false })
    const changed = await client.request('/__mock/settings', { method: 'PUT', json: { serverRender: false } })
    expect(await jsonOf(changed, 200)).toEqual({ serverRender: false, rateLimits: false })
    expect(await settingsOf(client)).toEqual({ serverRender: false, rateLimits: false })
    expect(await settingsOf(other)).toEqual({ serverRender: true, rateLimits: false })
    // Absent switches keep their values.
    const limited = await client.request('/__mock/settings', { method: 'PUT', json: { rateLimits: true } })
    expect(await jsonOf(limited, 200)).toEqual({ serverRender: false, rateLimits: true })
    await client.request('/__mock/reset', { method: 'POST' })
    expect(await settingsOf(client)).toEqual({ serverRender: true, rateLimits: false })
  })

  it('refuses a bad body, a body that is not JSON, callers without a session and other methods', async () => {
    const { app } = await memoryApp()
    const client = new TestClient(app)
    await client.newTenant()
    const bad = await client.request('/__mock/settings', { method: 'PUT', json: { serverRender: 'no' } })
    expect(await errorOf(bad)).toMatchObject(expected.invalid('serverRender'))
    expect(await errorOf(await client.request('/__mock/settings', { method: 'PUT', json: { rateLimits: 1 } }))).toMatchObject(expected.invalid('rateLimits'))
    // A switch that does not exist (a typo) is refused, not ignored.
    expect((await client.request('/__mock/settings', { method: 'PUT', json: { serverRendering: false } })).status).toBe(400)
    expect(await errorOf(await client.request('/__mock/settings', { method: 'PUT', body: 'serverRender=false' }))).toMatchObject(expected.notJson)
    expect(await settingsOf(client)).toEqual({ serverRender: true, rateLimits: false })
    expect(await errorOf(await new TestClient(app).request('/__mock/settings'))).toMatchObject(expected.accessDenied)
    const deleted = await client.request('/__mock/settings', { method: 'DELETE' })
    expect(deleted.headers.get('Allow')).toBe('GET, PUT')
    expect(await errorOf(deleted)).toMatchObject(expected.methodNotAllowed)
  })
})

describe('with control off', () => {
  const paths = ['/__mock', '/__mock/', '/__mock/tenants', '/__mock/reset', '/__mock/faults', '/__mock/faults/1', '/__mock/clock', '/__mock/settings', '/__mock/x/y']

  it.each([{ staticRoot: undefined }, { staticRoot: 'page' }])('answers 404 for every method on every path under /__mock ($staticRoot)', async ({ staticRoot }) => {
    const client = new TestClient((await memoryApp({ control: false, ...(staticRoot ? { staticRoot: site.root } : {}) })).app)
    await client.signIn()
    for (const path of paths) {
      for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']) {
        const response = await client.request(path, { method, ...(method === 'GET' ? {} : { json: { preset: 'empty', advanceSeconds: 60, status: 503 } }) })
        expect({ path, method, ...(await errorOf(response)) }).toMatchObject({ path, method, ...expected.notFound })
      }
    }
    expect((await client.signIn()).customerId).toBe(DEFAULT_CUSTOMER_ID)
    expect((await client.request(`${customerBase()}/apiKeys`)).status).toBe(200)
  })
})

describe('serving the page', () => {
  it('serves files, falls back to index.html for page routes, and keeps API paths JSON', async () => {
    const { app } = await memoryApp({ staticRoot: site.root, control: false })
    const index = await app.request('/')
    expect(index.status).toBe(200)
    expect(await index.text()).toContain('<title>API Keys</title>')
    const script = await app.request('/assets/app.js')
    expect(script.headers.get('Content-Type')).toMatch(/javascript/)
    expect(await script.text()).toContain('page')
    const deep = await app.request('/administration/api-keys?page=2')
    expect(deep.status).toBe(200)
    expect(await deep.text()).toContain('<title>API Keys</title>')
    expect(await errorOf(await app.request('/mgmtconfig/v1/unknown'))).toMatchObject(expected.notFound)
    expect(await errorOf(await app.request('/__mock/tenants'))).toMatchObject(expected.notFound)
    expect(await errorOf(await app.request('/portal/unknown'))).toMatchObject(expected.notFound)
    expect(await errorOf(await app.request('/signin'))).toMatchObject(expected.methodNotAllowed)
  })
})
