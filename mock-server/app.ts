/**
 * The mock ZPA API as a plain fetch handler: the customer's API (behind a portal session or a bearer
 * token, the injected faults and the customer/microtenant scope), sign-in for API clients, the Client Connector
 * (ZCC) keys' management calls and public API (/zcc, /papi), the Digital Experience (ZDX) keys' (/zdx, /v1/oauth), the portal
 * session, the OpenAPI document, the optional test control API and the page.
 */
import { join } from 'node:path'
import { Hono } from 'hono'
import type { FirstViewRenderer } from '../src/contract/first-view'
// oxlint-disable-next-line import/no-unassigned-import -- zod/mini's English messages for the API's 400 reasons
import '../src/contract/zod-locale'
import { customerScope, PortalSessions, requirePrincipal, type AppEnv } from './auth'
import { limitBodySize } from './body'
import { handleError, handleNotFound } from './errors'
import { injectFaults } from './faults'
import { openApiDocument } from './openapi'
import { CUSTOMER_BASE, ZCC_CUSTOMER_BASE, ZDX_CUSTOMER_BASE } from './paths'
import { apiKeyRoutes } from './routes/api-keys'
import { controlRoutes } from './routes/control'
import { roleRoutes } from './routes/roles'
import { sessionRoutes } from './routes/session'
import { signInRoutes } from './routes/signin'
import { sameCustomer } from './routes/product-keys'
import { zccApiKeyRoutes } from './routes/zcc-api-keys'
import { zccPublicRoutes } from './routes/zcc-public'
import { zdxApiKeyRoutes, zdxRoleRoutes } from './routes/zdx-api-keys'
import { zdxPublicRoutes } from './routes/zdx-public'
import { firstViewPage } from './first-view'
import { zpaRateLimits } from './rate-limits'
import { auditLogRoutes, countCalls } from './routes/activity'
import { refuseCrossSiteWrites, securityHeaders } from './security'
import { staticSite } from './static'
import type { Store } from './store/store'
import { BearerTokens } from './tokens'
import { ZccTokens } from './zcc-tokens'
import { ZdxTokens } from './zdx-tokens'

export type AppOptions = {
  store: Store
  /** Mounts /__mock (tenants, reset, faults, clock); off, every path under it is 404. */
  control: boolean
  /** A folder with the built page to serve, with SPA fallback; none serves only the API. */
  staticRoot?: string
  /** Renders the page's first view into its HTML (first-view.ts); without it the browser renders it. */
  firstView?: FirstViewRenderer
}

export function createApp({ store, control, staticRoot, firstView }: AppOptions): Hono {
  const sessions = new PortalSessions(store)
  const tokens = new BearerTokens(store)
  const zccTokens = new ZccTokens(store)
  const zdxTokens = new ZdxTokens(store)
  // A bearer token, when the request presents one, decides alone: a bad token is 401 even beside a cookie.
  const signedIn = requirePrincipal(tokens.authenticate, sessions.authenticate)
  let openApiJson: string | undefined // generated on first request: most apps (tests) never ask

  const customer = new Hono<AppEnv>()
    // Rate limits count before faults: a 429 does not use up an injected fault's `times`.
    .use(signedIn, countCalls(store, 'zpa'), zpaRateLimits(store), tokens.endTokensOfDisabledKeys, injectFaults(store), customerScope(store))
    .route('/apiKeys', apiKeyRoutes(store))
    .route('/roles', roleRoutes(store))

  // The Client Connector page's own calls: the portal session only (a ZPA bearer token is 401 here).
  const zccCustomer = new Hono<AppEnv>()
    .use(requirePrincipal(sessions.authenticate), sameCustomer, zccTokens.endTokensOfDisabledKeys, injectFaults(store))
    .route('/apiKeys', zccApiKeyRoutes(store))

  // The Digital Experience page's own calls: the portal session only, as ZCC's.
  const zdxCustomer = new Hono<AppEnv>()
    .use(requirePrincipal(sessions.authenticate), sameCustomer, zdxTokens.endTokensOfDisabledKeys, injectFaults(store))
    .route('/apiKeys', zdxApiKeyRoutes(store))
    .route('/roles', zdxRoleRoutes(store))

  // Before every route: the headers go on every answer, errors included; a body is bounded before anyone reads it.
  const app = new Hono()
    .use(securityHeaders, limitBodySize, refuseCrossSiteWrites)
    .route(CUSTOMER_BASE, customer)
    .route(ZCC_CUSTOMER_BASE, zccCustomer)
    .route(ZDX_CUSTOMER_BASE, zdxCustomer)
    .route('/', signInRoutes(store, tokens))
    .route('/papi', zccPublicRoutes(store, zccTokens))
    .route('/v1/oauth', zdxPublicRoutes(store, zdxTokens))
    .route('/portal', sessionRoutes(store, sessions))
    // The Audit Logs page's calls: the portal session only, as the other pages' own calls.
    .route('/portal/auditLogs', new Hono<AppEnv>().use(requirePrincipal(sessions.authenticate), injectFaults(store)).route('/', auditLogRoutes(store)))
    .get('/openapi.json', (c) => {
      openApiJson ??= JSON.stringify(openApiDocument({ control }))
      return c.body(openApiJson, 200, { 'Content-Type': 'application/json' })
    })
  if (control) app.route('/__mock', controlRoutes(store, sessions, requirePrincipal(sessions.authenticate)))
  if (staticRoot !== undefined) {
    const page =
      firstView &&
      firstViewPage({ indexFile: join(staticRoot, 'index.html'), renderer: firstView, store, request: (path, init) => Promise.resolve(app.request(path, init)) })
    app.route('/', staticSite(staticRoot, page))
  }
  return app.onError(handleError).notFound(handleNotFound)
}
