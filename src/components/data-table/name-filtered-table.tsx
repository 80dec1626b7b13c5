import { useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import type { RowData, TableOptions } from '@tanstack/react-table'
import { Suspense, useCallback, useMemo, type ComponentType, type HTMLAttributes, type ReactNode } from 'react'
import { PAGE_SIZES, type PageSize } from '../../contract/api-key'
import { defaultTableSettings, type TableSettings } from '../../contract/preferences'
import type { ListParams } from '../../lib/list-params'
import { DataTableRefresh } from './data-table-refresh'
import { DataTableSettings } from './data-table-settings'
import { DataTableView } from './data-table-view'
import type { DataTableFeatures } from './features'
import { NameFilter, NO_NAME_FILTERS, type NameFilters } from './name-filter'
import { useNameFilteredView, type NameFilteredView } from './name-filtered-view'
import { RowSelectionProvider, useRowSelection, type RowSelection } from './row-selection'
import { useDataTable } from './use-data-table'

/** The admin's layout and rows per page for the table, as their preferences keep them (features/preferences). */
export interface TablePreferences {
  settings: TableSettings
  /** Rows per page when the URL names none. */
  pageSize: number | undefined
  /** Settled: the preferences are here, or could not be had and the defaults stand. */
  loaded: boolean
  setSettings: (change: (current: TableSettings) => TableSettings) => void
  setPageSize: (pageSize: PageSize) => void
}

/** One page of a product's key list, as its list endpoint answers. */
export interface KeyListPage<TData> {
  totalCount: string
  list: TData[]
}

interface NameFilteredKeyTableProps<TData extends RowData & { id: string; name: string }, Page extends KeyListPage<TData>, Field extends string, Key extends QueryKey> {
  tableView: NameFilteredView<Field>
  preferences: TablePreferences
  columns: TableOptions<DataTableFeatures, TData>['columns']
  /** The list request of a view (the feature's queryOptions, the server's first view asks the same). */
  listQuery: (params: ListParams<Field>) => UseQueryOptions<Page, Error, Page, Key>
  /** The toolbar's call to add a key; with `children`, the empty tenant's. */
  AddButton: ComponentType<{ children?: ReactNode }>
  /** The empty tenant's call to add its first key. */
  addFirstLabel?: string
  /** On every row (the preload of the dialogs its actions open). */
  rowProps?: HTMLAttributes<HTMLTableRowElement>
  /** The bulk actions' bar (lazy) while keys are selected, for a page whose columns have selectColumn. */
  renderBulkBar?: (selection: RowSelection<TData>) => ReactNode
}

const noRows: never[] = []

/**
 * The key table of a page without microtenants filtered by Name and Not used for (Client Connector, Digital
 * Experience): its toolbar (Refresh, Table Settings, the add button), the filter bar and the shared table on the URL's view and
 * the admin's preferences. The feature gives its columns, its list request and its add button.
 */
export function NameFilteredKeyTable<TData extends RowData & { id: string; name: string }, Page extends KeyListPage<TData>, Field extends string, Key extends QueryKey>({
  tableView,
  preferences,
  columns,
  listQuery,
  AddButton,
  addFirstLabel = 'Add the first API key',
  rowProps,
  renderBulkBar,
}: NameFilteredKeyTableProps<TData, Page, Field, Key>) {
  const { settings, pageSize: preferredPageSize, loaded, setSettings, setPageSize } = preferences
  const { view, setView } = useNameFilteredView(tableView, preferredPageSize)
  const queryClient = useQueryClient()
  // The rows wait for the admin's preferences: they say how many rows a page has and which columns show.
  const query = useQuery({ ...listQuery(tableView.listParams(view)), enabled: loaded })
  const listed: TData[] = query.data?.list ?? noRows
  const applyFilters = useCallback(
    ({ name, notUsedForDays }: NameFilters) => void setView({ name: name || null, notUsedForDays: notUsedForDays || null, page: 1 }),
    [setView],
  )
  const selection = useRowSelection(`${view.name}\n${view.notUsedForDays}`, listed)
  const applied = useMemo<NameFilters>(() => ({ name: view.name ?? '', notUsedForDays: view.notUsedForDays ?? '' }), [view.name, view.notUsedForDays])

  const table = useDataTable({
    columns,
    data: listed,
    getRowId: (key) => key.id,
    rowCount: query.data ? Number(query.data.totalCount) : 0,
    view,
    setView,
    prefetch: (next) => void queryClient.prefetchQuery(listQuery(tableView.listParams({ ...view, ...next }))),
    settings,
    setSettings,
    setPageSize,
  })

  return (
    <section className="card" aria-label="API keys">
      <div className="toolbar" role="toolbar" aria-label="API key actions">
        <div className="toolbar-start" />
        <div className="toolbar-end">
          <DataTableRefresh isRefreshing={query.isFetching && !query.isPending} onRefresh={() => void query.refetch()} />
          <DataTableSettings table={table} onReset={() => setSettings(() => defaultTableSettings)} />
          <AddButton />
        </div>
      </div>
      <NameFilter applied={applied} onApply={applyFilters} />
      {renderBulkBar && selection.selected.size > 0 && <Suspense fallback={null}>{renderBulkBar(selection)}</Suspense>}
      <RowSelectionProvider value={selection}>
        <DataTableView
          table={table}
          query={query}
          listedCount={listed.length}
          filtered={Boolean(view.name?.trim() || view.notUsedForDays)}
          onClearFilters={() => applyFilters(NO_NAME_FILTERS)}
          addFirstButton={<AddButton>{addFirstLabel}</AddButton>}
          pageSizes={PAGE_SIZES}
          rowProps={rowProps}
        />
      </RowSelectionProvider>
    </section>
  )
}
