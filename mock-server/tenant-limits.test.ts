import { afterEach, describe, expect, it, vi } from 'vitest'
import { errorIds } from '../src/contract/errors'
import { DEFAULT_CUSTOMER_ID } from './store/seed'
import { createStore } from './store/store'
import { TenantLimits } from './tenant-limits'

const full = { status: 503, body: { id: errorIds.retryable }, headers: { 'Retry-After': '60' } }
const large = (size: number) => ({ preset: 'large', size }) as const

describe('TenantLimits', () => {
  afterEach(() => vi.useRealTimers())

  it('refuses a tenant that would take the keys held past the bound, and has room again once one is dropped', async () => {
    const store = await createStore({ mode: 'memory' })
    const limits = new TenantLimits(store, { maxKeys: 1000 })
    const first = await limits.createTenant(large(600))
    await expect(limits.createTenant(large(500))).rejects.toMatchObject(full)
    await limits.createTenant(large(300))
    await store.dropTenant(first.customerId)
    await limits.createTenant(large(500))
  })

  it('counts creations in flight: two concurrent calls cannot pass the bound together', async () => {
    const limits = new TenantLimits(await createStore({ mode: 'memory' }), { maxKeys: 1000 })
    const results = await Promise.allSettled([limits.createTenant(large(600)), limits.createTenant(large(600))])
    expect(results.map(({ status }) => status).toSorted()).toEqual(['fulfilled', 'rejected'])
  })

  it('when full, drops the tenants idle long enough to make room, never the demo customer; else 503', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const store = await createStore({ mode: 'memory' })
    const limits = new TenantLimits(store, { maxTenants: 2, idleWhenFullMs: 10 * 60_000 })
    const older = await limits.createTenant({ preset: 'empty' })
    vi.setSystemTime(Date.now() + 5 * 60_000)
    const newer = await limits.createTenant({ preset: 'empty' })
    await expect(limits.createTenant({ preset: 'empty' })).rejects.toMatchObject(full)
    vi.setSystemTime(Date.now() + 6 * 60_000)
    await limits.createTenant({ preset: 'empty' })
    expect(store.tenant(older.customerId)).toBeUndefined()
    expect(store.tenant(newer.customerId)).toBeDefined()
    expect(store.tenant(DEFAULT_CUSTOMER_ID)).toBeDefined()
  })
})
