import { expect, test } from 'vitest'
import { groupByDay, scaleTop } from './activity-days'

test('the chart\'s scale tops at 4 round steps that reach the busiest hour', () => {
  expect([0, 3, 4, 5, 9, 37, 82, 99, 101, 380, 4100].map(scaleTop)).toEqual([4, 4, 4, 8, 20, 40, 100, 100, 200, 400, 8000])
})

test('hours are grouped by calendar day in the admin\'s time zone', () => {
  const hours = [22, 23, 24, 25].map((hour) => ({ start: String(Date.UTC(2026, 11, 1, hour) / 1000), succeeded: 1, denied: 0, limited: hour === 25 ? 2 : 0 }))
  const utc = groupByDay(hours, new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }))
  expect(utc.map(({ firstHour, hours: count, succeeded, limited }) => [firstHour, count, succeeded, limited])).toEqual([
    [0, 2, 2, 0],
    [2, 2, 2, 2],
  ])
  // Two hours behind UTC, 22:00–01:00 UTC is one day.
  expect(groupByDay(hours, new Intl.DateTimeFormat('en-US', { timeZone: 'America/Noronha' }))).toHaveLength(1)
})
