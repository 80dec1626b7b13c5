import { KEYS_TABLE_ID } from '../../../components/skip-link'
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
import { useQueryClient } from '@tanstack/react-query'
import { debounce } from 'nuqs'
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { DataTableColumnHeader } from '../../../components/data-table/data-table-column-header'
import { DataTablePagination } from '../../../components/data-table/data-table-pagination'
import { allowedVisibility, dataTableFeatures, type DataTableFeatures } from '../../../components/data-table/features'
import { useClippedTextHints } from '../../../components/data-table/use-clipped-text'
import { useScrollEdges } from '../../../components/data-table/use-scroll-edges'
import { useWindowRows } from '../../../components/data-table/use-window-rows'
import { useMediaQuery } from '../../../components/use-media-query'
import { PAGE_SIZES, type ApiKey, type ApiKeySortField, type PageSize } from '../../../contract/api-key'
import { apiKeysQueryOptions, useApiKeys } from '../api/get-api-keys'
import { useApiKey } from '../api/get-api-key'
import { useRoles } from '../api/get-roles'
import { hasFilters } from '../filters'
import { useSavedFilterWorkflow } from '../hooks/use-saved-filter-workflow'
import { listParamsForView, useTableView, type TableViewState } from '../hooks/use-table-view'
import { defaultTableSettings } from '../../../contract/preferences'
import { useTableSettings } from '../table-settings'
import { RoleNamesProvider } from '../role-names'
import { useTenantScope } from '../tenant-scope'
import { ApiKeysToolbar } from './api-keys-toolbar'
import { NEW_API_KEY_NOTE_ID, rowDialogsIntent, useNewApiKey } from './dialogs/api-key-dialogs'
import { apiKeyColumns } from './columns'
import { FilterBar } from './filter-bar'
import { EmptyTenantState, LoadErrorState, NoMatchesState, NoRowsOnPageState, TableAlert, TableSkeletonRows } from './table-states'

const noRows: ApiKey[] = []

/**
 * One row, re-rendered only when its key or the visible columns change: on a 500-row page, a sort or
 * page change must not redraw rows that stay as they are. The key just created is highlighted, shows "New" and is
 * described as new; its Name cell takes focus once the secret dialog closes.
 */
const ApiKeyRow = memo(function ApiKeyRow({
  row,
  rowIndex,
  isNew = false,
}: {
  row: Row<DataTableFeatures, ApiKey>
  /** Absent for the new key pinned above the page it does not sort onto. */
  rowIndex?: number
  columns: string
  isNew?: boolean
}) {
  return (
    <tr
      aria-rowindex={rowIndex}
      data-row-id={row.id}
      className={isNew ? 'row-new' : undefined}
      aria-describedby={isNew ? NEW_API_KEY_NOTE_ID : undefined}
      {...rowDialogsIntent}
    >
      {row.getVisibleCells().map((cell) => (
        // The "New" badge is the Name cell's CSS, out of its text and name (tests and screen readers find the row by it).
        <td key={cell.id} className={`cell-${cell.column.id}`} tabIndex={isNew && cell.column.id === 'name' ? -1 : undefined}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  )
})

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
  return { id: apiKey?.id ?? null, apart, data }
}

/** Scrolls the new key's row into view: once where it is pinned, and again if the refreshed list moves it. */
function useScrollToNewRow(body: React.RefObject<HTMLElement | null>, id: string | null, index: number) {
  const scrolledTo = useRef<string | null>(null)
  useLayoutEffect(() => {
    const element = body.current
    if (!element || id === null || index < 0 || scrolledTo.current === `${id}@${index}`) return
    scrolledTo.current = `${id}@${index}`
    const row = element.querySelector(`:scope > tr[data-row-id="${CSS.escape(id)}"]`)
    // (Not returned: this Chromium's scroll methods return a promise, which React would take for a cleanup.)
    if (row) {
      row.scrollIntoView({ block: 'nearest' })
    } else {
      // A long page draws only the rows in view: scroll to where the row is, and the window draws it there.
      const rowHeight = element.querySelector(':scope > tr[data-row-id]')?.getBoundingClientRect().height || 41
      window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY + index * rowHeight - window.innerHeight / 2 })
    }
  }, [body, id, index])
}

/** Holds the place of the rows of a long page that are out of view and not drawn. */
function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  if (height === 0) return null
  return (
    <tr className="spacer-row" aria-hidden="true">
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  )
}

/**
 * A page, size or sort click that changes one URL key writes the URL (a history entry costs the main thread
 * several ms) once the rows it asked for are drawn, not while they arrive; the view itself changes at once.
 * nuqs debounces each key on its own timer, so a click changing several keys could become several history
 * entries (Back would then seem to do nothing): those, and filters and saved filters, which an admin may reload
 * or share right away, write the URL at once.
 */
const afterTheNewRows = { limitUrlUpdates: debounce(300) }

/** Where the page's skip link jumps to. */

const sortDirectionNames = { ASC: 'ascending', DESC: 'descending' } as const

/** Screens where the filter bar starts folded (a phone, a 200 % zoom): the rows come first. The stylesheet has it too. */
const FOLD_FILTERS_QUERY = '(max-width: 640px), (max-height: 500px)'

interface ApiKeysTableProps {
  /** The lifecycle's "Add API Key" button, for the toolbar. */
  addButton?: React.ReactNode
  /** The empty tenant's call to add its first key (named apart from the toolbar's button). */
  addFirstButton?: React.ReactNode
}

/** Owns the table: its view (from the URL), layout (the admin's preferences), the server query for that view, and the rendering. */
export function ApiKeysTable({ addButton, addFirstButton }: ApiKeysTableProps) {
  const scope = useTenantScope()
  const { settings, pageSize: preferredPageSize, loaded, setSettings, setPageSize } = useTableSettings(scope)
  const tableView = useTableView(preferredPageSize)
  const { view, filters, setView } = tableView
  const savedFilters = useSavedFilterWorkflow(scope, tableView)
  // Until the admin toggles the bar, the screen decides: shown, except where FOLD_FILTERS_QUERY matches.
  const [filtersChoice, setFiltersChoice] = useState<boolean | null>(null)
  const foldFilters = useMediaQuery(FOLD_FILTERS_QUERY)
  const filtersShown = filtersChoice ?? !foldFilters
  const frameRef = useRef<HTMLDivElement>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const bodyRef = useRef<HTMLTableSectionElement>(null)

  const queryClient = useQueryClient()
  // The rows wait for the admin's preferences: they say how many rows a page has and which columns show.
  const query = useApiKeys(scope, listParamsForView(view), { enabled: loaded })
  /**
   * A page, size or sort click: its request leaves at once, before the re-render that shows the click (the new
   * view's query then joins it rather than starting its own a render later), and only the URL keys it changes
   * are written.
   */
  const showClickedView = (next: Partial<Pick<TableViewState, 'page' | 'pageSize' | 'sortBy' | 'sortOrder'>>) => {
    void queryClient.prefetchQuery(apiKeysQueryOptions(scope, listParamsForView({ ...view, ...next })))
    const changed = Object.fromEntries(Object.entries(next).filter(([key, value]) => view[key as keyof typeof next] !== value))
    const keys = Object.keys(changed).length
    if (keys > 0) void setView(changed, keys === 1 ? afterTheNewRows : undefined)
  }
  const roles = useRoles(scope)
  const stale = query.isPlaceholderData && query.isFetching
  const total = query.data ? Number(query.data.totalCount) : 0

  const listed = query.data?.list ?? noRows
  const newKey = usePinnedNewKey(listed, JSON.stringify(listParamsForView(view)))

  const columnVisibility = useMemo(() => allowedVisibility(apiKeyColumns, settings.columnVisibility), [settings.columnVisibility])
  const pagination: PaginationState = { pageIndex: view.page - 1, pageSize: view.pageSize }
  const sorting: SortingState = view.sortBy ? [{ id: view.sortBy, desc: view.sortOrder === 'DESC' }] : []
  const updateSettings = <K extends keyof typeof settings>(key: K) => (updater: Updater<(typeof settings)[K]>) =>
    setSettings((current) => ({ ...current, [key]: functionalUpdate(updater, current[key]) }))

  const table = useTable({
    features: dataTableFeatures,
    columns: apiKeyColumns,
    data: newKey.data,
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
      columnVisibility,
      columnOrder: settings.columnOrder,
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
      showClickedView({ sortBy: (next?.id as ApiKeySortField | undefined) ?? null, sortOrder: next?.desc ? 'DESC' : 'ASC', page: 1 })
    },
    onColumnVisibilityChange: updateSettings('columnVisibility') as (u: Updater<ColumnVisibilityState>) => void,
    onColumnOrderChange: updateSettings('columnOrder') as (u: Updater<ColumnOrderState>) => void,
    onColumnSizingChange: updateSettings('columnSizing') as (u: Updater<ColumnSizingState>) => void,
  })

  const rows = table.getRowModel().rows
  const columnCount = table.getVisibleLeafColumns().length
  const drawn = useWindowRows(bodyRef, rows.length)
  useScrollToNewRow(bodyRef, newKey.id, newKey.id === null ? -1 : rows.findIndex((row) => row.id === newKey.id))
  useClippedTextHints(scrollRef, [query.data, settings, drawn.start, drawn.end])
  useScrollEdges(frameRef, scrollRef)

  let body: React.ReactNode
  if (query.isPending) body = <TableSkeletonRows columnCount={columnCount} rowCount={Math.min(view.pageSize, 10)} />
  else if (query.isError && !query.data) body = <LoadErrorState columnCount={columnCount} error={query.error} onRetry={() => void query.refetch()} />
  else if (total === 0 && hasFilters(filters)) body = <NoMatchesState columnCount={columnCount} onClear={savedFilters.clear} />
  else if (total === 0) body = <EmptyTenantState columnCount={columnCount} addButton={addFirstButton} />
  else if (listed.length === 0) body = <NoRowsOnPageState columnCount={columnCount} onFirstPage={() => table.firstPage()} />
  else {
    const visibleColumns = table
      .getVisibleLeafColumns()
      .map((column) => column.id)
      .join()
    // The header is row 1 of the whole list (aria-rowcount); this page's rows follow the pages before it.
    // The pinned new key (when it is not on this page) is drawn first and has no place in the list's numbering.
    const firstRowIndex = (view.page - 1) * view.pageSize + 2 - (newKey.apart ? 1 : 0)
    body = (
      <>
        <SpacerRow height={drawn.before} columnCount={columnCount} />
        {rows.slice(drawn.start, drawn.end).map((row, index) => (
          <ApiKeyRow
            key={row.id}
            row={row}
            rowIndex={newKey.apart && drawn.start + index === 0 ? undefined : firstRowIndex + drawn.start + index}
            columns={visibleColumns}
            isNew={row.id === newKey.id}
          />
        ))}
        <SpacerRow height={drawn.after} columnCount={columnCount} />
      </>
    )
  }

  const sortedLabel = view.sortBy && table.getColumn(view.sortBy)?.columnDef.meta?.label

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
      {/* Rows on screen whose refresh (or the next page, sort or filter) failed: they stay, and say they are old. */}
      {query.data && query.failureReason && (
        <TableAlert
          title="The API keys could not be loaded: the rows below are from before."
          error={query.failureReason}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      )}
      <p className="visually-hidden" role="status">
        {stale ? 'Loading API keys…' : ''}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {sortedLabel ? `Sorted by ${sortedLabel}, ${sortDirectionNames[view.sortOrder]}` : ''}
      </p>
      {/* The table scrolls inside this box, both ways, so its header and first column can stay in view. */}
      <div className="table-frame" ref={frameRef}>
      <div className="table-scroll" ref={scrollRef}>
        <table id={KEYS_TABLE_ID} tabIndex={-1} className="data-table" style={{ width: table.getTotalSize() }} aria-busy={query.isFetching} aria-rowcount={query.data ? total + 1 : undefined}>
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
          {/* The previous view's rows while the next one loads: dimmed, and out of reach until they are current. */}
          <tbody ref={bodyRef} data-row-count={listed.length} className={stale ? 'stale-rows' : undefined} inert={stale}>
            <RoleNamesProvider>{body}</RoleNamesProvider>
          </tbody>
        </table>
      </div>
      </div>
      <DataTablePagination table={table} pageSizes={PAGE_SIZES} />
    </section>
  )
}
