/** /apiKeys and /apiKeys/{id} of one customer, in the microtenant `c.var.scope` names. */
import { Hono, type Context } from 'hono'
import { createApiKeyInput, updateApiKeyInput } from '../../src/contract/api-key'
import { listApiKeysQuery } from '../../src/contract/list-query'
import { rotateSecretInput } from '../../src/contract/rotation'
import { parseSearch } from '../../src/contract/search'
import type { AppEnv } from '../auth'
import { parseWith, readJson } from '../body'
import { invalidOperand, methodNotAllowed, notFound } from '../errors'
import { isIdString } from '../store/ids'
import type { ApiKeyRecord } from '../store/model'
import type { Store } from '../store/store'
import { actorOf, keyActivityHandler } from './activity'

/** The key id of the path; one that is not a decimal id cannot exist. */
function keyId(c: Context<AppEnv>): string {
  const id = c.req.param('id')
  if (id === undefined || !isIdString(id)) throw notFound(`There is no API key ${id ?? ''}`.trim())
  return id
}

// Key objects are immutable (a change replaces them), so each is serialised once, not on every page read; only its
// last use (which calls change, not admins) and its old secret's grace (which the clock ends) are added each time.
const serialised = new WeakMap<ApiKeyRecord, string>()
const jsonTime = (time: string | null) => (time === null ? 'null' : `"${time}"`)
function toJson(key: ApiKeyRecord, lastUsedTime: string | null, previousSecretValidUntil: string | null): string {
  let json = serialised.get(key)
  if (json === undefined) {
    json = JSON.stringify(key).slice(0, -1)
    serialised.set(key, json)
  }
  return `${json},"lastUsedTime":${jsonTime(lastUsedTime)},"previousSecretValidUntil":${jsonTime(previousSecretValidUntil)}}`
}

export const apiKeyRoutes = (store: Store) =>
  new Hono<AppEnv>()
    .get('/', (c) => {
      const query = parseWith(listApiKeysQuery, c.req.query())
      const search = parseSearch(query.search ?? '')
      if (!search.ok) throw invalidOperand(`The search is not valid: ${search.reason}`)
      const { totalCount, totalPages, list } = store.listApiKeys(c.var.scope, {
        page: query.page,
        pageSize: query.pageSize,
        terms: search.terms,
        sortBy: query.sortBy,
        sortOrder: query.sortOrder,
        notUsedForDays: query.notUsedForDays,
      })
      const lastUsed = store.lastUsedTimes(c.var.scope.customerId, 'zpa')
      const graceUntil = store.previousSecretValidUntils(c.var.scope)
      const envelope = `{"totalPages":"${totalPages}","totalCount":"${totalCount}","list":[${list.map((key) => toJson(key, lastUsed(key.id), graceUntil(key.id))).join(',')}]}`
      return c.body(envelope, 200, { 'Content-Type': 'application/json' })
    })
    .post('/', async (c) => {
      const values = parseWith(createApiKeyInput, await readJson(c))
      return c.json(await store.createApiKey(c.var.scope, values, c.var.principal.actorId, actorOf(c)), 201)
    })
    .all('/', methodNotAllowed('GET', 'POST'))
    .get('/:id', (c) => c.json(store.getApiKey(c.var.scope, keyId(c))))
    .put('/:id', async (c) => {
      const id = keyId(c)
      const values = parseWith(updateApiKeyInput, await readJson(c))
      await store.updateApiKey(c.var.scope, id, values, c.var.principal.actorId, actorOf(c))
      return c.body(null, 204)
    })
    .delete('/:id', async (c) => {
      await store.deleteApiKey(c.var.scope, keyId(c), actorOf(c))
      return c.body(null, 204)
    })
    .all('/:id', methodNotAllowed('GET', 'PUT', 'DELETE'))
    .get('/:id/activity', keyActivityHandler(store, 'zpa'))
    .all('/:id/activity', methodNotAllowed('GET'))
    // Issue #17, the mock's own (rotation.ts): no body rotates with no grace.
    .post('/:id/rotateSecret', async (c) => {
      const id = keyId(c)
      const { gracePeriodInSec } = parseWith(rotateSecretInput, await readJson(c, { emptyAs: {} }))
      return c.json(await store.rotateApiKeySecret(c.var.scope, id, gracePeriodInSec, c.var.principal.actorId, actorOf(c)))
    })
    .all('/:id/rotateSecret', methodNotAllowed('POST'))
    .delete('/:id/previousSecret', async (c) => c.json(await store.endApiKeyGrace(c.var.scope, keyId(c), c.var.principal.actorId, actorOf(c))))
    .all('/:id/previousSecret', methodNotAllowed('DELETE'))
