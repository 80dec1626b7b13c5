import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { NuqsAdapter } from 'nuqs/adapters/react'
import { StrictMode } from 'react'
import { Toaster } from '../components/toaster'
import { PortalShell } from './portal-shell'

export interface AppProps {
  /** From main.tsx (which may have started requests in it) or from the server's first-view render. */
  queryClient: QueryClient
  /** The query string the page was served for: what the server rendered and what hydration must match. */
  search: string
}

/** The page with its providers: the same tree on the server (src/entry-server.tsx) and in the browser. */
export function App({ queryClient, search }: AppProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <NuqsAdapter serverSearch={search}>
          <PortalShell />
          <Toaster />
        </NuqsAdapter>
      </QueryClientProvider>
    </StrictMode>
  )
}
