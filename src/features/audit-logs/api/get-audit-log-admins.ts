import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { auditLogAdmins } from '../../../contract/activity'
import { apiRequest } from '../../../lib/api-client'
import { AUDIT_LOGS_PATH, auditLogKeys } from './query-keys'

/** GET /portal/auditLogs/admins: the admins who appear in the log (the Admin filter's choices). */
export const getAuditLogAdmins = (client: QueryClient, signal?: AbortSignal) => apiRequest(client, `${AUDIT_LOGS_PATH}/admins`, auditLogAdmins, { signal })

export const auditLogAdminsQueryOptions = () =>
  queryOptions({ queryKey: auditLogKeys.admins(), queryFn: ({ client, signal }) => getAuditLogAdmins(client, signal) })

export const useAuditLogAdmins = () => useQuery(auditLogAdminsQueryOptions())
