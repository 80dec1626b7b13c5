import { beforeEach, describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { apiKey, apiKeyPage, createdApiKey, type ApiKey } from '../../src/contract/api-key'
import { API_FULL_ACCESS_ROLE_ID, roleList } from '../../src/contract/role'
import { DEMO_ADMIN, ENGINEERING_MICROTENANT_ID } from '../store/seed'
import { customerBase, errorOf, expected, jsonOf, memoryApp, TestClient } from '../testing'

const keys = `${customerBase()}/apiKeys`
let client: TestClient

beforeEach(async () => {
  client = new TestClient((await memoryApp()).app)
  await client.signIn()
})

async function list(query: Record<string, string> = {}) {
  const raw = (await jsonOf(await client.request(`${keys}?${new URLSearchParams(query)}`), 200)) as Record<string, unknown>
  return { raw, page: apiKeyPage.parse(raw), text: JSON.stringify(raw) }
}

async function listAll(query: Record<string, string> = {}): Promise<ApiKey[]> {
  return (await list({ pagesize: '500', ...query })).page.list
}

async function create(body: Record<string, unknown>, query = '') {
  return client.request(`${keys}${query}`, { method: 'POST', json: body })
}

/** The error answer to a create with this body. */
const createError = async (body: Record<string, unknown>) => errorOf(await create(body))

async function createOk(body: Record<string, unknown> = {}, query = '') {
  const response = await create({ name: 'new-key', tokenExpiryTimeInSec: '900', roleId: API_FULL_ACCESS_ROLE_ID, ...body }, query)
  return createdApiKey.parse(await jsonOf(response, 201))
}

async function keyNamed(name: string): Promise<ApiKey> {
  const [key] = await listAll({ search: `name EQ "${name}"` })
  if (!key) throw new Error(`no key named ${name}`)
  return key
}

const expiry = (key: ApiKey) => Number(key.tokenExpiryTimeInSec)
const put = (id: string, body: unknown, query = '') => client.request(`${keys}/${id}${query}`, { method: 'PUT', json: body })

const editable = (key: ApiKey) => ({ ...key })

describe('GET /apiKeys', () => {
  it('answers the first 20 of 37 seeded keys in an envelope whose counts are strings', async () => {
    const { raw, page } = await list()
    expect(raw.totalPages).toBe('2')
    expect(raw.totalCount).toBe('37')
    expect(page.list).toHaveLength(20)
    for (const key of page.list) expect(Object.keys(key)).not.toContain('clientSecret')
  })

  it('orders by name, ignoring case, by default', async () => {
    const names = (await listAll()).map((key) => key.name.toLowerCase())
    expect(names).toEqual(names.toSorted())
  })

  it('accepts page sizes from 1 to 500, and pageSize as well as pagesize', async () => {
    expect((await list({ pagesize: '500' })).page).toMatchObject({ totalPages: '1', totalCount: '37' })
    expect((await list({ pagesize: '500' })).page.list).toHaveLength(37)
    const camel = await list({ pageSize: '10' })
    expect(camel.page.list).toHaveLength(10)
    expect(camel.page.totalPages).toBe('4')
    expect((await list({ pagesize: '1' })).page.list).toHaveLength(1)
  })

  it.each(['0', '501', 'abc', '', '2.5'])('rejects pagesize=%j with 400 naming the parameter', async (size) => {
    expect(await errorOf(await client.request(`${keys}?pagesize=${size}`))).toMatchObject(expected.invalid('pagesize'))
  })

  it('rejects page=0 and a non-numeric page', async () => {
    expect(await errorOf(await client.request(`${keys}?page=0`))).toMatchObject(expected.invalid('page'))
    expect(await errorOf(await client.request(`${keys}?page=two`))).toMatchObject(expected.invalid('page'))
  })

  it('pages: page 2 holds the remaining 17, a page past the end is an empty list', async () => {
    const first = (await list({ page: '1' })).page.list
    const second = (await list({ page: '2' })).page.list
    expect(second).toHaveLength(17)
    expect(new Set([...first, ...second].map((key) => key.id)).size).toBe(37)
    const beyond = await list({ page: '3' })
    expect(beyond.page).toEqual({ totalPages: '2', totalCount: '37', list: [] })
    expect((await list({ page: '999999' })).page.list).toEqual([])
  })

  describe('search', () => {
    it('EQ and NQ compare names ignoring case', async () => {
      const found = await listAll({ search: 'name EQ TERRAFORM-PROD' })
      expect(found.map((key) => key.name)).toEqual(['terraform-prod'])
      const others = await listAll({ search: 'name NQ Terraform-Prod' })
      expect(others).toHaveLength(36)
      expect(others.map((key) => key.name)).not.toContain('terraform-prod')
    })

    it('LIKE is a case-insensitive contains', async () => {
      const found = await listAll({ search: 'name LIKE TERRA' })
      expect(found.map((key) => key.name).toSorted()).toEqual(['dev-terraform', 'terraform-prod', 'terraform-staging'])
      const byClientId = await listAll({ search: `clientId LIKE ${found[0].clientId.slice(10, 30).toLowerCase()}` })
      expect(byClientId.map((key) => key.id)).toEqual([found[0].id])
    })

    it('GT, LT, GE and LE compare numbers', async () => {
      const all = await listAll()
      const check = async (op: string, value: number, holds: (n: number) => boolean) => {
        const found = await listAll({ search: `tokenExpiryTimeInSec ${op} ${value}` })
        expect(found.map((key) => key.id)).toEqual(all.filter((key) => holds(expiry(key))).map((key) => key.id))
        expect(found.length).toBeGreaterThan(0)
        expect(found.length).toBeLessThan(all.length)
      }
      await check('GT', 900, (n) => n > 900)
      await check('LT', 900, (n) => n < 900)
      await check('GE', 900, (n) => n >= 900)
      await check('LE', 900, (n) => n <= 900)
      const middle = all.map((key) => key.creationTime).toSorted()[18]
      const recent = await listAll({ search: `creationTime GE ${middle}` })
      expect(recent).toHaveLength(all.filter((key) => key.creationTime >= middle).length)
    })

    it('filters flags and roles', async () => {
      const all = await listAll()
      const disabled = await listAll({ search: 'enabled EQ false' })
      expect(disabled.length).toBeGreaterThan(0)
      expect(disabled).toHaveLength(all.filter((key) => !key.enabled).length)
      expect((await listAll({ search: 'isLocked EQ true' })).length).toBeGreaterThanOrEqual(2)
      expect((await listAll({ search: 'readOnly EQ true' })).every((key) => key.readOnly)).toBe(true)
      expect((await listAll({ search: 'readOnly EQ true' })).length).toBeGreaterThanOrEqual(2)
      const fullAccess = await listAll({ search: `roleId EQ ${API_FULL_ACCESS_ROLE_ID}` })
      expect(fullAccess.length).toBeGreaterThan(0)
      expect(fullAccess).toHaveLength(all.filter((key) => key.roleId === API_FULL_ACCESS_ROLE_ID).length)
    })

    it('joins terms with AND, with spaces or + between the parts', async () => {
      const like = await listAll({ search: 'name LIKE terraform' })
      const both = like.filter((key) => key.enabled).map((key) => key.id)
      expect(both.length).toBeGreaterThan(0)
      expect(both.length).toBeLessThan(like.length)
      const spaced = await listAll({ search: 'name LIKE terraform AND enabled EQ true' })
      const plussed = await listAll({ search: 'name+LIKE+terraform+AND+enabled+EQ+true' })
      expect(spaced.map((key) => key.id)).toEqual(both)
      expect(plussed.map((key) => key.id)).toEqual(both)
      // A literal + in the URL is a space by the time it is parsed: the same search.
      const response = await client.request(`${keys}?pagesize=500&search=name+LIKE+terraform+AND+enabled+EQ+true`)
      expect(apiKeyPage.parse(await response.json()).list.map((key) => key.id)).toEqual(both)
    })

    it.each(['terraform', 'name LIKE', 'name LIKE x AND', 'colour EQ red', 'name GT a', 'enabled EQ maybe', 'name EQ "open'])(
      'rejects %j with 400 filtering.input.invalid.operand',
      async (search) => {
        expect(await errorOf(await client.request(`${keys}?${new URLSearchParams({ search })}`))).toMatchObject(expected.invalidSearch)
      },
    )
  })

  describe('sorting', () => {
    it('sorts by a field both ways, ties by name', async () => {
      const ascending = await listAll({ sortBy: 'tokenExpiryTimeInSec', sortOrder: 'ASC' })
      const descending = await listAll({ sortBy: 'tokenExpiryTimeInSec', sortOrder: 'DESC' })
      expect(ascending.map(expiry)).toEqual(ascending.map(expiry).toSorted((a, b) => a - b))
      expect(descending.map(expiry)).toEqual(ascending.map(expiry).toReversed())
      const sameExpiry = ascending.filter((key) => key.tokenExpiryTimeInSec === '3600').map((key) => key.name.toLowerCase())
      expect(sameExpiry).toEqual(sameExpiry.toSorted())
    })

    it('sorts by name descending and by creation time', async () => {
      const names = (await listAll({ sortBy: 'name', sortOrder: 'DESC' })).map((key) => key.name.toLowerCase())
      expect(names).toEqual(names.toSorted().toReversed())
      const times = (await listAll({ sortBy: 'creationTime', sortOrder: 'DESC' })).map((key) => key.creationTime)
      expect(times).toEqual(times.toSorted().toReversed())
    })

    it('sorts roleId by the role name, as the Role column shows it', async () => {
      const response = await client.request(`${customerBase()}/roles`)
      const roleNames = new Map(roleList.parse(await response.json()).map((role) => [role.id, role.name.toLowerCase()]))
      const sorted = await listAll({ sortBy: 'roleId' })
      const shown = sorted.map((key) => roleNames.get(key.roleId)!)
      expect(shown).toEqual(shown.toSorted())
      const descending = (await listAll({ sortBy: 'roleId', sortOrder: 'DESC' })).map((key) => roleNames.get(key.roleId)!)
      expect(descending).toEqual(shown.toSorted().toReversed())
    })

    it('rejects an unknown sortBy or sortOrder', async () => {
      expect(await errorOf(await client.request(`${keys}?sortBy=secret`))).toMatchObject(expected.invalid('sortBy'))
      expect(await errorOf(await client.request(`${keys}?sortOrder=UP`))).toMatchObject(expected.invalid('sortOrder'))
    })
  })

  describe('microtenants', () => {
    it('lists only the keys of the requested microtenant', async () => {
      const engineering = await listAll({ microtenantId: ENGINEERING_MICROTENANT_ID })
      expect(engineering).toHaveLength(6)
      for (const key of engineering) {
        expect(key).toMatchObject({ microtenantId: ENGINEERING_MICROTENANT_ID, microtenantName: 'Engineering' })
      }
      for (const key of await listAll()) expect(key).toMatchObject({ microtenantId: '0', microtenantName: 'Default' })
      expect((await listAll({ microtenantId: '0' })).length).toBe(37)
    })

    it('rejects an unknown or malformed microtenantId', async () => {
      const unknown = await client.request(`${keys}?microtenantId=123456789012345678`)
      expect(await errorOf(unknown)).toMatchObject(expected.invalid('microtenantId'))
      expect(await errorOf(await client.request(`${keys}?microtenantId=eng`))).toMatchObject(expected.invalid('microtenantId'))
    })
  })
})

describe('POST /apiKeys', () => {
  it('creates a key: 201 with a secret of 32 letters and digits, exact string ids and times', async () => {
    const before = Math.floor(Date.now() / 1000)
    const response = await create({ name: 'splunk-forwarder', tokenExpiryTimeInSec: 1800, roleId: API_FULL_ACCESS_ROLE_ID })
    expect(response.status).toBe(201)
    const created = createdApiKey.parse(await response.json())
    expect(created.clientSecret).toMatch(/^[A-Za-z0-9]{32}$/)
    expect(created).toMatchObject({
      name: 'splunk-forwarder',
      enabled: true,
      tokenExpiryTimeInSec: '1800',
      roleId: API_FULL_ACCESS_ROLE_ID,
      isLocked: false,
      readOnly: false,
      customerId: '216196257331281920',
      microtenantId: '0',
      microtenantName: 'Default',
      modifiedBy: DEMO_ADMIN.id,
    })
    expect(created.id).toMatch(/^[1-9]\d{17}$/)
    // A JS number would corrupt the id: it only survives as the string.
    expect(String(Number(created.id))).not.toBe(created.id)
    expect(Number(created.creationTime)).toBeGreaterThanOrEqual(before)
    expect(created.modifiedTime).toBe(created.creationTime)
    expect(created.clientId).toHaveLength(76)
    expect(created.clientId.endsWith('==')).toBe(true)
    expect(Buffer.from(created.clientId, 'base64').toString()).toMatch(
      new RegExp(`^${created.id}-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`),
    )
  })

  it('never shows the secret again: GET and the list leave it out', async () => {
    const created = await createOk({ name: 'okta-push' })
    const fetched = await client.request(`${keys}/${created.id}`)
    const text = await fetched.text()
    expect(fetched.status).toBe(200)
    expect(text).not.toContain('clientSecret')
    expect(text).not.toContain(JSON.stringify(created.clientSecret).slice(1, -1))
    const { clientSecret: _secret, ...withoutSecret } = created
    expect(z.strictObject(apiKey.shape).parse(JSON.parse(text))).toEqual(withoutSecret)
    const listed = await list({ search: 'name EQ okta-push' })
    expect(listed.text).not.toContain('clientSecret')
    expect(listed.page.list.map((key) => key.id)).toEqual([created.id])
  })

  it('keeps the created id as the identical string through GET', async () => {
    const created = await createOk()
    const fetched = apiKey.parse(await (await client.request(`${keys}/${created.id}`)).json())
    expect(fetched.id).toBe(created.id)
    expect(fetched.customerId).toBe('216196257331281920')
  })

  it('trims the name and honours enabled: false', async () => {
    const created = await createOk({ name: '  padded-name  ', enabled: false })
    expect(created).toMatchObject({ name: 'padded-name', enabled: false })
  })

  it('refuses a duplicate name in another case (after trimming) with 409', async () => {
    expect(await createError({ name: ' TERRAFORM-Prod ', tokenExpiryTimeInSec: 3600, roleId: '28' })).toMatchObject(expected.duplicateName)
    expect(await listAll()).toHaveLength(37)
  })

  it('refuses a name that is another key’s once normalised (NFC) with 409, on create and on rename', async () => {
    const composed = await createOk({ name: 'caf\u00e9-reports' })
    expect(await createError({ name: 'CAFE\u0301-reports', tokenExpiryTimeInSec: 3600, roleId: '28' })).toMatchObject(expected.duplicateName)
    const other = await keyNamed('siem-export')
    expect(await errorOf(await put(other.id, { ...editable(other), name: 'cafe\u0301-reports' }))).toMatchObject(expected.duplicateName)
    expect((await listAll()).filter((key) => key.name.normalize('NFC').toLowerCase() === 'caf\u00e9-reports').map((key) => key.id)).toEqual([composed.id])
  })

  it('allows the same name in another microtenant', async () => {
    const created = await createOk({ name: 'terraform-prod' }, `?microtenantId=${ENGINEERING_MICROTENANT_ID}`)
    expect(created).toMatchObject({ microtenantId: ENGINEERING_MICROTENANT_ID, microtenantName: 'Engineering' })
    expect(await listAll({ microtenantId: ENGINEERING_MICROTENANT_ID })).toHaveLength(7)
    expect(await listAll()).toHaveLength(37)
  })

  it('rejects bad fields with 400 naming them and quoting the schema', async () => {
    const body = await errorOf(await create({ name: '', tokenExpiryTimeInSec: 29, roleId: API_FULL_ACCESS_ROLE_ID }))
    expect(body).toMatchObject(expected.invalid('name', 'tokenExpiryTimeInSec'))
    expect(body.reason).toContain('Name is required')
    expect(body.reason).toContain('Must be at least 30 seconds')
    const interval = expected.invalid('tokenExpiryTimeInSec')
    expect(await createError({ name: 'x', tokenExpiryTimeInSec: '3601', roleId: '28' })).toMatchObject(interval)
    expect(await createError({ name: 'x', tokenExpiryTimeInSec: 'soon', roleId: '28' })).toMatchObject(interval)
    expect(await createError({ name: 'x'.repeat(51), tokenExpiryTimeInSec: 60, roleId: '28' })).toMatchObject(expected.invalid('name'))
    expect(await createError({ name: 'tab\there', tokenExpiryTimeInSec: 60, roleId: '28' })).toMatchObject(expected.invalid('name'))
    expect(await createError({ name: 'x', tokenExpiryTimeInSec: 60 })).toMatchObject(expected.invalid('roleId'))
    expect(await createError({ name: 'x', tokenExpiryTimeInSec: 60, roleId: 28 })).toMatchObject(expected.invalid('roleId'))
  })

  it('refuses names with invisible or direction-changing characters, lone surrogates included', async () => {
    // JSON.stringify sends a lone surrogate as an escape (`\ud83d`), as any JSON client must.
    for (const name of ['terra\u200bform-prod', 'invoice-\u202egpj.exe', 'siem\u2066-export', 'siem-\ud83d']) {
      const body = await createError({ name, tokenExpiryTimeInSec: 60, roleId: API_FULL_ACCESS_ROLE_ID })
      expect(body).toMatchObject(expected.invalid('name'))
      expect(body.reason).toContain('Name cannot contain invisible or direction-changing characters')
    }
    const key = await keyNamed('siem-export')
    expect(await errorOf(await put(key.id, { ...editable(key), name: 'siem\u200d-export' }))).toMatchObject(expected.invalid('name'))
    expect((await createOk({ name: 'siem-export-🔑' })).name).toBe('siem-export-🔑')
  })

  it('rejects a role the customer does not have', async () => {
    const body = { name: 'x', tokenExpiryTimeInSec: 60, roleId: '999999999999999999' }
    expect(await createError(body)).toMatchObject(expected.invalid('roleId'))
  })

  it('answers 415 to a body that is not JSON, and 400 to JSON that is not an object', async () => {
    const post = (body: string, type: string) => client.request(keys, { method: 'POST', body, headers: { 'Content-Type': type } })
    const json = JSON.stringify({ name: 'x', tokenExpiryTimeInSec: 60, roleId: '28' })
    // With the session cookie, a body a cross-site form could send is refused before it is read (security.test.ts).
    expect(await errorOf(await post(json, 'text/plain'))).toMatchObject(expected.notJson)
    expect(await errorOf(await post('name=x', 'application/x-www-form-urlencoded'))).toMatchObject(expected.notJson)
    expect(await errorOf(await post('{"name":', 'application/json'))).toMatchObject(expected.notJson)
    expect(await errorOf(await client.request(keys, { method: 'POST' }))).toMatchObject(expected.notJson)
    expect(await errorOf(await post('[]', 'application/json'))).toMatchObject(expected.invalid())
    expect((await post(json, 'application/json; charset=utf-8')).status).toBe(201)
  })
})

describe('GET /apiKeys/{id}', () => {
  it('answers 404 for an unknown id, a non-decimal id and a key of another microtenant', async () => {
    expect(await errorOf(await client.request(`${keys}/123456789012345678`))).toMatchObject(expected.notFound)
    expect(await errorOf(await client.request(`${keys}/abc`))).toMatchObject(expected.notFound)
    expect(await errorOf(await client.request(`${keys}/0123`))).toMatchObject(expected.notFound)
    const engineeringKey = (await listAll({ microtenantId: ENGINEERING_MICROTENANT_ID }))[0]
    expect(await errorOf(await client.request(`${keys}/${engineeringKey.id}`))).toMatchObject(expected.notFound)
    const fetched = await client.request(`${keys}/${engineeringKey.id}?microtenantId=${ENGINEERING_MICROTENANT_ID}`)
    expect(apiKey.parse(await fetched.json())).toEqual(engineeringKey)
  })
})

describe('PUT /apiKeys/{id}', () => {
  it('replaces the editable fields: 204 without a body; server-owned fields are ignored', async () => {
    const key = await keyNamed('ci-pipeline')
    const response = await put(key.id, {
      ...editable(key),
      name: 'ci-pipeline-v2',
      enabled: !key.enabled,
      tokenExpiryTimeInSec: '120',
      roleId: API_FULL_ACCESS_ROLE_ID,
      id: '111111111111111111',
      clientId: 'forged',
      creationTime: '1',
      customerId: '999999999999999999',
      microtenantId: ENGINEERING_MICROTENANT_ID,
      readOnly: true,
      zscalerManaged: true,
      objectType: 'CLIENT_CREDENTIAL',
      action: 'update',
    })
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    const updated = apiKey.parse(await (await client.request(`${keys}/${key.id}`)).json())
    expect(updated).toEqual({
      ...key,
      name: 'ci-pipeline-v2',
      enabled: !key.enabled,
      tokenExpiryTimeInSec: '120',
      roleId: API_FULL_ACCESS_ROLE_ID,
      modifiedTime: updated.modifiedTime,
    })
    expect(Number(updated.modifiedTime)).toBeGreaterThan(Number(key.modifiedTime))
  })

  it('unlocks with isLocked: false and refuses isLocked: true', async () => {
    const locked = (await listAll({ search: 'isLocked EQ true AND readOnly EQ false' }))[0]
    expect(await errorOf(await put(locked.id, { ...editable(locked), isLocked: true }))).toMatchObject(expected.invalid('isLocked'))
    expect(apiKey.parse(await (await client.request(`${keys}/${locked.id}`)).json()).isLocked).toBe(true)
    expect((await put(locked.id, { ...editable(locked), isLocked: false })).status).toBe(204)
    expect(apiKey.parse(await (await client.request(`${keys}/${locked.id}`)).json()).isLocked).toBe(false)
  })

  it('refuses to change a read-only key with 403', async () => {
    const readOnly = (await listAll({ search: 'readOnly EQ true' }))[0]
    expect(await errorOf(await put(readOnly.id, { ...editable(readOnly), name: 'renamed' }))).toMatchObject(expected.forbidden)
  })

  it('refuses another key name in another case with 409, allows its own name in another case', async () => {
    const key = await keyNamed('siem-export')
    expect(await errorOf(await put(key.id, { ...editable(key), name: 'Splunk-Ingest' }))).toMatchObject(expected.duplicateName)
    expect((await put(key.id, { ...editable(key), name: 'SIEM-Export' })).status).toBe(204)
  })

  it('answers 404, 415 and 400 like create', async () => {
    const key = await keyNamed('siem-export')
    expect(await errorOf(await put('123456789012345678', editable(key)))).toMatchObject(expected.notFound)
    const brokenJson = { method: 'PUT', body: '{"enabled":', headers: { 'Content-Type': 'application/json' } }
    expect(await errorOf(await client.request(`${keys}/${key.id}`, brokenJson))).toMatchObject(expected.notJson)
    const tooShort = await put(key.id, { ...editable(key), tokenExpiryTimeInSec: 5 })
    expect(await errorOf(tooShort)).toMatchObject(expected.invalid('tokenExpiryTimeInSec'))
    const unknownRole = await put(key.id, { ...editable(key), roleId: '123456789012345678' })
    expect(await errorOf(unknownRole)).toMatchObject(expected.invalid('roleId'))
  })

  it('cannot reach a key of another microtenant', async () => {
    const engineeringKey = (await listAll({ microtenantId: ENGINEERING_MICROTENANT_ID }))[0]
    expect(await errorOf(await put(engineeringKey.id, editable(engineeringKey)))).toMatchObject(expected.notFound)
    expect((await put(engineeringKey.id, editable(engineeringKey), `?microtenantId=${ENGINEERING_MICROTENANT_ID}`)).status).toBe(204)
  })
})

describe('DELETE /apiKeys/{id}', () => {
  it('deletes: 204, then the key is gone', async () => {
    const key = await keyNamed('audit-reporter')
    const response = await client.request(`${keys}/${key.id}`, { method: 'DELETE' })
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    expect(await errorOf(await client.request(`${keys}/${key.id}`))).toMatchObject(expected.notFound)
    expect((await list()).page.totalCount).toBe('36')
    expect(await errorOf(await client.request(`${keys}/${key.id}`, { method: 'DELETE' }))).toMatchObject(expected.notFound)
  })

  it('refuses a read-only key with 403, and a key of another microtenant with 404', async () => {
    const readOnly = (await listAll({ search: 'readOnly EQ true' }))[0]
    expect(await errorOf(await client.request(`${keys}/${readOnly.id}`, { method: 'DELETE' }))).toMatchObject(expected.forbidden)
    const engineeringKey = (await listAll({ microtenantId: ENGINEERING_MICROTENANT_ID }))[0]
    expect(await errorOf(await client.request(`${keys}/${engineeringKey.id}`, { method: 'DELETE' }))).toMatchObject(expected.notFound)
    expect((await list()).page.totalCount).toBe('37')
  })
})

describe('methods', () => {
  it('answers 405 with Allow to a known path with a wrong method', async () => {
    const onList = await client.request(keys, { method: 'PATCH' })
    expect(onList.headers.get('Allow')).toBe('GET, POST')
    expect(await errorOf(onList)).toMatchObject(expected.methodNotAllowed)
    const key = (await listAll())[0]
    expect(await errorOf(await client.request(`${keys}/${key.id}`, { method: 'POST' }))).toMatchObject(expected.methodNotAllowed)
    expect(await errorOf(await client.request(`${customerBase()}/roles`, { method: 'DELETE' }))).toMatchObject(expected.methodNotAllowed)
    expect(await errorOf(await client.request('/portal/session', { method: 'POST' }))).toMatchObject(expected.methodNotAllowed)
  })

  it('answers 404 in JSON to an unknown path', async () => {
    expect(await errorOf(await client.request(`${customerBase()}/connectors`))).toMatchObject(expected.notFound)
    expect(await errorOf(await client.request('/nowhere'))).toMatchObject(expected.notFound)
  })
})

/** The names a list query answers, in order (the search tests below). */
async function namesFor(query: string) {
  const raw = await jsonOf(await client.request(`${keys}?${query}`), 200)
  return apiKeyPage.parse(raw).list.map((key) => key.name)
}

/** zscaler-sdk-python's wire form of `clientId+CONTAINS+"<value>"`, 500 a page. */
const clientIdContains = (value: string) => `search=clientId%2BCONTAINS%2B%22${encodeURIComponent(value)}%22&pagesize=500`

describe('GET /apiKeys: the search operators the official SDKs send', () => {
  // Each query is the wire form of the SDK call in the comment above it: zscaler-sdk-python passes `search`
  // through unchanged (request_executor.py), and requests encodes its + as %2B, a space as + and " as %22.
  const DISABLED_SEEDED_KEYS = ['cost-reporting', 'dev-sandbox', 'helpdesk-portal', 'qradar-feed', 'servicenow-cmdb', 'sso-migration', 'terraform-prod']

  it('NE is NQ: enabled NE true lists the disabled keys', async () => {
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'enabled+NE+true', 'page_size': '500'})
    expect(await namesFor('search=enabled%2BNE%2Btrue&pagesize=500')).toEqual(DISABLED_SEEDED_KEYS)
    expect(await namesFor('search=enabled%2BNQ%2Btrue&pagesize=500')).toEqual(DISABLED_SEEDED_KEYS)
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+NE+terraform-prod', 'page_size': '500'})
    const others = await namesFor('search=name%2BNE%2Bterraform-prod&pagesize=500')
    expect(others).toHaveLength(36)
    expect(others).not.toContain('terraform-prod')
  })

  it('CONTAINS is a contains on the name', async () => {
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+CONTAINS+terraform', 'page_size': '500'})
    expect(await namesFor('search=name%2BCONTAINS%2Bterraform&pagesize=500')).toEqual(['dev-terraform', 'terraform-prod', 'terraform-staging'])
  })

  it('STARTSWITH and ENDSWITH anchor the name', async () => {
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+STARTSWITH+terra', 'page_size': '500'})
    expect(await namesFor('search=name%2BSTARTSWITH%2Bterra&pagesize=500')).toEqual(['terraform-prod', 'terraform-staging'])
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+ENDSWITH+prod', 'page_size': '500'})
    expect(await namesFor('search=name%2BENDSWITH%2Bprod&pagesize=500')).toEqual(['terraform-prod'])
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+ENDSWITH+terraform', 'page_size': '500'})
    expect(await namesFor('search=name%2BENDSWITH%2Bterraform&pagesize=500')).toEqual(['dev-terraform'])
  })

  it('ignores case, and compares names after NFC', async () => {
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+STARTSWITH+TERRA', 'page_size': '500'})
    expect(await namesFor('search=name%2BSTARTSWITH%2BTERRA&pagesize=500')).toEqual(['terraform-prod', 'terraform-staging'])
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+ENDSWITH+PROD', 'page_size': '500'})
    expect(await namesFor('search=name%2BENDSWITH%2BPROD&pagesize=500')).toEqual(['terraform-prod'])
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+CONTAINS+TerraForm', 'page_size': '500'})
    expect(await namesFor('search=name%2BCONTAINS%2BTerraForm&pagesize=500')).toEqual(['dev-terraform', 'terraform-prod', 'terraform-staging'])
    await createOk({ name: 'Caf\u00e9-reports' })
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+CONTAINS+CAFE\u0301', 'page_size': '500'})
    expect(await namesFor('search=name%2BCONTAINS%2BCAFE%CC%81&pagesize=500')).toEqual(['Caf\u00e9-reports'])
  })

  it('CONTAINS on clientId ignores case', async () => {
    const target = await keyNamed('terraform-prod')
    const part = target.clientId.slice(30, 60)
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'clientId+CONTAINS+"<part of a client id>"', 'page_size': '500'})
    expect(await namesFor(clientIdContains(part))).toEqual(['terraform-prod'])
    expect(await namesFor(clientIdContains(part.toUpperCase()))).toEqual(['terraform-prod'])
    expect(await namesFor(clientIdContains(part.toLowerCase()))).toEqual(['terraform-prod'])
  })

  it('joins the new operators with AND', async () => {
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+CONTAINS+terraform+AND+enabled+NE+false', 'page_size': '500'})
    expect(await namesFor('search=name%2BCONTAINS%2Bterraform%2BAND%2Benabled%2BNE%2Bfalse&pagesize=500')).toEqual(['dev-terraform', 'terraform-staging'])
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+STARTSWITH+terraform+AND+name+ENDSWITH+staging', 'page_size': '500'})
    expect(await namesFor('search=name%2BSTARTSWITH%2Bterraform%2BAND%2Bname%2BENDSWITH%2Bstaging&pagesize=500')).toEqual(['terraform-staging'])
  })

  it('takes a quoted value with spaces whole', async () => {
    await createOk({ name: 'Terraform Prod EU' })
    await createOk({ name: 'terraform prod us' })
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+STARTSWITH+"terraform prod"', 'page_size': '500'})
    expect(await namesFor('search=name%2BSTARTSWITH%2B%22terraform+prod%22&pagesize=500')).toEqual(['Terraform Prod EU', 'terraform prod us'])
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'search': 'name+ENDSWITH+"PROD US"', 'page_size': '500'})
    expect(await namesFor('search=name%2BENDSWITH%2B%22PROD+US%22&pagesize=500')).toEqual(['terraform prod us'])
  })

  it.each([
    ['CONTAINS', 'enabled', 'true'],
    ['STARTSWITH', 'readOnly', 'false'],
    ['ENDSWITH', 'isLocked', 'true'],
    ['CONTAINS', 'roleId', '28'],
    ['STARTSWITH', 'tokenExpiryTimeInSec', '36'],
    ['ENDSWITH', 'creationTime', '00'],
  ])('refuses %s on %s, a field that is not text, with 400 filtering.input.invalid.operand', async (op, field, value) => {
    const response = await client.request(`${keys}?${new URLSearchParams({ search: `${field}+${op}+${value}` })}`)
    expect(await errorOf(response)).toMatchObject({ ...expected.invalidSearch, reason: expect.stringContaining(`${op} cannot be used with ${field}`) })
  })
})
