/**
 * Key activity in the file store (issue #16): an admin change and its audit entry are durable together (and undone
 * together); sign-ins and calls are batched off the request's path and survive a clean close; compaction keeps the
 * log; journals from before it replay; the per-key cap. Never a secret in the journal.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_EVENTS_PER_KEY, type ActivityEvent } from '../../src/contract/activity'
import { fileHandlePrototype } from '../testing'
import { TenantActivity } from './activity'
import { JOURNAL_FILE } from './journal'
import { KEY_FILE } from './secret-box'
import { DEFAULT_CUSTOMER_ID } from './seed'
import { createStore, type Scope, type Store } from './store'

const scope: Scope = { customerId: DEFAULT_CUSTOMER_ID, microtenantId: '0' }
const newKey = (name: string) => ({ name, enabled: true, tokenExpiryTimeInSec: '600', roleId: '28' })
const storageUnavailable = { name: 'StoreError', kind: 'storageUnavailable' }

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zpa-activity-'))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

const journalText = () => readFile(join(dir, JOURNAL_FILE), 'utf8')
const actions = (store: Store, keyId: string, product: 'zpa' | 'zcc' | 'zdx' = 'zpa') =>
  store.keyActivity(DEFAULT_CUSTOMER_ID, product, keyId).events.map((event) => event.action)
const calls = (store: Store, keyId: string) =>
  store.keyActivity(DEFAULT_CUSTOMER_ID, 'zpa', keyId).hours.reduce((sum, hour) => sum + hour.succeeded + hour.denied + hour.limited, 0)

/** The folder as a crash would leave it now: its journal and key copied while the store still runs. */
async function crashCopy(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'zpa-activity-crash-'))
  await copyFile(join(dir, JOURNAL_FILE), join(copy, JOURNAL_FILE))
  await copyFile(join(dir, KEY_FILE), join(copy, KEY_FILE))
  return copy
}


describe('activity in the file store', () => {
  it('makes a change’s audit entry durable with it; batched sign-ins only once flushed', async () => {
    const store = await createStore({ mode: 'file', dir })
    const created = await store.createApiKey(scope, newKey('durable'), '1')
    await store.updateApiKey(scope, created.id, { name: 'durable-2' }, '1')
    expect(await store.signIn(created.clientId, created.clientSecret, '203.0.113.9')).toBeDefined()
    expect(await store.signIn(created.clientId, 'wrong', '203.0.113.9')).toBeUndefined()

    // A crash now: the changes and their events, and the failed sign-in (journaled with its putKey), are there; the success is not yet.
    let copy = await crashCopy()
    let crashed = await createStore({ mode: 'file', dir: copy, compact: false })
    expect(actions(crashed, created.id)).toEqual(['signInFailed', 'update', 'create'])
    expect(crashed.getApiKey(scope, created.id).lastUsedTime).toBeNull()
    await crashed.close()
    await rm(copy, { recursive: true, force: true })

    await store.flushActivity()
    copy = await crashCopy()
    crashed = await createStore({ mode: 'file', dir: copy, compact: false })
    // The batch reached the journal after the failure's record: within one second, their order may swap.
    expect(actions(crashed, created.id).toSorted()).toEqual(['create', 'signIn', 'signInFailed', 'update'])
    expect(crashed.getApiKey(scope, created.id).lastUsedTime).not.toBeNull()
    expect(calls(crashed, created.id)).toBe(2)
    await crashed.close()
    await rm(copy, { recursive: true, force: true })

    // The other products' keys, changed and signed in with: their secrets are not in the journal either.
    const zcc = await store.createZccKey(DEFAULT_CUSTOMER_ID, { name: 'ZccJournaled', enabled: true, role: 'WRITE', tokenExpiryTimeInSec: '600' }, '1')
    await store.zccLogin(zcc.clientId, zcc.clientSecret, '203.0.113.9')
    await store.zccLogin(zcc.clientId, 'wrong', '203.0.113.9')
    const zdx = await store.createZdxKey(DEFAULT_CUSTOMER_ID, { name: 'zdx-journaled', roleId: '50001' }, '1')
    store.noteSignIn(DEFAULT_CUSTOMER_ID, 'zdx', zdx.id, '203.0.113.9', true)
    await store.deleteZdxKey(DEFAULT_CUSTOMER_ID, zdx.id)
    await store.close()
    const journal = await journalText()
    expect(journal.match(/"action":"(signIn|signInFailed|create|delete)"/g)?.length).toBeGreaterThanOrEqual(8)
    for (const secret of [created.clientSecret, zcc.clientSecret, zdx.keySecret]) expect(journal).not.toContain(secret)
  })

  it('writes the noted sign-ins and calls on a clean close, and keeps them through compaction', async () => {
    let store = await createStore({ mode: 'file', dir })
    const created = await store.createApiKey(scope, newKey('closing'), '1')
    await store.signIn(created.clientId, created.clientSecret)
    store.noteCall(DEFAULT_CUSTOMER_ID, 'zpa', created.id, 200)
    store.noteCall(DEFAULT_CUSTOMER_ID, 'zpa', created.id, 429)
    const before = store.keyActivity(DEFAULT_CUSTOMER_ID, 'zpa', created.id)
    await store.close()
    expect(await journalText()).toMatch(/"op":"activity"/)
    for (const compact of [false, true, false]) {
      store = await createStore({ mode: 'file', dir, compact })
      expect({ ...store.keyActivity(DEFAULT_CUSTOMER_ID, 'zpa', created.id), now: before.now }).toEqual(before)
      await store.close()
    }
    expect((await journalText()).trim().split('\n').filter((line) => line.includes('"op":"activity"'))).toHaveLength(1)
  })

  it('does not hold a sign-in’s answer for the batched write', async () => {
    const store = await createStore({ mode: 'file', dir })
    const created = await store.createApiKey(scope, newKey('quick'), '1')
    store.noteCall(DEFAULT_CUSTOMER_ID, 'zpa', created.id, 200)
    // The disk hangs: the batch's sync does not return until released.
    let release!: () => void
    const hanging = new Promise<void>((resolve) => (release = resolve))
    const prototype = await fileHandlePrototype(dir)
    const datasync = prototype.datasync
    vi.spyOn(prototype, 'datasync').mockImplementation(async function (this: unknown) {
      await hanging
      return datasync.call(this)
    })
    const flushing = store.flushActivity()
    const signedIn = await Promise.race([
      store.signIn(created.clientId, created.clientSecret),
      new Promise((resolve) => setTimeout(() => resolve('held'), 500)),
    ])
    expect(signedIn).toMatchObject({ key: { id: created.id } })
    expect(actions(store, created.id)).toEqual(['signIn', 'create']) // in memory at once
    release()
    await flushing
    await store.close()
  })

  it('undoes a change’s audit entry with it when the journal fails, and the noted activity not yet written', async () => {
    const store = await createStore({ mode: 'file', dir })
    const kept = await store.createApiKey(scope, newKey('kept'), '1')
    await store.flushActivity()
    store.noteCall(DEFAULT_CUSTOMER_ID, 'zpa', kept.id, 200)
    expect(calls(store, kept.id)).toBe(1)
    const diskFull = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    vi.spyOn(await fileHandlePrototype(dir), 'write').mockRejectedValue(diskFull)
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await expect(store.updateApiKey(scope, kept.id, { name: 'kept-renamed' }, '1')).rejects.toMatchObject(storageUnavailable)
    expect(actions(store, kept.id)).toEqual(['create'])
    expect(store.getApiKey(scope, kept.id).name).toBe('kept')
    expect(calls(store, kept.id)).toBe(0)
    expect(store.auditLog(DEFAULT_CUSTOMER_ID, {}).map((event) => event.action)).toEqual(['create'])
    // Once writes fail, nothing more is noted (memory stays what the disk holds).
    expect(await store.signIn(kept.clientId, kept.clientSecret)).toBeDefined()
    expect(actions(store, kept.id)).toEqual(['create'])
    await store.close().catch(() => undefined)
  })

  it('makes a synthetic history durable before it answers', async () => {
    let store = await createStore({ mode: 'file', dir })
    const created = await store.createApiKey(scope, newKey('synthetic'), '1')
    const written = await store.addSyntheticActivity(DEFAULT_CUSTOMER_ID, { product: 'zpa', keyId: created.id, days: 7, calls: 500, denied: 5, limited: 2, signIns: 10 })
    const copy = await crashCopy()
    store = await createStore({ mode: 'file', dir: copy, compact: false })
    expect(store.keyActivity(DEFAULT_CUSTOMER_ID, 'zpa', created.id).hours).toEqual(written.hours)
    await store.close()
    await rm(copy, { recursive: true, force: true })
  })

  it('replays a journal written before activity existed: its keys, and no activity', async () => {
    let store = await createStore({ mode: 'file', dir, compact: false })
    const created = await store.createApiKey(scope, newKey('from-before'), '1')
    await store.updateApiKey(scope, created.id, { name: 'from-before-2' }, '1')
    await store.close()
    // As the journal was written then: no activity fields, no activity records, no checksums.
    const old = (await journalText())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line.slice(9)) as { op: string; activity?: unknown })
      .filter((record) => record.op !== 'activity')
      .map(({ activity: _activity, ...record }) => JSON.stringify(record))
    await writeFile(join(dir, JOURNAL_FILE), `${old.join('\n')}\n`)
    store = await createStore({ mode: 'file', dir })
    expect(store.getApiKey(scope, created.id)).toMatchObject({ name: 'from-before-2', lastUsedTime: null })
    expect(actions(store, created.id)).toEqual([])
    await store.close()
  })
})

/** A sign-in (or another action) of one key, `n` seconds after 1,000,000. */
const event = (n: number, action: ActivityEvent['action'] = 'signIn'): ActivityEvent => ({
  id: String(100_000_000_000_000_000 + n),
  time: String(1_000_000 + n),
  product: 'zpa',
  action,
  keyId: '123456789012345678',
  keyName: 'capped',
  actor: { kind: 'client', address: '192.0.2.1' },
  before: null,
  after: null,
})

describe('TenantActivity', () => {
  it(`keeps at most ${MAX_EVENTS_PER_KEY} events per key, the newest; an undo puts back what it pushed out`, () => {
    const activity = new TenantActivity()
    const now = 1_000_000 + MAX_EVENTS_PER_KEY + 10
    activity.apply({ events: [event(0, 'create'), ...Array.from({ length: MAX_EVENTS_PER_KEY - 1 }, (_, i) => event(i + 1))] }, now)
    expect(activity.audit({}, now)).toHaveLength(1)
    const undo = activity.apply({ events: [event(MAX_EVENTS_PER_KEY + 1)] }, now)
    const newest = activity.keyActivity('zpa', '123456789012345678', now).events
    expect(newest[0].id).toBe(event(MAX_EVENTS_PER_KEY + 1).id)
    expect(activity.audit({}, now)).toEqual([]) // the oldest, the create, went
    undo()
    expect(activity.audit({}, now)).toHaveLength(1)
    expect(activity.keyActivity('zpa', '123456789012345678', now).events[0].id).toBe(event(MAX_EVENTS_PER_KEY - 1).id)
  })
})
