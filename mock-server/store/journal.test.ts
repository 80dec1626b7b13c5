import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { JOURNAL_FILE } from './journal'
import { createStore, type Scope } from './store'
import { DEFAULT_CUSTOMER_ID } from './seed'

const scope: Scope = { customerId: DEFAULT_CUSTOMER_ID, microtenantId: '0' }
const everything = { page: 1, pageSize: 500, terms: [] }
let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zpa-journal-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const journalText = () => readFile(join(dir, JOURNAL_FILE), 'utf8')
const newKey = (name: string) => ({ name, enabled: true, tokenExpiryTimeInSec: '600', roleId: '28' })

describe('file store', () => {
  it('seeds the demo customer on first start and persists it', async () => {
    const store = await createStore({ mode: 'file', dir })
    expect(store.listApiKeys(scope, everything).totalCount).toBe(37)
    await store.close()
    expect(await journalText()).toContain(`"createTenant","customerId":"${DEFAULT_CUSTOMER_ID}"`)
  })

  it('replays creates, updates, deletes and tenants after a restart', async () => {
    let store = await createStore({ mode: 'file', dir })
    const created = await store.createApiKey(scope, newKey('kept'), '1')
    await store.updateApiKey(scope, created.id, { ...newKey('kept-renamed'), isLocked: false }, '1')
    const victim = store.listApiKeys(scope, everything).list.find((key) => !key.readOnly)!
    await store.deleteApiKey(scope, victim.id)
    const tenant = await store.createTenant({ preset: 'empty' })
    await store.createApiKey({ customerId: tenant.customerId, microtenantId: '0' }, newKey('in-tenant'), '1')
    const before = store.listApiKeys(scope, everything)
    await store.close()

    store = await createStore({ mode: 'file', dir, compact: false })
    expect(store.listApiKeys(scope, everything)).toEqual(before)
    expect(store.getApiKey(scope, created.id).name).toBe('kept-renamed')
    const tenantKeys = store.listApiKeys({ customerId: tenant.customerId, microtenantId: '0' }, everything).list
    expect(tenantKeys.map((key) => key.name)).toEqual(['in-tenant'])
    await store.close()
  })

  it('skips a torn last line left by a crash, and keeps working', async () => {
    let store = await createStore({ mode: 'file', dir })
    const created = await store.createApiKey(scope, newKey('before-crash'), '1')
    await store.close()
    await appendFile(join(dir, JOURNAL_FILE), '{"op":"putKey","customerId":"2161962573312')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      store = await createStore({ mode: 'file', dir, compact: false })
    } finally {
      warn.mockRestore()
    }
    expect(store.getApiKey(scope, created.id).name).toBe('before-crash')
    const after = await store.createApiKey(scope, newKey('after-crash'), '1')
    await store.close()
    store = await createStore({ mode: 'file', dir })
    expect(store.getApiKey(scope, after.id).name).toBe('after-crash')
    expect(store.listApiKeys(scope, everything).totalCount).toBe(39)
    await store.close()
  })

  it('makes many concurrent writes durable (grouped syncs)', async () => {
    let store = await createStore({ mode: 'file', dir })
    const created = await Promise.all(Array.from({ length: 300 }, (_, i) => store.createApiKey(scope, newKey(`bulk-${i}`), '1')))
    await store.close()
    store = await createStore({ mode: 'file', dir })
    expect(store.listApiKeys(scope, everything).totalCount).toBe(337)
    for (const key of created) expect(store.getApiKey(scope, key.id).clientId).toBe(key.clientId)
    await store.close()
  })

  it('compacts on start to the seeds plus the keys changed since', async () => {
    let store = await createStore({ mode: 'file', dir })
    const created = await store.createApiKey(scope, newKey('edited'), '1')
    for (let i = 0; i < 20; i++) await store.updateApiKey(scope, created.id, { ...newKey(`edited-${i}`) }, '1')
    await store.close()
    expect((await journalText()).trim().split('\n').length).toBeGreaterThan(20)
    store = await createStore({ mode: 'file', dir })
    await store.close()
    const lines = (await journalText()).trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('edited-19')
    expect(await readdir(dir)).toEqual([JOURNAL_FILE])
  })

  it('keeps failed sign-ins, sign-in locks and the mock clock across restarts and compaction', async () => {
    let store = await createStore({ mode: 'file', dir })
    const locked = await store.createApiKey(scope, newKey('locked-out'), '1')
    const counting = await store.createApiKey(scope, newKey('two-failures'), '1')
    for (let i = 0; i < 3; i++) expect(await store.signIn(locked.clientId, 'wrong')).toBeUndefined()
    for (let i = 0; i < 2; i++) await store.signIn(counting.clientId, 'wrong')
    await store.advanceClock(DEFAULT_CUSTOMER_ID, 600)
    await store.close()

    store = await createStore({ mode: 'file', dir, compact: false })
    expect(store.getApiKey(scope, locked.id).isLocked).toBe(true)
    expect(store.tenant(DEFAULT_CUSTOMER_ID)!.clock.offsetSeconds).toBe(600)
    // The count of two survived: one more failure locks.
    await store.signIn(counting.clientId, 'wrong')
    expect(store.getApiKey(scope, counting.id).isLocked).toBe(true)
    await store.close()

    store = await createStore({ mode: 'file', dir }) // compacts
    await store.close()
    store = await createStore({ mode: 'file', dir, compact: false })
    expect(store.getApiKey(scope, locked.id).isLocked).toBe(true)
    // The lock lapses 30 minutes (mock time) after it was set, on the restored clock.
    // (Margins of 30 s: the real seconds that pass during the test count too.)
    await store.advanceClock(DEFAULT_CUSTOMER_ID, 1170)
    expect(store.getApiKey(scope, locked.id).isLocked).toBe(true)
    await store.advanceClock(DEFAULT_CUSTOMER_ID, 30)
    expect(store.getApiKey(scope, locked.id).isLocked).toBe(false)
    expect(await store.signIn(locked.clientId, locked.clientSecret)).toMatchObject({ id: locked.id })
    await store.close()
    expect(await journalText()).not.toContain(locked.clientSecret)
  })

  it('never writes a secret in clear', async () => {
    const store = await createStore({ mode: 'file', dir })
    const created = await Promise.all(['a', 'b', 'c'].map((name) => store.createApiKey(scope, newKey(name), '1')))
    const secrets = created.map((key) => key.clientSecret)
    await store.close()
    const text = await journalText()
    for (const secret of secrets) {
      expect(text).not.toContain(secret)
      expect(text).not.toContain(JSON.stringify(secret).slice(1, -1))
    }
  })
})
