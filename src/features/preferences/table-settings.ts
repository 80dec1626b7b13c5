import { useCallback, useState } from 'react'
import type { PageSize } from '../../contract/api-key'
import { defaultTableSettings, type TableSettings } from '../../contract/preferences'
import type { PreferenceScope } from './api/get-preferences'
import { usePagePreferences } from './page-preferences'

/** The admin's table layout (hidden columns, column order and widths) and rows per page, kept with their preferences. */
export function useTableSettings(scope: PreferenceScope) {
  const { preferences, isPending, update } = usePagePreferences(scope)
  const setSettings = useCallback(
    (change: (current: TableSettings) => TableSettings) => update((current) => ({ ...current, tableSettings: change(current.tableSettings) })),
    [update],
  )
  const setPageSize = useCallback((pageSize: PageSize) => update((current) => ({ ...current, pageSize })), [update])
  // Rows per page as the preferences had it when the page opened: a choice made now is kept for the next visit,
  // and this visit's history keeps its meaning (Back to a URL that names no size shows the size it showed).
  const [onArrival, setOnArrival] = useState<{ pageSize: number | undefined }>()
  if (!onArrival && preferences) setOnArrival({ pageSize: preferences.pageSize })
  return {
    settings: preferences?.tableSettings ?? defaultTableSettings,
    pageSize: (onArrival ?? preferences)?.pageSize,
    /** Settled: the preferences are here, or could not be had and the defaults stand. */
    loaded: !isPending,
    setSettings,
    setPageSize,
  }
}
