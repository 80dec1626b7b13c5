import type { RowData } from '@tanstack/react-table'
import { useState } from 'react'
import { Dialog } from '../dialog'
import type { DataTable } from './features'

export interface DataTableSettingsDialogProps<TData extends RowData> {
  table: DataTable<TData>
  onReset: () => void
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Where focus goes back on close: the button that opened the dialog. */
  opener: React.RefObject<HTMLButtonElement | null>
}

const moveButton = (columnId: string, direction: 'up' | 'down') =>
  document.querySelector<HTMLButtonElement>(`[data-move="${CSS.escape(columnId)}:${direction}"]`)

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item)
  return next
}

/** The "Table Settings" dialog: show or hide columns, reorder them by drag or by the Move buttons, Reset. */
export function DataTableSettingsDialog<TData extends RowData>({ table, onReset, open, onOpenChange, opener }: DataTableSettingsDialogProps<TData>) {
  const [dragged, setDragged] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const columns = table.getAllLeafColumns().filter((column) => !column.columnDef.meta?.fixed)
  const ids = columns.map((column) => column.id)
  const labelOf = (id: string) => columns.find((c) => c.id === id)?.columnDef.meta?.label ?? id
  const fixedIds = table
    .getAllLeafColumns()
    .filter((column) => column.columnDef.meta?.fixed)
    .map((column) => column.id)

  const reorder = (from: number, to: number, refocus?: 'up' | 'down') => {
    if (to < 0 || to >= ids.length || from === to) return
    const id = ids[from]
    table.setColumnOrder([...move(ids, from, to), ...fixedIds])
    setAnnouncement(`${labelOf(id)} moved to position ${to + 1} of ${ids.length}`)
    if (refocus) {
      // Moving the list item can drop focus; keep it on the same control, or its twin at either end.
      requestAnimationFrame(() => {
        const same = moveButton(id, refocus)
        ;(same && !same.disabled ? same : moveButton(id, refocus === 'up' ? 'down' : 'up'))?.focus()
      })
    }
  }

  return (
    <>
      <Dialog
        open={open}
        onOpenChange={onOpenChange}
        title="Table Settings"
        description="Choose the columns to show and their order."
        size="small"
        onCloseAutoFocus={(event) => {
          event.preventDefault()
          opener.current?.focus()
        }}
      >
        <ul className="settings-columns" aria-label="Columns">
          {columns.map((column, index) => {
            const label = column.columnDef.meta?.label ?? column.id
            return (
              // Dragging is the mouse's way to reorder; the Move buttons are the keyboard's.
              // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
              <li
                key={column.id}
                className={dragged === column.id ? 'settings-column dragging' : 'settings-column'}
                draggable
                onDragStart={(event) => {
                  setDragged(column.id)
                  event.dataTransfer.effectAllowed = 'move'
                  event.dataTransfer.setData('text/plain', column.id)
                }}
                onDragOver={(event) => event.preventDefault()}
                onDrop={(event) => {
                  event.preventDefault()
                  const from = ids.indexOf(event.dataTransfer.getData('text/plain') || dragged || '')
                  if (from >= 0) reorder(from, index)
                  setDragged(null)
                }}
                onDragEnd={() => setDragged(null)}
              >
                <span className="drag-handle" aria-hidden="true">
                  ⋮⋮
                </span>
                <label className="settings-check">
                  <input
                    type="checkbox"
                    checked={column.getIsVisible()}
                    disabled={!column.getCanHide()}
                    onChange={(event) => column.toggleVisibility(event.target.checked)}
                  />
                  {label}
                  {!column.getCanHide() && <span className="muted"> (always shown)</span>}
                </label>
                <span className="settings-move">
                  <button type="button" className="icon-button" data-move={`${column.id}:up`}
                    aria-label={`Move ${label} up`}
                    disabled={index === 0}
                    onClick={() => reorder(index, index - 1, 'up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    data-move={`${column.id}:down`}
                    aria-label={`Move ${label} down`}
                    disabled={index === columns.length - 1}
                    onClick={() => reorder(index, index + 1, 'down')}
                  >
                    ↓
                  </button>
                </span>
              </li>
            )
          })}
        </ul>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <div className="dialog-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              onReset()
              setAnnouncement('Columns reset to the default')
            }}
          >
            Reset
          </button>
          <button type="button" className="button button-primary" onClick={() => onOpenChange(false)}>
            Done
          </button>
        </div>
      </Dialog>
    </>
  )
}
