import { expect, test } from 'vitest'
import { zonedDayStart } from './zoned-day'

const utc = (iso: string) => Date.parse(iso) / 1000

test('midnight of a day in a time zone, whatever the runtime’s own zone', () => {
  expect(zonedDayStart('2026-01-15', 'UTC')).toBe(utc('2026-01-15T00:00:00Z'))
  expect(zonedDayStart('2026-01-15', 'Europe/Berlin')).toBe(utc('2026-01-14T23:00:00Z'))
  expect(zonedDayStart('2026-01-15', 'America/Los_Angeles')).toBe(utc('2026-01-15T08:00:00Z'))
  expect(zonedDayStart('2026-01-15', 'Asia/Kolkata')).toBe(utc('2026-01-14T18:30:00Z'))
})

test('a day across a clock change is 23 or 25 hours long', () => {
  // Berlin springs forward on 29 March 2026 and falls back on 25 October.
  expect(zonedDayStart('2026-03-29', 'Europe/Berlin', 1) - zonedDayStart('2026-03-29', 'Europe/Berlin')).toBe(23 * 3600)
  expect(zonedDayStart('2026-10-25', 'Europe/Berlin', 1) - zonedDayStart('2026-10-25', 'Europe/Berlin')).toBe(25 * 3600)
  // The end of the month rolls over into the next.
  expect(zonedDayStart('2026-01-31', 'UTC', 1)).toBe(utc('2026-02-01T00:00:00Z'))
})

test('a zone the runtime does not know falls back to UTC', () => {
  expect(zonedDayStart('2026-01-15', 'Mars/Olympus_Mons')).toBe(utc('2026-01-15T00:00:00Z'))
})
