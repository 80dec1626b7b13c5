/** /roles: a bare array, each role with how many keys of the microtenant use it. */
import { Hono } from 'hono'
import type { AppEnv } from '../auth'
import { methodNotAllowed } from '../errors'
import type { Store } from '../store/store'

export const roleRoutes = (store: Store) =>
  new Hono<AppEnv>().get('/', (c) => c.json(store.listRoles(c.var.scope))).all('/', methodNotAllowed('GET'))
