import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { auditLogPage } from '../../../contract/activity'
import { apiRequest } from '../../../lib/api-client'
import { AUDIT_LOGS_PATH, auditLogKeys, type AuditLogListParams } from './query-keys'

/** GET /portal/auditLogs: one page of the log, newest first. */
export const getAuditLogs = (client: QueryClient, { pageSize, ...params }: AuditLogListParams, signal?: AbortSignal) =>
  apiRequest(client, AUDIT_LOGS_PATH, auditLogPage, { signal, query: { ...params, pagesize: pageSize } })

export const auditLogsQueryOptions = (params: AuditLogListParams) =>
  queryOptions({
    queryKey: auditLogKeys.list(params),
    queryFn: ({ client, signal }) => getAuditLogs(client, params, signal),
    // Server paging: keep the previous page on screen while the next one loads.
    placeholderData: keepPreviousData,
  })

export const useAuditLogs = (params: AuditLogListParams) => useQuery(auditLogsQueryOptions(params))
