import { useMemo, useRef } from 'react'

/**
 * For a dialog opened from code (it has no Radix trigger to go back to): `remember` the focused control when
 * opening, and pass `restore` as the dialog's `onCloseAutoFocus` to focus it again on close. If that control is
 * gone by then (an Unlock button once its key is unlocked), focus goes to the first button of its table row if
 * the row is still there, else to `fallback` (a stable function), rather than to the page body.
 */
export function useReturnFocus(fallback?: () => HTMLElement | null) {
  const opener = useRef<{ control: HTMLElement; row: HTMLElement | null } | null>(null)
  return useMemo(
    () => ({
      remember: () => {
        const control = document.activeElement instanceof HTMLElement ? document.activeElement : null
        opener.current = control && { control, row: control.closest('tr') }
      },
      restore: (event: Event) => {
        event.preventDefault()
        const { control, row } = opener.current ?? {}
        const inRow = row?.isConnected ? row.querySelector('button') : null
        const target = control?.isConnected ? control : (inRow ?? fallback?.())
        target?.focus()
      },
    }),
    [fallback],
  )
}
