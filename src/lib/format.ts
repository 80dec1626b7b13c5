/** How dates show: the admin's own locale and time zone (the server's first-view render checks it uses the same). */
export const DATE_FORMAT_OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }
const creationDateFormat = new Intl.DateTimeFormat(undefined, DATE_FORMAT_OPTIONS)

/** Epoch seconds (a decimal string) in the admin's own locale and time zone. */
export function formatEpochSeconds(epochSeconds: string): string {
  return creationDateFormat.format(new Date(Number(epochSeconds) * 1000))
}

/** "1–20 of 37", with an en dash as the product writes it. */
export function formatRange(pageIndex: number, pageSize: number, total: number): string {
  if (total === 0) return '0 of 0'
  const first = pageIndex * pageSize + 1
  const last = Math.min(total, first + pageSize - 1)
  return `${first}–${last} of ${total}`
}
