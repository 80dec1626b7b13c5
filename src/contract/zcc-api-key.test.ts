import { describe, expect, test } from 'vitest'
import { createZccApiKeyInput, listZccApiKeysQuery, updateZccApiKeyInput, zccLoginInput } from './zcc-api-key'
import { zccGetDevicesQuery, zccRemoveDevicesInput } from './zcc-devices'

const valid = { name: 'IntuneSync2', role: 'READ', tokenExpiryTimeInSec: '3600' }

const fieldErrors = (input: unknown) => {
  const result = createZccApiKeyInput.safeParse(input)
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

const NAME_RULE = 'Name can contain only letters and digits (no spaces or punctuation)'

describe('createZccApiKeyInput (seed 004: the Add API Key form and the server)', () => {
  test('defaults enabled to true and keeps the validity the API’s string', () => {
    expect(createZccApiKeyInput.parse({ ...valid, tokenExpiryTimeInSec: 999_999_999 })).toEqual({
      name: 'IntuneSync2',
      enabled: true,
      role: 'READ',
      tokenExpiryTimeInSec: '999999999',
    })
  })

  test.each([
    ['', 'Name is required'],
    ['my key', NAME_RULE],
    [' leading', NAME_RULE],
    ['trailing ', NAME_RULE],
    ['siem-export', NAME_RULE],
    ['siem_export', NAME_RULE],
    ['key.v2', NAME_RULE],
    ['café', NAME_RULE],
    ['x'.repeat(51), 'Name must be at most 50 characters'],
  ])('rejects the name %j', (name, message) => {
    expect(fieldErrors({ ...valid, name })).toEqual({ name: message })
  })

  test('takes 1 to 50 letters and digits', () => {
    for (const name of ['a', '7', 'A'.repeat(50), 'Jamf2Connector']) expect(fieldErrors({ ...valid, name })).toEqual({})
  })

  test('refuses a missing name with the same message as an empty one', () => {
    expect(fieldErrors({ role: 'READ', tokenExpiryTimeInSec: '60' })).toEqual({ name: 'Name is required' })
  })

  const outOfRange = 'Enter a whole number of seconds from 30 to 999,999,999'
  test.each([
    [29, 'Must be at least 30 seconds'],
    ['29', 'Must be at least 30 seconds'],
    [1_000_000_000, 'Must be at most 999,999,999 seconds'],
    ['1000000000', 'Must be at most 999,999,999 seconds'],
    [30.5, outOfRange],
    ['30.5', outOfRange],
    ['1e3', outOfRange],
    ['', outOfRange],
    [null, outOfRange],
  ])('rejects the validity %j', (tokenExpiryTimeInSec, message) => {
    expect(fieldErrors({ ...valid, tokenExpiryTimeInSec })).toEqual({ tokenExpiryTimeInSec: message })
  })

  test.each([[30], ['30'], [' 600 '], [999_999_999]])('accepts the validity %j', (tokenExpiryTimeInSec) => {
    expect(fieldErrors({ ...valid, tokenExpiryTimeInSec })).toEqual({})
  })

  test.each([[undefined], ['Read'], ['ADMIN'], ['']])('asks for a role of READ or WRITE, not %j', (role) => {
    expect(fieldErrors({ ...valid, role })).toEqual({ role: 'Choose a role: Read or Write' })
  })
})

describe('updateZccApiKeyInput', () => {
  test('takes any part of the key, ignoring the fields the server owns', () => {
    expect(updateZccApiKeyInput.parse({ enabled: false })).toEqual({ enabled: false })
    expect(updateZccApiKeyInput.parse({ id: '1', clientId: 'x', role: 'WRITE' })).toMatchObject({ role: 'WRITE' })
  })

  test('checks a present field as on create', () => {
    expect(updateZccApiKeyInput.safeParse({ name: 'with space' }).success).toBe(false)
    expect(updateZccApiKeyInput.safeParse({ tokenExpiryTimeInSec: 10 }).success).toBe(false)
  })
})

describe('the list and public API queries', () => {
  test('the list takes pagesize or pageSize (1 to 500, default 20) and its own sort fields', () => {
    expect(listZccApiKeysQuery.parse({})).toEqual({ page: 1, pageSize: 20 })
    expect(listZccApiKeysQuery.parse({ pagesize: '50', sortBy: 'role' })).toMatchObject({ pageSize: 50, sortBy: 'role' })
    for (const bad of [{ pagesize: '0' }, { pageSize: '501' }, { sortBy: 'roleId' }, { sortOrder: 'asc' }]) {
      expect(listZccApiKeysQuery.safeParse(bad).success).toBe(false)
    }
  })

  test('getDevices takes pageSize 1 to 5000 (default 50) and osType as ZCC’s number or its name', () => {
    expect(zccGetDevicesQuery.parse({})).toEqual({ page: 1, pageSize: 50 })
    expect(zccGetDevicesQuery.parse({ osType: '3', pageSize: '5000' })).toEqual({ page: 1, pageSize: 5000, osType: 3 })
    expect(zccGetDevicesQuery.parse({ osType: 'macOS' })).toMatchObject({ osType: 4 })
    for (const bad of [{ pageSize: '5001' }, { pageSize: '0' }, { page: '0' }, { page: 'two' }, { osType: '6' }, { osType: 'beos' }]) {
      expect(zccGetDevicesQuery.safeParse(bad).success).toBe(false)
    }
  })

  test('removeDevices needs udids, userName or osType', () => {
    expect(zccRemoveDevicesInput.safeParse({}).success).toBe(false)
    expect(zccRemoveDevicesInput.parse({ udids: ['A'] })).toEqual({ udids: ['A'] })
    expect(zccRemoveDevicesInput.parse({ osType: 'linux' })).toEqual({ osType: 5 })
  })

  test('the login needs both the apiKey and the secretKey', () => {
    expect(zccLoginInput.safeParse({ apiKey: 'id' }).success).toBe(false)
    expect(zccLoginInput.safeParse({ apiKey: 'id', secretKey: 's' }).success).toBe(true)
  })
})
