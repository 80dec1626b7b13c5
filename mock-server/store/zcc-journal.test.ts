/** ZCC keys (hashed secrets) and device removals are journaled like ZPA keys: a restart keeps them, a reset clears them. */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JOURNAL_FILE } from './journal'
import { DEFAULT_CUSTOMER_ID } from './seed'
import { createStore } from './store'

const everything = { page: 1, pageSize: 500, terms: [] }
let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zcc-journal-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const visibleUdids = (store: Awaited<ReturnType<typeof createStore>>, customerId = DEFAULT_CUSTOMER_ID) =>
  store.zccDevices(customerId).map((seeded) => seeded.device.udid)

describe('ZCC in the file store', () => {
  it.each([true, false])('keeps created, changed and deleted keys and removed devices across a restart (compacted: %s)', async (compact) => {
    let store = await createStore({ mode: 'file', dir })
    const kept = await store.createZccKey(DEFAULT_CUSTOMER_ID, { name: 'Kept', enabled: true, role: 'WRITE', tokenExpiryTimeInSec: '600' }, '1')
    await store.updateZccKey(DEFAULT_CUSTOMER_ID, kept.id, { name: 'KeptRenamed', role: 'READ' }, '1')
    const victim = store.listZccKeys(DEFAULT_CUSTOMER_ID, everything).list[0]
    await store.deleteZccKey(DEFAULT_CUSTOMER_ID, victim.id)
    const [first, second] = visibleUdids(store)
    expect(await store.removeZccDevices(DEFAULT_CUSTOMER_ID, [first, second])).toBe(2)
    const tenant = await store.createTenant({ preset: 'empty' })
    await store.createZccKey(tenant.customerId, { name: 'InTenant', enabled: false, role: 'READ', tokenExpiryTimeInSec: '30' }, '1')
    const before = store.listZccKeys(DEFAULT_CUSTOMER_ID, everything)
    const devicesBefore = visibleUdids(store)
    await store.close()

    const journal = await readFile(join(dir, JOURNAL_FILE), 'utf8')
    expect(journal).not.toContain(kept.clientSecret)
    expect(journal).toMatch(/"op":"putZccKey"/)

    // Twice: the second start replays the journal the first one compacted.
    for (let start = 0; start < 2; start++) {
      store = await createStore({ mode: 'file', dir, compact })
      const listed = store.listZccKeys(DEFAULT_CUSTOMER_ID, everything)
      // The first start's login (below) is activity, durable too: the second start shows the key used.
      expect(listed.list.find((key) => key.id === kept.id)!.lastUsedTime !== null).toBe(start === 1)
      expect({ ...listed, list: listed.list.map((key) => (key.id === kept.id ? { ...key, lastUsedTime: null } : key)) }).toEqual(before)
      expect(store.getZccKey(DEFAULT_CUSTOMER_ID, kept.id)).toMatchObject({ name: 'KeptRenamed', role: 'READ' })
      expect(() => store.getZccKey(DEFAULT_CUSTOMER_ID, victim.id)).toThrow(/There is no API key/)
      expect(visibleUdids(store)).toEqual(devicesBefore)
      expect(visibleUdids(store)).toHaveLength(58)
      expect(store.listZccKeys(tenant.customerId, everything).list.map((key) => key.name)).toEqual(['InTenant'])
      // The secret survives as its hash: the key still logs in with it.
      expect(await store.zccLogin(kept.clientId, kept.clientSecret)).toMatchObject({ key: { id: kept.id } })
      expect(await store.zccLogin(kept.clientId, 'x'.repeat(32))).toBeUndefined()
      await store.close()
    }
  })

  it('a reset brings back the seed, and it stays so after a restart', async () => {
    let store = await createStore({ mode: 'file', dir })
    await store.createZccKey(DEFAULT_CUSTOMER_ID, { name: 'Gone', enabled: true, role: 'WRITE', tokenExpiryTimeInSec: '600' }, '1')
    await store.removeZccDevices(DEFAULT_CUSTOMER_ID, visibleUdids(store).slice(0, 5))
    await store.resetTenant(DEFAULT_CUSTOMER_ID)
    expect(store.listZccKeys(DEFAULT_CUSTOMER_ID, everything).totalCount).toBe(12)
    expect(visibleUdids(store)).toHaveLength(60)
    await store.close()
    store = await createStore({ mode: 'file', dir, compact: false })
    expect(store.listZccKeys(DEFAULT_CUSTOMER_ID, everything).totalCount).toBe(12)
    expect(visibleUdids(store)).toHaveLength(60)
    await store.close()
  })
})
