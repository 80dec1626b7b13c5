import { useId } from 'react'
import { Select } from '../../../components/select'
import type { Microtenant, PortalSession } from '../../../contract/session'

interface PageHeaderProps {
  session: PortalSession
  microtenant: Microtenant
  onSwitchMicrotenant: (microtenantId: string) => void
}

/**
 * The console's sections have no page of their own in this replica: each leads to the first of the Legacy API
 * pages (Private Access API, at `/`), as the console opens a section on its first page.
 */
const breadcrumb = [
  { label: 'Administration', href: '/' },
  { label: 'API Configuration', href: '/' },
  { label: 'Legacy API', href: '/' },
] as const
const currentPage = 'Private Access API'

export function PageHeader({ session, microtenant, onSwitchMicrotenant }: PageHeaderProps) {
  const switcherId = useId()
  return (
    <header className="page-header">
      <nav aria-label="Breadcrumb">
        <ol className="breadcrumb">
          {breadcrumb.map((crumb) => (
            <li key={crumb.label}>
              <a href={crumb.href}>{crumb.label}</a>
            </li>
          ))}
          <li>
            <span aria-current="page">{currentPage}</span>
          </li>
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
