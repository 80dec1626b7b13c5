import { useId } from 'react'
import { Select } from '../../../components/select'
import type { Microtenant, PortalSession } from '../../../contract/session'

interface PageHeaderProps {
  session: PortalSession
  microtenant: Microtenant
  onSwitchMicrotenant: (microtenantId: string) => void
}

const breadcrumb = ['Administration', 'API Configuration', 'Legacy API', 'Private Access API']

export function PageHeader({ session, microtenant, onSwitchMicrotenant }: PageHeaderProps) {
  const switcherId = useId()
  return (
    <header className="page-header">
      <nav aria-label="Breadcrumb">
        <ol className="breadcrumb">
          {breadcrumb.map((crumb, index) => (
            <li key={crumb} aria-current={index === breadcrumb.length - 1 ? 'page' : undefined}>
              {crumb}
            </li>
          ))}
        </ol>
      </nav>
      <div className="page-title-row">
        <h1>API Keys</h1>
        <dl className="tenant-facts">
          <div>
            <dt>Tenant</dt>
            <dd>
              {session.customerName} <span className="muted">({session.customerId})</span>
            </dd>
          </div>
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
      </div>
    </header>
  )
}
