import type { ReactNode } from 'react'

interface RowActionProps {
  /** Its place in the row actions' grid (`.row-action-<slot>`): the same action stands at the same place on every row. */
  slot: 'copy' | 'view' | 'unlock' | 'edit' | 'delete'
  label: string
  onClick: () => void
  children: ReactNode
}

/** One of a row's icon actions, named by its label (and shown it on hover). */
export function RowAction({ slot, label, onClick, children }: RowActionProps) {
  return (
    <button type="button" className={`icon-button row-action-${slot}`} aria-label={label} title={label} onClick={onClick}>
      {children}
    </button>
  )
}
