import { lazy, Suspense, useId, useState } from 'react'
import { DataTableSettings } from '../../../components/data-table/data-table-settings'
import { Select } from '../../../components/select'
import type { DataTable } from '../../../components/data-table/features'
import { DeleteIcon, FilterIcon } from '../../../components/icons'
import { DataTableRefresh } from '../../../components/data-table/data-table-refresh'
import type { ApiKey } from '../../../contract/api-key'
import type { SavedFilterWorkflow } from '../hooks/use-saved-filter-workflow'
import { ApiKeysMenu } from './api-keys-menu'

// Not needed to show the first rows: it loads on first use.
const SaveFilterDialog = lazy(() => import('./save-filter-dialog').then((m) => ({ default: m.SaveFilterDialog })))

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
}

export function ApiKeysToolbar({ table, savedFilters, filtersShown, onToggleFilters, isRefreshing, onRefresh, onResetSettings, addButton }: ApiKeysToolbarProps) {
  const selectId = useId()
  const [saveOpen, setSaveOpen] = useState(false)
  const { list, selected, changed } = savedFilters

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
        <ApiKeysMenu
          canSaveFilter={savedFilters.appliedCount > 0}
          savedFilterChanged={changed}
          onSaveAppliedFilter={() => setSaveOpen(true)}
          onSaveChanges={savedFilters.saveChanges}
          onDiscardChanges={savedFilters.discardChanges}
        />
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
