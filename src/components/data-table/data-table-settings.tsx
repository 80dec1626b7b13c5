import type { RowData } from '@tanstack/react-table'
import { Suspense, useRef, useState } from 'react'
import { lazyWithPreload, preloadOnIntent, usePreloadWhenIdle } from '../lazy-with-preload'
import type { DataTableSettingsDialogProps } from './data-table-settings-dialog'
import { ColumnsIcon } from '../icons'
import type { DataTable } from './features'

// Not needed to show the first rows: fetched once the page is idle, or on intent. (lazy() drops the generic.)
const SettingsDialog = lazyWithPreload(() => import('./data-table-settings-dialog').then((m) => m.DataTableSettingsDialog))
const DataTableSettingsDialog = SettingsDialog as unknown as <TData extends RowData>(props: DataTableSettingsDialogProps<TData>) => React.ReactNode

interface DataTableSettingsProps<TData extends RowData> {
  table: DataTable<TData>
  onReset: () => void
}

/** The "Table Settings" button and, once opened, its dialog. */
export function DataTableSettings<TData extends RowData>({ table, onReset }: DataTableSettingsProps<TData>) {
  const [open, setOpen] = useState(false)
  const [used, setUsed] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  usePreloadWhenIdle(SettingsDialog)
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
        {...preloadOnIntent(SettingsDialog)}
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
