import { useId, useState } from 'react'
import { DataTableSettings } from '../../../components/data-table/data-table-settings'
import type { DataTable } from '../../../components/data-table/features'
import type { ApiKey } from '../../../contract/api-key'
import type { SavedFilterWorkflow } from '../hooks/use-saved-filter-workflow'
import { ApiKeysMenu } from './api-keys-menu'
import { SaveFilterDialog } from './save-filter-dialog'

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
    <div className="toolbar" role="toolbar" aria-label="API key actions">
      <div className="toolbar-start">
        <label htmlFor={selectId} className="toolbar-label">
          Saved Filter
        </label>
        <select id={selectId} value={selected?.id ?? ''} onChange={(event) => savedFilters.select(event.target.value)}>
          <option value="">None</option>
          {list.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.id === selected?.id && changed ? `${entry.name} (changed)` : entry.name}
            </option>
          ))}
        </select>
        {selected && changed && <span className="badge badge-changed">Unsaved changes</span>}
        {selected && (
          <button type="button" className="button" onClick={() => savedFilters.remove(selected.id)}>
            Delete Saved Filter
          </button>
        )}
        <button type="button" className="button" aria-expanded={filtersShown} onClick={onToggleFilters}>
          {filtersShown ? 'Hide Filters' : 'Show Filters'}
        </button>
      </div>
      <div className="toolbar-end">
        <button type="button" className="button" onClick={onRefresh} aria-busy={isRefreshing}>
          <span className={isRefreshing ? 'refresh-icon spinning' : 'refresh-icon'} aria-hidden="true">
            ⟳
          </span>
          Refresh
        </button>
        <DataTableSettings table={table} onReset={onResetSettings} />
        <ApiKeysMenu
          canSaveFilter={savedFilters.canSave}
          savedFilterChanged={changed}
          onSaveAppliedFilter={() => setSaveOpen(true)}
          onSaveChanges={savedFilters.saveChanges}
          onDiscardChanges={savedFilters.discardChanges}
        />
        {addButton}
      </div>
      <SaveFilterDialog
        open={saveOpen}
        onOpenChange={setSaveOpen}
        existingNames={list.map((f) => f.name)}
        onSave={(name) => {
          savedFilters.saveApplied(name)
          setSaveOpen(false)
        }}
      />
    </div>
  )
}
