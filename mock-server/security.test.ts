import type { Hono } from 'hono'
import { beforeEach, describe, expect, it } from 'vitest'
import { apiKeyPage, createdApiKey } from '../src/contract/api-key'
import { API_FULL_ACCESS_ROLE_ID } from '../src/contract/role'
import { MAX_BODY_BYTES } from './body'
import { apiClientOf, customerBase, errorOf, expected, jsonOf, memoryApp, signIn, TestClient, withBuiltPage } from './testing'

const OWN_ORIGIN = 'http://localhost' // app.request() answers as http://localhost
const OTHER_PORT = 'http://localhost:5174' // same site, so SameSite=Strict still sends the cookie
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }
const newKey = { name: 'terraform-prod-2', tokenExpiryTimeInSec: 600, roleId: API_FULL_ACCESS_ROLE_ID }
const crossSite = { ...expected.forbidden, reason: 'Cross-site request refused' }

let app: Hono
/** The victim: an admin whose browser holds a session on its own tenant. */
let victim: TestClient
let keys: string

beforeEach(async () => {
  app = (await memoryApp()).app
  victim = new TestClient(app)
  keys = `${customerBase((await victim.newTenant()).customerId)}/apiKeys`
  await jsonOf(await victim.request(keys, { method: 'POST', json: newKey }), 201)
})

const keyCount = async () => apiKeyPage.parse(await jsonOf(await victim.request(`${keys}?pagesize=1`), 200)).totalCount

describe('writes made with the session cookie', () => {
  it('refuse a form POST /__mock/reset from a page on another port: the tenant is untouched', async () => {
    const attempts = [
      [{ ...FORM, Origin: OTHER_PORT }, crossSite],
      [FORM, expected.notJson],
      [{ 'Content-Type': 'text/plain', Origin: OTHER_PORT }, crossSite],
      [{ 'Content-Type': 'text/plain' }, expected.notJson],
    ] as const
    for (const [headers, refusal] of attempts) {
      const response = await victim.request('/__mock/reset', { method: 'POST', headers, body: 'x=1' })
      expect(await errorOf(response)).toMatchObject(refusal)
    }
    expect(await keyCount()).toBe('38')
  })

  it('refuse a form POST /__mock/tenants, with the cookie or none: no session is planted', async () => {
    const before = victim.cookie
    for (const client of [victim, new TestClient(app)]) {
      const response = await client.request('/__mock/tenants', { method: 'POST', headers: { ...FORM, Origin: OTHER_PORT }, body: 'preset=empty' })
      expect(await errorOf(response)).toMatchObject(crossSite)
      expect(response.headers.get('Set-Cookie')).toBeNull()
    }
    expect(victim.cookie).toBe(before)
    expect(await keyCount()).toBe('38')
  })

  it('refuse JSON from another origin, or from an opaque one (Origin: null)', async () => {
    for (const origin of [OTHER_PORT, 'https://localhost', 'null', 'not a url']) {
      const response = await victim.request('/__mock/reset', { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/json' }, body: '{}' })
      expect(await errorOf(response)).toMatchObject(crossSite)
    }
    expect(await keyCount()).toBe('38')
  })

  it('refuse non-JSON writes to the API, the preferences and the time zone', async () => {
    const attempts: [string, string][] = [
      ['POST', keys],
      ['PUT', `${keys}/123456789012345678`],
      ['DELETE', `${keys}/123456789012345678`],
      ['PUT', '/portal/preferences/zpa-api-keys'],
      ['PUT', '/portal/time-zone'],
      ['POST', '/__mock/clock'],
      ['PUT', '/__mock/settings'],
      ['DELETE', '/__mock/faults'],
    ]
    for (const [method, path] of attempts) {
      const response = await victim.request(path, { method, headers: FORM, body: 'timeZone=Pacific/Fiji' })
      expect({ method, path, ...(await errorOf(response)) }).toMatchObject({ method, path, ...expected.notJson })
    }
    expect((await victim.signIn()).timeZone).toBe('UTC')
  })

  it('go through from the page itself: JSON with its own Origin or none, and bodiless DELETEs', async () => {
    const post = await victim.request(keys, { method: 'POST', headers: { Origin: OWN_ORIGIN }, json: { ...newKey, name: 'from-the-page' } })
    const created = createdApiKey.parse(await jsonOf(post, 201))
    expect((await victim.request(`${keys}/${created.id}`, { method: 'DELETE', headers: { Origin: OWN_ORIGIN } })).status).toBe(204)
    expect((await victim.request('/__mock/faults', { method: 'DELETE' })).status).toBe(204)
    expect((await victim.request('/__mock/reset', { method: 'POST', headers: { Origin: OWN_ORIGIN } })).status).toBe(204)
    expect(await keyCount()).toBe('37')
  })

  it('refuse a form even when the browser resends Basic credentials beside the cookie', async () => {
    const headers = { ...FORM, Authorization: 'Basic ZGVtbzpkZW1v' }
    expect(await errorOf(await victim.request('/__mock/reset', { method: 'POST', headers, body: '' }))).toMatchObject(expected.notJson)
    expect(await keyCount()).toBe('38')
  })
})

describe('calls not made with the cookie stay as they were', () => {
  it('an API client with a bearer token gets 415 for a body that is not JSON, whatever its Origin', async () => {
    const created = createdApiKey.parse(await jsonOf(await victim.request(keys, { method: 'POST', json: { ...newKey, name: 'ci' } }), 201))
    const client = await apiClientOf(app, created)
    const response = await client.request(keys, { method: 'POST', headers: { ...FORM, Origin: OTHER_PORT }, body: 'name=x' })
    expect(await errorOf(response)).toMatchObject(expected.notJson)
  })

  it('POST /signin is form-encoded by contract, even from a browser with a session', async () => {
    const created = createdApiKey.parse(await jsonOf(await victim.request(keys, { method: 'POST', json: { ...newKey, name: 'ci' } }), 201))
    const response = await victim.request('/signin', {
      method: 'POST',
      headers: { ...FORM, Origin: OTHER_PORT },
      body: new URLSearchParams({ client_id: created.clientId, client_secret: created.clientSecret }).toString(),
    })
    expect(response.status).toBe(200)
    expect((await signIn(app, created.clientId, created.clientSecret)).status).toBe(200)
  })

  it('a cookieless write other than a new tenant keeps its 401', async () => {
    const response = await app.request(keys, { method: 'POST', headers: { ...FORM, Origin: OTHER_PORT }, body: 'name=x' })
    expect(await errorOf(response)).toMatchObject(expected.accessDenied)
  })
})

describe('request bodies', () => {
  const tooLarge = { status: 413, reason: 'The request body is larger than 1 MiB' }

  it('answer 413 in JSON to a body over 1 MiB by its Content-Length, and create nothing', async () => {
    const body = JSON.stringify({ ...newKey, name: 'big', padding: 'x'.repeat(2 * MAX_BODY_BYTES) })
    const response = await victim.request(keys, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) }, body })
    expect(await errorOf(response)).toMatchObject(tooLarge)
    expect(await keyCount()).toBe('38')
  })

  it('answer 413 to a chunked body as soon as it passes 1 MiB, without reading the rest', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024))
    let sent = 0
    const eightMiB = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 8 * MAX_BODY_BYTES) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    // Straight to the app: a stream is no body TestClient sends.
    const response = await app.request(keys, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: victim.cookie ?? '' },
      body: eightMiB,
      duplex: 'half',
    } as RequestInit)
    expect(await errorOf(response)).toMatchObject(tooLarge)
    expect(sent).toBeLessThan(2 * MAX_BODY_BYTES)
  })

  it('accept a JSON body of just under 1 MiB', async () => {
    const json = JSON.stringify({ ...newKey, name: 'padded' })
    const body = json.padEnd(MAX_BODY_BYTES, ' ')
    expect((await victim.request(keys, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).status).toBe(201)
  })
})

const firstView = { render: () => Promise.resolve({ html: '<p>keys</p>', state: '{"queries":[]}' }) }

describe('security headers', () => {
  const site = withBuiltPage('<!doctype html><title>API Keys</title><!--first-view--><div id="root"></div>')

  it('every answer says nosniff and refuses framing, errors included; the API carries no page policy', async () => {
    const client = new TestClient((await memoryApp({ staticRoot: site.root })).app)
    const answers = [
      await client.request('/portal/session'),
      await client.request(`${customerBase()}/apiKeys`),
      await client.request('/openapi.json'),
      await client.request('/portal/nothing-here'),
      await client.request(`${customerBase()}/apiKeys`, { method: 'PATCH' }),
      await app.request(keys),
      // Refused by the edge's own middleware, before any route.
      await client.request('/__mock/reset', { method: 'POST', headers: FORM, body: 'x=1' }),
      await client.request('/__mock/reset', { method: 'POST', headers: { 'Content-Length': String(2 * MAX_BODY_BYTES) }, body: 'x'.repeat(2 * MAX_BODY_BYTES) }),
    ]
    for (const response of answers) {
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(response.headers.get('X-Frame-Options')).toBe('DENY')
      expect(response.headers.get('Content-Security-Policy')).toBeNull()
    }
  })

  it('the page, its SPA fallback, its server-rendered first view and its files carry a CSP without inline script', async () => {
    for (const options of [{ staticRoot: site.root }, { staticRoot: site.root, firstView }]) {
      const client = new TestClient((await memoryApp(options)).app)
      for (const path of ['/', '/index.html', '/legacy-api/client-connector?page=2', '/legacy-api/digital-experience', '/assets/app.js']) {
        const response = await client.request(path)
        expect(response.status).toBe(200)
        const policy = response.headers.get('Content-Security-Policy') ?? ''
        expect(policy).toContain("script-src 'self';")
        expect(policy).toContain("frame-ancestors 'none'")
        expect(policy).toContain("default-src 'self'")
        expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
        expect(response.headers.get('X-Frame-Options')).toBe('DENY')
        expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
      }
    }
  })
})
