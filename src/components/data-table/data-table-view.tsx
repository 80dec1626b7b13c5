import { FlexRender, type Row, type RowData } from '@tanstack/react-table'
import { Fragment, memo, useLayoutEffect, useRef, type ComponentType, type CSSProperties, type HTMLAttributes, type ReactNode } from 'react'
import type { SortOrder } from '../../contract/api-key'
import { KEYS_TABLE_ID } from '../skip-link'
import { DataTableColumnHeader } from './data-table-column-header'
import { DataTablePagination } from './data-table-pagination'
import { sharedRoom } from './shared-room'
import type { DataTable, DataTableFeatures } from './features'
import { SELECT_COLUMN_ID } from './row-selection'
import { EmptyTenantState, LoadErrorState, type EmptyWording, NoMatchesState, NoRowsOnPageState, TableAlert, TableSkeletonRows } from './table-states'
import { useClippedTextHints } from './use-clipped-text'
import { useScrollEdges } from './use-scroll-edges'
import { useWindowRows } from './use-window-rows'

/** The row the admin just created: highlighted, described as new, and pinned above the page when not on it. */
export interface NewRow {
  id: string | null
  /** Pinned above the page's rows (it is not one of them): it has no place in the list's numbering. */
  apart: boolean
  /** The id of the element that says the row is new (aria-describedby). */
  describedBy: string
}

/**
 * One row, re-rendered only when its data or the visible columns change: on a 500-row page, a sort or page change
 * must not redraw rows that stay as they are. A new row's Name cell takes focus once its dialog closes.
 */
const DataTableRow = memo(function DataTableRow<TData extends RowData>({
  row,
  rowIndex,
  newRowNote,
  rowProps,
}: {
  row: Row<DataTableFeatures, TData>
  /** Absent for a new row pinned above the page it does not sort onto. */
  rowIndex?: number
  /** Only for memoisation: the visible columns, joined. */
  columns: string
  /** The new row's description's id, on the new row only. */
  newRowNote?: string
  rowProps?: HTMLAttributes<HTMLTableRowElement>
}) {
  const isNew = newRowNote !== undefined
  return (
    <tr aria-rowindex={rowIndex} data-row-id={row.id} className={isNew ? 'row-new' : undefined} aria-describedby={newRowNote} {...rowProps}>
      {row.getVisibleCells().map((cell) => (
        // A new row's "New" badge is the Name cell's CSS, out of its text and name (tests and screen readers find the row by it).
        <td key={cell.id} className={`cell-${cell.column.id}`} tabIndex={isNew && cell.column.id === 'name' ? -1 : undefined}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  )
}) as <TData extends RowData>(props: {
  row: Row<DataTableFeatures, TData>
  rowIndex?: number
  columns: string
  newRowNote?: string
  rowProps?: HTMLAttributes<HTMLTableRowElement>
}) => ReactNode

/** Scrolls the new row into view: once where it is pinned, and again if the refreshed list moves it. */
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

const sortDirectionNames: Record<SortOrder, string> = { ASC: 'ascending', DESC: 'descending' }

/** What the view needs of the list's query (TanStack Query's result has it all). */
export interface ListQueryState {
  data: unknown
  isPending: boolean
  isFetching: boolean
  isPlaceholderData: boolean
  error: Error | null
  failureReason: Error | null
  refetch: () => unknown
}

interface DataTableViewProps<TData extends RowData> {
  table: DataTable<TData>
  query: ListQueryState
  /** Rows on this page as the server sent them (the body's data-row-count); the new row pinned apart is not one. */
  listedCount: number
  /** The view narrows the list: an empty answer says no rows match, with a way to clear the filters. */
  filtered: boolean
  onClearFilters: () => void
  /** The empty tenant's call to add its first row. */
  addFirstButton?: ReactNode
  /** What the states call the rows ("API keys" by default), and what an empty list says. */
  rowsName?: string
  emptyWording?: EmptyWording
  pageSizes: readonly number[]
  newRow?: NewRow
  /** On every row (e.g. the preload of the dialogs its actions open). */
  rowProps?: HTMLAttributes<HTMLTableRowElement>
  /** Around the body's rows: a context their cells read once per table rather than once per row. */
  RowsContext?: ComponentType<{ children: ReactNode }>
}

/**
 * The table of a server-paged list: header with sort and resize, the body in each state (loading skeleton, failed
 * with Retry, empty tenant, no matches, past the end, or rows), long pages drawn through a row window with spacers
 * and aria-rowindex, the previous view's rows dimmed while the next loads, and the pagination.
 */
export function DataTableView<TData extends RowData>({
  table,
  query,
  listedCount,
  filtered,
  onClearFilters,
  addFirstButton,
  rowsName = 'API keys',
  emptyWording,
  pageSizes,
  newRow,
  rowProps,
  RowsContext = Fragment,
}: DataTableViewProps<TData>) {
  const frameRef = useRef<HTMLDivElement>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const { pageIndex, pageSize } = table.state.pagination
  const [sort] = table.state.sorting
  const stale = query.isPlaceholderData && query.isFetching
  const total = table.getRowCount()
  const rows = table.getRowModel().rows
  const columnCount = table.getVisibleLeafColumns().length
  const newRowId = newRow?.id ?? null
  const drawn = useWindowRows(bodyRef, rows.length)
  useScrollToNewRow(bodyRef, newRowId, newRowId === null ? -1 : rows.findIndex((row) => row.id === newRowId))
  useClippedTextHints(scrollRef, [query.data, table.state.columnSizing, table.state.columnVisibility, table.state.columnOrder, drawn.start, drawn.end])
  useScrollEdges(frameRef, scrollRef)

  let body: ReactNode
  if (query.isPending) body = <TableSkeletonRows columnCount={columnCount} rowCount={Math.min(pageSize, 10)} />
  else if (query.error && !query.data) body = <LoadErrorState columnCount={columnCount} error={query.error} onRetry={() => void query.refetch()} rowsName={rowsName} />
  else if (total === 0 && filtered) body = <NoMatchesState columnCount={columnCount} onClear={onClearFilters} rowsName={rowsName} />
  else if (total === 0) body = <EmptyTenantState columnCount={columnCount} addButton={addFirstButton} wording={emptyWording} />
  else if (listedCount === 0) body = <NoRowsOnPageState columnCount={columnCount} onFirstPage={() => table.firstPage()} />
  else {
    const visibleColumns = table
      .getVisibleLeafColumns()
      .map((column) => column.id)
      .join()
    const apart = newRow?.apart ?? false
    // The header is row 1 of the whole list (aria-rowcount); this page's rows follow the pages before it.
    // A new row pinned apart is drawn first and has no place in the list's numbering.
    const firstRowIndex = pageIndex * pageSize + 2 - (apart ? 1 : 0)
    body = (
      <>
        <SpacerRow height={drawn.before} columnCount={columnCount} />
        {rows.slice(drawn.start, drawn.end).map((row, index) => (
          <DataTableRow
            key={row.id}
            row={row}
            rowIndex={apart && drawn.start + index === 0 ? undefined : firstRowIndex + drawn.start + index}
            columns={visibleColumns}
            newRowNote={row.id === newRowId ? newRow?.describedBy : undefined}
            rowProps={rowProps}
          />
        ))}
        <SpacerRow height={drawn.after} columnCount={columnCount} />
      </>
    )
  }

  // The selection's column and the one after it stay at the left together (styles.css).
  const [first, second] = table.getVisibleLeafColumns()
  const stickyStart = (first?.getSize() ?? 0) + (first?.id === SELECT_COLUMN_ID ? (second?.getSize() ?? 0) : 0)
  const sortedLabel = sort && table.getColumn(sort.id)?.columnDef.meta?.label
  const room = sharedRoom(table)

  return (
    <>
      {/* Rows on screen whose refresh (or the next page, sort or filter) failed: they stay, and say they are old. */}
      {query.data !== undefined && query.failureReason && (
        <TableAlert
          title={`The ${rowsName} could not be loaded: the rows below are from before.`}
          error={query.failureReason}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      )}
      <p className="visually-hidden" role="status">
        {stale ? `Loading ${rowsName}…` : ''}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {sortedLabel ? `Sorted by ${sortedLabel}, ${sortDirectionNames[sort.desc ? 'DESC' : 'ASC']}` : ''}
      </p>
      {/* The table scrolls inside this box, both ways, so its header and first column can stay in view. */}
      <div className="table-frame" ref={frameRef}>
        {/* A control focused by keyboard scrolls clear of the sticky first column (its width: scroll-padding in styles.css). */}
        <div className="table-scroll" ref={scrollRef} style={{ '--sticky-start': `${stickyStart}px` } as CSSProperties}>
          <table
            id={KEYS_TABLE_ID}
            tabIndex={-1}
            className="data-table"
            style={room.tableStyle as CSSProperties}
            aria-busy={query.isFetching}
            aria-rowcount={query.data !== undefined ? total + 1 : undefined}
          >
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <DataTableColumnHeader key={header.id} header={header} sharedWidth={room.widthOf(header.column)}>
                      {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                    </DataTableColumnHeader>
                  ))}
                </tr>
              ))}
            </thead>
            {/* The previous view's rows while the next one loads: dimmed, and out of reach until they are current. */}
            <tbody ref={bodyRef} data-row-count={listedCount} className={stale ? 'stale-rows' : undefined} inert={stale}>
              <RowsContext>{body}</RowsContext>
            </tbody>
          </table>
        </div>
      </div>
      <DataTablePagination table={table} pageSizes={pageSizes} />
    </>
  )
}
