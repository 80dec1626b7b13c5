import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { toast } from '../../../components/toaster'
import { defaultPagePreferences, type PagePreferences, type PreferencePage } from '../../../contract/preferences'
import { apiRequestNoContent } from '../../../lib/api-client'
import { preferenceKeys, preferencesPath, type PreferenceScope } from './get-preferences'

/** PUT /portal/preferences/{page}: replaces them whole (204 once the server has them durably). */
export const putPreferences = (client: QueryClient, { microtenantId, page }: PreferenceScope, preferences: PagePreferences) =>
  apiRequestNoContent(client, preferencesPath(page), { method: 'PUT', query: { microtenantId }, body: preferences })

/**
 * Changes the admin's preferences: the page at once (the query cache), the server right after. PUTs of one page's
 * preferences run one at a time, each sending the latest preferences; one with another change waiting behind it
 * leaves the sending to that one. Dragging a column's edge so costs a few requests, not one a pixel, and the last
 * request always carries the last change.
 */
export function useUpdatePreferences(page: PreferencePage, microtenantId: string) {
  const queryClient = useQueryClient()
  const scope: PreferenceScope = { page, microtenantId }
  const { mutate } = useMutation({
    mutationKey: preferenceKeys.of(scope),
    scope: { id: preferenceKeys.of(scope).join(':') },
    mutationFn: async (_: void, { client }) => {
      const key = preferenceKeys.of(scope)
      if (client.isMutating({ mutationKey: key, exact: true }) > 1) return
      await putPreferences(client, scope, client.getQueryData<PagePreferences>(key) ?? defaultPagePreferences)
    },
    onError: (error) => {
      toast.error(`Your preferences could not be saved: ${error.message}`)
      // Show what the server kept, not what it refused.
      void queryClient.invalidateQueries({ queryKey: preferenceKeys.of(scope) })
    },
  })
  return useCallback(
    (change: (current: PagePreferences) => PagePreferences) => {
      queryClient.setQueryData<PagePreferences>(preferenceKeys.of({ page, microtenantId }), (current) => change(current ?? defaultPagePreferences))
      mutate()
    },
    [queryClient, mutate, page, microtenantId],
  )
}
