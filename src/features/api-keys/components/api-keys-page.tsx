import { memo } from 'react'
import type { Microtenant, PortalSession } from '../../../contract/session'
import { KeyActivityProvider } from '../../key-activity/components/key-activity-action'
import { TenantScopeProvider } from '../tenant-scope'
import { ApiKeysTable } from './api-keys-table'
import { AddApiKeyButton, ApiKeyDialogsProvider } from './dialogs/api-key-dialogs'
import { ApiKeysPageHeader } from './page-header'

interface ApiKeysPageProps {
  session: PortalSession
  microtenant: Microtenant
  onSwitchMicrotenant: (microtenantId: string) => void
  pageName: string
}

/** Memoised: the shell re-renders for its own URL key, and that must not redraw the page. */
export const ApiKeysPage = memo(function ApiKeysPage({ session, microtenant, onSwitchMicrotenant, pageName }: ApiKeysPageProps) {
  return (
    <TenantScopeProvider value={{ customerId: session.customerId, microtenantId: microtenant.id }}>
      <ApiKeyDialogsProvider>
        <KeyActivityProvider scope={{ product: 'zpa', customerId: session.customerId, microtenantId: microtenant.id }}>
          <ApiKeysPageHeader pageName={pageName} session={session} microtenant={microtenant} onSwitchMicrotenant={onSwitchMicrotenant} />
          <ApiKeysTable addButton={<AddApiKeyButton />} addFirstButton={<AddApiKeyButton>Add the first API key</AddApiKeyButton>} />
        </KeyActivityProvider>
      </ApiKeyDialogsProvider>
    </TenantScopeProvider>
  )
})
