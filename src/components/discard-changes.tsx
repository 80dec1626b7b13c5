import { useState } from 'react'
import { ConfirmDialog } from './confirm-dialog'
import { useReturnFocus } from './use-return-focus'

/**
 * For a form in a dialog: Esc, an outside click or × on a changed form ask "Discard changes?" first; an unchanged
 * one closes at once. `isChanged` is asked at that moment. Pass `request` as the dialog's `onDismissAttempt` and
 * render `confirmation` inside it.
 */
export function useDiscardChanges(isChanged: () => boolean, discard: () => void) {
  const [asking, setAsking] = useState(false)
  const focus = useReturnFocus()
  const request = () => {
    if (!isChanged()) return discard()
    focus.remember()
    setAsking(true)
  }
  const confirmation = (
    <ConfirmDialog
      open={asking}
      title="Discard changes?"
      description="What you changed in this form has not been saved."
      confirmLabel="Discard"
      cancelLabel="Keep editing"
      tone="danger"
      onConfirm={() => {
        setAsking(false)
        discard()
      }}
      onCancel={() => setAsking(false)}
      onCloseAutoFocus={focus.restore}
    />
  )
  return { request, confirmation }
}
