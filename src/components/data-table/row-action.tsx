import type { ReactNode } from 'react'
import { DeleteIcon, EditIcon, RotateIcon } from '../icons'

interface RowActionProps {
  /** Its place in the row actions' grid (`.row-action-<slot>`): the same action stands at the same place on every row. */
  slot: 'copy' | 'view' | 'unlock' | 'activity' | 'edit' | 'rotate' | 'delete'
  label: string
  onClick: () => void
  children: ReactNode
  /** `preloadOnIntent` of what it opens, if lazy. */
  onPointerEnter?: () => void
  onFocus?: () => void
}

/** One of a row's icon actions, named by its label (and shown it on hover). */
export function RowAction({ slot, label, onClick, children, onPointerEnter, onFocus }: RowActionProps) {
  return (
    <button
      type="button"
      className={`icon-button row-action-${slot}`}
      aria-label={label}
      title={label}
      onClick={onClick}
      onPointerEnter={onPointerEnter}
      onFocus={onFocus}
    >
      {children}
    </button>
  )
}

/** What a product's dialogs offer for a key: its Edit and Delete dialogs, and Rotate Secret where its secret is shown once. */
interface KeyChangeDialogs<Key> {
  openEdit: (key: Key) => void
  openDelete: (key: Key) => void
  openRotate?: (key: Key) => void
}

/** "Edit", "Rotate Secret" (if the product has it) and "Delete", in their slots: the changes every product's key takes. */
export function KeyChangeActions<Key>({ apiKey, dialogs }: { apiKey: Key; dialogs: KeyChangeDialogs<Key> }) {
  const { openRotate } = dialogs
  return (
    <>
      <RowAction slot="edit" label="Edit" onClick={() => dialogs.openEdit(apiKey)}>
        <EditIcon />
      </RowAction>
      {openRotate && (
        <RowAction slot="rotate" label="Rotate Secret" onClick={() => openRotate(apiKey)}>
          <RotateIcon />
        </RowAction>
      )}
      <RowAction slot="delete" label="Delete" onClick={() => dialogs.openDelete(apiKey)}>
        <DeleteIcon />
      </RowAction>
    </>
  )
}
