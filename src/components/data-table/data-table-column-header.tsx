import type { Header, RowData } from '@tanstack/react-table'
import type { DataTableFeatures } from './features'

interface DataTableColumnHeaderProps<TData extends RowData> {
  header: Header<DataTableFeatures, TData, unknown>
  children: React.ReactNode
}

const sortNames = { asc: 'ascending', desc: 'descending' } as const
const RESIZE_STEP = 16

/** A header cell: a sort button that says its direction, and a handle to resize the column by mouse or keyboard. */
export function DataTableColumnHeader<TData extends RowData>({ header, children }: DataTableColumnHeaderProps<TData>) {
  const column = header.column
  const label = column.columnDef.meta?.label ?? column.id
  const sorted = column.getIsSorted()
  const ariaSort = sorted ? sortNames[sorted] : column.getCanSort() ? 'none' : undefined
  const resize = header.getResizeHandler()
  // One Tab stop for the header row's handles (the first); ↑/↓ move between them, ←/→ resize.
  const firstHandle = header.headerGroup?.headers.find((h) => h.column.getCanResize()) === header

  return (
    <th scope="col" aria-sort={ariaSort} className={`cell-${column.id}`} style={{ width: header.getSize() }}>
      <div className="th-inner">
        {column.getCanSort() ? (
          <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()}>
            <span className="th-label">{children}</span>
            {/* The arrow is drawn by CSS so the header's text stays its label. */}
            <span className="sort-icon" data-sort={sorted || 'none'} aria-hidden="true" />
          </button>
        ) : (
          <span className="th-label">{children}</span>
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
              const handles = [...(event.currentTarget.closest('tr')?.querySelectorAll<HTMLElement>('[role="separator"]') ?? [])]
              const next = handles.indexOf(event.currentTarget) + (event.key === 'ArrowDown' ? 1 : -1)
              handles[Math.min(Math.max(next, 0), handles.length - 1)]?.focus()
              return
            }
            if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
            event.preventDefault()
            const delta = event.key === 'ArrowRight' ? RESIZE_STEP : -RESIZE_STEP
            header.getContext().table.setColumnSizing((sizes) => ({
              ...sizes,
              [column.id]: Math.min(column.columnDef.maxSize ?? 2000, Math.max(column.columnDef.minSize ?? 40, header.getSize() + delta)),
            }))
          }}
        />
      )}
    </th>
  )
}
