import { Hono } from 'hono'
import { describe, expect, it, vi } from 'vitest'
import { createdApiKey } from '../src/contract/api-key'
import { PortalSessions, SESSION_COOKIE, type PortalSessionOptions } from './auth'
import { sessionRoutes } from './routes/session'
import { DEFAULT_CUSTOMER_ID, DEMO_ADMIN, ENGINEERING_MICROTENANT_ID } from './store/seed'
import { createStore } from './store/store'
import { apiClientOf, customerBase, errorOf, expected, jsonOf, memoryApp, TestClient } from './testing'

describe('GET /portal/session', () => {
  it('signs a browser without a session in as the demo admin, with an HttpOnly SameSite=Strict cookie', async () => {
    const { app } = await memoryApp()
    const response = await app.request('/portal/session')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      customerId: DEFAULT_CUSTOMER_ID,
      customerName: 'Acme Corp',
      adminId: DEMO_ADMIN.id,
      adminName: 'demo-admin',
      microtenants: [
        { id: '0', name: 'Default' },
        { id: ENGINEERING_MICROTENANT_ID, name: 'Engineering' },
      ],
      timeZone: 'UTC',
      locale: 'en-US',
      clockOffsetSeconds: 0,
    })
    const cookie = response.headers.get('Set-Cookie') ?? ''
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{20,};`))
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    expect(cookie).toContain('Path=/')
  })

  it('keeps an existing session without setting a new cookie', async () => {
    const client = new TestClient((await memoryApp()).app)
    await client.signIn()
    const again = await client.request('/portal/session')
    expect(again.status).toBe(200)
    expect(again.headers.get('Set-Cookie')).toBeNull()
  })

  it('keeps the customer id the exact string, beyond what a JS number holds', async () => {
    const client = new TestClient((await memoryApp()).app)
    const session = await client.signIn()
    expect(session.customerId).toBe('216196257331281920')
    expect(Number.isSafeInteger(Number(session.customerId))).toBe(false)
  })
})

const HOUR = 3600_000

/** GET /portal/session over sessions with these options, on a clock the test moves (`advance`) instead of waiting. */
async function portalWith(options: PortalSessionOptions = {}) {
  const store = await createStore({ mode: 'memory' })
  let now = 0
  const sessions = new PortalSessions(store, { ...options, now: () => now })
  const app = new Hono().route('/portal', sessionRoutes(store, sessions))
  return { app, advance: (ms: number) => (now += ms) }
}

/** Whether the client's session is still live: GET /portal/session starts a new one (a new cookie) when it is not. */
const keepsSession = async (client: TestClient) => (await client.request('/portal/session')).headers.get('Set-Cookie') === null

describe('portal sessions', () => {
  it('end after 12 hours unused; every request renews them', async () => {
    const { app, advance } = await portalWith()
    const client = new TestClient(app)
    await client.signIn()
    const first = client.cookie
    for (const hours of [11, 11]) {
      advance(hours * HOUR)
      expect(await keepsSession(client)).toBe(true)
    }
    advance(12 * HOUR)
    expect(await keepsSession(client)).toBe(false)
    expect(client.cookie).not.toBe(first)
  })

  it('are bounded: a new one past the limit ends the longest unused', async () => {
    const { app } = await portalWith({ maxSessions: 3 })
    const [a, b, c, d] = [new TestClient(app), new TestClient(app), new TestClient(app), new TestClient(app)]
    for (const client of [a, b, c]) await client.signIn()
    expect(await keepsSession(a)).toBe(true) // a is now the most recently used, b the least
    await d.signIn()
    expect(await keepsSession(a)).toBe(true)
    expect(await keepsSession(d)).toBe(true)
    expect(await keepsSession(b)).toBe(false)
  })

  it('of a dropped tenant are signed out: the next visit starts a session on the demo customer', async () => {
    const { app, store } = await memoryApp()
    const client = new TestClient(app)
    const tenant = await client.newTenant()
    await store.dropTenant(tenant.customerId)
    expect(await errorOf(await client.request(`${customerBase(tenant.customerId)}/roles`))).toMatchObject(expected.accessDenied)
    expect((await client.signIn()).customerId).toBe(DEFAULT_CUSTOMER_ID)
  })

  it('and bearer tokens touch their tenant when used, so that it is not dropped as idle', async () => {
    const { app, store } = await memoryApp()
    const touch = vi.spyOn(store, 'touch')
    const admin = new TestClient(app)
    const { customerId } = await admin.newTenant()
    const created = await admin.request(`${customerBase(customerId)}/apiKeys`, {
      method: 'POST',
      json: { name: 'touching', tokenExpiryTimeInSec: 600, roleId: '28' },
    })
    const apiClient = await apiClientOf(app, createdApiKey.parse(await jsonOf(created, 201)))
    for (const client of [admin, apiClient]) {
      touch.mockClear()
      expect((await client.request(`${customerBase(customerId)}/roles`)).status).toBe(200)
      expect(touch).toHaveBeenCalledWith(customerId)
    }
  })
})

describe('API access', () => {
  it('is 401 access.denied without a session cookie', async () => {
    const { app } = await memoryApp()
    expect(await errorOf(await app.request(`${customerBase()}/apiKeys`))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await app.request(`${customerBase()}/roles`))).toMatchObject(expected.accessDenied)
    const post = await app.request(`${customerBase()}/apiKeys`, {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(await errorOf(post)).toMatchObject(expected.accessDenied)
  })

  it('is 401 with an unknown session cookie', async () => {
    const { app } = await memoryApp()
    const response = await app.request(`${customerBase()}/apiKeys`, { headers: { Cookie: `${SESSION_COOKIE}=forged` } })
    expect(await errorOf(response)).toMatchObject(expected.accessDenied)
  })

  it("is 401 for another customer's path", async () => {
    const client = new TestClient((await memoryApp()).app)
    await client.signIn()
    expect((await client.request(`${customerBase()}/apiKeys`)).status).toBe(200)
    expect(await errorOf(await client.request(`${customerBase('216196257331281921')}/apiKeys`))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await client.request(`${customerBase('not-a-number')}/roles`))).toMatchObject(expected.accessDenied)
  })

  it('does not accept a session cookie issued by another server', async () => {
    const first = new TestClient((await memoryApp()).app)
    await first.signIn()
    const { app: other } = await memoryApp()
    const response = await other.request(`${customerBase()}/apiKeys`, { headers: { Cookie: first.cookie! } })
    expect(await errorOf(response)).toMatchObject(expected.accessDenied)
  })
})

describe('errors', () => {
  it('answers 500 internal.server.error in JSON, without a stack trace, when a handler fails', async () => {
    const { app, store } = await memoryApp()
    store.listRoles = () => {
      throw new Error('disk on fire at /secret/path.ts:12')
    }
    const client = new TestClient(app)
    await client.signIn()
    const originalError = console.error
    console.error = () => {}
    try {
      const body = await errorOf(await client.request(`${customerBase()}/roles`))
      expect(body).toMatchObject(expected.internal)
      expect(JSON.stringify(body)).not.toContain('disk on fire')
      expect(JSON.stringify(body)).not.toContain('.ts:')
    } finally {
      console.error = originalError
    }
  })
})
