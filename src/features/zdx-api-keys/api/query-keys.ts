import type { PreferencePage } from '../../../contract/preferences'
import type { ZdxApiKeySortField } from '../../../contract/zdx-api-key'
import type { ListParams } from '../../../lib/list-params'

/** Digital Experience has no microtenants: its keys are the customer's. */
export interface ZdxScope {
  customerId: string
}

/** What the server is asked for: one page of one view of the list. */
export type ZdxApiKeyListParams = ListParams<ZdxApiKeySortField>

export const zdxApiKeyKeys = {
  all: ['zdxApiKeys'] as const,
  lists: () => [...zdxApiKeyKeys.all, 'list'] as const,
  list: (scope: ZdxScope, params: ZdxApiKeyListParams) => [...zdxApiKeyKeys.lists(), scope, params] as const,
  roles: (scope: ZdxScope) => [...zdxApiKeyKeys.all, 'roles', scope] as const,
}

/** The mock's own management API for the page (SPEC §4), under the portal session. */
const zdxCustomerPath = (customerId: string) => `/zdx/v1/admin/customers/${encodeURIComponent(customerId)}`
export const zdxKeysPath = (customerId: string) => `${zdxCustomerPath(customerId)}/apiKeys`
export const zdxKeyPath = (customerId: string, id: string) => `${zdxKeysPath(customerId)}/${encodeURIComponent(id)}`
export const zdxRolesPath = (customerId: string) => `${zdxCustomerPath(customerId)}/roles`

/** The page under which the admin's preferences for this table are kept (in the Default microtenant). */
export const ZDX_API_KEYS_PREFERENCES: PreferencePage = 'zdx-api-keys'
