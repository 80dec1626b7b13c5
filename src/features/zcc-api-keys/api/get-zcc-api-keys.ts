import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { zccApiKeyPage } from '../../../contract/zcc-api-key'
import { apiRequest } from '../../../lib/api-client'
import { listQuery } from '../../../lib/list-params'
import { zccApiKeyKeys, zccKeysPath, type ZccApiKeyListParams, type ZccScope } from './query-keys'

/** GET …/apiKeys: one page of the customer's Client Connector keys. */
export const getZccApiKeys = (client: QueryClient, scope: ZccScope, params: ZccApiKeyListParams, signal?: AbortSignal) =>
  apiRequest(client, zccKeysPath(scope.customerId), zccApiKeyPage, { signal, query: listQuery(params) })

export const zccApiKeysQueryOptions = (scope: ZccScope, params: ZccApiKeyListParams) =>
  queryOptions({
    queryKey: zccApiKeyKeys.list(scope, params),
    queryFn: ({ client, signal }) => getZccApiKeys(client, scope, params, signal),
    // Server paging: keep the previous page on screen while the next one loads.
    placeholderData: keepPreviousData,
  })

export const useZccApiKeys = (scope: ZccScope, params: ZccApiKeyListParams, { enabled = true } = {}) =>
  useQuery({ ...zccApiKeysQueryOptions(scope, params), enabled })
