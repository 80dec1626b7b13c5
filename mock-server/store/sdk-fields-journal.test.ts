import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { apiKey } from '../../src/contract/api-key'
import { JOURNAL_FILE } from './journal'
import { DEFAULT_CUSTOMER_ID } from './seed'
import { createStore, type Scope } from './store'

const scope: Scope = { customerId: DEFAULT_CUSTOMER_ID, microtenantId: '0' }
let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zpa-sdk-fields-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

it('reads keys journaled before the SDK-modelled fields existed with their defaults, and keeps them after compaction', async () => {
  let store = await createStore({ mode: 'file', dir, compact: false })
  const created = await store.createApiKey(scope, { name: 'journaled-before', enabled: true, tokenExpiryTimeInSec: '600', roleId: '28' }, '1')
  await store.close()
  // A journal as written before iamClientId, pinSessionEnabled, restrictionType and syncVersion existed (plain lines are read too).
  const lines = (await readFile(join(dir, JOURNAL_FILE), 'utf8')).replace(/^[0-9a-f]{8} /gm, '')
  const old = lines.replace(/,"iamClientId":"","pinSessionEnabled":false,"restrictionType":"","syncVersion":"0"/g, '')
  expect(old).not.toContain('syncVersion')
  await writeFile(join(dir, JOURNAL_FILE), old)

  store = await createStore({ mode: 'file', dir })
  const read = store.getApiKey(scope, created.id)
  expect(apiKey.parse(read)).toMatchObject({ name: 'journaled-before', iamClientId: '', pinSessionEnabled: false, restrictionType: '', syncVersion: '0' })
  await store.close()
  expect(await readFile(join(dir, JOURNAL_FILE), 'utf8')).toContain('"syncVersion":"0"')
})
