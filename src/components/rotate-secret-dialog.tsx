import { useRef, useState } from 'react'
import { gracePeriodChoices } from '../contract/rotation'
import { failureReason } from '../lib/save-failure'
import { DateTime } from './date-time'
import { Dialog } from './dialog'
import type { Credentials } from './download-credentials'
import type { LifecycleDialogProps } from './lifecycle-dialog'
import { OneTimeSecretDialog } from './one-time-secret-dialog'
import { toast } from './toaster'

/** What an admin picks first: an hour lets the clients move to the new secret without one failed call. */
const DEFAULT_GRACE = gracePeriodChoices[1].seconds

interface RotateSecretDialogProps extends LifecycleDialogProps {
  keyName: string
  /** Until when the key's old secret from a previous rotation still signs in (null: none): rotating again ends it. */
  previousSecretValidUntil: string | null
  /** The product's rotation: the key's new credentials (the only answer with the new secret). */
  rotate: (gracePeriodInSec: number) => Promise<Credentials>
  /** The secret window's button: "Close" on ZPA, "Cancel" on Client Connector (seed 004). */
  closeLabel?: string
}

/**
 * "Rotate Secret": how long the old secret still signs in ("Old secret valid for"), then the new secret in the
 * one-time secret window. The choice stays if the rotation fails; a second click while it is on its way sends nothing.
 */
export function RotateSecretDialog({ keyName, previousSecretValidUntil, rotate, closeLabel, onClose, returnFocus }: RotateSecretDialogProps) {
  const [grace, setGrace] = useState<number>(DEFAULT_GRACE)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [rotated, setRotated] = useState<Credentials | null>(null)
  const sending = useRef(false)
  // Set when the secret window takes over, so this one closing does not send focus back to the page.
  const handedOver = useRef(false)

  if (rotated) return <OneTimeSecretDialog created={rotated} title="Secret Rotated" closeLabel={closeLabel} onClose={onClose} onCloseAutoFocus={returnFocus} />

  const submit = async () => {
    if (sending.current) return
    sending.current = true
    setPending(true)
    setError(null)
    try {
      const credentials = await rotate(grace)
      toast.success(`API key ${keyName}: secret rotated`)
      handedOver.current = true
      setRotated(credentials)
    } catch (caught) {
      setError(failureReason(caught))
      toast.error(`The secret of API key ${keyName} was not rotated: ${failureReason(caught)}`)
    } finally {
      sending.current = false
      setPending(false)
    }
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      onDismissAttempt={pending ? () => undefined : onClose}
      onCloseAutoFocus={(event) => (handedOver.current ? event.preventDefault() : returnFocus(event))}
      // On the picked choice, as a radio group is entered: Space on the first ("No time") would end the old secret now.
      onOpenAutoFocus={(event) => {
        event.preventDefault()
        ;(event.currentTarget as HTMLElement).querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus()
      }}
      title="Rotate Secret"
      description={
        <>
          Give the API key <strong>{keyName}</strong> a new client secret. Its clients keep signing in with the old one until the time
          you choose here, then only the new one works.
        </>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        {previousSecretValidUntil !== null && (
          <p className="secret-warning">
            Its old secret from the last rotation still signs in until <DateTime epochSeconds={previousSecretValidUntil} />. Rotating
            again ends that one now: only the current secret gets the time you choose.
          </p>
        )}
        <fieldset className="choice-group" disabled={pending}>
          <legend>Old secret valid for</legend>
          {gracePeriodChoices.map((choice) => (
            <label key={choice.seconds} className="choice">
              <input type="radio" name="grace" value={choice.seconds} checked={grace === choice.seconds} onChange={() => setGrace(choice.seconds)} />
              {choice.label}
            </label>
          ))}
        </fieldset>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={pending}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={pending} aria-busy={pending}>
            Rotate
          </button>
        </div>
      </form>
    </Dialog>
  )
}
