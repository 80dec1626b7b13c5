import { describe, expect, test } from 'vitest'
import { createZdxApiKeyInput, listZdxApiKeysQuery, updateZdxApiKeyInput, zdxApiKeyWithSecret, zdxTokenRequest } from './zdx-api-key'

const valid = { name: 'grafana-dashboards', roleId: '50002' }

const fieldErrors = (input: unknown, schema: typeof createZdxApiKeyInput | typeof updateZdxApiKeyInput = createZdxApiKeyInput) => {
  const result = schema.safeParse(input)
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('createZdxApiKeyInput (seed 003: the Create New API Key form and the server)', () => {
  test('takes a Name and a role, the name trimmed', () => {
    expect(createZdxApiKeyInput.parse({ name: '  noc dashboards ', roleId: '50001' })).toEqual({ name: 'noc dashboards', roleId: '50001' })
  })

  test.each([
    ['', 'Name is required'],
    ['   ', 'Name is required'],
    ['x'.repeat(51), 'Name must be at most 50 characters'],
    ['tab\there', 'Name cannot contain control characters'],
    ['zero\u200bwidth', 'Name cannot contain invisible or direction-changing characters'],
  ])('rejects the name %j', (name, message) => {
    expect(fieldErrors({ ...valid, name })).toEqual({ name: message })
  })

  test('takes 1 to 50 characters, spaces and punctuation included', () => {
    for (const name of ['a', 'x'.repeat(50), 'Splunk: ZDX metrics (prod)', 'café']) expect(fieldErrors({ ...valid, name })).toEqual({})
  })

  test('asks to choose a role when none is chosen (Select Role), and refuses one that is not an id', () => {
    expect(fieldErrors({ name: 'x', roleId: '' })).toEqual({ roleId: 'Choose a role' })
    expect(fieldErrors({ name: 'x' })).toHaveProperty('roleId')
    expect(fieldErrors({ name: 'x', roleId: 'Super Admin' })).toHaveProperty('roleId')
  })
})

describe('updateZdxApiKeyInput (Edit API Key: name and role only)', () => {
  test('takes either field alone, or neither; fields the server owns pass through untouched and unchecked', () => {
    expect(updateZdxApiKeyInput.parse({ name: ' renamed ' })).toEqual({ name: 'renamed' })
    expect(updateZdxApiKeyInput.parse({ roleId: '50003' })).toEqual({ roleId: '50003' })
    expect(updateZdxApiKeyInput.parse({ createdBy: 'x' })).toEqual({ createdBy: 'x' })
  })

  test('checks a present field as on create', () => {
    expect(fieldErrors({ name: '' }, updateZdxApiKeyInput)).toEqual({ name: 'Name is required' })
    expect(fieldErrors({ roleId: '' }, updateZdxApiKeyInput)).toEqual({ roleId: 'Choose a role' })
  })
})

describe('the key with its secret', () => {
  test('is the listed key plus a 32-character Key Secret', () => {
    const key = { id: '123456789012345678', name: 'k', roleId: '50001', roleName: 'Super Admin', createdBy: 'demo-admin', creationTime: '1', modifiedTime: '1', modifiedBy: '2', customerId: '3', lastUsedTime: null }
    expect(zdxApiKeyWithSecret.safeParse({ ...key, keySecret: 'A'.repeat(32) }).success).toBe(true)
    expect(zdxApiKeyWithSecret.safeParse({ ...key, keySecret: 'A'.repeat(31) }).success).toBe(false)
    expect(zdxApiKeyWithSecret.safeParse(key).success).toBe(false)
  })
})

describe('zdxTokenRequest', () => {
  const hash = 'a'.repeat(64)
  test('takes the timestamp as epoch seconds, a number or its decimal string', () => {
    expect(zdxTokenRequest.parse({ key_id: '1', key_secret: hash, timestamp: 1_744_752_949 })).toEqual({ key_id: '1', key_secret: hash, timestamp: 1_744_752_949 })
    expect(zdxTokenRequest.parse({ key_id: '1', key_secret: hash, timestamp: '1744752949' }).timestamp).toBe(1_744_752_949)
  })

  test.each([1.5, -1, '01', '1e9', '', null, 1e13])('refuses the timestamp %j', (timestamp) => {
    expect(zdxTokenRequest.safeParse({ key_id: '1', key_secret: hash, timestamp }).success).toBe(false)
  })

  test('wants every field', () => {
    expect(zdxTokenRequest.safeParse({ key_secret: hash, timestamp: 1 }).success).toBe(false)
    expect(zdxTokenRequest.safeParse({ key_id: '1', key_secret: '', timestamp: 1 }).success).toBe(false)
  })
})

describe('listZdxApiKeysQuery', () => {
  test('sorts by the page’s columns only', () => {
    expect(listZdxApiKeysQuery.parse({ sortBy: 'roleName', sortOrder: 'DESC' })).toMatchObject({ sortBy: 'roleName', sortOrder: 'DESC', page: 1, pageSize: 20 })
    expect(listZdxApiKeysQuery.safeParse({ sortBy: 'clientId' }).success).toBe(false)
  })
})
