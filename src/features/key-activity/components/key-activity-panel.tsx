import { useMemo } from 'react'
import { DateTime, useDateFormat } from '../../../components/date-time'
import { Dialog } from '../../../components/dialog'
import { RefreshIcon } from '../../../components/icons'
import { describeError } from '../../../components/data-table/table-states'
import {
  activityProductLabels,
  auditFieldLabel,
  auditValueText,
  keyEventLabels,
  shownAuditFields,
  type ActivityEvent,
  type AuditValues,
  type KeyActivity,
} from '../../../contract/activity'
import { callTotal, groupByDay, sumCalls, type ActivityDay, type CallCounts } from '../activity-days'
import { useKeyActivity } from '../api/get-key-activity'
import type { KeyActivityScope } from '../api/query-keys'
import type { ActivityKey } from './key-activity-action'
import { ActivityChart, OutcomeSwatch, outcomes } from './activity-chart'
import './key-activity-panel.css'

interface KeyActivityPanelProps {
  scope: KeyActivityScope
  apiKey: ActivityKey
  onClose: () => void
  /** Gives focus back to the row action that opened the panel. */
  returnFocus: (event: Event) => void
}

const count = (value: number) => value.toLocaleString()

/** The admin's zone and locale, for the chart's day and hour labels and the table's days. */
function useActivityFormats() {
  const format = useDateFormat()
  return useMemo(() => {
    const { locale, timeZone } = format.resolvedOptions()
    const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric' })
    const date = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', month: 'short', day: 'numeric' })
    const hour = new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })
    const at = (f: Intl.DateTimeFormat) => (epochSeconds: string) => f.format(new Date(Number(epochSeconds) * 1000))
    return { format, dayLabel: at(day), dateLabel: at(date), hourLabel: at(hour) }
  }, [format])
}

/** A key's activity: its calls over the last 7 days (chart, legend with totals, table) and its events, newest first. */
export function KeyActivityPanel({ scope, apiKey, onClose, returnFocus }: KeyActivityPanelProps) {
  const activity = useKeyActivity(scope, apiKey.id)
  const refreshing = activity.isFetching && !activity.isPending
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`${apiKey.name} Activity`}
      size="large"
      onCloseAutoFocus={returnFocus}
    >
      <div className="activity-toolbar">
        <p className="activity-as-of">
          {activity.data ? (
            <>
              Last 7 days to <DateTime epochSeconds={activity.data.now} />
              {' · '}
              {activity.data.lastUsedTime ? (
                <>
                  Last used <DateTime epochSeconds={activity.data.lastUsedTime} />
                </>
              ) : (
                'Never used'
              )}
            </>
          ) : null}
        </p>
        <button type="button" className="button" onClick={() => void activity.refetch()}>
          <RefreshIcon />
          {refreshing ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {activity.isFetching ? 'Loading activity…' : ''}
      </p>
      {activity.error && (
        <div className="activity-alert" role="alert">
          <p>
            {activity.data ? 'The activity could not be refreshed: it is shown as it was.' : 'The activity could not be loaded.'} {describeError(activity.error)}
          </p>
          <button type="button" className="button button-primary" onClick={() => void activity.refetch()}>
            Try Again
          </button>
        </div>
      )}
      {activity.isPending && <ActivityLoading />}
      {activity.data && <ActivityContent activity={activity.data} />}
    </Dialog>
  )
}

function ActivityLoading() {
  return (
    <div className="activity-loading" aria-hidden="true">
      <span className="skeleton activity-skeleton-chart" />
      <span className="skeleton" />
      <span className="skeleton" />
    </div>
  )
}

/**
 * A narrow chart opens on its newest hours. The SVG draws time left to right in either direction, and a scrollLeft
 * past the end stops at the right edge, in a right-to-left page too (where 0 is that edge). Stable: on mount only.
 */
function scrollToNewest(frame: HTMLDivElement | null) {
  if (frame) frame.scrollLeft = frame.scrollWidth
}

function ActivityContent({ activity }: { activity: KeyActivity }) {
  const formats = useActivityFormats()
  const days = useMemo(() => groupByDay(activity.hours, formats.format), [activity.hours, formats.format])
  const totals = useMemo(() => sumCalls(activity.hours), [activity.hours])
  const called = callTotal(totals) > 0
  return (
    <div className="activity-content">
      <section className="activity-calls" aria-labelledby="activity-calls-heading">
        <h3 id="activity-calls-heading" className="activity-heading">
          API calls per hour
        </h3>
        {called ? (
          <>
            <ActivityLegend totals={totals} />
            {/* On a narrow screen the chart keeps a readable width and scrolls sideways (by keyboard too). */}
            {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
            <div className="activity-chart-frame" tabIndex={0} ref={scrollToNewest}>
              <ActivityChart hours={activity.hours} days={days} totals={totals} dayLabel={formats.dayLabel} hourLabel={formats.hourLabel} />
            </div>
          </>
        ) : (
          <p className="activity-empty">No API calls in the last 7 days</p>
        )}
      </section>
      <div className="activity-details">
        {called && <ActivityTable days={days} totals={totals} dateLabel={formats.dateLabel} />}
        <section className="activity-events" aria-labelledby="activity-events-heading">
          <h3 id="activity-events-heading" className="activity-heading">
            Events
          </h3>
          <EventList events={activity.events} />
        </section>
      </div>
    </div>
  )
}

/** Each outcome's swatch (colour and pattern), name and total over the 7 days, then the total. */
function ActivityLegend({ totals }: { totals: CallCounts }) {
  return (
    <ul className="activity-legend" aria-label="Legend and totals">
      {outcomes.map((outcome) => (
        <li key={outcome.key}>
          <OutcomeSwatch outcome={outcome} />
          {outcome.label} <strong>{count(totals[outcome.key])}</strong>
        </li>
      ))}
      <li>
        Total <strong>{count(callTotal(totals))}</strong>
      </li>
    </ul>
  )
}

/** The chart's numbers by day (the admin's time zone; the first and last days are partial), and their totals. */
function ActivityTable({ days, totals, dateLabel }: { days: readonly ActivityDay[]; totals: CallCounts; dateLabel: (epochSeconds: string) => string }) {
  return (
    <table className="activity-table">
      <caption>API calls per day, last 7 days</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          {outcomes.map((outcome) => (
            <th key={outcome.key} scope="col">
              {outcome.label}
            </th>
          ))}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.start}>
            <th scope="row">{dateLabel(day.start)}</th>
            {outcomes.map((outcome) => (
              <td key={outcome.key}>{count(day[outcome.key])}</td>
            ))}
            <td>{count(callTotal(day))}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All 7 days</th>
          {outcomes.map((outcome) => (
            <td key={outcome.key}>{count(totals[outcome.key])}</td>
          ))}
          <td>{count(callTotal(totals))}</td>
        </tr>
      </tfoot>
    </table>
  )
}

/** An edit's changed values, before → after. */
function Changes({ before, after }: { before: AuditValues | null; after: AuditValues | null }) {
  const fields = [...new Set([...shownAuditFields(before ?? {}), ...shownAuditFields(after ?? {})])]
  if (fields.length === 0) return null
  return (
    <ul className="event-changes">
      {fields.map((field) => (
        <li key={field}>
          {auditFieldLabel(field)}: {auditValueText(field, before?.[field])} → {auditValueText(field, after?.[field])}
        </li>
      ))}
    </ul>
  )
}

function EventList({ events }: { events: readonly ActivityEvent[] }) {
  if (events.length === 0) return <p className="activity-empty">No events</p>
  return (
    // Scrolls on its own when long: focusable so that the keyboard can scroll it too.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <ol className="event-list" tabIndex={0} aria-label="Events, newest first">
      {events.map((event) => (
        <li key={event.id} className="event">
          <div className="event-head">
            <strong className={`event-action event-${event.action}`}>{keyEventLabels[event.action]}</strong>
            <DateTime className="event-time" epochSeconds={event.time} />
          </div>
          <div className="event-detail">
            {event.actor.kind === 'admin' ? `by ${event.actor.name}` : `from ${event.actor.address}`} · {activityProductLabels[event.product]}
          </div>
          {event.action === 'update' && <Changes before={event.before} after={event.after} />}
        </li>
      ))}
    </ol>
  )
}
