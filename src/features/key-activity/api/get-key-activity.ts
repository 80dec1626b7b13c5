import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { keyActivity } from '../../../contract/activity'
import { apiRequest } from '../../../lib/api-client'
import { keyActivityKeys, type KeyActivityScope } from './query-keys'

/** Each product's management API base, under the portal session (contract/activity.ts). */
const productBase: Record<KeyActivityScope['product'], string> = {
  zpa: '/mgmtconfig/v1/admin/customers',
  zcc: '/zcc/v1/admin/customers',
  zdx: '/zdx/v1/admin/customers',
}

/** GET …/apiKeys/{id}/activity: the key's calls per hour over the last 7 days and its newest events. */
export const getKeyActivity = (client: QueryClient, scope: KeyActivityScope, keyId: string, signal?: AbortSignal) =>
  apiRequest(client, `${productBase[scope.product]}/${encodeURIComponent(scope.customerId)}/apiKeys/${encodeURIComponent(keyId)}/activity`, keyActivity, {
    signal,
    query: { microtenantId: scope.microtenantId },
  })

export const keyActivityQueryOptions = (scope: KeyActivityScope, keyId: string) =>
  queryOptions({
    queryKey: keyActivityKeys.key(scope, keyId),
    queryFn: ({ client, signal }) => getKeyActivity(client, scope, keyId, signal),
    // Each opening asks again: the activity is about now.
    staleTime: 0,
  })

export const useKeyActivity = (scope: KeyActivityScope, keyId: string) => useQuery(keyActivityQueryOptions(scope, keyId))
