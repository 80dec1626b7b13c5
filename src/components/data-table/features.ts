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
}

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
