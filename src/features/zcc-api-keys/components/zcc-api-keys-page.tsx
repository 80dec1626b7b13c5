import { memo } from 'react'
import { PageHeader, TenantFact } from '../../../components/page-header'
import type { PortalSession } from '../../../contract/session'
import { KeyActivityProvider } from '../../key-activity/components/key-activity-action'
import { ZccApiKeyDialogsProvider } from './dialogs/zcc-api-key-dialogs'
import { ZccApiKeysTable } from './zcc-api-keys-table'

/** The Client Connector API page (SPEC §4, seed 004). Memoised: the shell re-renders for its own reasons. */
export const ZccApiKeysPage = memo(function ZccApiKeysPage({ session, pageName }: { session: PortalSession; pageName: string }) {
  const scope = { customerId: session.customerId }
  return (
    <ZccApiKeyDialogsProvider scope={scope}>
      <KeyActivityProvider scope={{ product: 'zcc', ...scope }}>
      <PageHeader pageName={pageName} title="API Keys">
        <dl className="tenant-facts">
          <TenantFact customerName={session.customerName} customerId={session.customerId} />
        </dl>
      </PageHeader>
      <ZccApiKeysTable scope={scope} />
      </KeyActivityProvider>
    </ZccApiKeyDialogsProvider>
  )
})
