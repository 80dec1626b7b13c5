import type { Hono } from 'hono'
import { beforeEach, describe, expect, it } from 'vitest'
import { createdApiKey } from '../src/contract/api-key'
import { fault, faultList, type CreateFaultInput, type Fault } from '../src/contract/mock-control'
import { signInResponse } from '../src/contract/signin'
import { globToRegExp } from './faults'
import { customerBase, errorOf, expected, jsonOf, memoryApp, signIn, TestClient } from './testing'

let app: Hono
let client: TestClient
let base: string

beforeEach(async () => {
  app = (await memoryApp()).app
  client = new TestClient(app)
  base = customerBase((await client.newTenant()).customerId)
})

async function inject(input: CreateFaultInput, by: TestClient = client): Promise<Fault> {
  return fault.parse(await jsonOf(await by.request('/__mock/faults', { method: 'POST', json: input }), 201))
}

const faults = async () => faultList.parse(await jsonOf(await client.request('/__mock/faults'), 200))

async function timed(request: Promise<Response>): Promise<{ response: Response; ms: number }> {
  const start = performance.now()
  const response = await request
  return { response, ms: performance.now() - start }
}

describe('path globs', () => {
  it('match the whole path: * within a segment, ** across segments', () => {
    const list = '/mgmtconfig/v1/admin/customers/216196257331281920/apiKeys'
    expect(globToRegExp('**/apiKeys').test(list)).toBe(true)
    expect(globToRegExp('**/apiKeys').test(`${list}/123`)).toBe(false)
    expect(globToRegExp('**/apiKeys/*').test(`${list}/123`)).toBe(true)
    expect(globToRegExp('/mgmtconfig/v1/admin/customers/*/apiKeys').test(list)).toBe(true)
    expect(globToRegExp('/mgmtconfig/*/apiKeys').test(list)).toBe(false)
    expect(globToRegExp('**').test('/signin')).toBe(true)
    expect(globToRegExp('/sign.n').test('/signin')).toBe(false)
  })
})

describe('POST /__mock/faults', () => {
  it('answers 503 retryable.server.error with Retry-After, N times, then serves normally', async () => {
    const created = await inject({ method: 'GET', path: '**/apiKeys', status: 503, times: 2, retryAfter: 3 })
    expect(created).toMatchObject({ method: 'GET', path: '**/apiKeys', status: 503, remaining: 2, retryAfter: 3 })
    expect(created.id).not.toBe('')
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await client.request(`${base}/apiKeys`)
      expect(response.headers.get('Retry-After')).toBe('3')
      expect(await errorOf(response)).toMatchObject(expected.unavailable)
    }
    expect((await client.request(`${base}/apiKeys`)).status).toBe(200)
    expect(await faults()).toEqual([])
  })

  it('applies only to matching method and path', async () => {
    await inject({ method: 'GET', path: '**/apiKeys', status: 503 })
    expect((await client.request(`${base}/roles`)).status).toBe(200)
    const created = await client.request(`${base}/apiKeys`, { method: 'POST', json: { name: 'fine', tokenExpiryTimeInSec: 60, roleId: '28' } })
    const { id } = createdApiKey.parse(await jsonOf(created, 201))
    expect((await client.request(`${base}/apiKeys/${id}`)).status).toBe(200)
    expect((await client.request(`${base}/apiKeys`)).status).toBe(503)
    expect(await faults()).toMatchObject([{ remaining: null }])
  })

  it('delays then serves normally with delayMs alone, until deleted', async () => {
    const { id } = await inject({ path: '**/roles', delayMs: 250 })
    for (let attempt = 0; attempt < 2; attempt++) {
      const { response, ms } = await timed(client.request(`${base}/roles`))
      expect(response.status).toBe(200)
      expect(ms).toBeGreaterThanOrEqual(240)
    }
    expect((await client.request(`/__mock/faults/${id}`, { method: 'DELETE' })).status).toBe(204)
    expect((await timed(client.request(`${base}/roles`))).ms).toBeLessThan(200)
    expect(await errorOf(await client.request(`/__mock/faults/${id}`, { method: 'DELETE' }))).toMatchObject(expected.notFound)
  })

  it('delays, then fails, with both', async () => {
    await inject({ path: '**/apiKeys', delayMs: 150, status: 500, times: 1 })
    const { response, ms } = await timed(client.request(`${base}/apiKeys`))
    expect(ms).toBeGreaterThanOrEqual(140)
    expect(await errorOf(response)).toMatchObject(expected.internal)
  })

  it('answers a fitting JSON error for other statuses', async () => {
    await inject({ path: '**/apiKeys', status: 429, times: 1 })
    await inject({ path: '**/roles', status: 404, times: 1 })
    const limited = await client.request(`${base}/apiKeys`)
    expect(limited.headers.get('Retry-After')).toBe('1')
    expect(await errorOf(limited)).toMatchObject({ status: 429, id: 'too.many.requests' })
    expect(await errorOf(await client.request(`${base}/roles`))).toMatchObject(expected.notFound)
  })

  it('lists and clears the tenant’s faults', async () => {
    const first = await inject({ path: '**/roles', status: 503 })
    const second = await inject({ method: 'DELETE', path: '**/apiKeys/*', status: 500, times: 5 })
    expect(await faults()).toEqual([
      { id: first.id, path: '**/roles', status: 503, remaining: null },
      { id: second.id, method: 'DELETE', path: '**/apiKeys/*', status: 500, remaining: 5 },
    ])
    expect((await client.request('/__mock/faults', { method: 'DELETE' })).status).toBe(204)
    expect(await faults()).toEqual([])
    expect((await client.request(`${base}/roles`)).status).toBe(200)
  })

  it('rejects a fault that does nothing, a status outside 400-599, and a body that is not JSON', async () => {
    const post = (json: unknown) => client.request('/__mock/faults', { method: 'POST', json })
    expect(await errorOf(await post({ path: '**' }))).toMatchObject(expected.invalid('status'))
    expect(await errorOf(await post({ path: '**', status: 200 }))).toMatchObject(expected.invalid('status'))
    expect(await errorOf(await post({ path: 'no-slash', status: 503 }))).toMatchObject(expected.invalid('path'))
    expect(await errorOf(await post({ status: 503, times: 0 }))).toMatchObject(expected.invalid('times'))
    const text = await client.request('/__mock/faults', { method: 'POST', body: 'status=503', headers: { 'Content-Type': 'text/plain' } })
    expect(await errorOf(text)).toMatchObject(expected.notJson)
    expect(await errorOf(await app.request('/__mock/faults'))).toMatchObject(expected.accessDenied)
  })

  it('affects only the tenant that injected it', async () => {
    await inject({ path: '**', status: 503 })
    const other = new TestClient(app)
    const otherBase = customerBase((await other.newTenant()).customerId)
    expect((await other.request(`${otherBase}/apiKeys`)).status).toBe(200)
    expect((await client.request(`${base}/apiKeys`)).status).toBe(503)
  })

  it('applies to the tenant’s bearer-token requests and sign-ins, and a failed-by-fault sign-in is not counted', async () => {
    const response = await client.request(`${base}/apiKeys`, { method: 'POST', json: { name: 'api-client', tokenExpiryTimeInSec: 600, roleId: '28' } })
    const key = createdApiKey.parse(await jsonOf(response, 201))
    const apiClient = new TestClient(app)
    apiClient.token = signInResponse.parse(await jsonOf(await signIn(app, key.clientId, key.clientSecret), 200)).access_token

    await inject({ method: 'GET', path: '**/apiKeys', status: 503, times: 1 })
    expect((await apiClient.request(`${base}/apiKeys`)).status).toBe(503)
    expect((await apiClient.request(`${base}/apiKeys`)).status).toBe(200)

    await inject({ path: '/signin', status: 503, times: 3 })
    for (let attempt = 0; attempt < 3; attempt++) expect((await signIn(app, key.clientId, 'wrong')).status).toBe(503)
    expect((await signIn(app, key.clientId, key.clientSecret)).status).toBe(200)
  })

  it('is cleared by a reset', async () => {
    await inject({ path: '**', status: 503 })
    expect((await client.request('/__mock/reset', { method: 'POST' })).status).toBe(204)
    expect(await faults()).toEqual([])
    expect((await client.request(`${base}/apiKeys`)).status).toBe(200)
  })
})
