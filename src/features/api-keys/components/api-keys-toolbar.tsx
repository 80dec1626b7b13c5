import { lazy, Suspense, useEffect, useId, useState } from 'react'
import { DataTableSettings } from '../../../components/data-table/data-table-settings'
import { whenIdle } from '../../../components/lazy-with-preload'
import { Select } from '../../../components/select'
import type { DataTable } from '../../../components/data-table/features'
import { DeleteIcon, FilterIcon, MoreIcon } from '../../../components/icons'
import { DataTableRefresh } from '../../../components/data-table/data-table-refresh'
import type { ApiKey } from '../../../contract/api-key'
import type { SavedFilterWorkflow } from '../hooks/use-saved-filter-workflow'

// Neither is needed to show the first rows: they load once the rows are there, or on first use.
const ApiKeysMenu = lazy(() => import('./api-keys-menu').then((m) => ({ default: m.ApiKeysMenu })))
const SaveFilterDialog = lazy(() => import('./save-filter-dialog').then((m) => ({ default: m.SaveFilterDialog })))

/** Stands in for the Menu button until its code is wanted; a click asks for it and opens the menu on arrival. */
function MenuButtonPlaceholder({ onRequest }: { onRequest?: () => void }) {
  return (
    <button type="button" className="icon-button toolbar-icon-button" aria-haspopup="menu" aria-label="Menu" title="Menu" onClick={onRequest}>
      <MoreIcon />
    </button>
  )
}

interface ApiKeysToolbarProps {
  table: DataTable<ApiKey>
  savedFilters: SavedFilterWorkflow
  filtersShown: boolean
  onToggleFilters: () => void
  isRefreshing: boolean
  onRefresh: () => void
  onResetSettings: () => void
  /** The lifecycle's "Add API Key" button. */
  addButton?: React.ReactNode
  /** The first rows are on screen: time to fetch what the toolbar loads later. */
  ready: boolean
}

export function ApiKeysToolbar({ table, savedFilters, filtersShown, onToggleFilters, isRefreshing, onRefresh, onResetSettings, addButton, ready }: ApiKeysToolbarProps) {
  const selectId = useId()
  const [saveOpen, setSaveOpen] = useState(false)
  const { list, selected, changed } = savedFilters
  const [menuRequested, setMenuRequested] = useState(false)
  const [menuWanted, setMenuWanted] = useState(false)
  // Once the first rows are painted and the browser is idle; not in the way of the first paint.
  useEffect(() => (ready ? whenIdle(() => setMenuWanted(true)) : undefined), [ready])

  return (
    // Nothing moves when a saved filter is picked or changed: what comes and goes sits at the end of the start
    // group, the saved filter's control keeps its width, and the end group never wraps under the start group.
    <div className="toolbar" role="toolbar" aria-label="API key actions">
      <div className="toolbar-start">
        <div className="saved-filter">
          <label htmlFor={selectId} className="toolbar-label">
            Saved Filter
          </label>
          <Select
            id={selectId}
            className="saved-filter-select"
            value={selected?.id ?? ''}
            onValueChange={savedFilters.select}
            emptyLabel="None"
            options={list.map((entry) => ({ value: entry.id, label: entry.id === selected?.id && changed ? `${entry.name} (changed)` : entry.name }))}
          />
        </div>
        <button type="button" className="button filters-toggle" aria-expanded={filtersShown} onClick={onToggleFilters}>
          <FilterIcon />
          {filtersShown ? 'Hide Filters' : 'Show Filters'}
        </button>
        {selected && (
          // Named by its (hidden) text, not aria-label: "Saved Filter" must label the selector alone.
          <button type="button" className="icon-button toolbar-icon-button" title="Delete Saved Filter" onClick={() => savedFilters.remove(selected.id)}>
            <DeleteIcon />
            <span className="visually-hidden">Delete Saved Filter</span>
          </button>
        )}
        {selected && changed && <span className="badge badge-changed">Unsaved changes</span>}
        {/* With the bar folded, the rows still say they are filtered. */}
        {!filtersShown && savedFilters.appliedCount > 0 && (
          <span className="badge badge-filters">{savedFilters.appliedCount === 1 ? '1 filter applied' : `${savedFilters.appliedCount} filters applied`}</span>
        )}
      </div>
      <div className="toolbar-end">
        <DataTableRefresh isRefreshing={isRefreshing} onRefresh={onRefresh} />
        <DataTableSettings table={table} onReset={onResetSettings} />
        {menuWanted || menuRequested ? (
          <Suspense fallback={<MenuButtonPlaceholder onRequest={() => setMenuRequested(true)} />}>
            <ApiKeysMenu
              defaultOpen={menuRequested}
              canSaveFilter={savedFilters.appliedCount > 0}
              savedFilterChanged={changed}
              onSaveAppliedFilter={() => setSaveOpen(true)}
              onSaveChanges={savedFilters.saveChanges}
              onDiscardChanges={savedFilters.discardChanges}
            />
          </Suspense>
        ) : (
          <MenuButtonPlaceholder onRequest={() => setMenuRequested(true)} />
        )}
        {addButton}
      </div>
      {saveOpen && (
        <Suspense fallback={null}>
          <SaveFilterDialog
            open
            onOpenChange={setSaveOpen}
            existingNames={list.map((f) => f.name)}
            onSave={(name) => {
              savedFilters.saveApplied(name)
              setSaveOpen(false)
            }}
          />
        </Suspense>
      )}
    </div>
  )
}
