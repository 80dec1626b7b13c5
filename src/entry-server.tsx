/**
 * The first view, rendered on the server (mock-server/first-view.ts loads its build from dist-ssr/). Each render
 * has a query client of its own whose requests go through the server's handler as the caller; the loader of the
 * page at the URL's path fills it, the same tree the browser hydrates is rendered from it, and the cache goes with
 * the markup. The page's head (its title and module) is known from the path alone: the server sends it first.
 */
import { dehydrate } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { App } from './app/app'
import { createQueryClient } from './app/query-client'
import { pageModuleSource, routeFor } from './app/routes'
import type { FirstViewHeadOf, RenderFirstView } from './contract/first-view'

/** JSON that cannot end its <script> element or open a comment there. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

export const firstViewHead: FirstViewHeadOf = (url) => {
  const route = routeFor(new URL(url, 'http://first-view').pathname)
  return { title: route.title, pageModule: pageModuleSource(route.module) }
}

export const renderFirstView: RenderFirstView = async ({ url, transport }) => {
  const queryClient = createQueryClient(transport)
  const { pathname, search } = new URL(url, 'http://first-view')
  const route = routeFor(pathname)
  const { Page, loadFirstView } = await route.load()
  await loadFirstView(queryClient, search)
  // A failed answer is the browser's to show (and to retry): it renders that view itself.
  if (queryClient.getQueryCache().getAll().some((query) => query.state.status !== 'success')) return undefined
  const html = renderToString(<App queryClient={queryClient} search={search} route={route} Page={Page} />)
  return { html, state: scriptSafeJson(dehydrate(queryClient)) }
}
