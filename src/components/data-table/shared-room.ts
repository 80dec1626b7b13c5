import type { Column, RowData } from '@tanstack/react-table'
import type { DataTable, DataTableFeatures } from './features'

type AnyColumn<TData extends RowData> = Column<DataTableFeatures, TData, unknown>

/**
 * The room a column the admin added (a `hiddenByDefault` one, shown) takes where the table is short of it, so that
 * showing it does not push the row actions out of a table that fitted: the columns at their default width (not
 * fixed, not sized by the admin) give it up in proportion to their widths, down to their minimums. `--shrink` is how
 * much wider than its scroll box (a size container) the table would be, at most the added columns' width; with no
 * column added, nothing moves.
 */
export function sharedRoom<TData extends RowData>(table: DataTable<TData>) {
  const columns = table.getVisibleLeafColumns()
  const sizing = table.store.state.columnSizing
  const sum = (list: readonly AnyColumn<TData>[]) => list.reduce((total, column) => total + column.getSize(), 0)
  const added = sum(columns.filter((column) => column.columnDef.meta?.hiddenByDefault))
  const sharing = columns.filter((column) => !column.columnDef.meta?.fixed && sizing[column.id] === undefined)
  const sharingTotal = sum(sharing)
  const total = table.getTotalSize()
  const shares = added > 0 && sharingTotal > 0
  return {
    tableStyle: shares ? { width: `calc(${total}px - var(--shrink))`, '--shrink': `clamp(0px, ${total}px - 100cqw, ${added}px)` } : { width: total },
    /** A column's width once it has given its share; undefined for one that gives none. */
    widthOf: (column: AnyColumn<TData>): string | undefined =>
      shares && sharing.includes(column)
        ? `max(${column.columnDef.minSize ?? 0}px, ${column.getSize()}px - var(--shrink) * ${(column.getSize() / sharingTotal).toFixed(4)})`
        : undefined,
  }
}
