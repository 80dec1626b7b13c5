import { beforeEach, describe, expect, it } from 'vitest'
import { apiKeyPage } from '../../src/contract/api-key'
import { API_FULL_ACCESS_ROLE_ID, roleList, type Role } from '../../src/contract/role'
import { ENGINEERING_MICROTENANT_ID } from '../store/seed'
import { customerBase, memoryApp, TestClient } from '../testing'

let client: TestClient

beforeEach(async () => {
  client = new TestClient((await memoryApp()).app)
  await client.signIn()
})

async function roles(query = ''): Promise<{ raw: unknown; roles: Role[] }> {
  const response = await client.request(`${customerBase()}/roles${query}`)
  expect(response.status).toBe(200)
  const raw: unknown = await response.json()
  return { raw, roles: roleList.parse(raw) }
}

const total = (found: Role[]) => found.reduce((sum, role) => sum + Number(role.apiKeys), 0)

describe('GET /roles', () => {
  it('answers a bare array with API Full Access (28) and the custom roles, counts as strings', async () => {
    const { raw, roles: found } = await roles()
    expect(Array.isArray(raw)).toBe(true)
    const fullAccess = found.find((role) => role.id === API_FULL_ACCESS_ROLE_ID)
    expect(fullAccess).toMatchObject({ name: 'API Full Access', systemRole: true, customRole: false })
    expect(found.map((role) => role.name)).toEqual(
      expect.arrayContaining(['API Read Only', 'Policy-only Access', 'Application-only Access']),
    )
    for (const role of found) {
      expect(typeof role.apiKeys).toBe('string')
      expect(Object.keys(role)).not.toContain('readOnly')
    }
  })

  it('counts the keys of the requested microtenant using each role', async () => {
    const listed = apiKeyPage.parse(await (await client.request(`${customerBase()}/apiKeys?pagesize=500`)).json()).list
    const { roles: found } = await roles()
    for (const role of found) expect(role.apiKeys).toBe(String(listed.filter((key) => key.roleId === role.id).length))
    expect(total(found)).toBe(37)
    expect(total((await roles(`?microtenantId=${ENGINEERING_MICROTENANT_ID}`)).roles)).toBe(6)
  })

  it('counts a new key', async () => {
    const before = (await roles()).roles.find((role) => role.id === API_FULL_ACCESS_ROLE_ID)!.apiKeys
    const created = await client.request(`${customerBase()}/apiKeys`, {
      method: 'POST',
      json: { name: 'counted', tokenExpiryTimeInSec: 3600, roleId: API_FULL_ACCESS_ROLE_ID },
    })
    expect(created.status).toBe(201)
    const after = (await roles()).roles.find((role) => role.id === API_FULL_ACCESS_ROLE_ID)!.apiKeys
    expect(after).toBe(String(Number(before) + 1))
  })
})
