import { consolePagePaths, isConsolePagePath, type ConsolePagePath } from '../contract/console-pages'
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
  /**
   * The page's own module, a chunk of its own: not in another page's JS, and not in the JS before the first row
   * (the server's HTML has it); main.tsx asks for it at once and hydrates it when it comes.
   */
  load: () => Promise<ConsolePageModule>
}

/** The console's pages by path (SPEC §4); the navigation lists them in the order of `consolePagePaths`. */
const pages: Record<ConsolePagePath, Omit<ConsoleRoute, 'path'>> = {
  '/': {
    label: 'Private Access API',
    product: 'Private Access',
    title: 'API Keys · Zscaler Private Access',
    load: () => import('./pages/private-access-api'),
  },
  '/legacy-api/client-connector': {
    label: 'Client Connector API',
    product: 'Client Connector',
    title: 'API Keys · Zscaler Client Connector',
    load: () => import('./pages/client-connector-api'),
  },
}

export const legacyApiRoutes: readonly ConsoleRoute[] = consolePagePaths.map((path) => ({ path, ...pages[path] }))

const notFound: ConsoleRoute = { path: null, label: 'Page not found', product: 'Admin Console', title: 'Page not found · Zscaler', load: () => import('./pages/not-found') }

/** The page at a path (index.html is the console's first page); any other path shows "Page not found". */
export function routeFor(pathname: string): ConsoleRoute {
  const path = pathname === '/index.html' ? '/' : pathname
  return isConsolePagePath(path) ? { path, ...pages[path] } : notFound
}
