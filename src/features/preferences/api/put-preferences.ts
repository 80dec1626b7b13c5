import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { toast } from '../../../components/toaster'
import { defaultPagePreferences, type PagePreferences, type PreferencePage } from '../../../contract/preferences'
import { ApiQueryClient, apiRequestNoContent } from '../../../lib/api-client'
import { preferenceKeys, preferencesPath, type PreferenceScope } from './get-preferences'

/** PUT /portal/preferences/{page}: replaces them whole (204 once the server has them durably). */
export const putPreferences = (client: QueryClient, { microtenantId, page }: PreferenceScope, preferences: PagePreferences) =>
  apiRequestNoContent(client, preferencesPath(page), { method: 'PUT', query: { microtenantId }, body: preferences })

/**
 * Changes the admin's preferences: the page at once (the query cache), the server right after. PUTs of one page's
 * preferences run one at a time, each sending the latest preferences; one with another change waiting behind it
 * leaves the sending to that one (`ApiQueryClient.writeLatest`). Dragging a column's edge so costs a few requests,
 * not one a pixel, and the last request always carries the last change.
 */
export function useUpdatePreferences(page: PreferencePage, microtenantId: string) {
  const queryClient = useQueryClient()
  return useCallback(
    (change: (current: PagePreferences) => PagePreferences) => {
      const key = preferenceKeys.of({ page, microtenantId })
      queryClient.setQueryData<PagePreferences>(key, (current) => change(current ?? defaultPagePreferences))
      const save = () => putPreferences(queryClient, { page, microtenantId }, queryClient.getQueryData<PagePreferences>(key) ?? defaultPagePreferences)
      const queued = queryClient instanceof ApiQueryClient ? queryClient.writeLatest(key.join(':'), save) : save()
      queued.catch((error: unknown) => {
        toast.error(`Your preferences could not be saved: ${(error as Error).message}`)
        // Show what the server kept, not what it refused.
        void queryClient.invalidateQueries({ queryKey: key })
      })
    },
    [queryClient, page, microtenantId],
  )
}
