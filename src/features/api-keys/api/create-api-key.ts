import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { createdApiKey, type ApiKey, type CreateApiKeyValues, type CreatedApiKey } from '../../../contract/api-key'
import { apiRequest, customerPath } from '../../../lib/api-client'
import { invalidateApiKeys } from './invalidate-api-keys'
import type { TenantScope } from './query-keys'

/** POST /apiKeys: the only answer that ever carries the client secret. */
export const createApiKey = (client: QueryClient, scope: TenantScope, values: CreateApiKeyValues) =>
  apiRequest(client, `${customerPath(scope.customerId)}/apiKeys`, createdApiKey, {
    method: 'POST',
    query: { microtenantId: scope.microtenantId },
    body: values,
  })

interface UseCreateApiKeyOptions {
  /**
   * Receives the created key with its secret, straight from the response. This is the secret's only way out:
   * the mutation's own result, which the query client keeps in its mutation cache, is the key without it.
   */
  onCreated: (created: CreatedApiKey) => void
}

export function useCreateApiKey(scope: TenantScope, { onCreated }: UseCreateApiKeyOptions) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (values: CreateApiKeyValues, { client }): Promise<ApiKey> => {
      const created = await createApiKey(client, scope, values)
      onCreated(created)
      const { clientSecret: _secret, ...apiKey } = created
      return apiKey
    },
    onSuccess: () => invalidateApiKeys(queryClient),
  })
}
