import { memo } from 'react'
import { SkipLink } from '../../../components/skip-link'
import type { Microtenant, PortalSession } from '../../../contract/session'
import { TenantScopeProvider } from '../tenant-scope'
import { API_KEYS_TABLE_ID, ApiKeysTable } from './api-keys-table'
import { AddApiKeyButton, ApiKeyDialogsProvider } from './dialogs/api-key-dialogs'
import { PageHeader } from './page-header'

interface ApiKeysPageProps {
  session: PortalSession
  microtenant: Microtenant
  onSwitchMicrotenant: (microtenantId: string) => void
}

/** Memoised: the shell re-renders for its own URL key, and that must not redraw the page. */
export const ApiKeysPage = memo(function ApiKeysPage({ session, microtenant, onSwitchMicrotenant }: ApiKeysPageProps) {
  return (
    <TenantScopeProvider value={{ customerId: session.customerId, microtenantId: microtenant.id }}>
      <ApiKeyDialogsProvider>
        <SkipLink targetId={API_KEYS_TABLE_ID}>Skip to API keys table</SkipLink>
        <PageHeader session={session} microtenant={microtenant} onSwitchMicrotenant={onSwitchMicrotenant} />
        <ApiKeysTable addButton={<AddApiKeyButton />} addFirstButton={<AddApiKeyButton>Add the first API key</AddApiKeyButton>} />
      </ApiKeyDialogsProvider>
    </TenantScopeProvider>
  )
})
