/** The built page: files from its folder, and the page itself for any other GET outside the API (SPA fallback). */
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono, type Context } from 'hono'
import { isApiPath } from './paths'
import { pageSecurityHeaders } from './security'

/** Serves the page (index.html, or index.html with its first view rendered in: first-view.ts). */
export type PageHandler = (c: Context) => Promise<Response>

const isPagePath = (path: string) => path === '/' || path === '/index.html'

export function staticSite(root: string, page?: PageHandler): Hono {
  const files = serveStatic({ root })
  const indexPage = serveStatic({ root, path: 'index.html' })
  return new Hono()
    .use('*', (c, next) => (isApiPath(c.req.path) ? next() : pageSecurityHeaders(c, next)))
    .use('*', (c, next) => (isApiPath(c.req.path) || isPagePath(c.req.path) ? next() : files(c, next)))
    .get('*', (c, next) => (isApiPath(c.req.path) ? next() : page ? page(c) : indexPage(c, next)))
}
