import type { Microtenant, PortalSession } from '../../../contract/session'
import { TenantScopeProvider } from '../tenant-scope'
import { ApiKeysTable } from './api-keys-table'
import { PageHeader } from './page-header'

interface ApiKeysPageProps {
  session: PortalSession
  microtenant: Microtenant
}

export function ApiKeysPage({ session, microtenant }: ApiKeysPageProps) {
  return (
    <TenantScopeProvider value={{ customerId: session.customerId, microtenantId: microtenant.id }}>
      <PageHeader session={session} microtenantName={microtenant.name} />
      <ApiKeysTable />
    </TenantScopeProvider>
  )
}
