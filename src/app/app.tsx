import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { NuqsAdapter } from 'nuqs/adapters/react'
import { Toaster } from '../components/toaster'
import { PortalShell } from './portal-shell'

/** The page with its providers; the query client comes from main.tsx, which may have started requests in it. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>
        <PortalShell />
        <Toaster />
      </NuqsAdapter>
    </QueryClientProvider>
  )
}
