import { useMemo, useRef } from 'react'

interface Opener {
  control: HTMLElement
  row: HTMLElement | null
  /** The row's place among its table body's rows, and that body: where the next row is once this one is gone. */
  place: { body: Element; index: number } | null
}

const bodyRows = (body: Element) => [...body.querySelectorAll<HTMLElement>(':scope > tr[data-row-id]')]

/** In the row now at the opener row's place (the next one), or the one before it if it was the last: the same control, or the row's first button. */
function controlNearRemovedRow({ control, place }: Opener): HTMLElement | null {
  if (!place?.body.isConnected) return null
  const rows = bodyRows(place.body)
  const row = rows[place.index] ?? rows[place.index - 1]
  if (!row) return null
  const label = control.getAttribute('aria-label')
  const same = label ? row.querySelector<HTMLElement>(`button[aria-label="${CSS.escape(label)}"]`) : null
  return same ?? row.querySelector('button')
}

/**
 * For a dialog opened from code (it has no Radix trigger to go back to): `remember` the focused control when
 * opening, and pass `restore` as the dialog's `onCloseAutoFocus` to focus it again on close. If that control is
 * gone by then (an Unlock button once its key is unlocked), focus goes to the first button of its table row if
 * the row is still there; if the row is gone too (its key deleted), to the same control of the next row (or the
 * previous one, for the last row); else to `fallback` (a stable function), rather than to the page body.
 */
export function useReturnFocus(fallback?: () => HTMLElement | null) {
  const opener = useRef<Opener | null>(null)
  return useMemo(
    () => ({
      remember: () => {
        const control = document.activeElement instanceof HTMLElement ? document.activeElement : null
        const row = control?.closest('tr') ?? null
        const body = row?.parentElement
        const place = row && body ? { body, index: bodyRows(body).indexOf(row) } : null
        opener.current = control && { control, row, place }
      },
      restore: (event: Event) => {
        event.preventDefault()
        const current = opener.current
        if (!current) return fallback?.()?.focus()
        const { control, row } = current
        const inRow = row?.isConnected ? row.querySelector('button') : null
        const target = control.isConnected ? control : (inRow ?? controlNearRemovedRow(current) ?? fallback?.())
        target?.focus()
      },
    }),
    [fallback],
  )
}
