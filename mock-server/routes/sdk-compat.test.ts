/**
 * What the official SDKs (zscaler-sdk-python, zscaler-sdk-go) send and read, as literal requests: partial updates,
 * a role by id, and every field their models read. Each body is copied from the SDK function named above it.
 */
import type { Hono } from 'hono'
import { beforeEach, describe, expect, it } from 'vitest'
import { apiKey, apiKeyPage, createdApiKey, type ApiKey } from '../../src/contract/api-key'
import { API_FULL_ACCESS_ROLE_ID, role, roleList } from '../../src/contract/role'
import { ENGINEERING_MICROTENANT_ID } from '../store/seed'
import { apiClientOf, customerBase, errorOf, expected, jsonOf, memoryApp, TestClient } from '../testing'

const keys = `${customerBase()}/apiKeys`
const roles = `${customerBase()}/roles`
let app: Hono
let admin: TestClient
/** Signed in as an API client, with the bearer token of a key of role 28, as the SDKs are. */
let sdk: TestClient
let sdkKeyId: string

beforeEach(async () => {
  app = (await memoryApp()).app
  admin = new TestClient(app)
  await admin.signIn()
  const body = { name: 'sdk-automation', tokenExpiryTimeInSec: '3600', roleId: API_FULL_ACCESS_ROLE_ID }
  const created = createdApiKey.parse(await jsonOf(await admin.request(keys, { method: 'POST', json: body }), 201))
  sdkKeyId = created.id
  sdk = await apiClientOf(app, created)
})

async function keyNamed(name: string): Promise<ApiKey> {
  const page = apiKeyPage.parse(await jsonOf(await sdk.request(`${keys}?${new URLSearchParams({ search: `name EQ "${name}"` })}`), 200))
  const [key] = page.list
  if (!key) throw new Error(`no key named ${name}`)
  return key
}

const getKey = async (id: string) => apiKey.parse(await jsonOf(await sdk.request(`${keys}/${id}`), 200))
const put = (id: string, body: unknown) => sdk.request(`${keys}/${id}`, { method: 'PUT', json: body })

describe('PUT /apiKeys/{id} with the part of the object the SDKs send', () => {
  it('only enabled: the other fields keep their values', async () => {
    const before = await keyNamed('siem-export')
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, enabled=False) sends {"enabled": false}
    expect((await put(before.id, { enabled: false })).status).toBe(204)
    const after = await getKey(before.id)
    expect(after).toEqual({ ...before, enabled: false, modifiedTime: after.modifiedTime, modifiedBy: after.modifiedBy })
    expect(Number(after.modifiedTime)).toBeGreaterThanOrEqual(Number(before.modifiedTime))
    expect(after.modifiedBy).not.toBe('')
  })

  it('only name: renamed, the rest kept', async () => {
    const before = await keyNamed('siem-export')
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, name='siem-export-v2') sends {"name": "siem-export-v2"}
    expect((await put(before.id, { name: 'siem-export-v2' })).status).toBe(204)
    const after = await getKey(before.id)
    expect(after).toMatchObject({ name: 'siem-export-v2', enabled: before.enabled, tokenExpiryTimeInSec: before.tokenExpiryTimeInSec, roleId: before.roleId })
  })

  it('only tokenExpiryTimeInSec, as the SDKs send it (a string): the rest kept', async () => {
    const before = await keyNamed('siem-export')
    const interval = before.tokenExpiryTimeInSec === '1800' ? '900' : '1800'
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, token_expiry_time_in_sec='1800')
    // sends {"tokenExpiryTimeInSec": "1800"}
    expect((await put(before.id, { tokenExpiryTimeInSec: interval })).status).toBe(204)
    const after = await getKey(before.id)
    expect(after).toMatchObject({ name: before.name, enabled: before.enabled, tokenExpiryTimeInSec: interval, roleId: before.roleId })
  })

  it('only roleId, and only isLocked: false (an unlock)', async () => {
    const before = await keyNamed('okta-sync')
    expect(before.isLocked).toBe(true)
    const otherRole = (await listRoles()).find((candidate) => candidate.id !== before.roleId)!.id
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, role_id=other_role) sends {"roleId": "<id>"}
    expect((await put(before.id, { roleId: otherRole })).status).toBe(204)
    expect(await getKey(before.id)).toMatchObject({ roleId: otherRole, isLocked: true, name: before.name })
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, is_locked=False) sends {"isLocked": false}
    expect((await put(before.id, { isLocked: false })).status).toBe(204)
    expect(await getKey(before.id)).toMatchObject({ roleId: otherRole, isLocked: false, name: before.name })
  })

  it('an empty body is 204 and changes nothing, modifiedTime included', async () => {
    const before = await keyNamed('siem-export')
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id) sends {}
    expect((await put(before.id, {})).status).toBe(204)
    expect(await getKey(before.id)).toEqual(before)
  })

  it('a present field is checked as on create: 400 naming only that field', async () => {
    const { id } = await keyNamed('siem-export')
    const before = await getKey(id)
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, token_expiry_time_in_sec='5') sends {"tokenExpiryTimeInSec": "5"}
    expect(await errorOf(await put(id, { tokenExpiryTimeInSec: '5' }))).toMatchObject(expected.invalid('tokenExpiryTimeInSec'))
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, name='') sends {"name": ""}
    expect(await errorOf(await put(id, { name: '' }))).toMatchObject(expected.invalid('name'))
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, enabled='yes') sends {"enabled": "yes"}
    expect(await errorOf(await put(id, { enabled: 'yes' }))).toMatchObject(expected.invalid('enabled'))
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, role_id='999') sends {"roleId": "999"}
    expect(await errorOf(await put(id, { roleId: '999' }))).toMatchObject(expected.invalid('roleId'))
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, is_locked=True) sends {"isLocked": true}
    expect(await errorOf(await put(id, { isLocked: true }))).toMatchObject(expected.invalid('isLocked'))
    expect(await getKey(id)).toEqual(before)
  })

  it('fields the server owns are ignored, as the Go SDK sends them back from a Get', async () => {
    const before = await keyNamed('siem-export')
    // zscaler-sdk-go: api_keys.Update(ctx, service, keyID, &APIKeys{...fetched, Enabled: false}) sends the fetched
    // struct (json omitempty drops the false and empty values), here with server-owned values changed.
    const body = {
      id: '145283994705985775',
      clientId: 'bm90LXRoaXMta2V5',
      creationTime: '1',
      modifiedTime: '2',
      modifiedBy: '3',
      customerId: '4',
      microtenantId: ENGINEERING_MICROTENANT_ID,
      microtenantName: 'Engineering',
      readOnly: true,
      zscalerManaged: true,
      iamClientId: 'iam-client',
      pinSessionEnabled: true,
      restrictionType: 'IP',
      syncVersion: '9',
      objectType: 'CLIENT_CREDENTIAL',
      action: 'UPDATE',
      name: before.name,
    }
    expect((await put(before.id, body)).status).toBe(204)
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, enabled=False, microtenant_id='0')
    // sends {"enabled": false, "microtenantId": "0"} (and ?microtenantId=0)
    expect((await sdk.request(`${keys}/${before.id}?microtenantId=0`, { method: 'PUT', json: { enabled: false, microtenantId: '0' } })).status).toBe(204)
    const after = await getKey(before.id)
    expect(after).toEqual({ ...before, enabled: false, modifiedTime: after.modifiedTime, modifiedBy: after.modifiedBy })
  })

  it('a read-only key is still 403 and a taken name still 409', async () => {
    const managed = await keyNamed('zidentity-scim')
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, enabled=False) sends {"enabled": false}
    expect(await errorOf(await put(managed.id, { enabled: false }))).toMatchObject(expected.forbidden)
    expect(await errorOf(await put(managed.id, {}))).toMatchObject(expected.forbidden)
    const { id } = await keyNamed('siem-export')
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, name='SPLUNK-ingest') sends {"name": "SPLUNK-ingest"}
    expect(await errorOf(await put(id, { name: 'SPLUNK-ingest' }))).toMatchObject(expected.duplicateName)
  })

  it('the page’s whole object still works', async () => {
    const before = await keyNamed('siem-export')
    const { isLocked: _locked, ...whole } = before
    // The page (src/features/api-keys/api/update-api-key.ts) sends the whole object with its changes.
    expect((await admin.request(`${keys}/${before.id}`, { method: 'PUT', json: { ...whole, name: 'siem-export-2', tokenExpiryTimeInSec: 600 } })).status).toBe(204)
    expect(await getKey(before.id)).toMatchObject({ name: 'siem-export-2', tokenExpiryTimeInSec: '600', enabled: before.enabled })
  })
})

async function listRoles() {
  // zscaler-sdk-python: client.zpa.role_controller.list_roles() sends GET /roles
  return roleList.parse(await jsonOf(await sdk.request(roles), 200))
}

describe('GET /roles/{id}', () => {
  it('answers role 28 as the list shows it', async () => {
    // zscaler-sdk-python: client.zpa.role_controller.get_role('28') sends GET /roles/28
    const fullAccess = role.parse(await jsonOf(await sdk.request(`${roles}/28`), 200))
    expect(fullAccess).toMatchObject({ id: '28', name: 'API Full Access', systemRole: true, customRole: false })
    expect(fullAccess).toEqual((await listRoles()).find((candidate) => candidate.id === '28'))
    expect(Object.keys(fullAccess)).not.toContain('readOnly')
  })

  it('answers a custom role, counting the keys of the microtenant asked for', async () => {
    const listed = await listRoles()
    const readOnly = listed.find((candidate) => candidate.name === 'API Read Only')!
    // zscaler-sdk-go: role_controller.Get(ctx, service, roleID) sends GET /roles/{id}
    expect(role.parse(await jsonOf(await sdk.request(`${roles}/${readOnly.id}`), 200))).toEqual(readOnly)
    const own = listed.find((candidate) => candidate.name === 'Connector-only Access')!
    expect(role.parse(await jsonOf(await sdk.request(`${roles}/${own.id}`), 200))).toMatchObject({ id: own.id, customRole: true })
    // zscaler-sdk-python: client.zpa.role_controller.get_role(role_id, query_params={'microtenant_id': ENGINEERING})
    // sends GET /roles/{id}?microtenantId=ENGINEERING
    const inEngineering = roleList.parse(await jsonOf(await admin.request(`${roles}?microtenantId=${ENGINEERING_MICROTENANT_ID}`), 200))
    const fromEngineering = role.parse(await jsonOf(await admin.request(`${roles}/28?microtenantId=${ENGINEERING_MICROTENANT_ID}`), 200))
    expect(fromEngineering.apiKeys).toBe(inEngineering.find((candidate) => candidate.id === '28')!.apiKeys)
  })

  it('is 404 for an unknown role and for another customer’s, and 405 for other methods', async () => {
    const other = new TestClient(app)
    const { customerId } = await other.newTenant()
    const theirs = roleList.parse(await jsonOf(await other.request(`${customerBase(customerId)}/roles`), 200))
    const theirOwn = theirs.find((candidate) => candidate.name === 'Connector-only Access')!
    expect((await listRoles()).map((candidate) => candidate.id)).not.toContain(theirOwn.id)
    expect((await other.request(`${customerBase(customerId)}/roles/${theirOwn.id}`)).status).toBe(200)
    // zscaler-sdk-python: client.zpa.role_controller.get_role('<another customer's role id>')
    expect(await errorOf(await sdk.request(`${roles}/${theirOwn.id}`))).toMatchObject(expected.notFound)
    // zscaler-sdk-python: client.zpa.role_controller.get_role('999999999999999999')
    expect(await errorOf(await sdk.request(`${roles}/999999999999999999`))).toMatchObject(expected.notFound)
    expect(await errorOf(await sdk.request(`${roles}/not-an-id`))).toMatchObject(expected.notFound)
    // zscaler-sdk-python: client.zpa.role_controller.delete_role('28') sends DELETE /roles/28
    expect(await errorOf(await sdk.request(`${roles}/28`, { method: 'DELETE' }))).toMatchObject(expected.methodNotAllowed)
    // zscaler-sdk-python: client.zpa.role_controller.update_role('28', name='x') sends PUT /roles/28 {"name": "x"}
    expect(await errorOf(await sdk.request(`${roles}/28`, { method: 'PUT', json: { name: 'x' } }))).toMatchObject(expected.methodNotAllowed)
  })
})

type JsonType = 'string' | 'boolean' | 'array'
const typeOf = (value: unknown): string => (Array.isArray(value) ? 'array' : typeof value)

/** The JSON names zscaler-sdk-python's ApiKeys and zscaler-sdk-go's APIKeys read, with their types (clientSecret aside). */
const SDK_API_KEY_FIELDS: Record<string, JsonType> = {
  clientId: 'string',
  creationTime: 'string',
  enabled: 'boolean',
  iamClientId: 'string',
  id: 'string',
  isLocked: 'boolean',
  modifiedBy: 'string',
  modifiedTime: 'string',
  name: 'string',
  pinSessionEnabled: 'boolean',
  readOnly: 'boolean',
  restrictionType: 'string',
  roleId: 'string',
  microtenantId: 'string',
  microtenantName: 'string',
  syncVersion: 'string',
  tokenExpiryTimeInSec: 'string',
  zscalerManaged: 'boolean',
}

/** The JSON names zscaler-sdk-python's RoleController and zscaler-sdk-go's RoleController read, with their types. */
const SDK_ROLE_FIELDS: Record<string, JsonType> = {
  id: 'string',
  modifiedTime: 'string',
  creationTime: 'string',
  modifiedBy: 'string',
  name: 'string',
  microtenantId: 'string',
  microtenantName: 'string',
  description: 'string',
  bypassRemoteAssistanceCheck: 'boolean',
  bypassAccestorAccessCheck: 'boolean',
  customRole: 'boolean',
  systemRole: 'boolean',
  restrictedRole: 'boolean',
  users: 'string',
  apiKeys: 'string',
  newAuditMessage: 'string',
  oldAuditMessage: 'string',
  permissions: 'array',
  classPermissionGroups: 'array',
}

function expectSdkFields(raw: unknown, fields: Record<string, JsonType>): void {
  const object = raw as Record<string, unknown>
  const types = Object.fromEntries(Object.keys(fields).map((field) => [field, typeOf(object[field])]))
  expect(types).toEqual(fields)
}

const UNUSED_KEY_VALUES = { iamClientId: '', pinSessionEnabled: false, restrictionType: '', syncVersion: '0' }

describe('every field the SDKs model', () => {
  it('is on each key of GET /apiKeys and on GET /apiKeys/{id}', async () => {
    // zscaler-sdk-python: client.zpa.api_keys.list_api_keys(query_params={'page_size': '500'})
    const page = (await jsonOf(await sdk.request(`${keys}?pagesize=500`), 200)) as { list: unknown[] }
    expect(page.list).toHaveLength(38)
    for (const key of page.list) {
      expectSdkFields(key, SDK_API_KEY_FIELDS)
      expect(key).toMatchObject(UNUSED_KEY_VALUES)
    }
    // zscaler-sdk-python: client.zpa.api_keys.get_api_key(key_id)
    const one = await jsonOf(await sdk.request(`${keys}/${sdkKeyId}`), 200)
    expectSdkFields(one, SDK_API_KEY_FIELDS)
    expect(one).toMatchObject(UNUSED_KEY_VALUES)
    expect(Object.keys(one as object)).not.toContain('clientSecret')
  })

  it('is on the 201 of a create, with the secret', async () => {
    // zscaler-sdk-python: client.zpa.api_keys.add_api_key(name='sdk-new', enabled=True, token_expiry_time_in_sec='3600', role_id='28')
    const body = { name: 'sdk-new', enabled: true, tokenExpiryTimeInSec: '3600', roleId: '28' }
    const created = await jsonOf(await sdk.request(keys, { method: 'POST', json: body }), 201)
    expectSdkFields(created, { ...SDK_API_KEY_FIELDS, clientSecret: 'string' })
    expect(created).toMatchObject(UNUSED_KEY_VALUES)
  })

  it('is on each role of GET /roles and on GET /roles/{id}', async () => {
    // zscaler-sdk-python: client.zpa.role_controller.list_roles()
    const listed = (await jsonOf(await sdk.request(roles), 200)) as Record<string, unknown>[]
    expect(listed.length).toBeGreaterThanOrEqual(5)
    for (const listedRole of listed) {
      expectSdkFields(listedRole, SDK_ROLE_FIELDS)
      expect(listedRole).toMatchObject({ microtenantId: '0', microtenantName: 'Default' })
      expect(Number(listedRole.modifiedTime)).toBeGreaterThanOrEqual(Number(listedRole.creationTime))
    }
    const readOnly = role.parse(listed.find((candidate) => candidate.name === 'API Read Only'))
    expect(readOnly.permissions.length).toBeGreaterThan(0)
    expect(new Set(readOnly.permissions.map((permission) => permission.permissionMask))).toEqual(new Set(['1']))
    // zscaler-sdk-python: client.zpa.role_controller.get_role('28')
    const fullAccess = await jsonOf(await sdk.request(`${roles}/28`), 200)
    expectSdkFields(fullAccess, SDK_ROLE_FIELDS)
    expect(fullAccess).toMatchObject({ modifiedBy: '0', systemRole: true })
  })

  it('is in the contract (its parse keeps it) and in /openapi.json, with its type', async () => {
    const document = (await jsonOf(await sdk.request('/openapi.json'), 200)) as { components: { schemas: Record<string, OpenApiObject> } }
    const someKey = (await jsonOf(await sdk.request(`${keys}/${sdkKeyId}`), 200)) as Record<string, unknown>
    const someRole = (await jsonOf(await sdk.request(`${roles}/28`), 200)) as Record<string, unknown>
    for (const [schemaName, contract, sample, fields] of [
      ['ApiKey', apiKey, someKey, SDK_API_KEY_FIELDS],
      ['Role', role, someRole, SDK_ROLE_FIELDS],
    ] as const) {
      const parsed = contract.parse(sample) as Record<string, unknown>
      const properties = document.components.schemas[schemaName].properties
      for (const [field, type] of Object.entries(fields)) {
        expect({ schemaName, field, documented: properties[field]?.type, parsed: parsed[field] }).toEqual({ schemaName, field, documented: type, parsed: sample[field] })
      }
    }
  })
})

type OpenApiObject = { properties: Record<string, { type?: string }> }
