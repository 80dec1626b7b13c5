import type { ReactNode } from 'react'

/**
 * The console's sections have no page of their own in this replica: each leads to the first of the Legacy API
 * pages (Private Access API, at `/`), as the console opens a section on its first page.
 */
const legacyApiSections = [
  { label: 'Administration', href: '/' },
  { label: 'API Configuration', href: '/' },
  { label: 'Legacy API', href: '/' },
]

interface PageHeaderProps {
  /** The last crumb: the page's own name ("Client Connector API"). */
  pageName: string
  title: string
  /** The crumbs before the page's own: the Legacy API's by default. */
  sections?: readonly { label: string; href: string }[]
  /** Beside the title: the tenant, and what the page lets the admin switch. */
  children?: ReactNode
}

/** The tenant the page shows, first of the facts beside its title. */
export function TenantFact({ customerName, customerId }: { customerName: string; customerId: string }) {
  return (
    <div>
      <dt>Tenant</dt>
      <dd>
        {customerName} <span className="muted">({customerId})</span>
      </dd>
    </div>
  )
}

/** A console page's header: its breadcrumb, its heading and the facts beside it. */
export function PageHeader({ pageName, title, sections = legacyApiSections, children }: PageHeaderProps) {
  return (
    <header className="page-header">
      <nav aria-label="Breadcrumb">
        <ol className="breadcrumb">
          {sections.map((crumb) => (
            <li key={crumb.label}>
              <a href={crumb.href}>{crumb.label}</a>
            </li>
          ))}
          <li>
            <span aria-current="page">{pageName}</span>
          </li>
        </ol>
      </nav>
      <div className="page-title-row">
        <h1>{title}</h1>
        {children}
      </div>
    </header>
  )
}
