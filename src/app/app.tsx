import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { NuqsAdapter } from 'nuqs/adapters/react'
import { StrictMode, type ComponentType } from 'react'
import { Toaster } from '../components/toaster'
import { PortalShell } from './portal-shell'
import type { ConsolePageProps } from './console-page'
import type { ConsoleRoute } from './routes'

export interface AppProps {
  /** From main.tsx or from the server's first-view render. */
  queryClient: QueryClient
  /** The query string the page was served for: what the server rendered and what hydration must match. */
  search: string
  /** The page at the served path (routes.ts), and its component (lazy in the browser: main.tsx). */
  route: ConsoleRoute
  Page: ComponentType<ConsolePageProps>
}

/** The page with its providers: the same tree on the server (src/entry-server.tsx) and in the browser. */
export function App({ queryClient, search, route, Page }: AppProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <NuqsAdapter serverSearch={search}>
          <PortalShell route={route} Page={Page} />
          <Toaster />
        </NuqsAdapter>
      </QueryClientProvider>
    </StrictMode>
  )
}
