/**
 * The mock ZPA API as a plain fetch handler: the customer's API (behind the session and the
 * customer/microtenant scope), the portal session, the optional test control API and the page.
 */
import { Hono } from 'hono'
import { customerScope, PortalSessions, requirePrincipal, type AppEnv } from './auth'
import { handleError, handleNotFound } from './errors'
import { CUSTOMER_BASE } from './paths'
import { apiKeyRoutes } from './routes/api-keys'
import { controlRoutes } from './routes/control'
import { roleRoutes } from './routes/roles'
import { sessionRoutes } from './routes/session'
import { staticSite } from './static'
import type { Store } from './store/store'

export type AppOptions = {
  store: Store
  /** Mounts /__mock (tenants, reset); off, those paths are 404. */
  control: boolean
  /** A folder with the built page to serve, with SPA fallback; none serves only the API. */
  staticRoot?: string
}

export function createApp({ store, control, staticRoot }: AppOptions): Hono {
  const sessions = new PortalSessions(store)
  const signedIn = requirePrincipal(sessions.authenticate)

  const customer = new Hono<AppEnv>()
    .use(signedIn, customerScope(store))
    .route('/apiKeys', apiKeyRoutes(store))
    .route('/roles', roleRoutes(store))

  const app = new Hono().route(CUSTOMER_BASE, customer).route('/portal', sessionRoutes(store, sessions))
  if (control) app.route('/__mock', controlRoutes(store, sessions, signedIn))
  if (staticRoot !== undefined) app.route('/', staticSite(staticRoot))
  return app.onError(handleError).notFound(handleNotFound)
}
