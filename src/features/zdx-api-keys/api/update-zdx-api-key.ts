import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { UpdateZdxApiKeyInput, UpdateZdxApiKeyValues, ZdxApiKey } from '../../../contract/zdx-api-key'
import { apiRequestNoContent } from '../../../lib/api-client'
import { zdxApiKeyKeys, zdxKeyPath, type ZdxScope } from './query-keys'

/** PUT …/apiKeys/{id} with the fields that change (204, no body). */
export const updateZdxApiKey = (client: QueryClient, scope: ZdxScope, id: string, body: UpdateZdxApiKeyInput) =>
  apiRequestNoContent(client, zdxKeyPath(scope.customerId, id), { method: 'PUT', body })

export interface ZdxApiKeyEdit {
  apiKey: ZdxApiKey
  values: UpdateZdxApiKeyValues
}

/** The fields an edit changes (Name, role): an unchanged Save sends no PUT. */
export const zdxChanges = ({ apiKey, values }: ZdxApiKeyEdit): UpdateZdxApiKeyValues => ({
  ...(values.name !== undefined && values.name !== apiKey.name && { name: values.name }),
  ...(values.roleId !== undefined && values.roleId !== apiKey.roleId && { roleId: values.roleId }),
})

export function useUpdateZdxApiKey(scope: ZdxScope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (edit: ZdxApiKeyEdit, { client }) => updateZdxApiKey(client, scope, edit.apiKey.id, zdxChanges(edit)),
    // Settled, not only succeeded: a 404 or 409 means the list on screen is stale.
    onSettled: () => queryClient.invalidateQueries({ queryKey: zdxApiKeyKeys.all }),
  })
}
