import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ReactTable,
  type RowData,
} from '@tanstack/react-table'

/** Per-column facts the generic table parts need. */
export interface DataTableColumnMeta {
  /** Names the column outside its header (settings, resize handles, announcements). */
  label: string
  /** Stays where it is: not listed in Table Settings (row actions). */
  fixed?: boolean
  /** Shown in the header instead of a long label, which stays the header's accessible name and its tooltip. */
  shortLabel?: string
  /** The server's order when no sort is chosen: the header shows it (arrow and aria-sort) as if chosen. */
  defaultSort?: 'asc' | 'desc'
  /** Takes the table's spare width (its content is clipped anyway) until the admin sizes it. */
  grow?: boolean
  /** Offered in Table Settings but off until the admin shows it (a column the product's seed does not have). */
  hiddenByDefault?: boolean
}

/** A column's header and the name the settings and announcements use, from one label. */
export const labelled = (label: string, meta?: Omit<DataTableColumnMeta, 'label'>) => ({ header: label, meta: { label, ...meta } })

/** The features every server-driven data table of the app declares; the generic parts below are typed by them. */
export const dataTableFeatures = tableFeatures({
  rowPaginationFeature,
  rowSortingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnResizingFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
})
export type DataTableFeatures = typeof dataTableFeatures
export type DataTable<TData extends RowData> = ReactTable<DataTableFeatures, TData>

/**
 * The stored column visibility over the columns' defaults (a `hiddenByDefault` column is off until shown), less any
 * hiding of a column that may not be hidden (`enableHiding: false`): a preference written by hand, or by an older
 * page, cannot take such a column away.
 */
export function allowedVisibility(
  columns: readonly { id?: string; accessorKey?: unknown; enableHiding?: boolean; meta?: DataTableColumnMeta }[],
  visibility: Readonly<Record<string, boolean>>,
): Record<string, boolean> {
  const idOf = (column: (typeof columns)[number]) => column.id ?? (typeof column.accessorKey === 'string' ? column.accessorKey : undefined)
  const hiddenByDefault = Object.fromEntries(columns.filter((column) => column.meta?.hiddenByDefault).map((column) => [idOf(column), false]))
  const allowed: Record<string, boolean> = { ...hiddenByDefault, ...visibility }
  for (const column of columns) {
    const id = idOf(column)
    if (column.enableHiding === false && id !== undefined) delete allowed[id]
  }
  return allowed
}
