import { useCallback, useMemo } from 'react'
import type { SavedFilter as StoredSavedFilter } from '../../contract/preferences'
import { usePagePreferences } from '../preferences/page-preferences'
import { API_KEYS_PREFERENCES, type TenantScope } from './api/query-keys'
import { filtersFromRecord, type ApiKeyFilters } from './filters'

/** A saved filter as this page reads it: its stored values through the page's filter fields. */
export type SavedFilter = Omit<StoredSavedFilter, 'filters'> & { filters: ApiKeyFilters }

/** A short unique id that needs no secure context (crypto.randomUUID does). */
const newId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

/** Saved filters of one customer and microtenant, kept with the admin's preferences on the server. */
export function useSavedFilters(scope: TenantScope) {
  const { preferences, update: updatePreferences } = usePagePreferences({ page: API_KEYS_PREFERENCES, microtenantId: scope.microtenantId })
  const stored = preferences?.savedFilters
  const list = useMemo(() => (stored ?? []).map((entry) => ({ ...entry, filters: filtersFromRecord(entry.filters) })), [stored])
  const setList = useCallback(
    (change: (current: StoredSavedFilter[]) => StoredSavedFilter[]) =>
      updatePreferences((current) => ({ ...current, savedFilters: change(current.savedFilters) })),
    [updatePreferences],
  )

  const save = useCallback(
    (name: string, filters: ApiKeyFilters): SavedFilter => {
      const entry = { id: newId(), name: name.trim(), filters }
      setList((current) => [...current, entry])
      return entry
    },
    [setList],
  )
  const update = useCallback(
    (id: string, filters: ApiKeyFilters) => setList((current) => current.map((f) => (f.id === id ? { ...f, filters } : f))),
    [setList],
  )
  const remove = useCallback((id: string) => setList((current) => current.filter((f) => f.id !== id)), [setList])
  /** Undoes a `remove`: the filter comes back at its place in the list, with its id (a link naming it works again). */
  const restore = useCallback(
    (entry: SavedFilter, index: number) =>
      setList((current) => (current.some((f) => f.id === entry.id) ? current : current.toSpliced(index, 0, entry))),
    [setList],
  )

  return { list, save, update, remove, restore }
}
