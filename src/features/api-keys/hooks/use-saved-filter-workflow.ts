import { useCallback } from 'react'
import { toast } from '../../../components/toaster'
import type { TenantScope } from '../api/query-keys'
import { appliedFilterCount, noFilters, sameFilters, type ApiKeyFilters } from '../filters'
import { useSavedFilters } from '../saved-filters'
import { filtersToView, type useTableView } from './use-table-view'

type TableView = ReturnType<typeof useTableView>

/** Saved filters as the toolbar and the Menu use them: select, delete, save the applied filters, save or discard changes. */
export function useSavedFilterWorkflow(scope: TenantScope, { view, filters, setView }: TableView) {
  const saved = useSavedFilters(scope)
  const selected = saved.list.find((f) => f.id === view.savedFilter)
  const changed = selected !== undefined && !sameFilters(selected.filters, filters)

  const applyFilters = useCallback(
    (next: ApiKeyFilters, savedFilter: string | null) => void setView({ ...filtersToView(next), savedFilter, page: 1 }),
    [setView],
  )

  // Stable, so the filter bar's pause-then-apply timer is not restarted by unrelated re-renders.
  const apply = useCallback((next: ApiKeyFilters) => applyFilters(next, view.savedFilter), [applyFilters, view.savedFilter])
  /** Where the view started: the selected saved filter as saved, or no filters when none is selected. */
  const start = selected?.filters ?? noFilters
  const reset = useCallback(() => applyFilters(start, selected?.id ?? null), [applyFilters, start, selected?.id])
  const clear = useCallback(() => apply(noFilters), [apply])

  return {
    list: saved.list,
    selected,
    changed,
    /** Fields that narrow the list now; saving needs one. */
    appliedCount: appliedFilterCount(filters),
    select: (id: string) => {
      const entry = saved.list.find((f) => f.id === id)
      applyFilters(entry?.filters ?? noFilters, entry?.id ?? null)
    },
    remove: (id: string) => {
      const index = saved.list.findIndex((f) => f.id === id)
      const entry = saved.list[index]
      const wasSelected = view.savedFilter === id
      saved.remove(id)
      if (wasSelected) void setView({ savedFilter: null })
      // Deleting asks nothing, so it can be undone: the filter comes back where it was, selected again if it was.
      if (entry)
        toast.success(`Saved filter "${entry.name}" deleted`, {
          action: {
            label: 'Undo',
            onClick: () => {
              saved.restore(entry, index)
              if (wasSelected) void setView({ savedFilter: entry.id })
            },
          },
        })
    },
    saveApplied: (name: string) => {
      const entry = saved.save(name, filters)
      void setView({ savedFilter: entry.id })
      toast.success(`Filter "${entry.name}" saved`)
    },
    saveChanges: () => {
      if (!selected) return
      saved.update(selected.id, filters)
      toast.success(`Saved filter "${selected.name}" updated`)
    },
    discardChanges: () => {
      if (selected) applyFilters(selected.filters, selected.id)
    },
    /** Applying filters by hand keeps the saved filter selected, so its changes show as unsaved. */
    apply,
    /** Empties every filter; a selected saved filter stays selected, marked changed. */
    clear,
    /** Back to `start`. */
    reset,
    start,
  }
}
export type SavedFilterWorkflow = ReturnType<typeof useSavedFilterWorkflow>
