import type { RowData } from '@tanstack/react-table'
import { useId } from 'react'
import { formatRange } from '../../lib/format'
import { Select } from '../select'
import type { DataTable } from './features'

interface DataTablePaginationProps<TData extends RowData> {
  table: DataTable<TData>
  pageSizes: readonly number[]
}

/** Rows per page, the "1–20 of 37" range and first/previous/next/last, for a server-paged table. */
export function DataTablePagination<TData extends RowData>({ table, pageSizes }: DataTablePaginationProps<TData>) {
  const sizeId = useId()
  const { pageIndex, pageSize } = table.state.pagination
  const total = table.getRowCount()
  return (
    <nav className="pagination" aria-label="Pagination">
      <label htmlFor={sizeId}>Rows per page</label>
      <Select
        id={sizeId}
        className="pagination-size"
        value={String(pageSize)}
        onValueChange={(size) => table.setPageSize(Number(size))}
        options={pageSizes.map((size) => ({ value: String(size), label: String(size) }))}
      />
      <output className="pagination-range" aria-live="polite">
        {formatRange(pageIndex, pageSize, total)}
      </output>
      <div className="pagination-buttons">
        <button type="button" className="icon-button" aria-label="First page" disabled={!table.getCanPreviousPage()} onClick={() => table.firstPage()}>
          «
        </button>
        <button type="button" className="icon-button" aria-label="Previous page" disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()}>
          ‹
        </button>
        {/* An empty list has no pages: the range's "0 of 0" says all there is. */}
        {total > 0 && (
          <span className="pagination-page">
            Page {pageIndex + 1} of {table.getPageCount()}
          </span>
        )}
        <button type="button" className="icon-button" aria-label="Next page" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
          ›
        </button>
        <button type="button" className="icon-button" aria-label="Last page" disabled={!table.getCanNextPage()} onClick={() => table.lastPage()}>
          »
        </button>
      </div>
    </nav>
  )
}
