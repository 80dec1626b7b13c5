import type { QueryClient } from '@tanstack/react-query'
import { auditLogAdminsQueryOptions } from '../../features/audit-logs/api/get-audit-log-admins'
import { auditLogsQueryOptions } from '../../features/audit-logs/api/get-audit-logs'
import { AuditLogsPage } from '../../features/audit-logs/components/audit-logs-page'
import { listParamsForView, loadAuditLogView, settleAuditLogView } from '../../features/audit-logs/filters'
import { sessionQueryOptions } from '../../features/session/api/get-session'
import type { ConsolePageProps } from '../console-page'

/** The Audit Logs page (issue #16): the customer's log of admin changes to keys, every product. */
export function Page({ session, pageName }: ConsolePageProps) {
  return <AuditLogsPage session={session} pageName={pageName} />
}

/** The session (its time zone reads the range's days), the view's page of entries and the admins to filter by. */
export async function loadFirstView(queryClient: QueryClient, search: string): Promise<void> {
  const session = await queryClient.fetchQuery(sessionQueryOptions())
  const view = settleAuditLogView(loadAuditLogView(search))
  await Promise.all([queryClient.prefetchQuery(auditLogsQueryOptions(listParamsForView(view, session.timeZone))), queryClient.prefetchQuery(auditLogAdminsQueryOptions())])
}
