import { isConsolePagePath, legacyApiPagePaths, type ConsolePagePath } from '../contract/console-pages'
import type { ConsolePageModule } from './console-page'

export interface ConsoleRoute {
  /** Null for the page shown at a path the console does not have. */
  path: ConsolePagePath | null
  /** Its link in the navigation and the last crumb of its breadcrumb. */
  label: string
  /** The product in the top bar. */
  product: string
  /** The document's title. */
  title: string
  /** The page's module under src/app/pages/, by file name: a chunk of its own, which the server preloads. */
  module: PageModuleName
  load: () => Promise<ConsolePageModule>
  /** What the skip link leads to, when not the API keys table. */
  skipTo?: string
}

/** The page modules, each a chunk of its own; the build's manifest names their chunks by these source paths. */
const pageModules = import.meta.glob<ConsolePageModule>('./pages/*.tsx')
type PageModuleName = 'private-access-api' | 'client-connector-api' | 'digital-experience-api' | 'audit-logs' | 'not-found'
export const pageModuleSource = (name: PageModuleName) => `src/app/pages/${name}.tsx`
const page = (module: PageModuleName) => ({ module, load: pageModules[`./pages/${module}.tsx`] })

/** The console's pages by path (SPEC §4); the navigation lists the Legacy API ones in the order of `legacyApiPagePaths`. */
const pages: Record<ConsolePagePath, Omit<ConsoleRoute, 'path'>> = {
  '/': {
    label: 'Private Access API',
    product: 'Private Access',
    title: 'API Keys · Zscaler Private Access',
    ...page('private-access-api'),
  },
  '/legacy-api/client-connector': {
    label: 'Client Connector API',
    product: 'Client Connector',
    title: 'API Keys · Zscaler Client Connector',
    ...page('client-connector-api'),
  },
  '/legacy-api/digital-experience': {
    label: 'Digital Experience API',
    product: 'Digital Experience',
    title: 'API Key Management · Zscaler Digital Experience',
    ...page('digital-experience-api'),
  },
  '/audit-logs': { label: 'Audit Logs', product: 'Admin Console', title: 'Audit Logs · Zscaler', skipTo: 'audit log', ...page('audit-logs') },
}

export const legacyApiRoutes: readonly ConsoleRoute[] = legacyApiPagePaths.map((path) => ({ path, ...pages[path] }))

const notFound: ConsoleRoute = { path: null, label: 'Page not found', product: 'Admin Console', title: 'Page not found · Zscaler', ...page('not-found') }

/** The page at a path (index.html is the console's first page); any other path shows "Page not found". */
export function routeFor(pathname: string): ConsoleRoute {
  const path = pathname === '/index.html' ? '/' : pathname
  return isConsolePagePath(path) ? { path, ...pages[path] } : notFound
}
