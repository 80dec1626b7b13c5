import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { preloadFirstView } from './app/first-view'
import { createQueryClient } from './app/query-client'
import { discardEarlyRequests } from './lib/api-client'
import './styles.css'

const queryClient = createQueryClient()
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
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  )
})
