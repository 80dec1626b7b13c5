import type { ReactNode } from 'react'
import { DeleteIcon, EditIcon } from '../icons'

interface RowActionProps {
  /** Its place in the row actions' grid (`.row-action-<slot>`): the same action stands at the same place on every row. */
  slot: 'copy' | 'view' | 'unlock' | 'activity' | 'edit' | 'delete'
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

/** What a product's dialogs offer for a key: its Edit and Delete dialogs. */
interface EditDeleteDialogs<Key> {
  openEdit: (key: Key) => void
  openDelete: (key: Key) => void
}

/** "Edit" and "Delete", in their slots: the two row actions every product's key has. */
export function EditDeleteActions<Key>({ apiKey, dialogs }: { apiKey: Key; dialogs: EditDeleteDialogs<Key> }) {
  return (
    <>
      <RowAction slot="edit" label="Edit" onClick={() => dialogs.openEdit(apiKey)}>
        <EditIcon />
      </RowAction>
      <RowAction slot="delete" label="Delete" onClick={() => dialogs.openDelete(apiKey)}>
        <DeleteIcon />
      </RowAction>
    </>
  )
}
