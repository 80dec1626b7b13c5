/**
 * The Client Connector API page's management calls (SPEC §4; the mock's own, the real portal's are not published):
 * /zcc/v1/admin/customers/{customerId}/apiKeys and /apiKeys/{id}, with ZPA's envelope, ids, errors and search
 * grammar, under the portal session only. ZCC has no microtenants: one set of keys per customer.
 */
import { Hono, type Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { parseSearch } from '../../src/contract/search'
import { createZccApiKeyInput, listZccApiKeysQuery, updateZccApiKeyInput, zccSearchFields } from '../../src/contract/zcc-api-key'
import type { AppEnv } from '../auth'
import { parseWith, readJson } from '../body'
import { accessDenied, invalidOperand, methodNotAllowed, notFound } from '../errors'
import { isIdString } from '../store/ids'
import type { Store } from '../store/store'

/** The path's customer must be the session's. */
export const sameCustomer = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.param('customerId') !== c.var.principal.customerId) throw accessDenied('The session does not belong to this customer')
  await next()
})

function keyId(c: Context<AppEnv>): string {
  const id = c.req.param('id')
  if (id === undefined || !isIdString(id)) throw notFound(`There is no API key ${id ?? ''}`.trim())
  return id
}

const isZccSearchField = (field: string) => (zccSearchFields as readonly string[]).includes(field)

export const zccApiKeyRoutes = (store: Store) =>
  new Hono<AppEnv>()
    .get('/', (c) => {
      const query = parseWith(listZccApiKeysQuery, c.req.query())
      const search = parseSearch(query.search ?? '')
      if (!search.ok) throw invalidOperand(`The search is not valid: ${search.reason}`)
      const other = search.terms.find((term) => !isZccSearchField(term.field))
      if (other) throw invalidOperand(`The search is not valid: '${other.field}' is not a searchable field of a Client Connector API key`)
      const { totalCount, totalPages, list } = store.listZccKeys(c.var.principal.customerId, {
        page: query.page,
        pageSize: query.pageSize,
        terms: search.terms,
        sortBy: query.sortBy,
        sortOrder: query.sortOrder,
      })
      return c.json({ totalPages: String(totalPages), totalCount: String(totalCount), list })
    })
    .post('/', async (c) => {
      const values = parseWith(createZccApiKeyInput, await readJson(c))
      return c.json(await store.createZccKey(c.var.principal.customerId, values, c.var.principal.actorId), 201)
    })
    .all('/', methodNotAllowed('GET', 'POST'))
    .get('/:id', (c) => c.json(store.getZccKey(c.var.principal.customerId, keyId(c))))
    .put('/:id', async (c) => {
      const id = keyId(c)
      const values = parseWith(updateZccApiKeyInput, await readJson(c))
      await store.updateZccKey(c.var.principal.customerId, id, values, c.var.principal.actorId)
      return c.body(null, 204)
    })
    .delete('/:id', async (c) => {
      await store.deleteZccKey(c.var.principal.customerId, keyId(c))
      return c.body(null, 204)
    })
    .all('/:id', methodNotAllowed('GET', 'PUT', 'DELETE'))
