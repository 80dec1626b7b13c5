import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ZdxApiKey } from '../../../contract/zdx-api-key'
import { apiRequestNoContent } from '../../../lib/api-client'
import { zdxApiKeyKeys, zdxKeyPath, type ZdxScope } from './query-keys'

/** DELETE …/apiKeys/{id} (204): the key's tokens end with it. */
export const deleteZdxApiKey = (client: QueryClient, scope: ZdxScope, id: string) =>
  apiRequestNoContent(client, zdxKeyPath(scope.customerId, id), { method: 'DELETE' })

export function useDeleteZdxApiKey(scope: ZdxScope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (apiKey: ZdxApiKey, { client }) => deleteZdxApiKey(client, scope, apiKey.id),
    // Settled, not only succeeded: a 404 means someone else deleted it and the list on screen is stale.
    onSettled: () => queryClient.invalidateQueries({ queryKey: zdxApiKeyKeys.all }),
  })
}
