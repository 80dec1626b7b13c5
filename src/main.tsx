import { hydrate, type DehydratedState } from '@tanstack/react-query'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { preloadFirstView } from './app/first-view'
import { createQueryClient } from './app/query-client'
import { discardEarlyRequests } from './lib/api-client'
import './styles.css'

const queryClient = createQueryClient()
const root = document.getElementById('root')!
const app = <App queryClient={queryClient} search={location.search} />
const prerendered = document.getElementById('first-view')

if (prerendered) {
  // The server rendered the first view (mock-server/first-view.ts) from this data: the page starts from it, and
  // hydrates that markup unless index.html found it does not fit this browser; then it draws its own from the data.
  // index.html sent nothing early: the data is here.
  hydrate(queryClient, JSON.parse(prerendered.textContent!) as DehydratedState)
  if (document.documentElement.dataset.firstView === 'redraw') {
    root.replaceChildren()
    delete document.documentElement.dataset.firstView
    createRoot(root).render(app)
  } else {
    hydrateRoot(root, app)
  }
} else {
  // One first render with the rows in it, not "Signing in…", then a skeleton, then the rows: the session is usually
  // here by now and the first page follows in a few ms. A slow server only gets a short wait, after which the page
  // renders and shows its loading states as usual.
  const FIRST_VIEW_WAIT_MS = 400
  const firstView = Promise.race([
    preloadFirstView(queryClient, location.search).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, FIRST_VIEW_WAIT_MS)),
  ])
  // Not a top-level await: that would make the bundler split the modules the lazy chunks share into many small ones.
  void firstView.then(() => {
    // A request index.html sent that the first view did not take would be stale by the time anything else asked.
    discardEarlyRequests()
    createRoot(root).render(app)
  })
}
