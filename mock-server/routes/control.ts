/**
 * /__mock: test and demo control (isolated tenants, reset, faults, mock clock, settings). Mounted only when control
 * is on. Everything but creating a tenant acts on the caller's tenant, named by its portal session cookie.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import {
  advanceClockInput,
  createFaultInput,
  createTenantInput,
  tenantSettingsInput,
  type ClockState,
  type CreatedTenant,
} from '../../src/contract/mock-control'
import { syntheticActivityInput } from '../../src/contract/activity'
import type { AppEnv, PortalSessions } from '../auth'
import { parseWith, readJson } from '../body'
import { addFault, describeFault, removeFault } from '../faults'
import { methodNotAllowed, notFound } from '../errors'
import type { Tenant } from '../store/model'
import type { Store } from '../store/store'
import { TenantLimits } from '../tenant-limits'

const clockOf = (tenant: Tenant): ClockState => ({ now: tenant.clock.now(), offsetSeconds: tenant.clock.offsetSeconds })

export const controlRoutes = (store: Store, sessions: PortalSessions, signedIn: MiddlewareHandler<AppEnv>) => {
  // Anyone may create tenants: their number and size are bounded, and idle ones are dropped.
  const limits = new TenantLimits(store)

  const tenantOf = (c: Context<AppEnv>): Tenant => {
    const tenant = store.tenant(c.var.principal.customerId)
    if (!tenant) throw new Error(`the session's customer ${c.var.principal.customerId} has no tenant`)
    return tenant
  }

  return new Hono<AppEnv>()
    .post('/tenants', async (c) => {
      // A fresh customer, and the caller's cookie now points at it: one tenant per browser context.
      const input = parseWith(createTenantInput, await readJson(c, { emptyAs: {} }))
      const tenant = await limits.createTenant(input)
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
    .get('/faults', signedIn, (c) => c.json(tenantOf(c).faults.map(describeFault)))
    .post('/faults', signedIn, async (c) => c.json(addFault(tenantOf(c), parseWith(createFaultInput, await readJson(c))), 201))
    .delete('/faults', signedIn, (c) => {
      tenantOf(c).faults.length = 0
      return c.body(null, 204)
    })
    .all('/faults', methodNotAllowed('GET', 'POST', 'DELETE'))
    .delete('/faults/:id', signedIn, (c) => {
      if (!removeFault(tenantOf(c), c.req.param('id'))) throw notFound(`There is no fault ${c.req.param('id')}`)
      return c.body(null, 204)
    })
    .all('/faults/:id', methodNotAllowed('DELETE'))
    .get('/clock', signedIn, (c) => c.json(clockOf(tenantOf(c))))
    .post('/clock', signedIn, async (c) => {
      const { advanceSeconds } = parseWith(advanceClockInput, await readJson(c))
      await store.advanceClock(c.var.principal.customerId, advanceSeconds)
      return c.json(clockOf(tenantOf(c)))
    })
    .all('/clock', methodNotAllowed('GET', 'POST'))
    .get('/settings', signedIn, (c) => c.json(store.tenantSettings(c.var.principal.customerId)))
    .put('/settings', signedIn, async (c) => {
      const input = parseWith(tenantSettingsInput, await readJson(c))
      return c.json(store.updateTenantSettings(c.var.principal.customerId, input))
    })
    .all('/settings', methodNotAllowed('GET', 'PUT'))
    .post('/activity', signedIn, async (c) => {
      const input = parseWith(syntheticActivityInput, await readJson(c))
      return c.json(await store.addSyntheticActivity(c.var.principal.customerId, input), 201)
    })
    .all('/activity', methodNotAllowed('POST'))
}
