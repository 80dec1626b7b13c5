/** The Client Connector page's management API (SPEC §4): /zcc/v1/admin/customers/{id}/apiKeys, portal session only. */
import type { Hono } from 'hono'
import { beforeEach, describe, expect, it } from 'vitest'
import { pagePreferences } from '../../src/contract/preferences'
import { createdZccApiKey, zccApiKey, zccApiKeyPage, type CreatedZccApiKey } from '../../src/contract/zcc-api-key'
import { API_FULL_ACCESS_ROLE_ID } from '../../src/contract/role'
import { DEFAULT_CUSTOMER_ID } from '../store/seed'
import { apiClientOf, customerBase, errorOf, expected, jsonOf, memoryApp, TestClient, zccKeysPath } from '../testing'

let app: Hono
let admin: TestClient
let customerId: string
let keys: string

beforeEach(async () => {
  ;({ app } = await memoryApp())
  admin = new TestClient(app)
  customerId = (await admin.newTenant()).customerId
  keys = zccKeysPath(customerId)
})

const list = async (query = '') => zccApiKeyPage.parse(await jsonOf(await admin.request(`${keys}${query}`), 200))

async function create(body: Record<string, unknown> = {}): Promise<CreatedZccApiKey> {
  const response = await admin.request(keys, { method: 'POST', json: { name: 'SandboxClient', role: 'WRITE', tokenExpiryTimeInSec: '600', ...body } })
  return createdZccApiKey.parse(await jsonOf(response, 201))
}

describe('GET …/apiKeys', () => {
  it('lists the 12 seeded keys in ZPA’s envelope, sorted by name, 20 a page by default', async () => {
    const page = await list()
    expect(page).toMatchObject({ totalCount: '12', totalPages: '1' })
    const names = page.list.map((key) => key.name)
    expect(names).toEqual(names.toSorted((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())))
    expect(new Set(page.list.map((key) => key.role))).toEqual(new Set(['READ', 'WRITE']))
    expect(page.list.filter((key) => !key.enabled).map((key) => key.name).toSorted()).toEqual(['KandjiSync', 'LegacyScripts'])
    for (const key of page.list) {
      expect(key.id).toMatch(/^\d{18}$/)
      expect(key).not.toHaveProperty('clientSecret')
      expect(key.customerId).toBe(customerId)
    }
  })

  it('pages with pagesize or pageSize; a page past the end is empty; bad sizes are 400', async () => {
    const first = await list('?pagesize=5')
    expect(first).toMatchObject({ totalCount: '12', totalPages: '3' })
    expect(first.list).toHaveLength(5)
    const third = await list('?pageSize=5&page=3')
    expect(third.list).toHaveLength(2)
    expect((await list('?pagesize=5&page=9')).list).toEqual([])
    for (const bad of ['pagesize=0', 'pagesize=501', 'page=0', 'pagesize=ten']) {
      expect(await errorOf(await admin.request(`${keys}?${bad}`))).toMatchObject(expected.invalid())
    }
  })

  it('sorts by each field either way, ties by name', async () => {
    const byCreation = (await list('?sortBy=creationTime&sortOrder=DESC')).list.map((key) => Number(key.creationTime))
    expect(byCreation).toEqual(byCreation.toSorted((a, b) => b - a))
    const byRole = (await list('?sortBy=role')).list.map((key) => key.role)
    expect(byRole).toEqual(byRole.toSorted())
    const byValidity = (await list('?sortBy=tokenExpiryTimeInSec&sortOrder=ASC')).list.map((key) => Number(key.tokenExpiryTimeInSec))
    expect(byValidity).toEqual(byValidity.toSorted((a, b) => a - b))
    const descending = (await list('?sortOrder=DESC')).list.map((key) => key.name)
    expect(descending).toEqual((await list()).list.map((key) => key.name).toReversed())
    expect(await errorOf(await admin.request(`${keys}?sortBy=roleId`))).toMatchObject(expected.invalid('sortBy'))
  })

  it('searches with SPEC §2’s grammar on name and the other shared fields; others are 400 filtering.input.invalid.operand', async () => {
    expect((await list('?search=name+LIKE+sync')).list.map((key) => key.name).toSorted()).toEqual(['IntuneSync', 'KandjiSync'])
    expect((await list(`?search=${encodeURIComponent('name EQ siemexport')}`)).list.map((key) => key.name)).toEqual(['SiemExport'])
    expect((await list('?search=enabled+EQ+false+AND+name+STARTSWITH+legacy')).list.map((key) => key.name)).toEqual(['LegacyScripts'])
    expect((await list('?search=tokenExpiryTimeInSec+GE+30')).totalCount).toBe('12')
    for (const bad of ['sync', 'roleId+EQ+28', 'isLocked+EQ+true', 'name+GT']) {
      expect(await errorOf(await admin.request(`${keys}?search=${bad}`))).toMatchObject(expected.invalidSearch)
    }
  })
})

describe('POST …/apiKeys', () => {
  it('creates a key: 201 with the one-time secret, then listed and read without it', async () => {
    const key = await create({ name: 'Jamf2', role: 'READ', tokenExpiryTimeInSec: 86_400, enabled: false })
    expect(key).toMatchObject({ name: 'Jamf2', role: 'READ', tokenExpiryTimeInSec: '86400', enabled: false, customerId })
    expect(key.clientSecret).toMatch(/^[A-Za-z0-9]{32}$/)
    expect(Buffer.from(key.clientId, 'base64').toString()).toMatch(new RegExp(`^${key.id}-[0-9a-f-]{36}$`))
    const read = await jsonOf(await admin.request(`${keys}/${key.id}`), 200)
    expect(read).toEqual(zccApiKey.parse(read))
    expect(read).not.toHaveProperty('clientSecret')
    expect((await list()).totalCount).toBe('13')
    expect(JSON.stringify(await list())).not.toContain(key.clientSecret)
  })

  it('defaults enabled to true', async () => {
    expect((await create()).enabled).toBe(true)
  })

  it.each([
    ['a name with spaces', { name: 'my key' }, 'name'],
    ['punctuation in the name', { name: 'siem-export' }, 'name'],
    ['a 51-character name', { name: 'a'.repeat(51) }, 'name'],
    ['an empty name', { name: '' }, 'name'],
    ['29 seconds', { tokenExpiryTimeInSec: 29 }, 'tokenExpiryTimeInSec'],
    ['1,000,000,000 seconds', { tokenExpiryTimeInSec: '1000000000' }, 'tokenExpiryTimeInSec'],
    ['a fraction of a second', { tokenExpiryTimeInSec: 90.5 }, 'tokenExpiryTimeInSec'],
    ['no role', { role: undefined }, 'role'],
    ['a role that is neither READ nor WRITE', { role: 'ADMIN' }, 'role'],
  ])('refuses %s: 400 naming the field, nothing created', async (_, body, field) => {
    const response = await admin.request(keys, { method: 'POST', json: { name: 'Valid1', role: 'READ', tokenExpiryTimeInSec: 60, ...body } })
    const error = await errorOf(response)
    expect(error).toMatchObject(expected.invalid(field))
    expect((await list()).totalCount).toBe('12')
  })

  it('accepts the bounds: 1 and 50 characters, 30 and 999,999,999 seconds', async () => {
    await create({ name: 'a', tokenExpiryTimeInSec: 30 })
    await create({ name: 'b'.repeat(50), tokenExpiryTimeInSec: 999_999_999 })
    expect((await list()).totalCount).toBe('14')
  })

  it('refuses a duplicate name, ignoring case: 409 resource.already.exists', async () => {
    await create({ name: 'Duplicate' })
    expect(await errorOf(await admin.request(keys, { method: 'POST', json: { name: 'DUPLICATE', role: 'READ', tokenExpiryTimeInSec: 60 } }))).toMatchObject(
      expected.duplicateName,
    )
    expect(await errorOf(await admin.request(keys, { method: 'POST', json: { name: 'intunesync', role: 'READ', tokenExpiryTimeInSec: 60 } }))).toMatchObject(
      expected.duplicateName,
    )
  })

  it('wants JSON: 415 otherwise', async () => {
    const response = await admin.request(keys, { method: 'POST', body: 'name=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(await errorOf(response)).toMatchObject(expected.notJson)
  })
})

describe('GET, PUT, DELETE …/apiKeys/{id}', () => {
  it('reads one key; an unknown or malformed id is 404', async () => {
    const key = await create()
    expect(zccApiKey.parse(await jsonOf(await admin.request(`${keys}/${key.id}`), 200)).name).toBe('SandboxClient')
    expect(await errorOf(await admin.request(`${keys}/123456789012345678`))).toMatchObject(expected.notFound)
    expect(await errorOf(await admin.request(`${keys}/abc`))).toMatchObject(expected.notFound)
  })

  it('changes only the fields a PUT names (204); server-owned fields are ignored', async () => {
    const key = await create()
    await admin.advanceClock(60)
    const put = await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { role: 'READ', id: '1', clientId: 'forged', creationTime: '0' } })
    expect(put.status).toBe(204)
    const after = zccApiKey.parse(await jsonOf(await admin.request(`${keys}/${key.id}`), 200))
    expect(after).toMatchObject({ id: key.id, clientId: key.clientId, name: key.name, role: 'READ', enabled: true, creationTime: key.creationTime })
    expect(Number(after.modifiedTime)).toBeGreaterThanOrEqual(Number(key.modifiedTime) + 60)
    const whole = await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { ...after, name: 'Renamed', enabled: false, tokenExpiryTimeInSec: '31' } })
    expect(whole.status).toBe(204)
    expect(await jsonOf(await admin.request(`${keys}/${key.id}`), 200)).toMatchObject({ name: 'Renamed', enabled: false, tokenExpiryTimeInSec: '31' })
  })

  it('checks a PUT as a create: 400 for a bad field, 409 for another key’s name, 404 for an unknown key', async () => {
    const key = await create()
    expect(await errorOf(await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { name: 'has space' } }))).toMatchObject(expected.invalid('name'))
    expect(await errorOf(await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { tokenExpiryTimeInSec: 29 } }))).toMatchObject(
      expected.invalid('tokenExpiryTimeInSec'),
    )
    expect(await errorOf(await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { name: 'JAMFCONNECTOR' } }))).toMatchObject(expected.duplicateName)
    expect((await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { name: 'sandboxclient' } })).status).toBe(204)
    expect(await errorOf(await admin.request(`${keys}/123456789012345678`, { method: 'PUT', json: { enabled: false } }))).toMatchObject(expected.notFound)
  })

  it('deletes a key (204); then it is 404 and gone from the list', async () => {
    const key = await create()
    expect((await admin.request(`${keys}/${key.id}`, { method: 'DELETE' })).status).toBe(204)
    expect(await errorOf(await admin.request(`${keys}/${key.id}`))).toMatchObject(expected.notFound)
    expect(await errorOf(await admin.request(`${keys}/${key.id}`, { method: 'DELETE' }))).toMatchObject(expected.notFound)
    expect((await list()).totalCount).toBe('12')
  })

  it('answers other methods 405 with Allow', async () => {
    const response = await admin.request(keys, { method: 'PATCH' })
    expect(await errorOf(response)).toMatchObject(expected.methodNotAllowed)
    expect(response.headers.get('Allow')).toBe('GET, POST')
  })
})

describe('who may call it', () => {
  it('needs the portal session: 401 access.denied without it', async () => {
    expect(await errorOf(await app.request(keys))).toMatchObject(expected.accessDenied)
    expect(await errorOf(await app.request(keys, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }))).toMatchObject(
      expected.accessDenied,
    )
  })

  it('refuses another customer’s keys: 401', async () => {
    expect(await errorOf(await admin.request(zccKeysPath(DEFAULT_CUSTOMER_ID)))).toMatchObject(expected.accessDenied)
  })

  it('is not usable with a ZPA bearer token', async () => {
    const zpaKey = await jsonOf(
      await admin.request(`${customerBase(customerId)}/apiKeys`, { method: 'POST', json: { name: 'zpa-client', tokenExpiryTimeInSec: 600, roleId: API_FULL_ACCESS_ROLE_ID } }),
      201,
    )
    const zpaClient = await apiClientOf(app, zpaKey as { clientId: string; clientSecret: string })
    expect(await errorOf(await zpaClient.request(keys))).toMatchObject(expected.accessDenied)
  })

  it('meets the tenant’s injected faults', async () => {
    await jsonOf(await admin.request('/__mock/faults', { method: 'POST', json: { path: '/zcc/**', status: 503, times: 1 } }), 201)
    const failed = await admin.request(keys)
    expect(await errorOf(failed)).toMatchObject(expected.unavailable)
    expect(failed.headers.get('Retry-After')).toBe('1')
    expect((await admin.request(keys)).status).toBe(200)
  })
})

describe('the page’s preferences', () => {
  it('keeps the zcc-api-keys page’s preferences under the Default microtenant (ZCC has none of its own)', async () => {
    const path = '/portal/preferences/zcc-api-keys'
    expect(pagePreferences.parse(await jsonOf(await admin.request(path), 200)).savedFilters).toEqual([])
    const saved = { savedFilters: [{ id: 'f1', name: 'Sync keys', filters: { name: 'sync' } }], pageSize: 50 }
    expect((await admin.request(path, { method: 'PUT', json: saved })).status).toBe(204)
    expect(await jsonOf(await admin.request(`${path}?microtenantId=0`), 200)).toMatchObject(saved)
    expect(await jsonOf(await admin.request('/portal/preferences/zpa-api-keys'), 200)).toMatchObject({ savedFilters: [] })
  })
})
