import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { apiKey as apiKeySchema, type ApiKey } from '../../../contract/api-key'
import { apiRequest, customerPath } from '../../../lib/api-client'
import { apiKeyKeys, type TenantScope } from './query-keys'

/** GET /apiKeys/{id}: one key, without its secret. */
export const getApiKey = (client: QueryClient, scope: TenantScope, id: string, signal?: AbortSignal) =>
  apiRequest(client, `${customerPath(scope.customerId)}/apiKeys/${encodeURIComponent(id)}`, apiKeySchema, {
    signal,
    query: { microtenantId: scope.microtenantId },
  })

export const apiKeyQueryOptions = (scope: TenantScope, id: string) =>
  queryOptions({
    queryKey: apiKeyKeys.detail(scope, id),
    queryFn: ({ client, signal }) => getApiKey(client, scope, id, signal),
    // A 404 (deleted) is an answer, not a blip to retry.
    retry: false,
  })

/**
 * A key the page already holds (`known`, e.g. just created), kept current: every change to keys invalidates it,
 * so an edit shows and a delete (404) drops it.
 */
export const useApiKey = (scope: TenantScope, known: ApiKey | null) =>
  useQuery({
    ...apiKeyQueryOptions(scope, known?.id ?? ''),
    enabled: known !== null,
    initialData: known ?? undefined,
    staleTime: 60_000,
  })
