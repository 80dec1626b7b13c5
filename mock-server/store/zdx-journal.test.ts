/**
 * ZDX keys in the file store: journaled and durable across restarts (compacted or not), their secrets sealed with the
 * data folder's own key (secrets.key, 0600), never in clear on disk, and opened again for View after a restart.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DataFolderError } from './data-folder'
import { JOURNAL_FILE } from './journal'
import { KEY_FILE, SecretBox } from './secret-box'
import { DEFAULT_CUSTOMER_ID } from './seed'
import { createStore, type Store } from './store'
import { ZDX_READ_ONLY_ROLE_ID, ZDX_SUPER_ADMIN_ROLE_ID } from './zdx-seed'

const everything = { page: 1, pageSize: 500, terms: [] }
let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zdx-journal-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** Every file of the data folder, as bytes read as text. */
async function folderText(): Promise<string> {
  const files = await readdir(dir)
  return (await Promise.all(files.map((file) => readFile(join(dir, file), 'latin1')))).join('\n')
}

const secretsOf = (store: Store, customerId = DEFAULT_CUSTOMER_ID) =>
  store.listZdxKeys(customerId, everything).list.map((key) => store.zdxKeyWithSecret(customerId, key.id).keySecret)

describe('ZDX in the file store', () => {
  it.each([true, false])('keeps created, changed and deleted keys and their secrets across a restart (compacted: %s)', async (compact) => {
    let store = await createStore({ mode: 'file', dir })
    const kept = await store.createZdxKey(DEFAULT_CUSTOMER_ID, { name: 'kept', roleId: ZDX_SUPER_ADMIN_ROLE_ID }, '1')
    await store.updateZdxKey(DEFAULT_CUSTOMER_ID, kept.id, { name: 'kept-renamed', roleId: ZDX_READ_ONLY_ROLE_ID }, '1')
    const victim = store.listZdxKeys(DEFAULT_CUSTOMER_ID, everything).list[0]
    await store.deleteZdxKey(DEFAULT_CUSTOMER_ID, victim.id)
    const tenant = await store.createTenant({ preset: 'empty' })
    const inTenant = await store.createZdxKey(tenant.customerId, { name: 'in-tenant', roleId: ZDX_READ_ONLY_ROLE_ID }, '1')
    const before = store.listZdxKeys(DEFAULT_CUSTOMER_ID, everything)
    const secretsBefore = secretsOf(store)
    await store.close()
    expect(await readFile(join(dir, JOURNAL_FILE), 'utf8')).toMatch(/"op":"putZdxKey"/)

    // Twice: the second start replays the journal the first one compacted.
    for (let start = 0; start < 2; start++) {
      store = await createStore({ mode: 'file', dir, compact })
      expect(store.listZdxKeys(DEFAULT_CUSTOMER_ID, everything)).toEqual(before)
      expect(store.getZdxKey(DEFAULT_CUSTOMER_ID, kept.id)).toMatchObject({ name: 'kept-renamed', roleName: 'Read Only Admin' })
      expect(() => store.getZdxKey(DEFAULT_CUSTOMER_ID, victim.id)).toThrow(/There is no API key/)
      expect(secretsOf(store)).toEqual(secretsBefore)
      expect(store.zdxKeyWithSecret(DEFAULT_CUSTOMER_ID, kept.id).keySecret).toBe(kept.keySecret)
      expect(store.zdxKeyWithSecret(tenant.customerId, inTenant.id).keySecret).toBe(inTenant.keySecret)
      await store.close()
    }
  })

  it('never writes a secret in clear: not a created one, nor a seeded one View showed, in any file of the folder', async () => {
    let store = await createStore({ mode: 'file', dir })
    const created = await store.createZdxKey(DEFAULT_CUSTOMER_ID, { name: 'secret-keeper', roleId: ZDX_SUPER_ADMIN_ROLE_ID }, '1')
    await store.updateZdxKey(DEFAULT_CUSTOMER_ID, created.id, { name: 'secret-keeper-2' }, '1')
    const seeded = secretsOf(store)
    await store.close()
    store = await createStore({ mode: 'file', dir })
    await store.close()
    const text = await folderText()
    expect(text).toContain('secret-keeper-2') // the check reads what the journal holds
    for (const secret of [created.keySecret, ...seeded]) {
      expect(text).not.toContain(secret)
      expect(text).not.toContain(Buffer.from(secret).toString('base64'))
    }
  })

  it('keeps the key beside the data, 32 random bytes readable by the owner only, a fresh one per folder', async () => {
    const store = await createStore({ mode: 'file', dir })
    await store.close()
    const keyFile = join(dir, KEY_FILE)
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600)
    expect((await readFile(keyFile)).length).toBe(32)
    const other = await mkdtemp(join(tmpdir(), 'zdx-journal-'))
    try {
      await (await createStore({ mode: 'file', dir: other })).close()
      expect(await readFile(join(other, KEY_FILE))).not.toEqual(await readFile(keyFile))
    } finally {
      await rm(other, { recursive: true, force: true })
    }
  })

  it('gives a seeded key the same secret after a restart and after a reset, another in another folder', async () => {
    let store = await createStore({ mode: 'file', dir })
    const seeded = secretsOf(store)
    expect(new Set(seeded).size).toBe(10)
    await store.resetTenant(DEFAULT_CUSTOMER_ID)
    expect(secretsOf(store)).toEqual(seeded)
    await store.close()
    store = await createStore({ mode: 'file', dir })
    expect(secretsOf(store)).toEqual(seeded)
    await store.close()
    const memory = await createStore({ mode: 'memory' })
    expect(secretsOf(memory)).not.toEqual(seeded)
  })

  it('refuses to start when the secrets no longer open (the key file was replaced), and says which file', async () => {
    const store = await createStore({ mode: 'file', dir })
    await store.createZdxKey(DEFAULT_CUSTOMER_ID, { name: 'orphan', roleId: ZDX_SUPER_ADMIN_ROLE_ID }, '1')
    await store.close()
    await writeFile(join(dir, KEY_FILE), Buffer.alloc(32, 7), { mode: 0o600 })
    const opening = createStore({ mode: 'file', dir })
    await expect(opening).rejects.toThrow(DataFolderError)
    await expect(opening).rejects.toThrow(new RegExp(`do not open with its ${KEY_FILE}`))
    await writeFile(join(dir, KEY_FILE), Buffer.alloc(5))
    await expect(createStore({ mode: 'file', dir })).rejects.toThrow(/is damaged \(5 bytes, not 32\)/)
  })
})

describe('SecretBox', () => {
  it('opens only what it sealed, for the same context, unaltered', () => {
    const box = new SecretBox()
    const sealed = box.seal('s3cret', 'zdx:1:2')
    expect(JSON.stringify(sealed)).not.toContain('s3cret')
    expect(box.open(sealed, 'zdx:1:2')).toBe('s3cret')
    expect(box.seal('s3cret', 'zdx:1:2').data).not.toBe(sealed.data) // a fresh IV each time
    expect(() => box.open(sealed, 'zdx:1:3')).toThrow(/unable to authenticate/)
    expect(() => new SecretBox().open(sealed, 'zdx:1:2')).toThrow(/unable to authenticate/)
    const flipped = Buffer.from(sealed.data, 'base64')
    flipped[0] ^= 1
    expect(() => box.open({ ...sealed, data: flipped.toString('base64') }, 'zdx:1:2')).toThrow(/unable to authenticate/)
  })
})
