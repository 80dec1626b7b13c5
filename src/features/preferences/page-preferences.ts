import { usePreferences, type PreferenceScope } from './api/get-preferences'
import { useUpdatePreferences } from './api/put-preferences'

/** A page's preferences in one microtenant: what is kept, whether it has come, and how to change it. */
export function usePagePreferences({ page, microtenantId }: PreferenceScope) {
  const { data, isPending } = usePreferences({ page, microtenantId })
  const update = useUpdatePreferences(page, microtenantId)
  return { preferences: data, isPending, update }
}
