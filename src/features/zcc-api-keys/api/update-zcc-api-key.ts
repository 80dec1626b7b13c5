import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { UpdateZccApiKeyInput, UpdateZccApiKeyValues, ZccApiKey } from '../../../contract/zcc-api-key'
import { apiRequestNoContent } from '../../../lib/api-client'
import { zccApiKeyKeys, zccKeysPath, type ZccScope } from './query-keys'

/** PUT …/apiKeys/{id} with the fields that change (204, no body). */
export const updateZccApiKey = (client: QueryClient, scope: ZccScope, id: string, body: UpdateZccApiKeyInput) =>
  apiRequestNoContent(client, `${zccKeysPath(scope.customerId)}/${encodeURIComponent(id)}`, { method: 'PUT', body })

export interface ZccApiKeyEdit {
  apiKey: ZccApiKey
  values: UpdateZccApiKeyValues
}

const editableFields = ['name', 'enabled', 'role', 'tokenExpiryTimeInSec'] as const

/** The fields an edit changes: an unchanged Save sends no PUT. */
export const zccChanges = ({ apiKey, values }: ZccApiKeyEdit): UpdateZccApiKeyValues =>
  Object.fromEntries(editableFields.filter((field) => values[field] !== undefined && String(values[field]) !== String(apiKey[field])).map((field) => [field, values[field]]))

export function useUpdateZccApiKey(scope: ZccScope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (edit: ZccApiKeyEdit, { client }) => updateZccApiKey(client, scope, edit.apiKey.id, zccChanges(edit)),
    // Settled, not only succeeded: a 404 or 409 means the list on screen is stale.
    onSettled: () => queryClient.invalidateQueries({ queryKey: zccApiKeyKeys.all }),
  })
}
