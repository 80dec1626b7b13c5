import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ZccApiKey } from '../../../contract/zcc-api-key'
import { apiRequestNoContent } from '../../../lib/api-client'
import { zccApiKeyKeys, zccKeysPath, type ZccScope } from './query-keys'

/** DELETE …/apiKeys/{id} (204): the key's tokens end with it. */
export const deleteZccApiKey = (client: QueryClient, scope: ZccScope, id: string) =>
  apiRequestNoContent(client, `${zccKeysPath(scope.customerId)}/${encodeURIComponent(id)}`, { method: 'DELETE' })

export function useDeleteZccApiKey(scope: ZccScope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (apiKey: ZccApiKey, { client }) => deleteZccApiKey(client, scope, apiKey.id),
    // Settled, not only succeeded: a 404 means someone else deleted it and the list on screen is stale.
    onSettled: () => queryClient.invalidateQueries({ queryKey: zccApiKeyKeys.all }),
  })
}
