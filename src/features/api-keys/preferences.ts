import { usePreferences } from '../preferences/api/get-preferences'
import { useUpdatePreferences } from '../preferences/api/put-preferences'
import { API_KEYS_PREFERENCES, type TenantScope } from './api/query-keys'

/** This page's preferences in the scope's microtenant: what is kept, whether it has come, and how to change it. */
export function useApiKeysPreferences({ microtenantId }: TenantScope) {
  const { data, isPending } = usePreferences({ page: API_KEYS_PREFERENCES, microtenantId })
  const update = useUpdatePreferences(API_KEYS_PREFERENCES, microtenantId)
  return { preferences: data, isPending, update }
}
