/** Helpers for the mock server's tests: an app in memory and a client that keeps its session cookie. */
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Hono } from 'hono'
import { afterAll, beforeAll } from 'vitest'
import type { CreatedApiKey } from '../src/contract/api-key'
import { apiErrorBody, errorIds, type ApiErrorBody } from '../src/contract/errors'
import { createdTenant, type CreatedTenant, type CreateTenantInput } from '../src/contract/mock-control'
import { portalSession, type PortalSession } from '../src/contract/session'
import { signInResponse } from '../src/contract/signin'
import { zccLoginResponse } from '../src/contract/zcc-api-key'
import { zdxTokenResponse } from '../src/contract/zdx-api-key'
import { createApp, type AppOptions } from './app'
import { DEFAULT_CUSTOMER_ID } from './store/seed'
import { createStore, zdxKeySecretHash, type Store } from './store/store'

export const customerBase = (customerId: string = DEFAULT_CUSTOMER_ID) => `/mgmtconfig/v1/admin/customers/${customerId}`

/** The Client Connector keys of a customer, as the page manages them (portal session). */
export const zccKeysPath = (customerId: string = DEFAULT_CUSTOMER_ID) => `/zcc/v1/admin/customers/${customerId}/apiKeys`

/** POST /papi/auth/v1/login as the ZCC SDKs send it: JSON, no cookie. */
export const zccLogin = async (app: Hono, apiKey: string, secretKey: string): Promise<Response> =>
  app.request('/papi/auth/v1/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apiKey, secretKey }) })

/** A ZCC public API client: its calls carry the login's JWT in `auth-token`. */
export async function zccClientOf(app: Hono, key: { clientId: string; clientSecret: string }) {
  const { jwtToken } = zccLoginResponse.parse(await jsonOf(await zccLogin(app, key.clientId, key.clientSecret), 200))
  return {
    jwtToken,
    request: (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers)
      headers.set('auth-token', jwtToken)
      if (init.body !== undefined) headers.set('Content-Type', 'application/json')
      return app.request(path, { ...init, headers })
    },
  }
}

/** The Digital Experience keys of a customer, as the page manages them (portal session). */
export const zdxKeysPath = (customerId: string = DEFAULT_CUSTOMER_ID) => `/zdx/v1/admin/customers/${customerId}/apiKeys`

/** POST /v1/oauth/token as a ZDX client sends it: `key_secret` is sha256hex(`<secret>:<timestamp>`), no cookie. */
export const zdxTokenRequest = async (app: Hono, keyId: string, secret: string, timestamp: number): Promise<Response> =>
  app.request('/v1/oauth/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ key_id: keyId, key_secret: zdxKeySecretHash(secret, timestamp), timestamp }),
  })

/** A ZDX token for the key, requested at `timestamp` (epoch seconds on the tenant's clock). */
export async function zdxTokenOf(app: Hono, key: { id: string; keySecret: string }, timestamp: number): Promise<string> {
  return zdxTokenResponse.parse(await jsonOf(await zdxTokenRequest(app, key.id, key.keySecret, timestamp), 200)).token
}

export async function memoryApp(options: Partial<Omit<AppOptions, 'store'>> = {}): Promise<{ app: Hono; store: Store }> {
  const store = await createStore({ mode: 'memory' })
  return { app: createApp({ store, control: true, ...options }), store }
}

type RequestOptions = Omit<RequestInit, 'body'> & { json?: unknown; body?: string }

/** Like a browser context: sends the session cookie it was given back on every request (and a bearer token, once given one). */
export class TestClient {
  cookie: string | undefined
  /** Sent as `Authorization: Bearer`; an API client without a cookie sets only this. */
  token: string | undefined
  readonly #app: Hono

  constructor(app: Hono) {
    this.#app = app
  }

  async request(path: string, { json, headers, ...init }: RequestOptions = {}): Promise<Response> {
    const sent = new Headers(headers)
    if (this.cookie !== undefined) sent.set('Cookie', this.cookie)
    if (this.token !== undefined) sent.set('Authorization', `Bearer ${this.token}`)
    if (json !== undefined) sent.set('Content-Type', 'application/json')
    const body = json === undefined ? init.body : JSON.stringify(json)
    const response = await this.#app.request(path, { ...init, headers: sent, body })
    const setCookie = response.headers.get('Set-Cookie')
    if (setCookie) this.cookie = setCookie.split(';')[0]
    return response
  }

  /** GET /portal/session: signs in as the demo admin when there is no session yet. */
  async signIn(): Promise<PortalSession> {
    return portalSession.parse(await jsonOf(await this.request('/portal/session'), 200))
  }

  /** POST /__mock/tenants: a fresh tenant, bound to this client. */
  async newTenant(input: CreateTenantInput = {}): Promise<CreatedTenant> {
    return createdTenant.parse(await jsonOf(await this.request('/__mock/tenants', { method: 'POST', json: input }), 201))
  }

  /** GET /__mock/clock: this client's tenant's mock time, in epoch seconds. */
  async now(): Promise<number> {
    return Number((await jsonOf(await this.request('/__mock/clock'), 200) as { now: string }).now)
  }

  /** POST /__mock/clock: moves this client's tenant's mock clock forward. */
  async advanceClock(advanceSeconds: number): Promise<void> {
    await jsonOf(await this.request('/__mock/clock', { method: 'POST', json: { advanceSeconds } }), 200)
  }
}

/** POST /signin as API clients send it: form-encoded, no cookie. */
export const signIn = async (app: Hono, clientId: string, clientSecret: string): Promise<Response> =>
  app.request('/signin', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret }).toString(),
  })

/** An API client (no cookie) holding the token a sign-in with this key's secret gives. */
export async function apiClientOf(app: Hono, key: Pick<CreatedApiKey, 'clientId' | 'clientSecret'>): Promise<TestClient> {
  const client = new TestClient(app)
  client.token = signInResponse.parse(await jsonOf(await signIn(app, key.clientId, key.clientSecret), 200)).access_token
  return client
}

/** Where a file journal's writes and syncs go (a file handle's prototype): spying on it fails or counts them without a full disk. */
export async function fileHandlePrototype(dir: string) {
  const handle = await open(join(dir, 'probe'), 'w')
  await handle.close()
  return Object.getPrototypeOf(handle) as { write: () => Promise<unknown>; datasync: () => Promise<void> }
}

/** The JSON body of an answer that must have this status (else the error says what came instead). */
export async function jsonOf(response: Response, status: number): Promise<unknown> {
  const text = await response.text()
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`)
  return JSON.parse(text)
}

/**
 * An error answer, for `toMatchObject({ status, id, params })`. Throws unless it is JSON that the
 * contract's `apiErrorBody` accepts, with a reason: every error the server sends must be.
 */
export async function errorOf(response: Response): Promise<ApiErrorBody & { status: number }> {
  const text = await response.text()
  if (!(response.headers.get('Content-Type') ?? '').startsWith('application/json')) {
    throw new Error(`a ${response.status} answer that is not JSON: ${text}`)
  }
  const body = apiErrorBody.parse(JSON.parse(text))
  if (body.reason.trim() === '') throw new Error(`a ${response.status} answer without a reason: ${text}`)
  return { status: response.status, ...body }
}

/** Error answers as `errorOf` gives them, for `expect(await errorOf(response)).toMatchObject(expected.notFound)`. */
export const expected = {
  /** 400 naming exactly these fields (or, with none, any). */
  invalid: (...params: string[]) => ({ status: 400, id: errorIds.invalidArgument, ...(params.length > 0 ? { params } : {}) }),
  invalidSearch: { status: 400, id: errorIds.invalidOperand },
  accessDenied: { status: 401, id: errorIds.accessDenied },
  invalidCredentials: { status: 401, id: errorIds.invalidCredentials },
  forbidden: { status: 403, id: errorIds.forbidden },
  notFound: { status: 404, id: errorIds.notFound },
  methodNotAllowed: { status: 405, id: errorIds.methodNotAllowed },
  duplicateName: { status: 409, id: errorIds.duplicate, params: ['name'] },
  notJson: { status: 415, id: errorIds.unsupportedMediaType },
  internal: { status: 500, id: errorIds.internal },
  unavailable: { status: 503, id: errorIds.retryable },
} as const

/**
 * A built page for the calling test file to serve (`staticRoot`): a temp folder with this index.html and
 * `assets/app.js`, made before its tests and removed after them. `root` is set once they start.
 */
export function withBuiltPage(indexHtml: string): { root: string } {
  const site = { root: '' }
  beforeAll(async () => {
    site.root = await mkdtemp(join(tmpdir(), 'zpa-page-'))
    await mkdir(join(site.root, 'assets'))
    await writeFile(join(site.root, 'index.html'), indexHtml)
    await writeFile(join(site.root, 'assets', 'app.js'), 'console.log("page")')
  })
  afterAll(() => rm(site.root, { recursive: true, force: true }))
  return site
}
