import {
  FlexRender,
  functionalUpdate,
  useTable,
  type Row,
  type ColumnOrderState,
  type ColumnSizingState,
  type ColumnVisibilityState,
  type PaginationState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table'
import { memo, useRef, useState } from 'react'
import { DataTableColumnHeader } from '../../../components/data-table/data-table-column-header'
import { DataTablePagination } from '../../../components/data-table/data-table-pagination'
import { dataTableFeatures, type DataTableFeatures } from '../../../components/data-table/features'
import { useClippedTextHints } from '../../../components/data-table/use-clipped-text'
import { PAGE_SIZES, type ApiKey, type ApiKeySortField } from '../../../contract/api-key'
import { useApiKeys } from '../api/get-api-keys'
import { filtersToSearch, hasFilters } from '../filters'
import { useSavedFilterWorkflow } from '../hooks/use-saved-filter-workflow'
import { useTableView } from '../hooks/use-table-view'
import { defaultTableSettings, useTableSettings } from '../table-settings'
import { RoleNamesProvider } from '../role-names'
import { useTenantScope } from '../tenant-scope'
import { ApiKeysToolbar } from './api-keys-toolbar'
import { apiKeyColumns } from './columns'
import { FilterBar } from './filter-bar'
import { EmptyTenantState, LoadErrorState, NoMatchesState, NoRowsOnPageState, TableSkeletonRows } from './table-states'

const noRows: ApiKey[] = []

/**
 * One row, re-rendered only when its key or the visible columns change: on a 500-row page, a sort or
 * page change must not redraw rows that stay as they are.
 */
const ApiKeyRow = memo(function ApiKeyRow({ row }: { row: Row<DataTableFeatures, ApiKey>; columns: string }) {
  return (
    <tr>
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`cell-${cell.column.id}`}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  )
})
const sortDirectionNames = { ASC: 'ascending', DESC: 'descending' } as const

interface ApiKeysTableProps {
  /** The lifecycle's "Add API Key" button, for the toolbar. */
  addButton?: React.ReactNode
  /** The empty tenant's call to add its first key (named apart from the toolbar's button). */
  addFirstButton?: React.ReactNode
}

/** Owns the table: its view (from the URL), layout (from localStorage), the server query for that view, and the rendering. */
export function ApiKeysTable({ addButton, addFirstButton }: ApiKeysTableProps) {
  const scope = useTenantScope()
  const tableView = useTableView()
  const { view, filters, setView } = tableView
  const savedFilters = useSavedFilterWorkflow(scope, tableView)
  const [settings, setSettings] = useTableSettings()
  const [filtersShown, setFiltersShown] = useState(true)
  const scrollRef = useRef<HTMLDivElement>(null)

  const search = filtersToSearch(filters)
  const query = useApiKeys(scope, { page: view.page, pageSize: view.pageSize, search, sortBy: view.sortBy ?? undefined, sortOrder: view.sortOrder })
  const total = query.data ? Number(query.data.totalCount) : 0

  const pagination: PaginationState = { pageIndex: view.page - 1, pageSize: view.pageSize }
  const sorting: SortingState = view.sortBy ? [{ id: view.sortBy, desc: view.sortOrder === 'DESC' }] : []
  const updateSettings = <K extends keyof typeof settings>(key: K) => (updater: Updater<(typeof settings)[K]>) =>
    setSettings((current) => ({ ...current, [key]: functionalUpdate(updater, current[key]) }))

  const table = useTable({
    features: dataTableFeatures,
    columns: apiKeyColumns,
    data: query.data?.list ?? noRows,
    getRowId: (key) => key.id,
    rowCount: total,
    manualPagination: true,
    manualSorting: true,
    enableMultiSort: false,
    // Every column sorts ascending first, whatever its type.
    sortDescFirst: false,
    columnResizeMode: 'onChange',
    state: {
      pagination,
      sorting,
      columnVisibility: settings.columnVisibility,
      columnOrder: settings.columnOrder,
      columnSizing: settings.columnSizing,
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination)
      // A new page size starts again from the first page.
      const page = next.pageSize === pagination.pageSize ? next.pageIndex + 1 : 1
      void setView({ page, pageSize: next.pageSize as (typeof PAGE_SIZES)[number] })
    },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting)
      void setView({ sortBy: (next?.id as ApiKeySortField | undefined) ?? null, sortOrder: next?.desc ? 'DESC' : null, page: 1 })
    },
    onColumnVisibilityChange: updateSettings('columnVisibility') as (u: Updater<ColumnVisibilityState>) => void,
    onColumnOrderChange: updateSettings('columnOrder') as (u: Updater<ColumnOrderState>) => void,
    onColumnSizingChange: updateSettings('columnSizing') as (u: Updater<ColumnSizingState>) => void,
  })

  const rows = table.getRowModel().rows
  const columnCount = table.getVisibleLeafColumns().length
  useClippedTextHints(scrollRef, [query.data, settings])

  let body: React.ReactNode
  if (query.isPending) body = <TableSkeletonRows columnCount={columnCount} rowCount={Math.min(view.pageSize, 10)} />
  else if (query.isError && !query.data) body = <LoadErrorState columnCount={columnCount} error={query.error} onRetry={() => void query.refetch()} />
  else if (total === 0 && hasFilters(filters)) body = <NoMatchesState columnCount={columnCount} onClear={savedFilters.reset} />
  else if (total === 0) body = <EmptyTenantState columnCount={columnCount} addButton={addFirstButton} />
  else if (rows.length === 0) body = <NoRowsOnPageState columnCount={columnCount} onFirstPage={() => table.firstPage()} />
  else {
    const visibleColumns = table
      .getVisibleLeafColumns()
      .map((column) => column.id)
      .join()
    body = rows.map((row) => <ApiKeyRow key={row.id} row={row} columns={visibleColumns} />)
  }

  const sortedLabel = view.sortBy && table.getColumn(view.sortBy)?.columnDef.meta?.label

  return (
    <section className="card" aria-label="API keys">
      <ApiKeysToolbar
        table={table}
        savedFilters={savedFilters}
        filtersShown={filtersShown}
        onToggleFilters={() => setFiltersShown((shown) => !shown)}
        isRefreshing={query.isFetching && !query.isPending}
        onRefresh={() => void query.refetch()}
        onResetSettings={() => setSettings(defaultTableSettings)}
        addButton={addButton}
        ready={query.data !== undefined}
      />
      {filtersShown && <FilterBar applied={filters} onApply={savedFilters.apply} onReset={savedFilters.reset} />}
      <p className="visually-hidden" aria-live="polite">
        {sortedLabel ? `Sorted by ${sortedLabel}, ${sortDirectionNames[view.sortOrder]}` : ''}
      </p>
      <div className="table-scroll" ref={scrollRef}>
        <table className="data-table" style={{ width: table.getTotalSize() }} aria-busy={query.isFetching} aria-rowcount={query.data ? total + 1 : undefined}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <DataTableColumnHeader key={header.id} header={header}>
                    {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                  </DataTableColumnHeader>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            <RoleNamesProvider>{body}</RoleNamesProvider>
          </tbody>
        </table>
      </div>
      <DataTablePagination table={table} pageSizes={PAGE_SIZES} />
    </section>
  )
}
