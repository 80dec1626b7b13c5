/**
 * How dates show: medium date, short time, in the admin's locale and time zone (the session names both); with
 * `timeStyle: 'medium'` the time has its seconds too (a log whose entries may be seconds apart).
 */
export function dateTimeFormat(locale: string, timeZone: string, timeStyle: 'short' | 'medium' = 'short'): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle, timeZone })
  } catch {
    // A zone or locale this runtime does not know: its own, rather than no dates.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle })
  }
}

/** Epoch seconds (a decimal string) written with `format`. */
export const formatEpochSeconds = (format: Intl.DateTimeFormat, epochSeconds: string): string =>
  format.format(new Date(Number(epochSeconds) * 1000))

/** "1–20 of 37", with an en dash as the product writes it. */
export function formatRange(pageIndex: number, pageSize: number, total: number): string {
  if (total === 0) return '0 of 0'
  const first = pageIndex * pageSize + 1
  const last = Math.min(total, first + pageSize - 1)
  return `${first}–${last} of ${total}`
}
