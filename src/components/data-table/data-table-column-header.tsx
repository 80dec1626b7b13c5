import type { Header, RowData } from '@tanstack/react-table'
import type { DataTableFeatures } from './features'

interface DataTableColumnHeaderProps<TData extends RowData> {
  header: Header<DataTableFeatures, TData, unknown>
  /** Its width once it has given its share of room to an added column (shared-room.ts). */
  sharedWidth?: string
  children: React.ReactNode
}

const sortNames = { asc: 'ascending', desc: 'descending' } as const
const RESIZE_STEP = 16

/** Moves focus to the previous or next control of its kind in the same header row, stopping at either end. */
function focusSibling(current: HTMLElement, selector: string, step: 1 | -1) {
  const controls = [...(current.closest('tr')?.querySelectorAll<HTMLElement>(selector) ?? [])]
  const next = controls.indexOf(current) + step
  controls[Math.min(Math.max(next, 0), controls.length - 1)]?.focus()
}

/**
 * A header cell: a sort button that says its direction, and a handle to resize the column by mouse or keyboard.
 * With no sort chosen, the column the server orders by (meta.defaultSort) shows that order.
 */
export function DataTableColumnHeader<TData extends RowData>({ header, sharedWidth, children }: DataTableColumnHeaderProps<TData>) {
  const column = header.column
  const table = header.getContext().table
  const state = table.store.state
  const meta = column.columnDef.meta
  const label = meta?.label ?? column.id
  const noSortChosen = state.sorting.length === 0
  const sorted = column.getIsSorted() || (noSortChosen && meta?.defaultSort) || false
  const ariaSort = sorted ? sortNames[sorted] : column.getCanSort() ? 'none' : undefined
  // A growing column has no width of its own (the fixed table layout gives it the spare room) until it is sized.
  const width = meta?.grow && state.columnSizing[column.id] === undefined ? undefined : header.getSize()
  const startResize = header.getResizeHandler()
  /** A growing column's width is what the table gave it until it is sized: resizing starts from there, not its default. */
  const sizeFromScreen = (handle: HTMLElement) => {
    if (width !== undefined) return header.getSize()
    const drawn = Math.round(handle.closest('th')?.getBoundingClientRect().width ?? header.getSize())
    table.setColumnSizing((sizes) => ({ ...sizes, [column.id]: drawn }))
    return drawn
  }
  const resize = (event: React.MouseEvent<HTMLElement> | React.TouchEvent<HTMLElement>) => {
    sizeFromScreen(event.currentTarget)
    startResize(event)
  }
  // The short label is drawn by CSS (with empty alternative text): the header's text and name stay the label.
  const text = meta?.shortLabel ? (
    <span className="th-short" data-short={meta.shortLabel}>
      <span className="visually-hidden">{children}</span>
    </span>
  ) : (
    children
  )
  // One Tab stop for the header row's sort buttons (the first; ←/→ move between them) and one for its resize
  // handles (the first; ↑/↓ move between them, ←/→ resize): the way to the rows is not a stop per column.
  const headers = header.headerGroup?.headers ?? []
  const firstSort = headers.find((h) => h.column.getCanSort()) === header
  const firstHandle = headers.find((h) => h.column.getCanResize()) === header

  return (
    <th
      scope="col"
      aria-sort={ariaSort}
      className={`cell-${column.id}`}
      style={{ width: width === undefined ? undefined : (sharedWidth ?? width), minWidth: width === undefined ? (sharedWidth ?? header.getSize()) : undefined }}
      title={meta?.shortLabel ? label : undefined}
    >
      <div className="th-inner">
        {column.getCanSort() ? (
          <button
            type="button"
            className="sort-button"
            tabIndex={firstSort ? 0 : -1}
            aria-keyshortcuts="ArrowLeft ArrowRight"
            onClick={column.getToggleSortingHandler()}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
              event.preventDefault()
              focusSibling(event.currentTarget, '.sort-button', event.key === 'ArrowRight' ? 1 : -1)
            }}
          >
            <span className="th-label">{text}</span>
            {/* The arrow is drawn by CSS so the header's text stays its label. */}
            <span className="sort-icon" data-sort={sorted || 'none'} aria-hidden="true" />
          </button>
        ) : (
          <span className="th-label">{text}</span>
        )}
      </div>
      {column.getCanResize() && (
        <div
          role="separator"
          aria-orientation="vertical"
          aria-label={`Resize ${label}`}
          aria-valuenow={header.getSize()}
          aria-valuemin={column.columnDef.minSize ?? 40}
          aria-valuemax={column.columnDef.maxSize ?? 2000}
          tabIndex={firstHandle ? 0 : -1}
          aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown"
          className={column.getIsResizing() ? 'resize-handle resizing' : 'resize-handle'}
          onMouseDown={resize}
          onTouchStart={resize}
          onDoubleClick={() => column.resetSize()}
          onKeyDown={(event) => {
            if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
              event.preventDefault()
              focusSibling(event.currentTarget, '[role="separator"]', event.key === 'ArrowDown' ? 1 : -1)
              return
            }
            if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
            event.preventDefault()
            const delta = event.key === 'ArrowRight' ? RESIZE_STEP : -RESIZE_STEP
            const current = sizeFromScreen(event.currentTarget)
            table.setColumnSizing((sizes) => ({
              ...sizes,
              [column.id]: Math.min(column.columnDef.maxSize ?? 2000, Math.max(column.columnDef.minSize ?? 40, current + delta)),
            }))
          }}
        />
      )}
    </th>
  )
}
