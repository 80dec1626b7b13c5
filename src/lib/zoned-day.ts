/** The offset of `timeZone` from UTC at an instant, in ms (what its wall clock reads minus UTC). */
function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(epochMs)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value)
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return wall - Math.floor(epochMs / 1000) * 1000
}

/**
 * Epoch seconds of midnight starting a yyyy-mm-dd day (plus `days`) in an IANA time zone: the same on the server
 * and in the browser, whatever their own zones (the admin's zone is the session's). DST-safe.
 */
export function zonedDayStart(day: string, timeZone: string, days = 0): number {
  const [year, month, date] = day.split('-').map(Number)
  const wall = Date.UTC(year, month - 1, date + days)
  try {
    const guess = wall - zoneOffsetMs(wall, timeZone)
    return Math.floor((wall - zoneOffsetMs(guess, timeZone)) / 1000)
  } catch {
    // A zone this runtime does not know: UTC's midnight rather than no filter.
    return wall / 1000
  }
}
