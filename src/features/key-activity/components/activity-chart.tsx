import { useId } from 'react'
import type { ActivityHour } from '../../../contract/activity'
import { callTotal, scaleTop, type ActivityDay, type CallCounts } from '../activity-days'

/** The three outcomes, bottom to top: their names and their look (a colour and, but for Succeeded, a pattern). */
export const outcomes = [
  { key: 'succeeded', label: 'Succeeded', color: '#1f5fbf', pattern: null },
  { key: 'denied', label: '401/403', color: '#b3470b', pattern: 'stripes' },
  { key: 'limited', label: '429', color: '#6b2fa3', pattern: 'dots' },
] as const satisfies readonly { key: keyof CallCounts; label: string; color: string; pattern: string | null }[]

const HOUR_WIDTH = 4
const LEFT = 40
const TOP = 8
const PLOT_HEIGHT = 160
const WIDTH = LEFT + 168 * HOUR_WIDTH + 6
const HEIGHT = TOP + PLOT_HEIGHT + 24

const count = (value: number) => value.toLocaleString()

/** The fills of the outcomes: a plain colour, or the colour with white stripes or dots (told apart without colour). */
function OutcomeFills({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-stripes`} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
        <rect width="4" height="4" fill={outcomes[1].color} />
        <rect width="1.4" height="4" fill="#fff" />
      </pattern>
      <pattern id={`${id}-dots`} patternUnits="userSpaceOnUse" width="4" height="4">
        <rect width="4" height="4" fill={outcomes[2].color} />
        <circle cx="2" cy="2" r="0.9" fill="#fff" />
      </pattern>
    </defs>
  )
}

const fillOf = (id: string, outcome: (typeof outcomes)[number]) => (outcome.pattern ? `url(#${id}-${outcome.pattern})` : outcome.color)

/** A legend swatch: the outcome's fill, as the bars draw it. */
export function OutcomeSwatch({ outcome }: { outcome: (typeof outcomes)[number] }) {
  const id = useId()
  return (
    <svg className="outcome-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <OutcomeFills id={id} />
      <rect width="14" height="14" rx="2" fill={fillOf(id, outcome)} />
    </svg>
  )
}

interface ActivityChartProps {
  hours: readonly ActivityHour[]
  days: readonly ActivityDay[]
  totals: CallCounts
  /** "Thu 3" under each day's first hour. */
  dayLabel: (epochSeconds: string) => string
  /** An hour's tooltip start ("Dec 3, 1:00 PM"). */
  hourLabel: (epochSeconds: string) => string
}

/**
 * The key's API calls per hour over the chart's 168 hours, stacked by outcome, in plain SVG (no chart library: a few
 * hundred bytes against the smallest library's tens of KB). One image to a screen reader, named by its totals; the
 * data table beside it has the numbers.
 */
export function ActivityChart({ hours, days, totals, dayLabel, hourLabel }: ActivityChartProps) {
  const id = useId()
  const top = scaleTop(Math.max(0, ...hours.map(callTotal)))
  const y = (value: number) => TOP + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT
  const name = `API calls per hour, last 7 days: ${count(callTotal(totals))} in all, ${count(totals.succeeded)} succeeded, ${count(totals.denied)} refused (401/403), ${count(totals.limited)} rate-limited (429)`
  return (
    <svg className="activity-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`} focusable="false">
      <title id={`${id}-title`}>{name}</title>
      <OutcomeFills id={id} />
      {[0, 1, 2, 3, 4].map((step) => (
        <g key={step} className="chart-grid">
          <line x1={LEFT} x2={WIDTH} y1={y((top * step) / 4)} y2={y((top * step) / 4)} />
          <text x={LEFT - 6} y={y((top * step) / 4)} dy="0.32em" textAnchor="end">
            {count((top * step) / 4)}
          </text>
        </g>
      ))}
      {days.map((day) => (
        <g key={day.start} className="chart-day">
          {day.firstHour > 0 && <line x1={LEFT + day.firstHour * HOUR_WIDTH} x2={LEFT + day.firstHour * HOUR_WIDTH} y1={TOP} y2={TOP + PLOT_HEIGHT + 4} />}
          {/* A day too short to hold its label (the first or the last) goes without it. */}
          {day.hours >= 8 && (
            <text x={LEFT + (day.firstHour + day.hours / 2) * HOUR_WIDTH} y={TOP + PLOT_HEIGHT + 18} textAnchor="middle">
              {dayLabel(day.start)}
            </text>
          )}
        </g>
      ))}
      {hours.map((hour, index) => {
        if (callTotal(hour) === 0) return null
        let base = 0
        return (
          <g key={hour.start}>
            <title>{`${hourLabel(hour.start)}: ${outcomes.map((outcome) => `${count(hour[outcome.key])} ${outcome.label}`).join(', ')}`}</title>
            {outcomes.map((outcome) => {
              const value = hour[outcome.key]
              if (value === 0) return null
              const rect = <rect key={outcome.key} x={LEFT + index * HOUR_WIDTH + 0.5} width={HOUR_WIDTH - 1} y={y(base + value)} height={y(base) - y(base + value)} fill={fillOf(id, outcome)} />
              base += value
              return rect
            })}
          </g>
        )
      })}
    </svg>
  )
}
