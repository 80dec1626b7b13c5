/**
 * Issue #17 in the file store: a rotation's old secret is journaled as a hash with its valid-until, durable like the
 * key, kept across a restart (compacted or not), ended for good by End Grace Now, and forgotten by a reset.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { apiKey } from '../../src/contract/api-key'
import { zccApiKey } from '../../src/contract/zcc-api-key'
import { fileHandlePrototype } from '../testing'
import { JOURNAL_FILE } from './journal'
import { DEFAULT_CUSTOMER_ID } from './seed'
import { createStore, type Scope, type Store } from './store'

const HOUR = 3600
const scope: Scope = { customerId: DEFAULT_CUSTOMER_ID, microtenantId: '0' }
const zpaInput = { name: 'rotated-and-restarted', enabled: true, tokenExpiryTimeInSec: '600', roleId: '28' }
const zccInput = { name: 'RotatedAndRestarted', enabled: true, role: 'WRITE', tokenExpiryTimeInSec: '600' } as const
let dir: string

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-03-01T12:00:00Z'))
  dir = await mkdtemp(join(tmpdir(), 'rotation-journal-'))
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})

const now = (store: Store) => store.tenant(DEFAULT_CUSTOMER_ID)!.clock.nowSeconds()
const journalText = () => readFile(join(dir, JOURNAL_FILE), 'utf8')

describe('rotation in the file store', () => {
  it.each([true, false])('keeps the grace and both secrets across restarts (compacted: %s), and ends the old one on time', async (compact) => {
    let store = await createStore({ mode: 'file', dir })
    const zpa = await store.createApiKey(scope, zpaInput, '1')
    const zcc = await store.createZccKey(DEFAULT_CUSTOMER_ID, zccInput, '1')
    const until = String(now(store) + HOUR)
    const zpaRotated = await store.rotateApiKeySecret(scope, zpa.id, String(HOUR), '1')
    const zccRotated = await store.rotateZccKeySecret(DEFAULT_CUSTOMER_ID, zcc.id, String(HOUR), '1')
    await store.close()

    const journal = await journalText()
    for (const secret of [zpa.clientSecret, zpaRotated.clientSecret, zcc.clientSecret, zccRotated.clientSecret]) expect(journal).not.toContain(secret)
    expect(journal).toContain(`"previousSecret":{"secret":{"salt":`)

    // Twice: the second start replays the journal the first one compacted.
    for (let start = 0; start < 2; start++) {
      store = await createStore({ mode: 'file', dir, compact })
      expect(apiKey.parse(store.getApiKey(scope, zpa.id)).previousSecretValidUntil).toBe(until)
      expect(zccApiKey.parse(store.getZccKey(DEFAULT_CUSTOMER_ID, zcc.id)).previousSecretValidUntil).toBe(until)
      for (const secret of [zpa.clientSecret, zpaRotated.clientSecret]) expect(await store.signIn(zpa.clientId, secret)).toMatchObject({ key: { id: zpa.id } })
      for (const secret of [zcc.clientSecret, zccRotated.clientSecret]) expect(await store.zccLogin(zcc.clientId, secret)).toMatchObject({ key: { id: zcc.id } })
      await store.close()
    }

    store = await createStore({ mode: 'file', dir, compact })
    await store.advanceClock(DEFAULT_CUSTOMER_ID, HOUR)
    await store.close()
    store = await createStore({ mode: 'file', dir, compact })
    expect(store.getApiKey(scope, zpa.id).previousSecretValidUntil).toBeNull()
    expect(await store.signIn(zpa.clientId, zpa.clientSecret)).toBeUndefined()
    expect(await store.signIn(zpa.clientId, zpaRotated.clientSecret)).toBeDefined()
    expect(await store.zccLogin(zcc.clientId, zcc.clientSecret)).toBeUndefined()
    expect(await store.zccLogin(zcc.clientId, zccRotated.clientSecret)).toBeDefined()
    await store.close()
    // An old secret that no longer signs in is not kept: compaction drops its hash (without it, the journal keeps the record).
    expect((await journalText()).includes('"previousSecret"')).toBe(!compact)
  })

  it('keeps End Grace Now across a restart: the old secret stays refused', async () => {
    let store = await createStore({ mode: 'file', dir })
    const zpa = await store.createApiKey(scope, zpaInput, '1')
    const zcc = await store.createZccKey(DEFAULT_CUSTOMER_ID, zccInput, '1')
    await store.rotateApiKeySecret(scope, zpa.id, String(HOUR), '1')
    await store.rotateZccKeySecret(DEFAULT_CUSTOMER_ID, zcc.id, String(HOUR), '1')
    await store.endApiKeyGrace(scope, zpa.id, '1')
    await store.endZccKeyGrace(DEFAULT_CUSTOMER_ID, zcc.id, '1')
    await store.close()
    store = await createStore({ mode: 'file', dir, compact: false })
    expect(store.getApiKey(scope, zpa.id).previousSecretValidUntil).toBeNull()
    expect(store.getZccKey(DEFAULT_CUSTOMER_ID, zcc.id).previousSecretValidUntil).toBeNull()
    expect(await store.signIn(zpa.clientId, zpa.clientSecret)).toBeUndefined()
    expect(await store.zccLogin(zcc.clientId, zcc.clientSecret)).toBeUndefined()
    await store.close()
    // Compacted, the ended grace leaves no old secret in the journal at all.
    store = await createStore({ mode: 'file', dir })
    await store.close()
    expect(await journalText()).not.toContain('previousSecret')
  })

  it('keeps nothing of a rotation whose write fails: the old secret stays the only one', async () => {
    const store = await createStore({ mode: 'file', dir })
    const zpa = await store.createApiKey(scope, zpaInput, '1')
    const zcc = await store.createZccKey(DEFAULT_CUSTOMER_ID, zccInput, '1')
    vi.spyOn(await fileHandlePrototype(dir), 'write').mockRejectedValue(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await expect(store.rotateApiKeySecret(scope, zpa.id, String(HOUR), '1')).rejects.toMatchObject({ kind: 'storageUnavailable' })
    await expect(store.rotateZccKeySecret(DEFAULT_CUSTOMER_ID, zcc.id, String(HOUR), '1')).rejects.toMatchObject({ kind: 'storageUnavailable' })
    expect(store.getApiKey(scope, zpa.id)).toMatchObject({ previousSecretValidUntil: null, modifiedTime: zpa.modifiedTime })
    expect(await store.signIn(zpa.clientId, zpa.clientSecret)).toMatchObject({ key: { id: zpa.id } })
    expect(await store.zccLogin(zcc.clientId, zcc.clientSecret)).toMatchObject({ key: { id: zcc.id } })
    vi.restoreAllMocks()
    await store.close()
  })

  it('a reset forgets rotations, and stays so after a restart', async () => {
    let store = await createStore({ mode: 'file', dir })
    const seeded = store.listApiKeys(scope, { page: 1, pageSize: 500, terms: [] }).list.find((key) => !key.readOnly)!
    const rotated = await store.rotateApiKeySecret(scope, seeded.id, String(HOUR), '1')
    await store.resetTenant(DEFAULT_CUSTOMER_ID)
    await store.close()
    store = await createStore({ mode: 'file', dir, compact: false })
    expect(store.getApiKey(scope, seeded.id).previousSecretValidUntil).toBeNull()
    expect(await store.signIn(seeded.clientId, rotated.clientSecret)).toBeUndefined()
    await store.close()
  })

  it('reads a journal written before rotation existed (keys without previousSecret)', async () => {
    let store = await createStore({ mode: 'file', dir, compact: false })
    const zpa = await store.createApiKey(scope, zpaInput, '1')
    const zcc = await store.createZccKey(DEFAULT_CUSTOMER_ID, zccInput, '1')
    await store.close()
    const lines = (await journalText()).replace(/^[0-9a-f]{8} /gm, '')
    expect(lines).not.toContain('previousSecret')
    await writeFile(join(dir, JOURNAL_FILE), lines)
    store = await createStore({ mode: 'file', dir })
    expect(apiKey.parse(store.getApiKey(scope, zpa.id)).previousSecretValidUntil).toBeNull()
    expect(zccApiKey.parse(store.getZccKey(DEFAULT_CUSTOMER_ID, zcc.id)).previousSecretValidUntil).toBeNull()
    expect(await store.signIn(zpa.clientId, zpa.clientSecret)).toBeDefined()
    const rotated = await store.rotateApiKeySecret(scope, zpa.id, '60', '1')
    expect(await store.signIn(zpa.clientId, rotated.clientSecret)).toBeDefined()
    await store.close()
  })
})
