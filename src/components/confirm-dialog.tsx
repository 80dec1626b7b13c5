import type { ReactNode } from 'react'
import { Dialog } from './dialog'

interface ConfirmDialogProps {
  open?: boolean
  title: string
  /** The question, naming what it is about. */
  description: ReactNode
  confirmLabel: string
  /** The button that leaves things as they are. */
  cancelLabel?: string
  tone?: 'primary' | 'danger'
  /** While the change is on its way: both buttons wait, and Esc or an outside click do nothing. */
  pending?: boolean
  /** Why the last attempt failed; the dialog stays open so the admin can try again. */
  error?: string | null
  onConfirm: () => void
  onCancel: () => void
  onCloseAutoFocus?: (event: Event) => void
}

/** Asks before an action that cannot be taken back; the button that leaves things as they are comes first, so it is what Enter does by default. */
export function ConfirmDialog({
  open = true,
  title,
  description,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'primary',
  pending = false,
  error,
  onConfirm,
  onCancel,
  onCloseAutoFocus,
}: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onCancel()}
      onDismissAttempt={pending ? () => undefined : onCancel}
      onCloseAutoFocus={onCloseAutoFocus}
      title={title}
      description={description}
      closeButton={false}
      size="small"
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </button>
        <button type="button" className={`button button-${tone}`} onClick={onConfirm} disabled={pending} aria-busy={pending}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
