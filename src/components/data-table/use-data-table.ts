import {
  functionalUpdate,
  useTable,
  type TableOptions,
  type ColumnOrderState,
  type ColumnSizingState,
  type ColumnVisibilityState,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table'
import { debounce, type Options } from 'nuqs'
import { useMemo } from 'react'
import type { PageSize } from '../../contract/api-key'
import type { TableSettings } from '../../contract/preferences'
import { allowedVisibility, dataTableFeatures, type DataTableFeatures } from './features'
import { SELECT_COLUMN_ID } from './row-selection'
import type { PagedView } from './table-view'

/**
 * A page, size or sort click that changes one URL key writes the URL (a history entry costs the main thread
 * several ms) once the rows it asked for are drawn, not while they arrive; the view itself changes at once.
 * nuqs debounces each key on its own timer, so a click changing several keys could become several history
 * entries (Back would then seem to do nothing): those, and filters, which an admin may reload or share right
 * away, write the URL at once.
 */
const afterTheNewRows = { limitUrlUpdates: debounce(300) }

export interface UseDataTableOptions<TData extends RowData, Field extends string> {
  columns: TableOptions<DataTableFeatures, TData>['columns']
  /** The rows on screen: the server's page (and whatever the feature pins above it). */
  data: readonly TData[]
  getRowId: (row: TData) => string
  /** Rows in the whole list (the server's totalCount). */
  rowCount: number
  /** The view on screen (from the URL). */
  view: PagedView<Field>
  /** Writes view keys to the URL (nuqs' setter). */
  setView: (changes: Partial<PagedView<Field>>, options?: Options) => unknown
  /** Starts the request of a view, before the re-render that shows the click. */
  prefetch: (view: PagedView<Field>) => void
  /** The admin's layout (their preferences) and how to change it and their rows per page. */
  settings: TableSettings
  setSettings: (change: (current: TableSettings) => TableSettings) => void
  setPageSize: (pageSize: PageSize) => void
}

/**
 * A server-paged, server-sorted table wired to its URL view and the admin's preferences: page, rows per page and
 * sort clicks become URL changes (the preferred rows per page too), column visibility, order and widths the
 * admin's layout. The feature declares its columns; the generic parts (DataTableView, toolbar pieces) take `table`.
 */
export function useDataTable<TData extends RowData, Field extends string>({
  columns,
  data,
  getRowId,
  rowCount,
  view,
  setView,
  prefetch,
  settings,
  setSettings,
  setPageSize,
}: UseDataTableOptions<TData, Field>) {
  /** Its request leaves at once, and only the URL keys it changes are written. */
  const showClickedView = (next: Partial<PagedView<Field>>) => {
    prefetch({ ...view, ...next })
    const changed = Object.fromEntries(Object.entries(next).filter(([key, value]) => view[key as keyof PagedView<Field>] !== value)) as Partial<PagedView<Field>>
    const keys = Object.keys(changed).length
    if (keys > 0) void setView(changed, keys === 1 ? afterTheNewRows : undefined)
  }
  const columnVisibility = useMemo(() => allowedVisibility(columns, settings.columnVisibility), [columns, settings.columnVisibility])
  // The selection's column stays first, whatever order the admin chose for the others.
  const columnOrder = useMemo(() => [SELECT_COLUMN_ID, ...settings.columnOrder], [settings.columnOrder])
  const pagination: PaginationState = { pageIndex: view.page - 1, pageSize: view.pageSize }
  const sorting: SortingState = view.sortBy ? [{ id: view.sortBy, desc: view.sortOrder === 'DESC' }] : []
  const updateSettings = <K extends keyof TableSettings>(key: K) => (updater: Updater<TableSettings[K]>) =>
    setSettings((current) => ({ ...current, [key]: functionalUpdate(updater, current[key]) }))

  return useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    rowCount,
    manualPagination: true,
    manualSorting: true,
    enableMultiSort: false,
    // Every column sorts ascending first, whatever its type.
    sortDescFirst: false,
    columnResizeMode: 'onChange',
    state: {
      pagination,
      sorting,
      columnVisibility,
      columnOrder,
      columnSizing: settings.columnSizing,
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination)
      // A new page size starts again from the first page.
      const page = next.pageSize === pagination.pageSize ? next.pageIndex + 1 : 1
      // Rows per page is also the admin's preference: the next visit without one in the URL starts there.
      const pageSize = next.pageSize as PageSize
      if (pageSize !== pagination.pageSize) setPageSize(pageSize)
      showClickedView({ page, pageSize })
    },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting)
      showClickedView({ sortBy: (next?.id as Field | undefined) ?? null, sortOrder: next?.desc ? 'DESC' : 'ASC', page: 1 })
    },
    onColumnVisibilityChange: updateSettings('columnVisibility') as (u: Updater<ColumnVisibilityState>) => void,
    onColumnOrderChange: updateSettings('columnOrder') as (u: Updater<ColumnOrderState>) => void,
    onColumnSizingChange: updateSettings('columnSizing') as (u: Updater<ColumnSizingState>) => void,
  })
}
