import { describe, expect, it } from 'vitest'
import { apiKey } from '../../src/contract/api-key'
import { SecretBox } from './secret-box'
import { DEFAULT_CUSTOMER_ID, ENGINEERING_MICROTENANT_ID, SEED_BASE_TIME, seedTenant } from './seed'

const keysOf = (customerId: string, microtenantId = '0') =>
  [...seedTenant({ customerId, preset: 'default' }, new SecretBox()).microtenants.get(microtenantId)!.keys.values()].map((key) => key.api)

describe('seed', () => {
  it('is deterministic: the same customer gets the same keys every time', () => {
    expect(keysOf(DEFAULT_CUSTOMER_ID)).toEqual(keysOf(DEFAULT_CUSTOMER_ID))
  })

  it('gives the demo customer 37 varied keys in Default and a handful in Engineering', () => {
    const keys = keysOf(DEFAULT_CUSTOMER_ID)
    expect(keys).toHaveLength(37)
    // As the API sends them: the seed starts with no activity, so every key is never used.
    for (const key of keys) apiKey.parse({ ...key, lastUsedTime: null, previousSecretValidUntil: null })
    expect(keysOf(DEFAULT_CUSTOMER_ID, ENGINEERING_MICROTENANT_ID).length).toBeGreaterThanOrEqual(4)
    expect(new Set(keys.map((key) => key.name.toLowerCase())).size).toBe(37)
    expect(keys.filter((key) => key.isLocked).length).toBeGreaterThanOrEqual(2)
    expect(keys.filter((key) => key.readOnly).length).toBeGreaterThanOrEqual(2)
    expect(keys.filter((key) => !key.enabled).length).toBeGreaterThanOrEqual(2)
    expect(new Set(keys.map((key) => key.roleId)).size).toBeGreaterThanOrEqual(3)
    expect(new Set(keys.map((key) => key.tokenExpiryTimeInSec)).size).toBeGreaterThanOrEqual(3)
    const times = keys.map((key) => Number(key.creationTime))
    expect(Math.max(...times)).toBeLessThanOrEqual(SEED_BASE_TIME)
    expect(Math.min(...times)).toBeGreaterThanOrEqual(SEED_BASE_TIME - 2 * 366 * 24 * 3600)
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(365 * 24 * 3600)
    for (const key of keys) {
      expect(key.id).toMatch(/^[1-9]\d{17}$/)
      expect(key.clientId).toHaveLength(76)
      expect(Buffer.from(key.clientId, 'base64').toString()).toMatch(
        new RegExp(`^${key.id}-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`),
      )
    }
  })

  it('gives another customer the same keys under other ids', () => {
    const demo = keysOf(DEFAULT_CUSTOMER_ID)
    const other = keysOf('345678901234567891')
    expect(other.map((key) => key.name)).toEqual(demo.map((key) => key.name))
    expect(other.map((key) => key.id).filter((id) => demo.some((key) => key.id === id))).toEqual([])
  })
})
