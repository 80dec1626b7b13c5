import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { zdxApiKeyWithSecret, type CreateZdxApiKeyValues, type ZdxApiKey, type ZdxApiKeyWithSecret } from '../../../contract/zdx-api-key'
import { apiRequest } from '../../../lib/api-client'
import { zdxApiKeyKeys, zdxKeysPath, type ZdxScope } from './query-keys'

/** POST …/apiKeys (201): the key with its Key Secret. */
export const createZdxApiKey = (client: QueryClient, scope: ZdxScope, values: CreateZdxApiKeyValues) =>
  apiRequest(client, zdxKeysPath(scope.customerId), zdxApiKeyWithSecret, { method: 'POST', body: values })

/**
 * `onCreated` receives the key with its secret, straight from the response. The mutation's own result, which the
 * query client keeps, is the key without it.
 */
export function useCreateZdxApiKey(scope: ZdxScope, { onCreated }: { onCreated: (created: ZdxApiKeyWithSecret) => void }) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (values: CreateZdxApiKeyValues, { client }): Promise<ZdxApiKey> => {
      const created = await createZdxApiKey(client, scope, values)
      onCreated(created)
      const { keySecret: _secret, ...apiKey } = created
      return apiKey
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: zdxApiKeyKeys.all }),
  })
}
