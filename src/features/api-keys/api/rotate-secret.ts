import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { apiKey as apiKeySchema, createdApiKey, type ApiKey } from '../../../contract/api-key'
import { apiRequest, customerPath } from '../../../lib/api-client'
import { invalidateApiKeys } from './invalidate-api-keys'
import type { TenantScope } from './query-keys'

const keyPath = (scope: TenantScope, id: string) => `${customerPath(scope.customerId)}/apiKeys/${encodeURIComponent(id)}`

/** POST /apiKeys/{id}/rotateSecret (the mock's own, issue #17): the key with its new secret, the only answer with it. */
export const rotateSecret = (client: QueryClient, scope: TenantScope, id: string, gracePeriodInSec: number) =>
  apiRequest(client, `${keyPath(scope, id)}/rotateSecret`, createdApiKey, {
    method: 'POST',
    query: { microtenantId: scope.microtenantId },
    body: { gracePeriodInSec },
  })

/** DELETE /apiKeys/{id}/previousSecret: the old secret stops signing in now ("End Grace Now"). */
export const endGracePeriod = (client: QueryClient, scope: TenantScope, id: string) =>
  apiRequest(client, `${keyPath(scope, id)}/previousSecret`, apiKeySchema, { method: 'DELETE', query: { microtenantId: scope.microtenantId } })

/**
 * Rotates a key's secret. Not a mutation: its answer, the new secret, goes to the caller alone, and no cache keeps it.
 * The list is refetched either way (a 404 means the list on screen is stale).
 */
export function useRotateSecret(scope: TenantScope) {
  const queryClient = useQueryClient()
  return (apiKey: ApiKey, gracePeriodInSec: number) =>
    rotateSecret(queryClient, scope, apiKey.id, gracePeriodInSec).finally(() => void invalidateApiKeys(queryClient))
}

export function useEndGracePeriod(scope: TenantScope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (apiKey: ApiKey, { client }) => {
      await endGracePeriod(client, scope, apiKey.id)
    },
    onSettled: () => invalidateApiKeys(queryClient),
  })
}
