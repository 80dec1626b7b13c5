import { useEffect } from 'react'

/**
 * While a popup (a select's list, a menu, a date field's calendar) is open, Esc closes it before a dialog around it
 * sees the key: the window's capture phase runs before a dialog's own Esc handling on the document. The trigger
 * holds this, not the popup, whose code may still be loading when Esc comes.
 */
export function useEscapeCloses(open: boolean, onEscape: () => void) {
  useEffect(() => {
    if (!open) return
    const listener = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.stopPropagation()
      event.preventDefault()
      onEscape()
    }
    window.addEventListener('keydown', listener, true)
    return () => window.removeEventListener('keydown', listener, true)
  }, [open, onEscape])
}
