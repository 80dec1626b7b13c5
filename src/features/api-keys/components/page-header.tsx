import { useId } from 'react'
import { PageHeader, TenantFact } from '../../../components/page-header'
import { Select } from '../../../components/select'
import type { Microtenant, PortalSession } from '../../../contract/session'

interface ApiKeysPageHeaderProps {
  pageName: string
  session: PortalSession
  microtenant: Microtenant
  onSwitchMicrotenant: (microtenantId: string) => void
}

/** The header with the tenant and the microtenant switcher (demo context). */
export function ApiKeysPageHeader({ pageName, session, microtenant, onSwitchMicrotenant }: ApiKeysPageHeaderProps) {
  const switcherId = useId()
  return (
    <PageHeader pageName={pageName} title="API Keys">
      <dl className="tenant-facts">
        <TenantFact customerName={session.customerName} customerId={session.customerId} />
        <div>
          <dt>
            <label htmlFor={switcherId}>Microtenant</label>
          </dt>
          <dd>
            <Select
              id={switcherId}
              className="microtenant-switcher"
              value={microtenant.id}
              onValueChange={onSwitchMicrotenant}
              options={session.microtenants.map((m) => ({ value: m.id, label: m.name }))}
            />
          </dd>
        </div>
      </dl>
    </PageHeader>
  )
}
