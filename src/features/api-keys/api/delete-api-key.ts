import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ApiKey } from '../../../contract/api-key'
import { apiRequestNoContent, customerPath } from '../../../lib/api-client'
import { invalidateApiKeys } from './invalidate-api-keys'
import type { TenantScope } from './query-keys'

/** DELETE /apiKeys/{id} (204). */
export const deleteApiKey = (client: QueryClient, scope: TenantScope, id: string) =>
  apiRequestNoContent(client, `${customerPath(scope.customerId)}/apiKeys/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    query: { microtenantId: scope.microtenantId },
  })

export function useDeleteApiKey(scope: TenantScope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (apiKey: ApiKey, { client }) => deleteApiKey(client, scope, apiKey.id),
    // Settled, not only succeeded: a 404 means someone else deleted it and the list on screen is stale.
    onSettled: () => invalidateApiKeys(queryClient),
  })
}
