import { memo } from 'react'
import { PageHeader, TenantFact } from '../../../components/page-header'
import type { PortalSession } from '../../../contract/session'
import { AuditLogsTable } from './audit-logs-table'
import './audit-logs.css'

const ADMINISTRATION = [{ label: 'Administration', href: '/' }]

/** The Audit Logs page: every change an admin made to a key, on every product. Memoised: the shell re-renders for its own reasons. */
export const AuditLogsPage = memo(function AuditLogsPage({ session, pageName }: { session: PortalSession; pageName: string }) {
  return (
    <>
      <PageHeader pageName={pageName} title="Audit Logs" sections={ADMINISTRATION}>
        <dl className="tenant-facts">
          <TenantFact customerName={session.customerName} customerId={session.customerId} />
        </dl>
      </PageHeader>
      <AuditLogsTable timeZone={session.timeZone} />
    </>
  )
})
