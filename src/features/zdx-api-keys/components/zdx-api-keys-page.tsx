import { memo } from 'react'
import { PageHeader, TenantFact } from '../../../components/page-header'
import type { PortalSession } from '../../../contract/session'
import { KeyActivityProvider } from '../../key-activity/components/key-activity-action'
import { ZdxApiKeyDialogsProvider } from './dialogs/zdx-api-key-dialogs'
import { ZdxApiKeysTable } from './zdx-api-keys-table'

/** The Digital Experience API page (SPEC §4, seed 003). Memoised: the shell re-renders for its own reasons. */
export const ZdxApiKeysPage = memo(function ZdxApiKeysPage({ session, pageName }: { session: PortalSession; pageName: string }) {
  const scope = { customerId: session.customerId }
  return (
    <ZdxApiKeyDialogsProvider scope={scope}>
      <KeyActivityProvider scope={{ product: 'zdx', ...scope }}>
      <PageHeader pageName={pageName} title="API Key Management">
        <dl className="tenant-facts">
          <TenantFact customerName={session.customerName} customerId={session.customerId} />
        </dl>
      </PageHeader>
      <ZdxApiKeysTable scope={scope} />
      </KeyActivityProvider>
    </ZdxApiKeyDialogsProvider>
  )
})
