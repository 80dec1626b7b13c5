import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query'
import { zdxApiKeyPage } from '../../../contract/zdx-api-key'
import { apiRequest } from '../../../lib/api-client'
import { listQuery } from '../../../lib/list-params'
import { zdxApiKeyKeys, zdxKeysPath, type ZdxApiKeyListParams, type ZdxScope } from './query-keys'

/** GET …/apiKeys: one page of the customer's Digital Experience keys (never a secret). */
export const getZdxApiKeys = (client: QueryClient, scope: ZdxScope, params: ZdxApiKeyListParams, signal?: AbortSignal) =>
  apiRequest(client, zdxKeysPath(scope.customerId), zdxApiKeyPage, { signal, query: listQuery(params) })

export const zdxApiKeysQueryOptions = (scope: ZdxScope, params: ZdxApiKeyListParams) =>
  queryOptions({
    queryKey: zdxApiKeyKeys.list(scope, params),
    queryFn: ({ client, signal }) => getZdxApiKeys(client, scope, params, signal),
    // Server paging: keep the previous page on screen while the next one loads.
    placeholderData: keepPreviousData,
  })
