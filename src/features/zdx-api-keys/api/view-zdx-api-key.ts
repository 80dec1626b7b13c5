import { useMutation, type QueryClient } from '@tanstack/react-query'
import { zdxApiKeyWithSecret, type ZdxApiKey, type ZdxApiKeyWithSecret } from '../../../contract/zdx-api-key'
import { apiRequest } from '../../../lib/api-client'
import { zdxKeyPath, type ZdxScope } from './query-keys'

/** GET …/apiKeys/{id}/secret: what View shows, the key with its Key Secret (the server keeps it encrypted). */
export const getZdxApiKeySecret = (client: QueryClient, scope: ZdxScope, id: string) =>
  apiRequest(client, `${zdxKeyPath(scope.customerId, id)}/secret`, zdxApiKeyWithSecret)

/** Asks for a key's secret; `onViewed` receives it, and no cache keeps it (the mutation's result is nothing). */
export function useViewZdxApiKey(scope: ZdxScope, { onViewed }: { onViewed: (viewed: ZdxApiKeyWithSecret) => void }) {
  return useMutation({
    mutationFn: async (apiKey: ZdxApiKey, { client }): Promise<void> => onViewed(await getZdxApiKeySecret(client, scope, apiKey.id)),
  })
}
