import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ApiKey, UpdateApiKeyInput, UpdateApiKeyValues } from '../../../contract/api-key'
import { apiRequestNoContent, customerPath } from '../../../lib/api-client'
import { invalidateApiKeys } from './invalidate-api-keys'
import type { TenantScope } from './query-keys'

/** PUT /apiKeys/{id} with the whole object (204, no body). */
export const updateApiKey = (client: QueryClient, scope: TenantScope, id: string, body: UpdateApiKeyInput) =>
  apiRequestNoContent(client, `${customerPath(scope.customerId)}/apiKeys/${encodeURIComponent(id)}`, {
    method: 'PUT',
    query: { microtenantId: scope.microtenantId },
    body,
  })

export interface ApiKeyEdit {
  apiKey: ApiKey
  values: UpdateApiKeyValues
}

const editableFields = ['name', 'enabled', 'tokenExpiryTimeInSec', 'roleId'] as const

/** Whether an edit changes anything the server keeps: an unchanged Save sends no PUT. */
export const changesApiKey = ({ apiKey, values }: ApiKeyEdit) =>
  editableFields.some((field) => values[field] !== undefined && String(values[field]) !== String(apiKey[field]))

export function useUpdateApiKey(scope: TenantScope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ apiKey, values }: ApiKeyEdit, { client }) => {
      // The whole object goes back, but not its lock: `isLocked: true` is refused, and an edit is no unlock.
      const { isLocked: _locked, ...current } = apiKey
      return updateApiKey(client, scope, apiKey.id, { ...current, ...values })
    },
    // Settled, not only succeeded: a 404 or 409 means the list on screen is stale.
    onSettled: () => invalidateApiKeys(queryClient),
  })
}

/** Unlocking is a PUT of the whole object with `isLocked: false`. */
export function useUnlockApiKey(scope: TenantScope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (apiKey: ApiKey, { client }) => updateApiKey(client, scope, apiKey.id, { ...apiKey, isLocked: false }),
    onSettled: () => invalidateApiKeys(queryClient),
  })
}
