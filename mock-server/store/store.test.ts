import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp } from '../app'
import { customerBase, errorOf, expected, fileHandlePrototype, jsonOf, TestClient } from '../testing'
import { clientIdFor, randomId } from './ids'
import { DEFAULT_CUSTOMER_ID } from './seed'
import { createStore, StoreError, type Scope } from './store'

const scope: Scope = { customerId: DEFAULT_CUSTOMER_ID, microtenantId: '0' }
const everything = { page: 1, pageSize: 500, terms: [] }
const newKey = (name: string) => ({ name, enabled: true, tokenExpiryTimeInSec: '600', roleId: '28' })
const storageUnavailable = { name: 'StoreError', kind: 'storageUnavailable' }

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zpa-store-'))
})
afterEach(async () => {
  vi.restoreAllMocks()
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})


describe('store: a failed journal write', () => {
  it('is undone with every change after it; later writes are refused and change nothing; reads go on', async () => {
    let store = await createStore({ mode: 'file', dir })
    const kept = await store.createApiKey(scope, newKey('kept'), '1')
    const before = store.listApiKeys(scope, everything)
    const diskFull = Object.assign(new Error('EFBIG: file too large, write'), { code: 'EFBIG' })
    const write = vi.spyOn(await fileHandlePrototype(dir), 'write').mockRejectedValue(diskFull)
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})

    // Several changes in flight at once, two of them to one key: undone newest first, the key is as before.
    const writes = await Promise.allSettled([
      store.createApiKey(scope, newKey('lost'), '1'),
      store.updateApiKey(scope, kept.id, newKey('kept-renamed'), '1'),
      store.deleteApiKey(scope, kept.id),
      store.setTimeZone(DEFAULT_CUSTOMER_ID, 'Asia/Tokyo'),
      store.advanceClock(DEFAULT_CUSTOMER_ID, 60),
      store.createTenant({ preset: 'empty' }),
    ])
    for (const result of writes) expect(result).toMatchObject({ status: 'rejected', reason: storageUnavailable })
    expect((writes[0] as PromiseRejectedResult).reason).toBeInstanceOf(StoreError)
    expect(logged).toHaveBeenCalledOnce()
    const tenant = store.tenant(DEFAULT_CUSTOMER_ID)!
    expect(store.listApiKeys(scope, everything)).toEqual(before)
    expect(tenant.microtenants.get('0')!.idOfName('lost')).toBeUndefined()
    expect(tenant.timeZone).toBe('UTC')
    expect(tenant.clock.offsetSeconds).toBe(0)
    expect(store.tenantCount()).toBe(1)

    // Even with the disk back, the journal's tail is unknown: no write until a restart.
    write.mockRestore()
    await expect(store.createApiKey(scope, newKey('later'), '1')).rejects.toMatchObject(storageUnavailable)
    await expect(store.deleteApiKey(scope, kept.id)).rejects.toMatchObject(storageUnavailable)
    expect(store.listApiKeys(scope, everything)).toEqual(before)
    expect(store.getApiKey(scope, kept.id).name).toBe('kept')
    await store.close()

    // Memory was what the disk holds.
    store = await createStore({ mode: 'file', dir })
    expect(store.listApiKeys(scope, everything)).toEqual(before)
    expect((await store.createApiKey(scope, newKey('lost'), '1')).name).toBe('lost')
    await store.close()
  })

  it('keeps one create of a name when 50 run at once', async () => {
    const store = await createStore({ mode: 'file', dir })
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => store.createApiKey(scope, newKey('once'), '1')))
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    await store.close()
  })
})

describe('the API on a failed journal write', () => {
  it('answers 503 retryable.server.error and changes nothing: the key is not listed, its name is free after a restart', async () => {
    const keys = `${customerBase()}/apiKeys`
    const names = async (client: TestClient) =>
      ((await jsonOf(await client.request(`${keys}?pagesize=500`), 200)) as { list: { name: string }[] }).list.map((key) => key.name)
    let store = await createStore({ mode: 'file', dir })
    let client = new TestClient(createApp({ store, control: true }))
    await client.signIn()
    const before = await names(client)
    const diskFull = Object.assign(new Error('EFBIG: file too large, write'), { code: 'EFBIG' })
    const write = vi.spyOn(await fileHandlePrototype(dir), 'write').mockRejectedValue(diskFull)
    vi.spyOn(console, 'error').mockImplementation(() => {})

    const create = () => client.request(keys, { method: 'POST', json: newKey('on-a-full-disk') })
    const refused = await create()
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/)
    expect(await errorOf(refused)).toMatchObject(expected.unavailable)
    expect(await names(client)).toEqual(before)
    // The name is not taken (no 409), and later writes change nothing either, even with the disk back.
    write.mockRestore()
    expect(await errorOf(await create())).toMatchObject(expected.unavailable)
    expect(await errorOf(await client.request('/portal/time-zone', { method: 'PUT', json: { timeZone: 'Asia/Tokyo' } }))).toMatchObject(expected.unavailable)
    expect(await names(client)).toEqual(before)
    expect((await client.signIn()).timeZone).toBe('UTC')
    await store.close()

    store = await createStore({ mode: 'file', dir })
    client = new TestClient(createApp({ store, control: true }))
    await client.signIn()
    expect(await names(client)).toEqual(before)
    expect((await create()).status).toBe(201)
    await store.close()
  })
})

describe('store: sign-in failures', () => {
  it('wait for one journal sync each, whether the client id is unknown, its secret wrong or its key locked', async () => {
    const store = await createStore({ mode: 'file', dir })
    const key = await store.createApiKey(scope, newKey('signs-in'), '1')
    const datasync = vi.spyOn(await fileHandlePrototype(dir), 'datasync')
    const syncsOf = async (clientId: string) => {
      datasync.mockClear()
      expect(await store.signIn(clientId, 'wrong')).toBeUndefined()
      return datasync.mock.calls.length
    }
    expect(await syncsOf(clientIdFor(randomId()))).toBe(1)
    expect(await syncsOf(key.clientId)).toBe(1)
    await syncsOf(key.clientId)
    expect(await syncsOf(key.clientId)).toBe(1) // the third failure locks
    expect(store.getApiKey(scope, key.id).isLocked).toBe(true)
    expect(await syncsOf(key.clientId)).toBe(1)
    await store.close()
  })
})

describe('store: names', () => {
  it('are compared after NFC, so composed and decomposed accents are one name', async () => {
    const store = await createStore({ mode: 'memory' })
    const composed = await store.createApiKey(scope, newKey('Caf\u00e9'), '1')
    await expect(store.createApiKey(scope, newKey('cafe\u0301'), '1')).rejects.toMatchObject({ kind: 'duplicateName' })
    const other = await store.createApiKey(scope, newKey('other'), '1')
    await expect(store.updateApiKey(scope, other.id, newKey('CAFE\u0301'), '1')).rejects.toMatchObject({ kind: 'duplicateName' })
    const found = store.listApiKeys(scope, { ...everything, terms: [{ field: 'name', op: 'EQ', value: 'cafe\u0301' }] })
    expect(found.list.map((key) => key.id)).toEqual([composed.id])
  })
})

describe('store: tenants', () => {
  it('drops a tenant for good, durably, and never the demo customer', async () => {
    let store = await createStore({ mode: 'file', dir })
    const tenant = await store.createTenant({ preset: 'empty' })
    await store.createApiKey({ customerId: tenant.customerId, microtenantId: '0' }, newKey('in-dropped'), '1')
    expect(store.tenantCount()).toBe(2)
    await store.dropTenant(tenant.customerId)
    expect(store.tenant(tenant.customerId)).toBeUndefined()
    expect(store.tenantCount()).toBe(1)
    await expect(store.dropTenant(tenant.customerId)).rejects.toMatchObject({ kind: 'tenantNotFound' })
    await expect(store.dropTenant(DEFAULT_CUSTOMER_ID)).rejects.toThrow('never dropped')
    await store.close()

    for (const compact of [false, true, false]) {
      store = await createStore({ mode: 'file', dir, compact })
      expect(store.tenant(tenant.customerId)).toBeUndefined()
      expect(store.tenantCount()).toBe(1)
      await store.close()
    }
  })

  it('lists the tenants idle longer than asked, never the demo customer; touch and creation count as use', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(1_000_000)
    const store = await createStore({ mode: 'memory' })
    const used = await store.createTenant({ preset: 'empty' })
    const idle = await store.createTenant({ preset: 'empty' })
    expect(store.idleTenants(0)).toEqual([])
    vi.setSystemTime(1_000_000 + 60_000)
    store.touch(used.customerId)
    store.touch('no-such-customer') // ignored
    expect(store.idleTenants(30_000)).toEqual([idle.customerId])
    vi.setSystemTime(1_000_000 + 90_000)
    expect(store.idleTenants(20_000).toSorted()).toEqual([used.customerId, idle.customerId].toSorted())
    expect(store.idleTenants(90_000)).toEqual([])
  })
})
