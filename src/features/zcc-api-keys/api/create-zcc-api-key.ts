import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { createdZccApiKey, type CreatedZccApiKey, type CreateZccApiKeyValues, type ZccApiKey } from '../../../contract/zcc-api-key'
import { apiRequest } from '../../../lib/api-client'
import { zccApiKeyKeys, zccKeysPath, type ZccScope } from './query-keys'

/** POST …/apiKeys (201): the only answer that ever carries the client secret. */
export const createZccApiKey = (client: QueryClient, scope: ZccScope, values: CreateZccApiKeyValues) =>
  apiRequest(client, zccKeysPath(scope.customerId), createdZccApiKey, { method: 'POST', body: values })

/**
 * `onCreated` receives the key with its secret, straight from the response: the secret's only way out. The
 * mutation's own result, which the query client keeps, is the key without it.
 */
export function useCreateZccApiKey(scope: ZccScope, { onCreated }: { onCreated: (created: CreatedZccApiKey) => void }) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (values: CreateZccApiKeyValues, { client }): Promise<ZccApiKey> => {
      const created = await createZccApiKey(client, scope, values)
      onCreated(created)
      const { clientSecret: _secret, ...apiKey } = created
      return apiKey
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: zccApiKeyKeys.all }),
  })
}
