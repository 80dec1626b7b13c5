import type { PreferencePage } from '../../../contract/preferences'
import type { ZccApiKeySortField } from '../../../contract/zcc-api-key'
import type { ListParams } from '../../../lib/list-params'

/** Client Connector has no microtenants: its keys are the customer's. */
export interface ZccScope {
  customerId: string
}

/** What the server is asked for: one page of one view of the list. */
export type ZccApiKeyListParams = ListParams<ZccApiKeySortField>

export const zccApiKeyKeys = {
  all: ['zccApiKeys'] as const,
  lists: () => [...zccApiKeyKeys.all, 'list'] as const,
  list: (scope: ZccScope, params: ZccApiKeyListParams) => [...zccApiKeyKeys.lists(), scope, params] as const,
}

/** The mock's own management API for the page (SPEC §4), under the portal session. */
export const zccKeysPath = (customerId: string) => `/zcc/v1/admin/customers/${encodeURIComponent(customerId)}/apiKeys`

/** The page under which the admin's preferences for this table are kept (in the Default microtenant). */
export const ZCC_API_KEYS_PREFERENCES: PreferencePage = 'zcc-api-keys'
