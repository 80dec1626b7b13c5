import type { PortalSession } from '../../../contract/session'

interface PageHeaderProps {
  session: PortalSession
  microtenantName: string
}

const breadcrumb = ['Administration', 'API Configuration', 'Legacy API', 'Private Access API']

export function PageHeader({ session, microtenantName }: PageHeaderProps) {
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
            <dt>Microtenant</dt>
            <dd>{microtenantName}</dd>
          </div>
        </dl>
      </div>
    </header>
  )
}
