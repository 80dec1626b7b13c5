/**
 * The Digital Experience API page's management calls (SPEC §4; the mock's own, the real portal's are not published):
 * /zdx/v1/admin/customers/{customerId}/apiKeys, /apiKeys/{id}, /apiKeys/{id}/secret (what View shows) and /roles (the
 * Select Role field), with ZPA's envelope, ids, errors and search grammar, under the portal session only. ZDX has
 * no microtenants: one set of keys per customer. A secret leaves only in the 201 of create and in …/secret.
 */
import { Hono, type Context } from 'hono'
import { createZdxApiKeyInput, listZdxApiKeysQuery, updateZdxApiKeyInput, zdxSearchFields, type ZdxApiKeyWithSecret } from '../../src/contract/zdx-api-key'
import type { AppEnv } from '../auth'
import { parseWith, readJson } from '../body'
import { methodNotAllowed } from '../errors'
import type { Store } from '../store/store'
import { keyActivityHandler } from './activity'
import { keyIdParam, searchTermsOver } from './product-keys'

// No cache, proxy or back button keeps an answer holding a secret.
const withSecret = (c: Context<AppEnv>, key: ZdxApiKeyWithSecret, status: 200 | 201) => c.json(key, status, { 'Cache-Control': 'no-store' })

export const zdxApiKeyRoutes = (store: Store) =>
  new Hono<AppEnv>()
    .get('/', (c) => {
      const query = parseWith(listZdxApiKeysQuery, c.req.query())
      const { totalCount, totalPages, list } = store.listZdxKeys(c.var.principal.customerId, {
        page: query.page,
        pageSize: query.pageSize,
        terms: searchTermsOver(query.search, zdxSearchFields, 'Digital Experience'),
        sortBy: query.sortBy,
        sortOrder: query.sortOrder,
        notUsedForDays: query.notUsedForDays,
      })
      return c.json({ totalPages: String(totalPages), totalCount: String(totalCount), list })
    })
    .post('/', async (c) => {
      const values = parseWith(createZdxApiKeyInput, await readJson(c))
      return withSecret(c, await store.createZdxKey(c.var.principal.customerId, values, c.var.principal.actorId), 201)
    })
    .all('/', methodNotAllowed('GET', 'POST'))
    .get('/:id', (c) => c.json(store.getZdxKey(c.var.principal.customerId, keyIdParam(c))))
    .put('/:id', async (c) => {
      const id = keyIdParam(c)
      const values = parseWith(updateZdxApiKeyInput, await readJson(c))
      await store.updateZdxKey(c.var.principal.customerId, id, values, c.var.principal.actorId)
      return c.body(null, 204)
    })
    .delete('/:id', async (c) => {
      await store.deleteZdxKey(c.var.principal.customerId, keyIdParam(c))
      return c.body(null, 204)
    })
    .all('/:id', methodNotAllowed('GET', 'PUT', 'DELETE'))
    .get('/:id/activity', keyActivityHandler(store, 'zdx'))
    .all('/:id/activity', methodNotAllowed('GET'))
    .get('/:id/secret', (c) => withSecret(c, store.zdxKeyWithSecret(c.var.principal.customerId, keyIdParam(c)), 200))
    .all('/:id/secret', methodNotAllowed('GET'))

export const zdxRoleRoutes = (store: Store) =>
  new Hono<AppEnv>().get('/', (c) => c.json(store.listZdxRoles(c.var.principal.customerId))).all('/', methodNotAllowed('GET'))
