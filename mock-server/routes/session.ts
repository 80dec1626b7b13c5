/**
 * /portal: the mock stands in for the portal's login and signs the browser in as the demo admin (/portal/session),
 * and keeps the admin's preferences and time zone (preferences.ts).
 */
import { Hono } from 'hono'
import type { PortalSession } from '../../src/contract/session'
import type { AppEnv, PortalSessions } from '../auth'
import { methodNotAllowed } from '../errors'
import type { Tenant } from '../store/model'
import type { Store } from '../store/store'
import { preferenceRoutes } from './preferences'

const DEFAULT_LOCALE = 'en-US'

/** The first language of an Accept-Language header, canonical (`de-de` → `de-DE`), if the runtime knows it; else en-US. */
export function localeOf(acceptLanguage: string | undefined): string {
  const first = acceptLanguage?.split(',', 1)[0].split(';', 1)[0].trim() ?? ''
  if (first === '' || first === '*' || first.length > 64) return DEFAULT_LOCALE
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(first)[0] ?? DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE // not a language tag at all
  }
}

/** The session as GET /portal/session answers it; the locale comes from the request's Accept-Language. */
export const portalSessionOf = (tenant: Tenant, acceptLanguage?: string): PortalSession => ({
  customerId: tenant.customerId,
  customerName: tenant.customerName,
  adminId: tenant.admin.id,
  adminName: tenant.admin.name,
  microtenants: [...tenant.microtenants.values()].map(({ id, name }) => ({ id, name })),
  timeZone: tenant.timeZone,
  locale: localeOf(acceptLanguage),
  clockOffsetSeconds: tenant.clock.offsetSeconds,
})

export const sessionRoutes = (store: Store, sessions: PortalSessions) =>
  new Hono<AppEnv>()
    .get('/session', (c) => {
      let customerId = sessions.customerOf(c)
      if (customerId === undefined) {
        customerId = store.defaultCustomerId
        sessions.start(c, customerId)
      }
      const tenant = store.tenant(customerId)
      if (!tenant) throw new Error(`the session's customer ${customerId} has no tenant`)
      return c.json(portalSessionOf(tenant, c.req.header('Accept-Language')))
    })
    .all('/session', methodNotAllowed('GET'))
    .route('/', preferenceRoutes(store, sessions))
