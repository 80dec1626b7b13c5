/** /portal/session: the mock stands in for the portal's login and signs the browser in as the demo admin. */
import { Hono } from 'hono'
import type { PortalSession } from '../../src/contract/session'
import type { PortalSessions } from '../auth'
import { methodNotAllowed } from '../errors'
import type { Tenant } from '../store/model'
import type { Store } from '../store/store'

export const portalSessionOf = (tenant: Tenant): PortalSession => ({
  customerId: tenant.customerId,
  customerName: tenant.customerName,
  adminId: tenant.admin.id,
  adminName: tenant.admin.name,
  microtenants: [...tenant.microtenants.values()].map(({ id, name }) => ({ id, name })),
})

export const sessionRoutes = (store: Store, sessions: PortalSessions) =>
  new Hono()
    .get('/session', (c) => {
      let customerId = sessions.customerOf(c)
      if (customerId === undefined) {
        customerId = store.defaultCustomerId
        sessions.start(c, customerId)
      }
      const tenant = store.tenant(customerId)
      if (!tenant) throw new Error(`the session's customer ${customerId} has no tenant`)
      return c.json(portalSessionOf(tenant))
    })
    .all('/session', methodNotAllowed('GET'))
