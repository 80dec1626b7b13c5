import type { RowData } from '@tanstack/react-table'
import { lazy, Suspense, useRef, useState } from 'react'
import type { DataTableSettingsDialogProps } from './data-table-settings-dialog'
import { ColumnsIcon } from '../icons'
import type { DataTable } from './features'

// The dialog loads on first use: it is not needed to show the first rows. (lazy() drops the generic.)
const DataTableSettingsDialog = lazy(() => import('./data-table-settings-dialog').then((m) => ({ default: m.DataTableSettingsDialog }))) as <
  TData extends RowData,
>(
  props: DataTableSettingsDialogProps<TData>,
) => React.ReactNode

interface DataTableSettingsProps<TData extends RowData> {
  table: DataTable<TData>
  onReset: () => void
}

/** The "Table Settings" button and, once opened, its dialog. */
export function DataTableSettings<TData extends RowData>({ table, onReset }: DataTableSettingsProps<TData>) {
  const [open, setOpen] = useState(false)
  const [used, setUsed] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button"
        title="Table Settings"
        onClick={() => {
          setUsed(true)
          setOpen(true)
        }}
      >
        <ColumnsIcon />
        {/* Folds to the icon on a narrow screen; the text stays the button's name. */}
        <span className="button-label">Table Settings</span>
      </button>
      {used && (
        <Suspense fallback={null}>
          <DataTableSettingsDialog table={table} onReset={onReset} open={open} onOpenChange={setOpen} opener={opener} />
        </Suspense>
      )}
    </>
  )
}
