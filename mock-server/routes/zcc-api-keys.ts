/**
 * The Client Connector API page's management calls (SPEC §4; the mock's own, the real portal's are not published):
 * /zcc/v1/admin/customers/{customerId}/apiKeys and /apiKeys/{id}, with ZPA's envelope, ids, errors and search
 * grammar, under the portal session only. ZCC has no microtenants: one set of keys per customer.
 */
import { Hono } from 'hono'
import { rotateSecretInput } from '../../src/contract/rotation'
import { createZccApiKeyInput, listZccApiKeysQuery, updateZccApiKeyInput, zccSearchFields } from '../../src/contract/zcc-api-key'
import type { AppEnv } from '../auth'
import { parseWith, readJson } from '../body'
import { methodNotAllowed } from '../errors'
import type { Store } from '../store/store'
import { keyActivityHandler } from './activity'
import { keyIdParam, searchTermsOver } from './product-keys'

export const zccApiKeyRoutes = (store: Store) =>
  new Hono<AppEnv>()
    .get('/', (c) => {
      const query = parseWith(listZccApiKeysQuery, c.req.query())
      const { totalCount, totalPages, list } = store.listZccKeys(c.var.principal.customerId, {
        page: query.page,
        pageSize: query.pageSize,
        terms: searchTermsOver(query.search, zccSearchFields, 'Client Connector'),
        sortBy: query.sortBy,
        sortOrder: query.sortOrder,
        notUsedForDays: query.notUsedForDays,
      })
      return c.json({ totalPages: String(totalPages), totalCount: String(totalCount), list })
    })
    .post('/', async (c) => {
      const values = parseWith(createZccApiKeyInput, await readJson(c))
      return c.json(await store.createZccKey(c.var.principal.customerId, values, c.var.principal.actorId), 201)
    })
    .all('/', methodNotAllowed('GET', 'POST'))
    .get('/:id', (c) => c.json(store.getZccKey(c.var.principal.customerId, keyIdParam(c))))
    .put('/:id', async (c) => {
      const id = keyIdParam(c)
      const values = parseWith(updateZccApiKeyInput, await readJson(c))
      await store.updateZccKey(c.var.principal.customerId, id, values, c.var.principal.actorId)
      return c.body(null, 204)
    })
    .delete('/:id', async (c) => {
      await store.deleteZccKey(c.var.principal.customerId, keyIdParam(c))
      return c.body(null, 204)
    })
    .all('/:id', methodNotAllowed('GET', 'PUT', 'DELETE'))
    .get('/:id/activity', keyActivityHandler(store, 'zcc'))
    .all('/:id/activity', methodNotAllowed('GET'))
    // Issue #17, the mock's own (rotation.ts): no body rotates with no grace.
    .post('/:id/rotateSecret', async (c) => {
      const id = keyIdParam(c)
      const { gracePeriodInSec } = parseWith(rotateSecretInput, await readJson(c, { emptyAs: {} }))
      return c.json(await store.rotateZccKeySecret(c.var.principal.customerId, id, gracePeriodInSec, c.var.principal.actorId))
    })
    .all('/:id/rotateSecret', methodNotAllowed('POST'))
    .delete('/:id/previousSecret', async (c) => c.json(await store.endZccKeyGrace(c.var.principal.customerId, keyIdParam(c), c.var.principal.actorId)))
    .all('/:id/previousSecret', methodNotAllowed('DELETE'))
