/**
 * /portal/preferences/{page} and /portal/time-zone: what the admin keeps between sessions and browsers (SPEC §5),
 * in the caller's own tenant. Only the portal session may call them: they are the admin's, not an API client's.
 */
import { Hono, type Context } from 'hono'
import { isTimeZone, pagePreferences, preferencePages, timeZoneInput, type PreferencePage } from '../../src/contract/preferences'
import { DEFAULT_MICROTENANT_ID } from '../../src/contract/primitives'
import { requestedMicrotenantId, requirePrincipal, type AppEnv, type PortalSessions } from '../auth'
import { parseWith, readJson } from '../body'
import { invalidArgument, methodNotAllowed, notFound } from '../errors'
import { injectFaults } from '../faults'
import type { Scope, Store } from '../store/store'

const isPreferencePage = (page: string): page is PreferencePage => (preferencePages as readonly string[]).includes(page)

export const preferenceRoutes = (store: Store, sessions: PortalSessions) => {
  // The page's own requests: the injected faults of its tenant apply, as to the API's.
  const signedIn = [requirePrincipal(sessions.authenticate), injectFaults(store)] as const

  /** The page and microtenant the path and query name; either unknown is 404, like any resource that is not there. */
  const preferencesOf = (c: Context<AppEnv>): { scope: Scope; page: PreferencePage } => {
    const page = c.req.param('page') ?? ''
    if (!isPreferencePage(page)) throw notFound(`There is no page ${page} with preferences`)
    const { customerId } = c.var.principal
    const microtenantId = requestedMicrotenantId(c) ?? DEFAULT_MICROTENANT_ID
    if (!store.tenant(customerId)?.microtenants.has(microtenantId)) throw notFound(`There is no microtenant ${microtenantId}`)
    return { scope: { customerId, microtenantId }, page }
  }

  return new Hono<AppEnv>()
    .get('/preferences/:page', ...signedIn, (c) => {
      const { scope, page } = preferencesOf(c)
      return c.json(store.getPreferences(scope, page))
    })
    .put('/preferences/:page', ...signedIn, async (c) => {
      const { scope, page } = preferencesOf(c)
      await store.putPreferences(scope, page, parseWith(pagePreferences, await readJson(c)))
      return c.body(null, 204)
    })
    .all('/preferences/:page', methodNotAllowed('GET', 'PUT'))
    .put('/time-zone', ...signedIn, async (c) => {
      const { timeZone } = parseWith(timeZoneInput, await readJson(c))
      if (!isTimeZone(timeZone)) throw invalidArgument(`timeZone: ${timeZone} is not an IANA time zone`, ['timeZone'])
      await store.setTimeZone(c.var.principal.customerId, timeZone)
      return c.body(null, 204)
    })
    .all('/time-zone', methodNotAllowed('PUT'))
}
