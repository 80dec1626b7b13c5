import { useQueryClient } from '@tanstack/react-query'
import { Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { DataTableView } from '../../../components/data-table/data-table-view'
import { RowSelectionProvider, useRowSelection } from '../../../components/data-table/row-selection'
import { TableAlert } from '../../../components/data-table/table-states'
import { useDataTable } from '../../../components/data-table/use-data-table'
import { FOLD_FILTERS_QUERY } from '../../../components/data-table/use-filter-draft'
import { lazyWithPreload } from '../../../components/lazy-with-preload'
import { useMediaQuery } from '../../../components/use-media-query'
import { PAGE_SIZES, type ApiKey } from '../../../contract/api-key'
import { defaultTableSettings } from '../../../contract/preferences'
import { useTableSettings } from '../../preferences/table-settings'
import { useApiKey } from '../api/get-api-key'
import { apiKeysQueryOptions, useApiKeys } from '../api/get-api-keys'
import { useRoles } from '../api/get-roles'
import { API_KEYS_PREFERENCES } from '../api/query-keys'
import { hasFilters } from '../filters'
import { useSavedFilterWorkflow } from '../hooks/use-saved-filter-workflow'
import { listParamsForView, useTableView } from '../hooks/use-table-view'
import { RoleNamesProvider } from '../role-names'
import { useTenantScope } from '../tenant-scope'
import { ApiKeysToolbar } from './api-keys-toolbar'
import { apiKeyColumns } from './columns'
import { NEW_API_KEY_NOTE_ID, rowDialogsIntent, useNewApiKey } from './dialogs/api-key-dialogs'
import { FilterBar } from './filter-bar'

const noRows: ApiKey[] = []

// With the first selection: the bar, its dialogs and the bulk runner.
const ApiKeysBulkBar = lazyWithPreload(() => import('./bulk-actions').then((m) => m.ApiKeysBulkBar))

/**
 * The key just created: pinned above the current page's rows unless it is one of them (then highlighted in its
 * place), until the admin changes the view (page, size, sort, filters). Refresh keeps it.
 */
function usePinnedNewKey(listed: readonly ApiKey[], viewKey: string) {
  const newKey = useNewApiKey()
  const pinned = useApiKey(useTenantScope(), newKey.apiKey)
  const { clear } = newKey
  const pinnedIn = useRef(viewKey)
  useEffect(() => {
    if (pinnedIn.current === viewKey) return
    pinnedIn.current = viewKey
    clear()
  }, [viewKey, clear])

  const apiKey = newKey.apiKey && !pinned.isError ? (pinned.data ?? newKey.apiKey) : null
  const apart = apiKey !== null && !listed.some((key) => key.id === apiKey.id)
  const data = useMemo(() => (apart && apiKey ? [apiKey, ...listed] : listed), [apart, apiKey, listed])
  return { row: { id: apiKey?.id ?? null, apart, describedBy: NEW_API_KEY_NOTE_ID }, data }
}


interface ApiKeysTableProps {
  /** The lifecycle's "Add API Key" button, for the toolbar. */
  addButton?: React.ReactNode
  /** The empty tenant's call to add its first key (named apart from the toolbar's button). */
  addFirstButton?: React.ReactNode
}

/** The ZPA keys' table: its columns and actions, filters and saved filters, and the key just created pinned above the rows. */
export function ApiKeysTable({ addButton, addFirstButton }: ApiKeysTableProps) {
  const scope = useTenantScope()
  const { settings, pageSize: preferredPageSize, loaded, setSettings, setPageSize } = useTableSettings({ page: API_KEYS_PREFERENCES, microtenantId: scope.microtenantId })
  const tableView = useTableView(preferredPageSize)
  const { view, filters, setView } = tableView
  const savedFilters = useSavedFilterWorkflow(scope, tableView)
  // Until the admin toggles the bar, the screen decides: shown, except where FOLD_FILTERS_QUERY matches.
  const [filtersChoice, setFiltersChoice] = useState<boolean | null>(null)
  const foldFilters = useMediaQuery(FOLD_FILTERS_QUERY)
  const filtersShown = filtersChoice ?? !foldFilters

  const queryClient = useQueryClient()
  // The rows wait for the admin's preferences: they say how many rows a page has and which columns show.
  const query = useApiKeys(scope, listParamsForView(view), { enabled: loaded })
  const roles = useRoles(scope)
  const listed = query.data?.list ?? noRows
  const newKey = usePinnedNewKey(listed, JSON.stringify(listParamsForView(view)))
  // Kept across pages, sorts and sizes of the same filters; other filters, saved filter or microtenant start afresh.
  const selection = useRowSelection(JSON.stringify([scope.microtenantId, view.savedFilter, filters]), newKey.data)

  const table = useDataTable({
    columns: apiKeyColumns,
    data: newKey.data,
    getRowId: (key) => key.id,
    rowCount: query.data ? Number(query.data.totalCount) : 0,
    view,
    setView,
    prefetch: (next) => void queryClient.prefetchQuery(apiKeysQueryOptions(scope, listParamsForView({ ...view, ...next }))),
    settings,
    setSettings,
    setPageSize,
  })

  return (
    <section className="card" aria-label="API keys">
      <ApiKeysToolbar
        table={table}
        savedFilters={savedFilters}
        filtersShown={filtersShown}
        onToggleFilters={() => setFiltersChoice(!filtersShown)}
        isRefreshing={query.isFetching && !query.isPending}
        onRefresh={() => void query.refetch()}
        onResetSettings={() => setSettings(() => defaultTableSettings)}
        addButton={addButton}
      />
      {filtersShown && (
        // Before hydration, the stylesheet folds the screen's default on a narrow screen (the server cannot know it).
        <div className={filtersChoice === null ? 'filters-by-screen' : undefined}>
          <FilterBar applied={filters} onApply={savedFilters.apply} onReset={savedFilters.reset} start={savedFilters.start} startName={savedFilters.selected?.name} />
        </div>
      )}
      {roles.isError && (
        <TableAlert title="The roles could not be loaded: the Role column and filter are incomplete." error={roles.error} onRetry={() => void roles.refetch()} />
      )}
      {selection.selected.size > 0 && (
        <Suspense fallback={null}>
          <ApiKeysBulkBar selection={selection} />
        </Suspense>
      )}
      <RowSelectionProvider value={selection}>
        <DataTableView
          table={table}
          query={query}
          listedCount={listed.length}
          filtered={hasFilters(filters)}
          onClearFilters={savedFilters.clear}
          addFirstButton={addFirstButton}
          pageSizes={PAGE_SIZES}
          newRow={newKey.row}
          rowProps={rowDialogsIntent}
          RowsContext={RoleNamesProvider}
        />
      </RowSelectionProvider>
    </section>
  )
}
