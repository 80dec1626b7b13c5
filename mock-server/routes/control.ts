/** /__mock: test and demo control (isolated tenants, reset). Mounted only when control is on. */
import { Hono, type MiddlewareHandler } from 'hono'
import { createTenantInput, type CreatedTenant } from '../../src/contract/mock-control'
import type { AppEnv, PortalSessions } from '../auth'
import { parseWith, readJson } from '../body'
import { methodNotAllowed } from '../errors'
import type { Store } from '../store/store'

export const controlRoutes = (store: Store, sessions: PortalSessions, signedIn: MiddlewareHandler<AppEnv>) =>
  new Hono<AppEnv>()
    .post('/tenants', async (c) => {
      // A fresh customer, and the caller's cookie now points at it: one tenant per browser context.
      const input = parseWith(createTenantInput, await readJson(c, { emptyAs: {} }))
      const tenant = await store.createTenant(input)
      sessions.start(c, tenant.customerId)
      const created: CreatedTenant = {
        customerId: tenant.customerId,
        preset: tenant.preset,
        microtenants: [...tenant.microtenants.values()].map(({ id, name }) => ({ id, name })),
      }
      return c.json(created, 201)
    })
    .all('/tenants', methodNotAllowed('POST'))
    .post('/reset', signedIn, async (c) => {
      await store.resetTenant(c.var.principal.customerId)
      return c.body(null, 204)
    })
    .all('/reset', methodNotAllowed('POST'))
