import { describe, expect, test } from 'vitest'
import { createApiKeyInput, updateApiKeyInput } from './api-key'

const valid = { name: 'terraform-prod', tokenExpiryTimeInSec: '3600', roleId: '28' }

const fieldErrors = (input: unknown) => {
  const result = createApiKeyInput.safeParse(input)
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('createApiKeyInput', () => {
  test('trims the name, defaults enabled to true, and keeps the interval a string', () => {
    expect(createApiKeyInput.parse({ ...valid, name: '  ci  ', tokenExpiryTimeInSec: 900 })).toEqual({
      name: 'ci',
      enabled: true,
      tokenExpiryTimeInSec: '900',
      roleId: '28',
    })
  })

  test.each([
    ['', 'Name is required'],
    ['   ', 'Name is required'],
    ['x'.repeat(51), 'Name must be at most 50 characters'],
    ['tab\there', 'Name cannot contain control characters'],
  ])('rejects the name %j', (name, message) => {
    expect(fieldErrors({ ...valid, name })).toEqual({ name: message })
  })

  const invisible = 'Name cannot contain invisible or direction-changing characters'
  test.each([
    ['zero-width space', 'terra\u200bform-prod'],
    ['zero-width joiner', 'terraform\u200d-prod'],
    ['word joiner', 'terraform\u2060-prod'],
    ['byte order mark inside', 'terra\ufeffform'],
    ['right-to-left override', 'invoice-\u202egpj.exe'],
    ['right-to-left isolate', 'siem\u2067-export\u2069'],
    ['left-to-right mark', 'siem\u200e-export'],
    ['Arabic letter mark', 'siem\u061c-export'],
    ['lone high surrogate', 'siem-\ud83d'],
    ['lone low surrogate', '\ude00-siem'],
  ])('rejects a name with a %s', (_, name) => {
    expect(fieldErrors({ ...valid, name })).toEqual({ name: invisible })
  })

  test.each(['siem-export-🔑', 'Zürich-export', 'שלום-key', 'ci/cd (staging)'])('accepts the name %j', (name) => {
    expect(fieldErrors({ ...valid, name })).toEqual({})
  })

  test('accepts a 50-character name', () => {
    expect(fieldErrors({ ...valid, name: 'x'.repeat(50) })).toEqual({})
  })

  test.each([
    ['29', 'Must be at least 30 seconds'],
    ['3601', 'Must be at most 3600 seconds'],
    ['12.5', 'Enter a whole number of seconds from 30 to 3600'],
    ['', 'Enter a whole number of seconds from 30 to 3600'],
    ['abc', 'Enter a whole number of seconds from 30 to 3600'],
  ])('rejects the interval %j', (tokenExpiryTimeInSec, message) => {
    expect(fieldErrors({ ...valid, tokenExpiryTimeInSec })).toEqual({ tokenExpiryTimeInSec: message })
  })

  test.each(['30', '3600'])('accepts the interval bound %s', (tokenExpiryTimeInSec) => {
    expect(fieldErrors({ ...valid, tokenExpiryTimeInSec })).toEqual({})
  })

  test('asks for a role', () => {
    expect(fieldErrors({ ...valid, roleId: '' })).toEqual({ roleId: 'Choose a role' })
  })
})

describe('updateApiKeyInput', () => {
  test('accepts the whole object, unlock included, and refuses to lock', () => {
    const whole = { ...valid, enabled: false, id: '145283994705985775', clientId: 'x', isLocked: false }
    expect(updateApiKeyInput.parse(whole)).toMatchObject({ isLocked: false, enabled: false })
    expect(updateApiKeyInput.safeParse({ ...whole, isLocked: true }).success).toBe(false)
  })

  test('accepts any part of the object, as the official SDKs send it, and checks only what is present', () => {
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, enabled=False) sends {"enabled": false}
    expect(updateApiKeyInput.parse({ enabled: false })).toEqual({ enabled: false })
    expect(updateApiKeyInput.parse({})).toEqual({})
    // zscaler-sdk-python: client.zpa.api_keys.update_api_key(key_id, token_expiry_time_in_sec='1800')
    expect(updateApiKeyInput.parse({ tokenExpiryTimeInSec: '1800' })).toEqual({ tokenExpiryTimeInSec: '1800' })
    const failed = updateApiKeyInput.safeParse({ name: ' ', tokenExpiryTimeInSec: '10' })
    expect(failed.error?.issues.map((issue) => issue.path[0]).toSorted()).toEqual(['name', 'tokenExpiryTimeInSec'])
  })
})
