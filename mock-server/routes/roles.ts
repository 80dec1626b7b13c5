/** /roles and /roles/{id}: a bare array (or one role), each role with how many keys of the microtenant use it. */
import { Hono } from 'hono'
import type { AppEnv } from '../auth'
import { methodNotAllowed, notFound } from '../errors'
import type { Store } from '../store/store'

export const roleRoutes = (store: Store) =>
  new Hono<AppEnv>()
    .get('/', (c) => c.json(store.listRoles(c.var.scope)))
    .all('/', methodNotAllowed('GET'))
    .get('/:id', (c) => {
      const id = c.req.param('id')
      const role = store.getRole(c.var.scope, id)
      if (!role) throw notFound(`There is no role ${id}`)
      return c.json(role)
    })
    .all('/:id', methodNotAllowed('GET'))
