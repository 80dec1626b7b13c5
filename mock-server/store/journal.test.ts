import { spawnSync } from 'node:child_process'
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DataFolderError, LOCK_FILE } from './data-folder'
import { BACKUP_FILE, JOURNAL_FILE } from './journal'
import { KEY_FILE } from './secret-box'
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
    // The tenant, the key as it is now, and the key's activity (its 21 audit events) in one record.
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain('edited-19')
    expect(lines[2]).toContain('"op":"activity"')
    expect(lines[2].match(/"action":"(create|update)"/g)).toHaveLength(21)
    expect((await readdir(dir)).toSorted()).toEqual([JOURNAL_FILE, BACKUP_FILE, KEY_FILE].toSorted())
  })

  it('keeps the journal a compaction replaced as journal.jsonl.bak', async () => {
    let store = await createStore({ mode: 'file', dir })
    await store.createApiKey(scope, newKey('before-compaction'), '1')
    await store.close()
    const before = await journalText()
    store = await createStore({ mode: 'file', dir })
    await store.createApiKey(scope, newKey('after-compaction'), '1') // appended to the new journal only
    await store.close()
    expect(await readFile(join(dir, BACKUP_FILE), 'utf8')).toBe(before)
    expect(await journalText()).not.toBe(before)
  })

  it('refuses to open a journal with a damaged line before its end, naming the file and line, and changes nothing', async () => {
    let store = await createStore({ mode: 'file', dir, compact: false })
    for (const name of ['one', 'two', 'three']) await store.createApiKey(scope, newKey(name), '1')
    await store.close()
    const lines = (await journalText()).split('\n')
    expect(lines).toHaveLength(5) // the tenant, three keys, and the empty rest after the last newline
    const at = lines[2].indexOf('two') // the middle key's name: still valid JSON once changed
    lines[2] = `${lines[2].slice(0, at)}twp${lines[2].slice(at + 3)}`
    const damaged = `${lines.join('\n')}{"op":"putKey"` // and a torn last line, which must not be cut off either
    await writeFile(join(dir, JOURNAL_FILE), damaged)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const opening = createStore({ mode: 'file', dir })
      await expect(opening).rejects.toThrow(DataFolderError)
      await expect(opening).rejects.toThrow(
        `journal: line 3 of ${join(dir, JOURNAL_FILE)} is damaged (checksum mismatch); the data folder was left as it is`,
      )
    } finally {
      warn.mockRestore()
    }
    expect(await journalText()).toBe(damaged)
    expect((await readdir(dir)).toSorted()).toEqual([JOURNAL_FILE, KEY_FILE].toSorted())
    // Unparseable is damaged too.
    await writeFile(join(dir, JOURNAL_FILE), `${lines[0]}\nnot a record\n${lines[1]}\n`)
    await expect(createStore({ mode: 'file', dir })).rejects.toThrow(/line 2 of .* is damaged \(not JSON\)/)
  })

  it('reads journals written before records carried a checksum', async () => {
    let store = await createStore({ mode: 'file', dir, compact: false })
    const created = await store.createApiKey(scope, newKey('old-format'), '1')
    await store.close()
    const plain = (await journalText()).replace(/^[0-9a-f]{8} /gm, '')
    expect(plain.startsWith('{"op":"createTenant"')).toBe(true)
    await writeFile(join(dir, JOURNAL_FILE), plain)
    store = await createStore({ mode: 'file', dir })
    expect(store.getApiKey(scope, created.id).name).toBe('old-format')
    await store.close()
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
    expect(await store.signIn(locked.clientId, locked.clientSecret)).toMatchObject({ key: { id: locked.id } })
    await store.close()
    expect(await journalText()).not.toContain(locked.clientSecret)
  })

  it('refuses a second store on a data folder in use, naming the folder; the first keeps working', async () => {
    const first = await createStore({ mode: 'file', dir })
    await expect(createStore({ mode: 'file', dir })).rejects.toThrow(
      new DataFolderError(`another server is using the data folder ${dir} (pid ${process.pid}); stop it first or pass another --data-dir`),
    )
    const created = await first.createApiKey(scope, newKey('first-store'), '1')
    await first.close()
    expect(await readdir(dir)).not.toContain(LOCK_FILE) // released on close
    const second = await createStore({ mode: 'file', dir })
    expect(second.getApiKey(scope, created.id).name).toBe('first-store')
    await second.close()
  })

  it.each([
    ['a process that is gone', () => spawnSync(process.execPath, ['-e', '']).pid],
    ['an earlier process with our pid (a restarted container)', () => process.pid],
  ])('takes over a lock left by %s', async (_who, pid) => {
    await writeFile(join(dir, LOCK_FILE), `${pid()}\n`)
    const store = await createStore({ mode: 'file', dir })
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`)
    await store.close()
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
