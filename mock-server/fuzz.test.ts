/**
 * Generated requests over every endpoint (malformed JSON, wrong types, odd search terms, huge, negative and NaN
 * numbers, long strings, every content type, random methods, paths and query strings, with and without the session
 * cookie, bearer tokens, ZCC auth-tokens and ZDX tokens): none is answered 5xx, every error is JSON `{id, reason}`, and the
 * server still serves a normal list afterwards. CI runs a fixed seed; elsewhere each run draws one, which fast-check prints on failure
 * with the request (replay it with FUZZ_SEED=<seed>).
 */
import * as fc from 'fast-check'
import type { Hono } from 'hono'
import { beforeAll, expect, it } from 'vitest'
import { apiKeyPage, createdApiKey } from '../src/contract/api-key'
import { apiErrorBody } from '../src/contract/errors'
import { MAX_TENANT_SIZE } from '../src/contract/mock-control'
import { API_FULL_ACCESS_ROLE_ID } from '../src/contract/role'
import { GRACE_PERIOD_MAX } from '../src/contract/rotation'
import { signInResponse } from '../src/contract/signin'
import { createdZccApiKey, zccLoginResponse } from '../src/contract/zcc-api-key'
import { zdxApiKeyWithSecret, zdxTokenResponse } from '../src/contract/zdx-api-key'
import { MAX_BODY_BYTES } from './body'
import { zdxKeySecretHash } from './store/store'
import { DEFAULT_CUSTOMER_ID, ENGINEERING_MICROTENANT_ID, SEEDED_ROLES } from './store/seed'
import { ZDX_ROLES } from './store/zdx-seed'
import { customerBase, jsonOf, memoryApp, signIn, TestClient, zccKeysPath, zccLogin, zdxKeysPath, zdxTokenRequest } from './testing'

const RUNS = 5000
const CI_SEED = 20_251_111
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.CI ? CI_SEED : undefined
const READ_ONLY_ROLE_ID = SEEDED_ROLES.find((role) => role.readOnly)!.id

let app: Hono
/** The fuzzed tenant's admin; its cookie is sent by hand, so a generated POST /__mock/tenants cannot move it. */
let admin: TestClient
let customerId: string
let keyIds: string[]
/** Bearer tokens of a full-access and a read-only key of the fuzzed tenant, the auth-token of a ZCC WRITE key and a ZDX token, renewed when the fuzz ends them. */
const tokens = { full: '', readOnly: '', zcc: '', zdx: '' }
/** A ZDX key of the fuzzed tenant (its Key ID and secret), for token requests that prove the secret. */
let zdxKey = { id: '', keySecret: '' }

async function tokenFor(roleId: string): Promise<string> {
  const response = await admin.request(`${customerBase(customerId)}/apiKeys`, {
    method: 'POST',
    json: { name: `fuzz-${roleId}-${Math.random().toString(36).slice(2)}`, tokenExpiryTimeInSec: 3600, roleId },
  })
  if (response.status !== 201) return 'unavailable' // a fault or a rate limit the fuzz set: next time
  const key = createdApiKey.parse(await response.json())
  const signedIn = await signIn(app, key.clientId, key.clientSecret)
  return signedIn.status === 200 ? signInResponse.parse(await signedIn.json()).access_token : 'unavailable'
}

async function zccToken(): Promise<string> {
  const body = { name: `fuzz${Math.random().toString(36).slice(2)}`, role: 'WRITE', tokenExpiryTimeInSec: 3600 }
  const response = await admin.request(zccKeysPath(customerId), { method: 'POST', json: body })
  if (response.status !== 201) return 'unavailable'
  const key = createdZccApiKey.parse(await response.json())
  const login = await zccLogin(app, key.clientId, key.clientSecret)
  return login.status === 200 ? zccLoginResponse.parse(await login.json()).jwtToken : 'unavailable'
}

async function zdxToken(): Promise<string> {
  const body = { name: `fuzz-${Math.random().toString(36).slice(2)}`, roleId: ZDX_ROLES[0].id }
  const response = await admin.request(zdxKeysPath(customerId), { method: 'POST', json: body })
  if (response.status !== 201) return 'unavailable'
  zdxKey = zdxApiKeyWithSecret.parse(await response.json())
  const clock = await admin.request('/__mock/clock')
  if (clock.status !== 200) return 'unavailable'
  const now = Number(((await clock.json()) as { now: string }).now)
  const token = await zdxTokenRequest(app, zdxKey.id, zdxKey.keySecret, now)
  return token.status === 200 ? zdxTokenResponse.parse(await token.json()).token : 'unavailable'
}

/** Starts (again) what the fuzz may have ended: the session's tenant, and the tokens (signed out, deleted, reset). */
async function renewCallers(): Promise<void> {
  const probe = await admin.request(`${customerBase(customerId)}/apiKeys?pagesize=1`)
  if (probe.status === 401) customerId = (await admin.newTenant()).customerId
  for (const [kind, roleId] of [['full', API_FULL_ACCESS_ROLE_ID], ['readOnly', READ_ONLY_ROLE_ID]] as const) {
    const check = await app.request(`${customerBase(customerId)}/roles`, { headers: { Authorization: `Bearer ${tokens[kind]}` } })
    if (check.status === 401) tokens[kind] = await tokenFor(roleId)
  }
  const zccCheck = await app.request('/papi/public/v1/getDevices?pageSize=1', { headers: { 'auth-token': tokens.zcc } })
  if (zccCheck.status === 401) tokens.zcc = await zccToken()
  const zdxCheck = await app.request('/v1/oauth/validate', { headers: { Authorization: `Bearer ${tokens.zdx}` } })
  if (zdxCheck.status === 401) tokens.zdx = await zdxToken()
}

beforeAll(async () => {
  app = (await memoryApp()).app
  admin = new TestClient(app)
  customerId = (await admin.newTenant()).customerId
  const page = apiKeyPage.parse(await jsonOf(await admin.request(`${customerBase(customerId)}/apiKeys?pagesize=500`), 200))
  keyIds = page.list.map((key) => key.id)
  await renewCallers()
})

// ---- values: sensible ones, and the odd ones a careless or hostile caller sends

const oddNumber = fc.constantFrom(0, -1, -0, 0.5, 1.5, 2 ** 31, 2 ** 53 + 1, 2 ** 63, 1e21, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE)
const oddString = fc.constantFrom(
  '',
  ' ',
  '\t',
  'null',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x1f',
  '٣٠٠',
  '00000000000000000000000000000000000042',
  'x'.repeat(51),
  'x'.repeat(70_000),
  '\u0000',
  '\ud800',
  '\u202egpj.exe',
  'a\u200bb',
  '<script>alert(1)</script>',
  '"',
  '\\',
  '%',
  '%00',
  '../../etc/passwd',
  '🔑'.repeat(30),
  '__proto__',
  'constructor',
)
const anyText = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), oddString)
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: anyText },
  { weight: 2, arbitrary: oddNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
)
/** A field's value: mostly a good one, often anything at all. */
const field = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: good }, { weight: 2, arbitrary: anyValue })
// A lone surrogate cannot be percent-encoded (URIError): it goes as U+FFFD, as a URL parser would send it.
const segment = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udfff]/gu, '\ufffd'))
const idText = fc.oneof(fc.bigInt({ min: 1n, max: 2n ** 63n }).map(String), fc.constantFrom('0', '-1', '1.5', 'abc', '9'.repeat(40), ''))

// ---- bodies per endpoint

const keyBody = fc.record(
  {
    name: field(fc.string({ minLength: 1, maxLength: 60 })),
    enabled: field(fc.boolean()),
    tokenExpiryTimeInSec: field(fc.oneof(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }).map(String))),
    roleId: field(fc.constantFrom(...SEEDED_ROLES.map((role) => role.id), '999999999999999999')),
    isLocked: field(fc.boolean()),
    readOnly: field(fc.boolean()),
    id: field(idText),
    clientId: anyValue,
    customerId: field(idText),
    microtenantId: field(fc.constantFrom('0', ENGINEERING_MICROTENANT_ID)),
  },
  { requiredKeys: [] },
)
const signInBody = fc.record({ client_id: anyText, client_secret: anyText }, { requiredKeys: [] })
// Only quick 4xx faults that end soon: a 5xx would be the fuzz's own, a long delay would stall the run.
const faultBody = fc.record(
  {
    method: field(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE')),
    path: field(fc.constantFrom('**', '/mgmtconfig/**', '/portal/*', '*', '/__mock/**')),
    status: fc.oneof(fc.integer({ min: 400, max: 499 }), fc.constantFrom(-1, 600, 1e308, '503', null, 200)),
    delayMs: fc.constantFrom(0, -1, 60_001, 1e308, '10', null),
    times: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constantFrom(0, -1, 1.5, 1e12, '2')),
    retryAfter: field(fc.integer({ min: 0, max: 86_400 })),
  },
  { requiredKeys: ['times'] },
)
// Small tenants only: a large one without a size seeds 10,000 keys.
const tenantBody = fc.record(
  {
    preset: field(fc.constantFrom('default', 'empty', 'microtenant', 'large')),
    size: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(-1, 1.5, MAX_TENANT_SIZE + 1, 1e308, '10', null)),
  },
  { requiredKeys: ['size'] },
)
const clockBody = fc.record({ advanceSeconds: field(fc.integer({ min: 0, max: 3600 })) }, { requiredKeys: [] })
const settingsBody = fc.record({ serverRender: field(fc.boolean()), rateLimits: field(fc.boolean()) }, { requiredKeys: [] })
const preferencesBody = fc.record(
  {
    savedFilters: field(
      fc.array(fc.record({ id: field(fc.stringMatching(/^[\w-]{1,40}$/)), name: anyText, filters: field(fc.dictionary(anyText, anyText, { maxKeys: 4 })) }), {
        maxLength: 4,
      }),
    ),
    tableSettings: field(
      fc.record(
        {
          columnVisibility: field(fc.dictionary(anyText, fc.boolean(), { maxKeys: 4 })),
          columnOrder: field(fc.array(anyText, { maxLength: 4 })),
          columnSizing: field(fc.dictionary(anyText, field(fc.integer({ min: 0, max: 3000 })), { maxKeys: 4 })),
        },
        { requiredKeys: [] },
      ),
    ),
    pageSize: field(fc.constantFrom(20, 50, 100, 200, 500)),
  },
  { requiredKeys: [] },
)
const zccKeyBody = fc.record(
  {
    name: field(fc.stringMatching(/^[A-Za-z0-9]{1,50}$/)),
    enabled: field(fc.boolean()),
    role: field(fc.constantFrom('READ', 'WRITE')),
    tokenExpiryTimeInSec: field(fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4000 }).map(String))),
    id: field(idText),
    clientId: anyValue,
  },
  { requiredKeys: [] },
)
const zdxKeyBody = fc.record(
  {
    name: field(fc.string({ minLength: 1, maxLength: 60 })),
    roleId: field(fc.constantFrom(...ZDX_ROLES.map((role) => role.id), API_FULL_ACCESS_ROLE_ID, '999999999999999999')),
    id: field(idText),
    keySecret: anyValue,
    createdBy: field(anyText),
  },
  { requiredKeys: [] },
)
/** A token request: mostly for the ZDX key, a timestamp near now, a hash (often the right one); or anything at all. */
const zdxTokenBody = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: -2000, max: 2000 }), fc.boolean(), field(fc.stringMatching(/^[0-9a-f]{64}$/)), fc.boolean())
      .map(([offset, ownKey, otherHash, rightHash]) => {
        const timestamp = Math.floor(Date.now() / 1000) + offset
        const keySecret = rightHash ? zdxKeySecretHash(zdxKey.keySecret, timestamp) : otherHash
        return { key_id: ownKey ? zdxKey.id : '123456789012345678', key_secret: keySecret, timestamp }
      }),
  },
  { weight: 1, arbitrary: fc.record({ key_id: anyValue, key_secret: anyValue, timestamp: field(fc.integer()) }, { requiredKeys: [] }) },
)
const zccLoginBody = fc.record({ apiKey: anyText, secretKey: anyText }, { requiredKeys: [] })
const removeDevicesBody = fc.record(
  {
    udids: field(fc.array(anyText, { maxLength: 3 })),
    userName: field(anyText),
    osType: field(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('ios', 'android', 'windows', 'macos', 'linux', 'beos'))),
    clientConnectorVersion: field(fc.array(anyText, { maxLength: 3 })),
  },
  { requiredKeys: [] },
)
const timeZoneBody = fc.record({ timeZone: field(fc.constantFrom('UTC', 'Europe/Paris', 'Asia/Kolkata', 'Mars/Olympus', 'utc')) }, { requiredKeys: [] })

const graceSeconds = fc.integer({ min: 0, max: GRACE_PERIOD_MAX })
const rotateBody = fc.record({ gracePeriodInSec: field(fc.oneof(graceSeconds, graceSeconds.map(String))) }, { requiredKeys: [] })

const textOf = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''))

/** A value as the bytes sent: JSON, JSON cut short, a form, or anything; rarely past the 1 MiB limit. */
const encoded = (value: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 120, arbitrary: value.map((v) => JSON.stringify(v) ?? '') },
    { weight: 40, arbitrary: fc.tuple(value, fc.nat()).map(([v, cut]) => (JSON.stringify(v) ?? '').slice(0, cut % 40)) },
    { weight: 20, arbitrary: value.map((v) => (typeof v === 'object' && v !== null ? new URLSearchParams(Object.entries(v).map(([k, x]) => [k, textOf(x)])).toString() : textOf(v))) },
    { weight: 20, arbitrary: fc.oneof(fc.json(), anyText, fc.constant('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n')) },
    { weight: 20, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(`{"name":"${'x'.repeat(MAX_BODY_BYTES)}"}`) },
  )

// ---- where: every endpoint, and paths that are none

const customerIdArb = fc
  .oneof({ weight: 8, arbitrary: fc.constant('own') }, { weight: 1, arbitrary: fc.constant(DEFAULT_CUSTOMER_ID) }, { weight: 1, arbitrary: idText })
  .map((which) => (which === 'own' ? customerId : which))
const customer = customerIdArb.map((id) => customerBase(id))
const keyId = fc.oneof({ weight: 3, arbitrary: fc.nat().map((i) => keyIds[i % keyIds.length]) }, { weight: 1, arbitrary: idText }, { weight: 1, arbitrary: anyText.map(segment) })
const rotationCall = fc.constantFrom('rotateSecret', 'previousSecret')
const roleId = fc.oneof(fc.constantFrom(...SEEDED_ROLES.map((role) => role.id)), idText)

/** `query`: the parameters the endpoint reads, generated more often than others. */
type QueryKind = 'list' | 'devices' | undefined
/** `publicZcc`, `publicZdx`: ZCC's and ZDX's public APIs, called mostly with their own tokens. */
type Endpoint = { path: fc.Arbitrary<string>; body: fc.Arbitrary<string | undefined>; query: QueryKind; publicZcc?: boolean; publicZdx?: boolean }
const endpoint = (path: fc.Arbitrary<string>, body: fc.Arbitrary<unknown> = anyValue, query?: QueryKind): Endpoint => ({ path, body: encoded(body), query })
const endpoints: Endpoint[] = [
  endpoint(customer.map((base) => `${base}/apiKeys`), keyBody, 'list'),
  endpoint(fc.tuple(customer, keyId).map(([base, id]) => `${base}/apiKeys/${id}`), keyBody),
  endpoint(fc.tuple(customer, keyId, rotationCall).map(([base, id, call]) => `${base}/apiKeys/${id}/${call}`), rotateBody),
  endpoint(customer.map((base) => `${base}/roles`)),
  endpoint(fc.tuple(customer, roleId).map(([base, id]) => `${base}/roles/${id}`)),
  endpoint(fc.constant('/signin'), signInBody),
  endpoint(fc.constant('/signout')),
  endpoint(fc.constant('/portal/session')),
  endpoint(customerIdArb.map((id) => zccKeysPath(id)), zccKeyBody, 'list'),
  endpoint(fc.tuple(customerIdArb, keyId).map(([id, key]) => `${zccKeysPath(id)}/${key}`), zccKeyBody),
  endpoint(fc.tuple(customerIdArb, keyId, rotationCall).map(([id, key, call]) => `${zccKeysPath(id)}/${key}/${call}`), rotateBody),
  endpoint(fc.constant('/papi/auth/v1/login'), zccLoginBody),
  endpoint(customerIdArb.map((id) => zdxKeysPath(id)), zdxKeyBody, 'list'),
  endpoint(fc.tuple(customerIdArb, keyId).map(([id, key]) => `${zdxKeysPath(id)}/${key}`), zdxKeyBody),
  endpoint(fc.tuple(customerIdArb, keyId).map(([id, key]) => `${zdxKeysPath(id)}/${key}/secret`)),
  endpoint(customerIdArb.map((id) => `/zdx/v1/admin/customers/${id}/roles`)),
  endpoint(fc.constant('/v1/oauth/token'), zdxTokenBody),
  { ...endpoint(fc.constantFrom('/v1/oauth/validate', '/v1/oauth/jwks')), publicZdx: true },
  { ...endpoint(fc.constantFrom('/papi/public/v1/getDevices', '/papi/public/v1/getDeviceDetails'), anyValue, 'devices'), publicZcc: true },
  { ...endpoint(fc.constant('/papi/public/v1/removeDevices'), removeDevicesBody), publicZcc: true },
  endpoint(fc.oneof(fc.constantFrom('zpa-api-keys', 'zcc-api-keys', 'zdx-api-keys'), anyText.map(segment)).map((page) => `/portal/preferences/${page}`), preferencesBody),
  endpoint(fc.constant('/portal/time-zone'), timeZoneBody),
  endpoint(fc.constant('/__mock/faults'), faultBody),
  endpoint(fc.oneof(fc.uuid(), anyText.map(segment)).map((id) => `/__mock/faults/${id}`)),
  endpoint(fc.constant('/__mock/clock'), clockBody),
  endpoint(fc.constant('/__mock/reset')),
  endpoint(fc.constant('/__mock/settings'), settingsBody),
  endpoint(fc.constant('/__mock/tenants'), tenantBody),
  endpoint(fc.constant('/openapi.json')),
  endpoint(fc.oneof(fc.webPath(), fc.constantFrom('/', '//', '/mgmtconfig', '/mgmtconfig/v1/admin/customers', '/__mock', '/portal', '/signin/x', '/%2e%2e/'))),
]

const searchTerm = fc
  .tuple(
    field(fc.constantFrom('name', 'clientId', 'enabled', 'roleId', 'isLocked', 'readOnly', 'tokenExpiryTimeInSec', 'creationTime')),
    field(fc.constantFrom('EQ', 'NQ', 'NE', 'LIKE', 'CONTAINS', 'STARTSWITH', 'ENDSWITH', 'GT', 'LT', 'GE', 'LE', 'eq', 'AND')),
    fc.oneof(anyText, fc.constantFrom('true', 'false', '"quoted value"', '"open', '"esc\\"aped"', '9'.repeat(400), '-5', '3.5', '1744752949')),
  )
  .map((parts) => parts.map(textOf).join(' '))
const search = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.array(searchTerm, { minLength: 1, maxLength: 3 }), fc.constantFrom(' AND ', '+AND+', ' and '))
      .map(([terms, and]) => terms.join(and)),
  },
  { weight: 1, arbitrary: fc.oneof(anyText, fc.constantFrom('name+EQ+terraform-prod', 'name EQ "a\\\\"', 'AND AND')) },
)
const oddQueryValue = fc.oneof(fc.integer({ min: -5, max: 600 }).map(String), oddNumber.map(String), anyText)
/** A query parameter: mostly a good value, so that the rest of the query is reached too. */
const queryField = (good: fc.Arbitrary<string>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: oddQueryValue })
const listQuery = fc.record(
  {
    page: queryField(fc.integer({ min: 1, max: 4 }).map(String)),
    pagesize: queryField(fc.constantFrom('1', '20', '500')),
    pageSize: queryField(fc.constantFrom('1', '20', '500')),
    search: fc.oneof({ weight: 4, arbitrary: search }, { weight: 1, arbitrary: oddQueryValue }),
    sortBy: queryField(fc.constantFrom('name', 'clientId', 'enabled', 'tokenExpiryTimeInSec', 'creationTime', 'modifiedTime', 'roleId')),
    sortOrder: queryField(fc.constantFrom('ASC', 'DESC')),
    microtenantId: queryField(fc.constantFrom('0', ENGINEERING_MICROTENANT_ID)),
  },
  { requiredKeys: [] },
)
const devicesQuery = fc.record(
  {
    page: queryField(fc.integer({ min: 1, max: 3 }).map(String)),
    pageSize: queryField(fc.constantFrom('1', '50', '5000')),
    username: queryField(fc.constantFrom('user1@example.com', 'USER2@EXAMPLE.COM')),
    osType: queryField(fc.constantFrom('1', '3', 'ios', 'windows')),
    udid: queryField(fc.constantFrom('udid-0001', 'unknown')),
  },
  { requiredKeys: [] },
)
const queryOf = (kind: QueryKind) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    { weight: kind === 'list' ? 6 : 1, arbitrary: listQuery.map((query) => `?${new URLSearchParams(query)}`) },
    { weight: kind === 'devices' ? 6 : 1, arbitrary: devicesQuery.map((query) => `?${new URLSearchParams(query)}`) },
    { weight: 1, arbitrary: fc.webQueryParameters().map((query) => `?${query}`) },
    { weight: 1, arbitrary: fc.constantFrom('?microtenantId=', '?microtenantId=0&microtenantId=1', '?&&=&', '?%', '?page=1&page=2') },
  )

// ---- how: method, content type, credentials, origin

// TRACE, TRACK and CONNECT are refused by the Request constructor itself, before the server sees them.
const method = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE') },
  { weight: 1, arbitrary: fc.constantFrom('PATCH', 'HEAD', 'OPTIONS', 'PROPFIND', 'FOO') },
)
const headerText = fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((text) => text.replace(/[^\x20-\x7e]/g, ''))
const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  { weight: 2, arbitrary: fc.constant(undefined) },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/problem+json',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'multipart/form-data; boundary=x',
      'text/plain',
      'text/html',
      'application/xml',
      'application/octet-stream',
      '*/*',
      '',
      'application/json, text/plain',
      'application/jsonx',
    ),
  },
  { weight: 1, arbitrary: headerText },
)
const credentials = fc.oneof(
  { weight: 6, arbitrary: fc.constant('session') },
  { weight: 3, arbitrary: fc.constant('token') },
  {
    weight: 4,
    arbitrary: fc.constantFrom('none', 'staleSession', 'readOnlyToken', 'badToken', 'sessionAndToken', 'basic', 'zccToken', 'badZccToken', 'zdxToken'),
  },
)
const zccCredentials = fc.oneof({ weight: 6, arbitrary: fc.constant('zccToken') }, { weight: 2, arbitrary: credentials })
const zdxCredentials = fc.oneof({ weight: 6, arbitrary: fc.constant('zdxToken') }, { weight: 2, arbitrary: credentials })
const origin = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constant('http://localhost') },
  { weight: 2, arbitrary: fc.constantFrom('http://localhost:5174', 'null', 'https://evil.example', 'not a url') },
)

const fuzzRequest = fc.oneof(
  ...endpoints.map(({ path, body, query, publicZcc, publicZdx }) =>
    fc.record({
      method,
      path,
      query: queryOf(query),
      body,
      contentType,
      credentials: publicZcc ? zccCredentials : publicZdx ? zdxCredentials : credentials,
      origin,
    }),
  ),
)
type FuzzRequest = typeof fuzzRequest extends fc.Arbitrary<infer R> ? R : never

function headersOf({ contentType: type, credentials: who, origin: from }: FuzzRequest): Headers {
  const headers = new Headers()
  if (type !== undefined) headers.set('Content-Type', type)
  if (from !== undefined) headers.set('Origin', from)
  if (who === 'session' || who === 'sessionAndToken') headers.set('Cookie', admin.cookie ?? '')
  if (who === 'staleSession') headers.set('Cookie', 'zpa_session=ended-long-ago')
  if (who === 'token' || who === 'sessionAndToken') headers.set('Authorization', `Bearer ${tokens.full}`)
  if (who === 'readOnlyToken') headers.set('Authorization', `Bearer ${tokens.readOnly}`)
  if (who === 'badToken') headers.set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x')
  if (who === 'basic') headers.set('Authorization', 'Basic ZGVtbzpkZW1v')
  if (who === 'zccToken') headers.set('auth-token', tokens.zcc)
  if (who === 'badZccToken') headers.set('auth-token', 'eyJhbGciOiJIUzI1NiJ9.e30.x')
  if (who === 'zdxToken') headers.set('Authorization', `Bearer ${tokens.zdx}`)
  return headers
}

/** What is wrong with an answer, if anything. */
async function defectOf(response: Response, sentMethod: string): Promise<string | undefined> {
  const text = await response.text()
  if (response.status >= 500) return `answered ${response.status}: ${text}`
  if (response.status < 400 || sentMethod.toUpperCase() === 'HEAD') return undefined
  if (!(response.headers.get('Content-Type') ?? '').startsWith('application/json')) return `a ${response.status} that is not JSON: ${text}`
  try {
    const body = apiErrorBody.safeParse(JSON.parse(text))
    if (!body.success || body.data.reason.trim() === '') return `a ${response.status} that is not {id, reason}: ${text}`
  } catch {
    return `a ${response.status} whose JSON does not parse: ${text}`
  }
  return undefined
}

it(`answers ${RUNS} generated requests without a 5xx, every error as JSON {id, reason}, and still serves`, async () => {
  let sent = 0
  await fc.assert(
    fc.asyncProperty(fuzzRequest, async (request) => {
      if (sent % 50 === 0) await renewCallers()
      sent += 1
      const bodiless = ['GET', 'HEAD'].includes(request.method.toUpperCase())
      const url = request.path + request.query
      const response = await app.request(url, { method: request.method, headers: headersOf(request), body: bodiless ? undefined : request.body })
      const defect = await defectOf(response, request.method)
      if (defect !== undefined) throw new Error(`${request.method} ${url} ${defect}`)
    }),
    { numRuns: RUNS, seed, endOnFailure: true, verbose: fc.VerbosityLevel.Verbose },
  )
  expect(sent).toBeGreaterThanOrEqual(RUNS)

  // Still serving: a newcomer's first page, and the fuzzed tenant once reset.
  const newcomer = new TestClient(app)
  await newcomer.signIn()
  expect(apiKeyPage.parse(await jsonOf(await newcomer.request(`${customerBase()}/apiKeys`), 200)).list).toHaveLength(20)
  expect((await admin.request('/__mock/reset', { method: 'POST' })).status).toBe(204)
  expect(apiKeyPage.parse(await jsonOf(await admin.request(`${customerBase(customerId)}/apiKeys`), 200)).totalCount).toBe('37')
}, 120_000)
