import { useId, useState, type ReactNode } from 'react'
import { ConfirmDialog } from './confirm-dialog'
import { copyWithToast } from './toaster'
import { Dialog } from './dialog'
import { downloadCredentials, type Credentials } from './download-credentials'
import { ReadOnlyText } from './read-only-text'
import { useReturnFocus } from './use-return-focus'

export interface CredentialField {
  /** The field's label; its copy button is "Copy <label>". */
  label: string
  /** Undefined while it is on its way: `pending` shows in its place. */
  value: string | undefined
  pending?: ReactNode
  /** The secret: copying it counts as keeping it, and the dialog opens on its copy button. */
  secret?: boolean
}

interface CredentialsDialogProps {
  title: string
  description?: ReactNode
  /** The key's name, above the fields, and the downloaded file's name. */
  keyName: string
  fields: readonly CredentialField[]
  /** What "Download" saves as JSON; undefined while a value is on its way (the button waits). */
  file: Readonly<Record<string, string>> | undefined
  /** The button that closes it: "Close", or "Cancel" on Client Connector (seed 004). */
  closeLabel: string
  /** Every way out (that button, Esc, a click outside) asks this. */
  onRequestClose: () => void
  /** The secret was copied or downloaded. */
  onSecured?: () => void
  onCloseAutoFocus: (event: Event) => void
  /** After the dialog's buttons: a confirmation of its own. */
  children?: ReactNode
}

/**
 * A key's credentials, each with its copy button, "Download" as a JSON file, and the button that closes it: every
 * product's window after a key is created, and Digital Experience's View. The values live only in its props.
 */
export function CredentialsDialog({ title, description, keyName, fields, file, closeLabel, onRequestClose, onSecured, onCloseAutoFocus, children }: CredentialsDialogProps) {
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onRequestClose()}
      onDismissAttempt={onRequestClose}
      onCloseAutoFocus={onCloseAutoFocus}
      title={title}
      description={description}
      closeButton={false}
    >
      <p className="secret-key-name">
        API key <strong>{keyName}</strong>
      </p>
      {fields.map((field) => (
        <CopyField key={field.label} {...field} onCopied={field.secret ? onSecured : undefined} />
      ))}
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          disabled={!file}
          onClick={() => {
            if (!file) return
            downloadCredentials(keyName, file)
            onSecured?.()
          }}
        >
          Download
        </button>
        <button type="button" className="button button-primary" onClick={onRequestClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </Dialog>
  )
}

function CopyField({ label, value, pending, secret, onCopied }: CredentialField & { onCopied?: () => void }) {
  const id = useId()
  if (value === undefined) {
    return (
      <div className="form-field">
        <span className="field-label">{label}</span>
        {pending}
      </div>
    )
  }
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field">
        <ReadOnlyText id={id} value={value} />
        <button
          type="button"
          className="button"
          // oxlint-disable-next-line jsx-a11y/no-autofocus -- the dialog opens on the action it exists for (or moves there once the secret is here)
          autoFocus={secret}
          onClick={() => void copyWithToast(value, label).then((copied) => copied && onCopied?.())}
        >
          {`Copy ${label}`}
        </button>
      </div>
    </div>
  )
}

interface OneTimeSecretDialogProps {
  created: Credentials
  /** "API Key Created", or "Secret Rotated". */
  title?: string
  /** The button that closes it: "Close" on ZPA, "Cancel" on Client Connector (seed 004). */
  closeLabel?: string
  onClose: () => void
  onCloseAutoFocus: (event: Event) => void
}

/**
 * The one time a key's client secret is shown (the ZPA and Client Connector pages' Add API Key and Rotate Secret end here). It
 * lives only in this dialog's props (its parent's state): once closed, the page holds it nowhere. Closing before the
 * secret was copied or downloaded asks first.
 */
export function OneTimeSecretDialog({ created, title = 'API Key Created', closeLabel = 'Close', onClose, onCloseAutoFocus }: OneTimeSecretDialogProps) {
  const [secured, setSecured] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const confirmFocus = useReturnFocus()

  const requestClose = () => {
    if (secured) return onClose()
    confirmFocus.remember()
    setConfirming(true)
  }
  const { name, clientId, clientSecret } = created

  return (
    <CredentialsDialog
      title={title}
      description={
        <span className="secret-warning">
          <strong>Copy or download the client secret now.</strong> It will not be shown again: once this window closes, nobody can
          look it up, not even an administrator.
        </span>
      }
      keyName={name}
      fields={[
        { label: 'Client ID', value: clientId },
        { label: 'Client Secret', value: clientSecret, secret: true },
      ]}
      file={{ name, clientId, clientSecret }}
      closeLabel={closeLabel}
      onRequestClose={requestClose}
      onSecured={() => setSecured(true)}
      onCloseAutoFocus={onCloseAutoFocus}
    >
      <ConfirmDialog
        open={confirming}
        title="Close without the secret?"
        description={
          <>
            You have not copied or downloaded the client secret of <strong>{name}</strong>. Once this window closes, it cannot be
            shown again.
          </>
        }
        confirmLabel="Close Anyway"
        tone="danger"
        onConfirm={onClose}
        onCancel={() => setConfirming(false)}
        onCloseAutoFocus={confirmFocus.restore}
      />
    </CredentialsDialog>
  )
}
