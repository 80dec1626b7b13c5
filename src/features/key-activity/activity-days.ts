import type { ActivityHour } from '../../contract/activity'

/** A span's calls: succeeded, refused (401/403), rate-limited (429). */
export interface CallCounts {
  succeeded: number
  denied: number
  limited: number
}

export const callTotal = (counts: CallCounts) => counts.succeeded + counts.denied + counts.limited

const add = (sum: CallCounts, counts: CallCounts): CallCounts => ({
  succeeded: sum.succeeded + counts.succeeded,
  denied: sum.denied + counts.denied,
  limited: sum.limited + counts.limited,
})
const NO_CALLS: CallCounts = { succeeded: 0, denied: 0, limited: 0 }

export const sumCalls = (hours: readonly CallCounts[]): CallCounts => hours.reduce(add, NO_CALLS)

/** One calendar day of the chart's hours, in the admin's time zone. */
export interface ActivityDay extends CallCounts {
  /** The day's first hour among the chart's (epoch seconds). */
  start: string
  /** Where its first hour stands among the chart's hours. */
  firstHour: number
  hours: number
}

/** The chart's hours grouped by calendar day in the zone of `format` (the first and last days may be partial). */
export function groupByDay(hours: readonly ActivityHour[], format: Intl.DateTimeFormat): ActivityDay[] {
  const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone: format.resolvedOptions().timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  const days: (ActivityDay & { key: string })[] = []
  hours.forEach((hour, index) => {
    const key = dayOf.format(new Date(Number(hour.start) * 1000))
    const last = days.at(-1)
    if (last?.key === key) Object.assign(last, add(last, hour), { hours: last.hours + 1 })
    else days.push({ key, start: hour.start, firstHour: index, hours: 1, succeeded: hour.succeeded, denied: hour.denied, limited: hour.limited })
  })
  return days.map(({ key: _key, ...day }) => day)
}

/** The chart scale's top: 4 whole, round steps (1, 2, 2.5 or 5 × 10ⁿ each) that reach `max`. */
export function scaleTop(max: number): number {
  const least = Math.max(1, max / 4)
  const magnitude = 10 ** Math.floor(Math.log10(least))
  const steps = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).filter(Number.isInteger)
  return 4 * (steps.find((step) => step >= least) ?? 10 * magnitude)
}
