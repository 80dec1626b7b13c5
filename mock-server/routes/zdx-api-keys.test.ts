/** The Digital Experience page's management API (SPEC §4): /zdx/v1/admin/customers/{id}/apiKeys and /roles, portal session only. */
import type { Hono } from 'hono'
import { beforeEach, describe, expect, it } from 'vitest'
import { createdApiKey } from '../../src/contract/api-key'
import { pagePreferences } from '../../src/contract/preferences'
import { API_FULL_ACCESS_ROLE_ID } from '../../src/contract/role'
import { zdxApiKey, zdxApiKeyPage, zdxApiKeyWithSecret, zdxRoleList, type ZdxApiKeyWithSecret } from '../../src/contract/zdx-api-key'
import { DEFAULT_CUSTOMER_ID } from '../store/seed'
import { ZDX_READ_ONLY_ROLE_ID, ZDX_SUPER_ADMIN_ROLE_ID } from '../store/zdx-seed'
import { apiClientOf, customerBase, errorOf, expected, jsonOf, memoryApp, TestClient, zdxKeysPath } from '../testing'

let app: Hono
let admin: TestClient
let customerId: string
let keys: string

beforeEach(async () => {
  ;({ app } = await memoryApp())
  admin = new TestClient(app)
  customerId = (await admin.newTenant()).customerId
  keys = zdxKeysPath(customerId)
})

const list = async (query = '') => zdxApiKeyPage.parse(await jsonOf(await admin.request(`${keys}${query}`), 200))
const names = async (query = '') => (await list(query)).list.map((key) => key.name)

async function create(body: Record<string, unknown> = {}): Promise<ZdxApiKeyWithSecret> {
  const response = await admin.request(keys, { method: 'POST', json: { name: 'dashboards', roleId: ZDX_READ_ONLY_ROLE_ID, ...body } })
  expect(response.headers.get('Cache-Control')).toBe('no-store')
  return zdxApiKeyWithSecret.parse(await jsonOf(response, 201))
}

const view = async (id: string) => {
  const response = await admin.request(`${keys}/${id}/secret`)
  expect(response.headers.get('Cache-Control')).toBe('no-store')
  return zdxApiKeyWithSecret.parse(await jsonOf(response, 200))
}

describe('GET …/roles', () => {
  it('lists the ZDX admin roles for Select Role, Super Admin and the read-only Read Only Admin among them, with their key counts', async () => {
    const roles = zdxRoleList.parse(await jsonOf(await admin.request(`/zdx/v1/admin/customers/${customerId}/roles`), 200))
    expect(roles.map((role) => [role.name, role.readOnly])).toEqual([
      ['Super Admin', false],
      ['Read Only Admin', true],
      ['Help Desk Admin', false],
      ['Network Operations Admin', false],
    ])
    expect(roles.reduce((sum, role) => sum + Number(role.apiKeys), 0)).toBe(10)
    await create({ roleId: ZDX_SUPER_ADMIN_ROLE_ID })
    const after = zdxRoleList.parse(await jsonOf(await admin.request(`/zdx/v1/admin/customers/${customerId}/roles`), 200))
    expect(Number(after[0].apiKeys)).toBe(Number(roles[0].apiKeys) + 1)
  })
})

/** The demo customer's ZDX keys on a server. */
async function demoKeys(server: Hono) {
  const demo = new TestClient(server)
  await demo.signIn()
  return zdxApiKeyPage.parse(await jsonOf(await demo.request(zdxKeysPath()), 200))
}

describe('GET …/apiKeys', () => {
  it('lists the 10 seeded keys in ZPA’s envelope, sorted by name, never with a secret', async () => {
    const page = await list()
    expect(page).toMatchObject({ totalCount: '10', totalPages: '1' })
    expect(page.list.map((key) => key.name)).toEqual(page.list.map((key) => key.name).toSorted())
    expect(new Set(page.list.map((key) => key.roleName))).toEqual(new Set(['Super Admin', 'Read Only Admin', 'Help Desk Admin', 'Network Operations Admin']))
    expect(new Set(page.list.map((key) => key.createdBy)).size).toBeGreaterThan(1)
    for (const key of page.list) {
      expect(key.id).toMatch(/^\d{18}$/)
      expect(key.customerId).toBe(customerId)
      expect(Object.keys(key)).not.toContain('keySecret')
      expect(Number(key.modifiedTime)).toBeGreaterThanOrEqual(Number(key.creationTime))
    }
  })

  it('is the same on every server for the same customer (deterministic)', async () => {
    expect(await demoKeys((await memoryApp()).app)).toEqual(await demoKeys(app))
  })

  it('pages with pagesize or pageSize; a page past the end is empty; bad sizes are 400', async () => {
    expect(await list('?pagesize=4')).toMatchObject({ totalCount: '10', totalPages: '3' })
    expect((await list('?pageSize=4&page=3')).list).toHaveLength(2)
    expect((await list('?pagesize=4&page=9')).list).toEqual([])
    for (const bad of ['pagesize=0', 'pagesize=501', 'page=0', 'pageSize=x']) {
      expect(await errorOf(await admin.request(`${keys}?${bad}`))).toMatchObject(expected.invalid())
    }
  })

  it('sorts by each column either way, ties by name', async () => {
    const byRole = (await list('?sortBy=roleName')).list.map((key) => key.roleName.toLowerCase())
    expect(byRole).toEqual(byRole.toSorted())
    const byCreator = (await list('?sortBy=createdBy&sortOrder=DESC')).list.map((key) => key.createdBy.toLowerCase())
    expect(byCreator).toEqual(byCreator.toSorted().toReversed())
    const byUpdate = (await list('?sortBy=modifiedTime&sortOrder=DESC')).list.map((key) => Number(key.modifiedTime))
    expect(byUpdate).toEqual(byUpdate.toSorted((a, b) => b - a))
    const byId = (await list('?sortBy=id')).list.map((key) => BigInt(key.id))
    expect(byId).toEqual(byId.toSorted((a, b) => (a < b ? -1 : 1)))
    expect(await names('?sortOrder=DESC')).toEqual((await names()).toReversed())
    expect(await errorOf(await admin.request(`${keys}?sortBy=clientId`))).toMatchObject(expected.invalid('sortBy'))
  })

  it('searches by name (SPEC §2’s grammar, ignoring case), role and creation time; other fields are 400', async () => {
    expect(await names('?search=name+LIKE+DASHBOARDS')).toEqual(['grafana-dashboards'])
    expect(await names(`?search=${encodeURIComponent('name EQ powerbi-reports')}`)).toEqual(['powerbi-reports'])
    expect((await list(`?search=roleId+EQ+${ZDX_READ_ONLY_ROLE_ID}`)).list.every((key) => key.roleName === 'Read Only Admin')).toBe(true)
    expect((await list('?search=creationTime+GT+0+AND+name+STARTSWITH+s')).list.map((key) => key.name).toSorted()).toEqual([
      'servicenow-incidents',
      'splunk-zdx-metrics',
    ])
    for (const bad of ['dashboards', 'clientId+EQ+x', 'enabled+EQ+true', 'name+GT']) {
      expect(await errorOf(await admin.request(`${keys}?search=${bad}`))).toMatchObject(expected.invalidSearch)
    }
  })
})

describe('POST …/apiKeys', () => {
  it('creates a key (Name and role): 201 with its Key Secret once, created by the admin; listed and read without it', async () => {
    const key = await create({ name: '  noc-dashboards  ' })
    expect(key).toMatchObject({ name: 'noc-dashboards', roleId: ZDX_READ_ONLY_ROLE_ID, roleName: 'Read Only Admin', createdBy: 'demo-admin', customerId })
    expect(key.keySecret).toMatch(/^[A-Za-z0-9]{32}$/)
    expect(key.modifiedTime).toBe(key.creationTime)
    const read = await jsonOf(await admin.request(`${keys}/${key.id}`), 200)
    expect(read).toEqual(zdxApiKey.parse(read))
    expect(read).not.toHaveProperty('keySecret')
    const page = await list('?pagesize=500')
    expect(page.totalCount).toBe('11')
    expect(JSON.stringify(page)).not.toContain(key.keySecret)
  })

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a name of spaces', { name: '   ' }, 'name'],
    ['a 51-character name', { name: 'a'.repeat(51) }, 'name'],
    ['a control character', { name: 'a\u0007b' }, 'name'],
    ['an invisible character', { name: 'a\u200bb' }, 'name'],
    ['no role', { roleId: undefined }, 'roleId'],
    ['an unknown role', { roleId: '99999' }, 'roleId'],
    ['a ZPA role', { roleId: API_FULL_ACCESS_ROLE_ID }, 'roleId'],
    ['a role that is not an id', { roleId: 'Super Admin' }, 'roleId'],
  ])('refuses %s: 400 naming the field, nothing created', async (_, body, field) => {
    const response = await admin.request(keys, { method: 'POST', json: { name: 'valid-name', roleId: ZDX_SUPER_ADMIN_ROLE_ID, ...body } })
    expect(await errorOf(response)).toMatchObject(expected.invalid(field))
    expect((await list()).totalCount).toBe('10')
  })

  it('refuses a duplicate name, ignoring case and after NFC: 409 resource.already.exists', async () => {
    await create({ name: 'Café' })
    for (const name of ['CAFÉ', 'cafe\u0301', 'AUDIT-EXPORT']) {
      const response = await admin.request(keys, { method: 'POST', json: { name, roleId: ZDX_SUPER_ADMIN_ROLE_ID } })
      expect(await errorOf(response)).toMatchObject(expected.duplicateName)
    }
  })

  it('wants JSON: 415 otherwise', async () => {
    const response = await admin.request(keys, { method: 'POST', body: 'name=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(await errorOf(response)).toMatchObject(expected.notJson)
  })
})

describe('GET …/apiKeys/{id}/secret (View)', () => {
  it('shows the key with the same Key Secret as at creation, as often as asked', async () => {
    const key = await create()
    expect(await view(key.id)).toEqual(key)
    expect((await view(key.id)).keySecret).toBe(key.keySecret)
  })

  it('shows a seeded key’s secret too, the same each time and different for each key', async () => {
    const [first, second] = (await list()).list
    const seen = await view(first.id)
    expect(seen).toMatchObject(first)
    expect((await view(first.id)).keySecret).toBe(seen.keySecret)
    expect((await view(second.id)).keySecret).not.toBe(seen.keySecret)
  })

  it('is 404 for an unknown, deleted or malformed id, and 405 for other methods', async () => {
    const key = await create()
    expect((await admin.request(`${keys}/${key.id}`, { method: 'DELETE' })).status).toBe(204)
    for (const id of [key.id, '123456789012345678', 'abc']) expect(await errorOf(await admin.request(`${keys}/${id}/secret`))).toMatchObject(expected.notFound)
    const post = await admin.request(`${keys}/${key.id}/secret`, { method: 'POST', json: {} })
    expect(await errorOf(post)).toMatchObject(expected.methodNotAllowed)
    expect(post.headers.get('Allow')).toBe('GET')
  })
})

describe('GET, PUT, DELETE …/apiKeys/{id}', () => {
  it('reads one key; an unknown or malformed id is 404', async () => {
    const key = await create()
    expect(zdxApiKey.parse(await jsonOf(await admin.request(`${keys}/${key.id}`), 200)).name).toBe('dashboards')
    expect(await errorOf(await admin.request(`${keys}/123456789012345678`))).toMatchObject(expected.notFound)
    expect(await errorOf(await admin.request(`${keys}/abc`))).toMatchObject(expected.notFound)
  })

  it('changes the name or the role (204), each alone; the rest is the server’s and stays; the secret stays', async () => {
    const key = await create()
    await admin.advanceClock(60)
    const renamed = await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { name: 'renamed', createdBy: 'forged', keySecret: 'x'.repeat(32), id: '1' } })
    expect(renamed.status).toBe(204)
    let after = zdxApiKey.parse(await jsonOf(await admin.request(`${keys}/${key.id}`), 200))
    expect(after).toMatchObject({ id: key.id, name: 'renamed', roleId: key.roleId, createdBy: 'demo-admin', creationTime: key.creationTime })
    expect(Number(after.modifiedTime)).toBeGreaterThanOrEqual(Number(key.modifiedTime) + 60)
    expect((await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { roleId: ZDX_SUPER_ADMIN_ROLE_ID } })).status).toBe(204)
    after = zdxApiKey.parse(await jsonOf(await admin.request(`${keys}/${key.id}`), 200))
    expect(after).toMatchObject({ name: 'renamed', roleId: ZDX_SUPER_ADMIN_ROLE_ID, roleName: 'Super Admin' })
    expect((await view(key.id)).keySecret).toBe(key.keySecret)
  })

  it('changes nothing, modifiedTime included, for a body naming neither field', async () => {
    const key = await create()
    await admin.advanceClock(60)
    expect((await admin.request(`${keys}/${key.id}`, { method: 'PUT', json: { createdBy: 'x' } })).status).toBe(204)
    expect(await jsonOf(await admin.request(`${keys}/${key.id}`), 200)).toEqual(zdxApiKey.parse({ ...key, keySecret: undefined }))
  })

  it('checks a PUT as a create: 400 for a bad field, 409 for another key’s name, 404 for an unknown key', async () => {
    const key = await create()
    const put = (body: unknown, id = key.id) => admin.request(`${keys}/${id}`, { method: 'PUT', json: body })
    expect(await errorOf(await put({ name: '' }))).toMatchObject(expected.invalid('name'))
    expect(await errorOf(await put({ roleId: '99999' }))).toMatchObject(expected.invalid('roleId'))
    expect(await errorOf(await put({ name: 'Terraform-ZDX' }))).toMatchObject(expected.duplicateName)
    expect((await put({ name: 'DASHBOARDS' })).status).toBe(204)
    expect(await errorOf(await put({ name: 'x' }, '123456789012345678'))).toMatchObject(expected.notFound)
    expect(await errorOf(await admin.request(`${keys}/${key.id}`, { method: 'PUT', body: 'x', headers: { 'Content-Type': 'text/plain' } }))).toMatchObject(
      expected.notJson,
    )
  })

  it('deletes a key (204); then it is 404 and gone from the list', async () => {
    const key = await create()
    expect((await admin.request(`${keys}/${key.id}`, { method: 'DELETE' })).status).toBe(204)
    expect(await errorOf(await admin.request(`${keys}/${key.id}`))).toMatchObject(expected.notFound)
    expect(await errorOf(await admin.request(`${keys}/${key.id}`, { method: 'DELETE' }))).toMatchObject(expected.notFound)
    expect((await list()).totalCount).toBe('10')
  })

  it('answers other methods 405 with Allow', async () => {
    const response = await admin.request(keys, { method: 'PATCH' })
    expect(await errorOf(response)).toMatchObject(expected.methodNotAllowed)
    expect(response.headers.get('Allow')).toBe('GET, POST')
    expect((await admin.request(`${keys}/1`, { method: 'PATCH' })).headers.get('Allow')).toBe('GET, PUT, DELETE')
  })
})

describe('who may call it', () => {
  it('needs the portal session: 401 access.denied without it, the secret endpoint included', async () => {
    const key = await create()
    for (const path of [keys, `${keys}/${key.id}`, `${keys}/${key.id}/secret`, `/zdx/v1/admin/customers/${customerId}/roles`]) {
      expect(await errorOf(await app.request(path))).toMatchObject(expected.accessDenied)
    }
  })

  it('refuses another customer’s keys: 401', async () => {
    expect(await errorOf(await admin.request(zdxKeysPath(DEFAULT_CUSTOMER_ID)))).toMatchObject(expected.accessDenied)
  })

  it('is not usable with a ZPA bearer token', async () => {
    const zpaKey = createdApiKey.parse(
      await jsonOf(
        await admin.request(`${customerBase(customerId)}/apiKeys`, { method: 'POST', json: { name: 'zpa-client', tokenExpiryTimeInSec: 600, roleId: API_FULL_ACCESS_ROLE_ID } }),
        201,
      ),
    )
    const zpaClient = await apiClientOf(app, zpaKey)
    expect(await errorOf(await zpaClient.request(keys))).toMatchObject(expected.accessDenied)
  })

  it('meets the tenant’s injected faults', async () => {
    await jsonOf(await admin.request('/__mock/faults', { method: 'POST', json: { path: '/zdx/**', status: 503, times: 1 } }), 201)
    expect(await errorOf(await admin.request(keys))).toMatchObject(expected.unavailable)
    expect((await admin.request(keys)).status).toBe(200)
  })
})

describe('tenants', () => {
  it('a reset puts the keys back to the seed', async () => {
    const key = await create()
    const [seeded] = (await list()).list
    expect((await admin.request(`${keys}/${seeded.id}`, { method: 'DELETE' })).status).toBe(204)
    expect((await admin.request('/__mock/reset', { method: 'POST' })).status).toBe(204)
    expect(await names()).not.toContain(key.name)
    expect((await list()).list[0]).toEqual(seeded)
  })

  it('the empty preset has no ZDX keys, but its roles', async () => {
    const empty = new TestClient(app)
    const emptyCustomer = (await empty.newTenant({ preset: 'empty' })).customerId
    expect(await jsonOf(await empty.request(zdxKeysPath(emptyCustomer)), 200)).toEqual({ totalPages: '0', totalCount: '0', list: [] })
    expect(zdxRoleList.parse(await jsonOf(await empty.request(`/zdx/v1/admin/customers/${emptyCustomer}/roles`), 200))).toHaveLength(4)
  })

  it('the demo customer has its ZDX keys too', async () => {
    const demo = new TestClient(app)
    const session = await demo.signIn()
    expect(await jsonOf(await demo.request(zdxKeysPath(session.customerId)), 200)).toMatchObject({ totalCount: '10' })
  })

  it('keeps the zdx-api-keys page’s preferences under the Default microtenant', async () => {
    const path = '/portal/preferences/zdx-api-keys'
    expect(pagePreferences.parse(await jsonOf(await admin.request(path), 200)).savedFilters).toEqual([])
    const saved = { savedFilters: [{ id: 'f1', name: 'Dashboards', filters: { name: 'dash' } }], pageSize: 50 }
    expect((await admin.request(path, { method: 'PUT', json: saved })).status).toBe(204)
    expect(await jsonOf(await admin.request(`${path}?microtenantId=0`), 200)).toMatchObject(saved)
    expect(await jsonOf(await admin.request('/portal/preferences/zcc-api-keys'), 200)).toMatchObject({ savedFilters: [] })
  })
})
