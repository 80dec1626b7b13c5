import { useCallback, useState, type ReactNode } from 'react'
import { useReturnFocus } from './use-return-focus'

// When no row is left to take focus (the last key deleted), it goes to "Add API Key", not the page body.
const focusFallback = () => document.querySelector<HTMLElement>('[data-add-api-key]')

/**
 * Which of a key table's dialogs is open, one at a time: `show` remembers the control that opened it, and a
 * dialog's `returnFocus` (its onCloseAutoFocus) gives focus back to that control, or to "Add API Key".
 */
export function useOpenKeyDialog<Open>() {
  const [open, setOpen] = useState<Open | null>(null)
  const focus = useReturnFocus(focusFallback)
  // Stable while dialogs come and go: the rows' actions that call `show` do not draw again.
  const show = useCallback(
    (dialog: Open) => {
      focus.remember()
      setOpen(dialog)
    },
    [focus],
  )
  const close = useCallback(() => setOpen(null), [])
  return { open, show, close, returnFocus: focus.restore }
}

interface AddKeyButtonProps {
  onClick: () => void
  /** `preloadOnIntent` of the Add dialog: its code comes while the pointer or focus is on the way. */
  preload: { onPointerEnter: () => void; onFocus: () => void }
  children?: ReactNode
}

/** The toolbar's (and the empty tenant's) call to add a key; the focus's last resort when no row is left. */
export function AddKeyButton({ onClick, preload, children = 'Add API Key' }: AddKeyButtonProps) {
  return (
    <button type="button" className="button button-primary" data-add-api-key="" onClick={onClick} {...preload}>
      {children}
    </button>
  )
}
