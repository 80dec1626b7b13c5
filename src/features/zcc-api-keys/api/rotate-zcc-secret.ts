import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { createdZccApiKey, zccApiKey, type ZccApiKey } from '../../../contract/zcc-api-key'
import { apiRequest } from '../../../lib/api-client'
import { zccApiKeyKeys, zccKeysPath, type ZccScope } from './query-keys'

const keyPath = (scope: ZccScope, id: string) => `${zccKeysPath(scope.customerId)}/${encodeURIComponent(id)}`

/** POST …/apiKeys/{id}/rotateSecret (the mock's own, issue #17): the key with its new secret, the only answer with it. */
export const rotateZccSecret = (client: QueryClient, scope: ZccScope, id: string, gracePeriodInSec: number) =>
  apiRequest(client, `${keyPath(scope, id)}/rotateSecret`, createdZccApiKey, { method: 'POST', body: { gracePeriodInSec } })

/** DELETE …/apiKeys/{id}/previousSecret: the old secret stops logging in now ("End Grace Now"). */
export const endZccGracePeriod = (client: QueryClient, scope: ZccScope, id: string) =>
  apiRequest(client, `${keyPath(scope, id)}/previousSecret`, zccApiKey, { method: 'DELETE' })

/** Rotates a key's secret. Not a mutation: its answer, the new secret, goes to the caller alone, and no cache keeps it. */
export function useRotateZccSecret(scope: ZccScope) {
  const queryClient = useQueryClient()
  return (apiKey: ZccApiKey, gracePeriodInSec: number) =>
    rotateZccSecret(queryClient, scope, apiKey.id, gracePeriodInSec).finally(() => void queryClient.invalidateQueries({ queryKey: zccApiKeyKeys.all }))
}

export function useEndZccGracePeriod(scope: ZccScope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (apiKey: ZccApiKey, { client }) => {
      await endZccGracePeriod(client, scope, apiKey.id)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: zccApiKeyKeys.all }),
  })
}
