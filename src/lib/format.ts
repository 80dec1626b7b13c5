/**
 * How dates show: medium date, short time, in the admin's locale and time zone (the session names both); with
 * `timeStyle: 'medium'` the time has its seconds too (a log whose entries may be seconds apart).
 */
export function dateTimeFormat(locale: string, timeZone: string, timeStyle: 'short' | 'medium' = 'short'): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${timeStyle}`
  let format = formats.get(key)
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle, timeZone })
    } catch {
      // A zone or locale this runtime does not know: its own, rather than no dates.
      format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle })
    }
    formats.set(key, format)
  }
  return format
}

/**
 * Each format made once: making one costs more than writing many dates, and the server renders every first view
 * with the same few (a formatter holds no state between calls).
 */
const formats = new Map<string, Intl.DateTimeFormat>()

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
