import { createContext, use, useState, type ReactNode } from 'react'

/** What a selected row keeps of its key: enough for a bulk action's confirmation and skips, off its page. */
export interface SelectableRow {
  id: string
  name: string
}

/** The rows the admin selected, across pages of one view's filters. */
export interface RowSelection<Row extends SelectableRow> {
  /** By id, in the order they were selected; each as it was when selected (the page's rows may be newer). */
  selected: ReadonlyMap<string, Row>
  /** The rows on screen (the header's checkbox selects these). */
  pageRows: readonly Row[]
  set: (rows: readonly Row[], on: boolean) => void
  clear: () => void
}

/**
 * Selected keys, kept with their objects so the selection survives paging, sorting and rows per page; a new
 * `filterKey` (other filters, saved filter or microtenant) starts an empty one.
 */
export function useRowSelection<Row extends SelectableRow>(filterKey: string, pageRows: readonly Row[]): RowSelection<Row> {
  const [[selectedIn, rows], setState] = useState<[string, Map<string, Row>]>([filterKey, new Map()])
  const selected = selectedIn === filterKey ? rows : new Map<string, Row>()
  return {
    selected,
    pageRows,
    set: (changed, on) => {
      const next = new Map(selected)
      for (const row of changed) if (on) next.set(row.id, row)
      else next.delete(row.id)
      setState([filterKey, next])
    },
    clear: () => setState([filterKey, new Map()]),
  }
}

const RowSelectionContext = createContext<RowSelection<SelectableRow> | null>(null)

export const RowSelectionProvider = RowSelectionContext as unknown as <Row extends SelectableRow>(props: { value: RowSelection<Row>; children: ReactNode }) => ReactNode

/** The header's checkbox: all of this page's rows, checked when all are, mixed when some are. */
function SelectPageCheckbox() {
  const selection = use(RowSelectionContext)
  const rows = selection?.pageRows ?? []
  const count = rows.filter((row) => selection?.selected.has(row.id)).length
  const all = count > 0 && count === rows.length
  return (
    <input
      type="checkbox"
      aria-label="Select all rows on this page"
      checked={all}
      ref={(input) => {
        if (input) input.indeterminate = count > 0 && !all
      }}
      onChange={() => selection?.set(rows, !all)}
    />
  )
}

function SelectRowCheckbox({ row }: { row: SelectableRow }) {
  const selection = use(RowSelectionContext)
  return <input type="checkbox" aria-label={`Select ${row.name}`} checked={selection?.selected.has(row.id) ?? false} onChange={(event) => selection?.set([row], event.target.checked)} />
}

export const SELECT_COLUMN_ID = 'select'

/** The selection's column, first: never sorted, hidden, resized or moved (useDataTable keeps it first). */
export const selectColumn = {
  id: SELECT_COLUMN_ID,
  header: () => <SelectPageCheckbox />,
  cell: ({ row }: { row: { original: SelectableRow } }) => <SelectRowCheckbox row={row.original} />,
  meta: { label: 'Select', fixed: true },
  // The checkbox and 4 px either side (styles.css: the column after it sticks at this offset, 4 px in).
  size: 24,
  enableSorting: false,
  enableHiding: false,
  enableResizing: false,
}
