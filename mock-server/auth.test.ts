import { describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from './auth'
import { DEFAULT_CUSTOMER_ID, DEMO_ADMIN, ENGINEERING_MICROTENANT_ID } from './store/seed'
import { customerBase, errorOf, expected, memoryApp, TestClient } from './testing'

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
