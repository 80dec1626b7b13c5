import { hydrate, type DehydratedState } from '@tanstack/react-query'
import { lazy } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { createQueryClient } from './app/query-client'
import { routeFor } from './app/routes'
import './styles.css'

const queryClient = createQueryClient()
const root = document.getElementById('root')!
const route = routeFor(location.pathname)
// The page's own module (the server's HTML preloads it beside this one): the shell hydrates at once, the page's
// Suspense boundary as soon as the module is here (React drops a click on it before then).
const pageModule = route.load()
const Page = lazy(() => pageModule.then((module) => ({ default: module.Page })))
const app = <App queryClient={queryClient} search={location.search} route={route} Page={Page} />
const firstView = document.getElementById('first-view')

if (firstView) {
  // The server rendered the first view (mock-server/first-view.ts) from this cache: hydrate both, ask for nothing.
  hydrate(queryClient, JSON.parse(firstView.textContent!) as DehydratedState)
  hydrateRoot(root, app)
} else {
  // It did not (switched off, or a request failed): the page renders at once and asks for its data itself.
  createRoot(root).render(app)
}
