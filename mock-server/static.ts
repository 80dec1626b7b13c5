/** The built page: files from its folder, and index.html for any other GET outside the API (SPA fallback). */
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { isApiPath } from './paths'

export function staticSite(root: string): Hono {
  const files = serveStatic({ root })
  const indexPage = serveStatic({ root, path: 'index.html' })
  return new Hono()
    .use('*', (c, next) => (isApiPath(c.req.path) ? next() : files(c, next)))
    .get('*', (c, next) => (isApiPath(c.req.path) ? next() : indexPage(c, next)))
}
