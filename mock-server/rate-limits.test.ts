import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { createdApiKey } from '../src/contract/api-key'
import type { AppEnv } from './auth'
import { handleError } from './errors'
import { ZPA_RATE_LIMITS, zpaRateLimits } from './rate-limits'
import { DEFAULT_CUSTOMER_ID } from './store/seed'
import { createStore } from './store/store'
import { apiClientOf, customerBase, errorOf, jsonOf, memoryApp, TestClient } from './testing'

const tooManyRequests = { status: 429, id: 'too.many.requests' }

/** The middleware alone, behind a stand-in sign-in (`X-Customer` names the caller's tenant), on a clock the test sets. */
async function limitedApp() {
  const store = await createStore({ mode: 'memory' })
  let now = 0
  const app = new Hono<AppEnv>()
    .use((c, next) => {
      c.set('principal', { customerId: c.req.header('X-Customer') ?? DEFAULT_CUSTOMER_ID, kind: 'portal', actorId: '1', readOnly: false })
      return next()
    })
    .use(zpaRateLimits(store, () => now))
    .all('/apiKeys', (c) => c.body(null, 204))
    .onError(handleError)
  store.updateTenantSettings(DEFAULT_CUSTOMER_ID, { rateLimits: true })
  const call = (method = 'GET', customerId = DEFAULT_CUSTOMER_ID) => app.request('/apiKeys', { method, headers: { 'X-Customer': customerId } })
  return { store, call, at: (ms: number) => (now = ms) }
}

describe('zpaRateLimits', () => {
  it('lets 20 GET and 10 POST/PUT/DELETE through per 10 s, then answers 429 with retry-after like 13s', async () => {
    const { call, at } = await limitedApp()
    for (let index = 0; index < ZPA_RATE_LIMITS.reads; index++) expect((await call('GET')).status).toBe(204)
    for (const method of ['POST', 'PUT', 'DELETE', 'POST', 'PUT', 'DELETE', 'POST', 'PUT', 'DELETE', 'POST']) expect((await call(method)).status).toBe(204)
    at(3_000)
    for (const method of ['GET', 'PUT']) {
      const refused = await call(method)
      expect(refused.headers.get('retry-after')).toBe('7s')
      expect(await errorOf(refused)).toMatchObject(tooManyRequests)
    }
  })

  it('slides the window: a call counts for the 10 s after it was let through', async () => {
    const { call, at } = await limitedApp()
    for (const time of [0, 5_000]) {
      at(time)
      for (let index = 0; index < 10; index++) expect((await call()).status).toBe(204)
    }
    at(9_999)
    expect((await call()).headers.get('retry-after')).toBe('1s')
    at(10_000)
    for (let index = 0; index < 10; index++) expect((await call()).status).toBe(204)
    expect((await call()).headers.get('retry-after')).toBe('5s')
  })

  it('is off unless the tenant turned it on, and counts each tenant apart', async () => {
    const { store, call } = await limitedApp()
    const other = await store.createTenant({ preset: 'empty' })
    for (let index = 0; index < 30; index++) expect((await call('GET', other.customerId)).status).toBe(204)
    store.updateTenantSettings(other.customerId, { rateLimits: true })
    for (let index = 0; index < 20; index++) expect((await call('GET', other.customerId)).status).toBe(204)
    expect((await call('GET', other.customerId)).status).toBe(429)
    expect((await call('GET')).status).toBe(204)
  })

  it('applies to the customer API, cookie and token alike, once PUT /__mock/settings turns it on', async () => {
    const { app } = await memoryApp()
    const [admin, bystander] = [new TestClient(app), new TestClient(app)]
    const { customerId } = await admin.newTenant()
    const bystanderId = (await bystander.newTenant()).customerId
    const keys = `${customerBase(customerId)}/apiKeys`
    const created = await admin.request(keys, { method: 'POST', json: { name: 'limited', tokenExpiryTimeInSec: 600, roleId: '28' } })
    const apiClient = await apiClientOf(app, createdApiKey.parse(await jsonOf(created, 201)))
    for (let index = 0; index < 30; index++) expect((await admin.request(keys)).status).toBe(200)

    const turnedOn = await admin.request('/__mock/settings', { method: 'PUT', json: { rateLimits: true } })
    expect(await jsonOf(turnedOn, 200)).toMatchObject({ rateLimits: true })
    for (const client of [admin, apiClient]) {
      for (let index = 0; index < 10; index++) expect((await client.request(keys)).status).toBe(200)
    }
    const refused = await apiClient.request(`${customerBase(customerId)}/roles`)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+s$/)
    expect(await errorOf(refused)).toMatchObject(tooManyRequests)
    expect((await bystander.request(`${customerBase(bystanderId)}/apiKeys`)).status).toBe(200)
  })
})
