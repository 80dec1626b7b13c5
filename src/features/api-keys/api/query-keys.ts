import type { ApiKeySortField } from '../../../contract/api-key'
import type { ListParams } from '../../../lib/list-params'
import type { PreferencePage } from '../../../contract/preferences'

/** Which customer and microtenant a request is scoped to. */
export interface TenantScope {
  customerId: string
  microtenantId: string
}

/** What the server is asked for: one page of one view of the list. */
export type ApiKeyListParams = ListParams<ApiKeySortField>

export const apiKeyKeys = {
  all: ['apiKeys'] as const,
  lists: () => [...apiKeyKeys.all, 'list'] as const,
  list: (scope: TenantScope, params: ApiKeyListParams) => [...apiKeyKeys.lists(), scope, params] as const,
  details: () => [...apiKeyKeys.all, 'detail'] as const,
  detail: (scope: TenantScope, id: string) => [...apiKeyKeys.details(), scope, id] as const,
}

export const roleKeys = {
  all: ['roles'] as const,
  list: (scope: TenantScope) => [...roleKeys.all, scope] as const,
}

/** The page under which the admin's preferences for this table are kept. */
export const API_KEYS_PREFERENCES: PreferencePage = 'zpa-api-keys'
