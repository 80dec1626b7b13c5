import { QueryClientProvider } from '@tanstack/react-query'
import { NuqsAdapter } from 'nuqs/adapters/react'
import { useState } from 'react'
import { Toaster } from '../components/toaster'
import { PortalShell } from './portal-shell'
import { createQueryClient } from './query-client'

export function App() {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>
        <PortalShell />
        <Toaster />
      </NuqsAdapter>
    </QueryClientProvider>
  )
}
