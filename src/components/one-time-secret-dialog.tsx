import { useId, useState } from 'react'
import { ConfirmDialog } from './confirm-dialog'
import { copyWithToast } from './toaster'
import { Dialog } from './dialog'
import { downloadCredentials, type Credentials } from './download-credentials'
import { ReadOnlyText } from './read-only-text'
import { useReturnFocus } from './use-return-focus'

interface OneTimeSecretDialogProps {
  created: Credentials
  /** The button that closes it: "Close" on ZPA, "Cancel" on Client Connector (seed 004). */
  closeLabel?: string
  onClose: () => void
  onCloseAutoFocus: (event: Event) => void
}

/**
 * The one time a new key's client secret is shown (every product's Add API Key ends here). It lives only in this dialog's props (its parent's state): once closed,
 * the page holds it nowhere. Closing before the secret was copied or downloaded asks first.
 */
export function OneTimeSecretDialog({ created, closeLabel = 'Close', onClose, onCloseAutoFocus }: OneTimeSecretDialogProps) {
  const [secured, setSecured] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const confirmFocus = useReturnFocus()

  const requestClose = () => {
    if (secured) return onClose()
    confirmFocus.remember()
    setConfirming(true)
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && requestClose()}
      onDismissAttempt={requestClose}
      onCloseAutoFocus={onCloseAutoFocus}
      title="API Key Created"
      description={
        <span className="secret-warning">
          <strong>Copy or download the client secret now.</strong> It will not be shown again: once this window closes, nobody can
          look it up, not even an administrator.
        </span>
      }
      closeButton={false}
    >
      <p className="secret-key-name">
        API key <strong>{created.name}</strong>
      </p>
      <CopyField label="Client ID" value={created.clientId} />
      <CopyField label="Client Secret" value={created.clientSecret} onCopied={() => setSecured(true)} focusOnOpen />
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            downloadCredentials(created)
            setSecured(true)
          }}
        >
          Download
        </button>
        <button type="button" className="button button-primary" onClick={requestClose}>
          {closeLabel}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Close without the secret?"
        description={
          <>
            You have not copied or downloaded the client secret of <strong>{created.name}</strong>. Once this window closes, it cannot
            be shown again.
          </>
        }
        confirmLabel="Close Anyway"
        tone="danger"
        onConfirm={onClose}
        onCancel={() => setConfirming(false)}
        onCloseAutoFocus={confirmFocus.restore}
      />
    </Dialog>
  )
}

interface CopyFieldProps {
  label: 'Client ID' | 'Client Secret'
  value: string
  onCopied?: () => void
  /** Opens the dialog on this field's copy button: the one thing the admin has to do. */
  focusOnOpen?: boolean
}

function CopyField({ label, value, onCopied, focusOnOpen }: CopyFieldProps) {
  const id = useId()
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field">
        <ReadOnlyText id={id} value={value} />
        <button
          type="button"
          className="button"
          // oxlint-disable-next-line jsx-a11y/no-autofocus -- the dialog opens on the action it exists for
          autoFocus={focusOnOpen}
          onClick={() => void copyWithToast(value, label).then((copied) => copied && onCopied?.())}
        >
          {`Copy ${label}`}
        </button>
      </div>
    </div>
  )
}
