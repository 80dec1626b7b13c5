import { QueryClientProvider } from '@tanstack/react-query'
import { NuqsAdapter } from 'nuqs/adapters/react'
import { useState } from 'react'
import { createPortal } from 'react-dom'
import { Toaster } from 'sonner'
import { PortalShell } from './portal-shell'
import { createQueryClient } from './query-client'

export function App() {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>
        <PortalShell />
        {/* Outside #root, so toasts stay announced while a dialog makes the page inert. */}
        {createPortal(<Toaster position="bottom-right" closeButton />, document.body)}
      </NuqsAdapter>
    </QueryClientProvider>
  )
}
