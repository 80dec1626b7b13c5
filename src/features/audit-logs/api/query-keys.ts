import type { ActivityProduct, AdminAction } from '../../../contract/activity'

/** One page of the audit log, filtered: `from`/`to` are inclusive epoch seconds. */
export interface AuditLogListParams {
  page: number
  pageSize: number
  from?: string
  to?: string
  admin?: string
  action?: AdminAction
  product?: ActivityProduct
}

export const auditLogKeys = {
  all: ['auditLogs'] as const,
  lists: () => [...auditLogKeys.all, 'list'] as const,
  list: (params: AuditLogListParams) => [...auditLogKeys.lists(), params] as const,
  admins: () => [...auditLogKeys.all, 'admins'] as const,
}

/** The session's customer's log: every product and microtenant. */
export const AUDIT_LOGS_PATH = '/portal/auditLogs'
