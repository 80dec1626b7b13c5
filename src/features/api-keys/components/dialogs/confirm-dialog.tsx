import type { ReactNode } from 'react'
import { Dialog } from '../../../../components/dialog'

interface ConfirmDialogProps {
  open?: boolean
  title: string
  /** The question, naming what it is about. */
  description: ReactNode
  confirmLabel: string
  tone?: 'primary' | 'danger'
  /** While the change is on its way: both buttons wait, and Esc or an outside click do nothing. */
  pending?: boolean
  /** Why the last attempt failed; the dialog stays open so the admin can try again. */
  error?: string | null
  onConfirm: () => void
  onCancel: () => void
  onCloseAutoFocus?: (event: Event) => void
}

/** Asks before an action that cannot be taken back; "Cancel" comes first, so it is what Enter does by default. */
export function ConfirmDialog({
  open = true,
  title,
  description,
  confirmLabel,
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
          Cancel
        </button>
        <button type="button" className={`button button-${tone}`} onClick={onConfirm} disabled={pending} aria-busy={pending}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
