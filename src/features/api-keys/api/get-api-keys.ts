import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { apiKeyPage } from '../../../contract/api-key'
import { apiRequest, customerPath } from '../../../lib/api-client'
import { listQuery } from '../../../lib/list-params'
import { apiKeyKeys, type ApiKeyListParams, type TenantScope } from './query-keys'

export function getApiKeys(client: QueryClient, scope: TenantScope, params: ApiKeyListParams, signal?: AbortSignal) {
  return apiRequest(client, `${customerPath(scope.customerId)}/apiKeys`, apiKeyPage, {
    signal,
    query: { ...listQuery(params), microtenantId: scope.microtenantId },
  })
}

export const apiKeysQueryOptions = (scope: TenantScope, params: ApiKeyListParams) =>
  queryOptions({
    queryKey: apiKeyKeys.list(scope, params),
    queryFn: ({ client, signal }) => getApiKeys(client, scope, params, signal),
    // Server paging: keep the previous page on screen while the next one loads.
    placeholderData: keepPreviousData,
  })

export const useApiKeys = (scope: TenantScope, params: ApiKeyListParams, { enabled = true } = {}) =>
  useQuery({ ...apiKeysQueryOptions(scope, params), enabled })
