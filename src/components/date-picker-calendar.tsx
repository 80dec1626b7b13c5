import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import './date-picker-calendar.css'
import { useAnchoredPopup } from './popups'

/** yyyy-mm-dd → that day's local midnight, as the calendar counts days. */
const toDate = (day: string) => {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year, month - 1, date)
}
const toDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
const dayAfter = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days)
/** The same day `months` on, or that month's last day when it is shorter (Jan 31 → Feb 28). */
const monthAfter = (date: Date, months: number) => {
  const first = new Date(date.getFullYear(), date.getMonth() + months, 1)
  const last = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate()
  return new Date(first.getFullYear(), first.getMonth(), Math.min(date.getDate(), last))
}
const monthOf = (day: string) => `${day.slice(0, 7)}-01`

// The page is in US English (index.html), and its weeks start on Sunday.
const LOCALE = 'en-US'
const monthYear = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric' })
const fullDate = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' })
const ordinal = new Intl.PluralRules(LOCALE, { type: 'ordinal' })
const SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' }
const WEEKDAYS = Array.from({ length: 7 }, (_, i) => {
  const date = new Date(2023, 0, 1 + i) // Sunday, January 1st, 2023, then the week's other days
  return { name: date.toLocaleDateString(LOCALE, { weekday: 'long' }), abbr: date.toLocaleDateString(LOCALE, { weekday: 'short' }).slice(0, 2) }
})

/** "Monday, June 2nd, 2025": a day button's name, after "Today, " and before ", selected" when they apply. */
const dayLabel = (date: Date) =>
  fullDate
    .formatToParts(date)
    .map((part) => (part.type === 'day' ? part.value + SUFFIXES[ordinal.select(date.getDate())] : part.value))
    .join('')

interface DatePickerCalendarProps {
  value: string
  openingMonth?: string
  onSelect: (day: string) => void
}

export interface DatePickerPopupProps extends DatePickerCalendarProps {
  trigger: RefObject<HTMLButtonElement | null>
  onClose: (reason?: 'outside') => void
  /** Tabbing out of the calendar closes it, as a press outside does (no focus back to the field). */
  onLeave: () => void
}

/** The date picker's open popover: anchored to its field, with the calendar. Loaded on first use (date-picker.tsx). */
export function DatePickerPopup({ trigger, onClose, onLeave, ...calendar }: DatePickerPopupProps) {
  const popup = useRef<HTMLDivElement>(null)
  useAnchoredPopup({ open: true, anchor: trigger, popup, onClose })
  useEffect(() => {
    const element = popup.current
    if (!element) return
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null
      if (next && !element.contains(next) && next !== trigger.current) onLeave()
    }
    element.addEventListener('focusout', onFocusOut)
    return () => element.removeEventListener('focusout', onFocusOut)
  }, [trigger, onLeave])
  return (
    <div ref={popup} role="dialog" aria-label="Choose a date" popover="manual" className="date-picker-content">
      <DatePickerCalendar {...calendar} />
    </div>
  )
}

/** Where a key moves the focused day (the WAI-ARIA date grid), or undefined for any other key. */
function keyTarget(date: Date, event: KeyboardEvent): Date | undefined {
  const months = event.shiftKey ? 12 : 1
  switch (event.key) {
    case 'ArrowLeft': return dayAfter(date, -1)
    case 'ArrowRight': return dayAfter(date, 1)
    case 'ArrowUp': return dayAfter(date, -7)
    case 'ArrowDown': return dayAfter(date, 7)
    case 'Home': return dayAfter(date, -date.getDay())
    case 'End': return dayAfter(date, 6 - date.getDay())
    case 'PageUp': return monthAfter(date, -months)
    case 'PageDown': return monthAfter(date, months)
  }
}

/**
 * A month of days, six weeks from Sunday with the days around it, one day tabbable: arrows move by day and week,
 * Home/End to the week's ends, Page Up/Down by month (with Shift, by year), Enter or Space chooses. It opens with
 * focus on the chosen day, or today, or the month's first day.
 */
export function DatePickerCalendar({ value, openingMonth, onSelect }: DatePickerCalendarProps) {
  const [today] = useState(() => toDay(new Date()))
  const [month, setMonth] = useState(() => monthOf(value || openingMonth || today))
  // The day the keyboard is on; focus follows it when it changes (and on opening).
  const [focused, setFocused] = useState(() => value || (monthOf(today) === month ? today : month))
  const grid = useRef<HTMLTableElement>(null)
  useEffect(() => grid.current?.querySelector<HTMLElement>(`[data-day="${focused}"] button`)?.focus(), [focused])

  const inMonth = (day: string) => monthOf(day) === month
  const tabbable = [focused, value, today].find(inMonth) ?? month
  const first = toDate(month)
  const start = dayAfter(first, -first.getDay())
  const days = Array.from({ length: 42 }, (_, i) => dayAfter(start, i))
  const caption = monthYear.format(first)
  const moveTo = (date: Date) => {
    setMonth(monthOf(toDay(date)))
    setFocused(toDay(date))
  }
  return (
    <div className="calendar">
      <div className="calendar-caption">
        <span role="status" aria-live="polite">{caption}</span>
      </div>
      <nav className="calendar-nav" aria-label="Navigation bar">
        <button type="button" className="calendar-nav-button" aria-label="Go to the Previous Month" onClick={() => setMonth(toDay(monthAfter(first, -1)))}>
          <Chevron points="16 18.112 9.81111111 12 16 5.87733333 14.0888889 4 6 12 14.0888889 20" />
        </button>
        <button type="button" className="calendar-nav-button" aria-label="Go to the Next Month" onClick={() => setMonth(toDay(monthAfter(first, 1)))}>
          <Chevron points="8 18.112 14.18888889 12 8 5.87733333 9.91111111 4 18 12 9.91111111 20" />
        </button>
      </nav>
      <table
        ref={grid}
        // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role -- the WAI-ARIA date grid
        role="grid"
        aria-label={caption}
        className="calendar-grid"
        onKeyDown={(event) => {
          const day = (event.target as HTMLElement).closest('[data-day]')?.getAttribute('data-day')
          const next = day ? keyTarget(toDate(day), event) : undefined
          if (!next) return
          event.preventDefault()
          moveTo(next)
        }}
      >
        <thead>
          <tr>
            {WEEKDAYS.map(({ name, abbr }) => (
              <th key={name} scope="col" aria-label={name} className="calendar-weekday">
                {abbr}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[0, 1, 2, 3, 4, 5].map((week) => (
            <tr key={week}>
              {days.slice(week * 7, week * 7 + 7).map((date) => {
                const day = toDay(date)
                const selected = day === value
                const label = `${day === today ? 'Today, ' : ''}${dayLabel(date)}${selected ? ', selected' : ''}`
                return (
                  <td
                    key={day}
                    // oxlint-disable-next-line jsx-a11y/no-redundant-roles -- only browsers infer it from the grid's role
                    role="gridcell"
                    className="calendar-day"
                    data-day={day}
                    data-outside={inMonth(day) ? undefined : ''}
                    aria-selected={selected || undefined}
                    aria-current={day === today ? 'date' : undefined}
                  >
                    <button type="button" tabIndex={day === tabbable ? 0 : -1} aria-label={label} onFocus={() => setFocused(day)} onClick={() => onSelect(day)}>
                      {date.getDate()}
                    </button>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

const Chevron = ({ points }: { points: string }) => (
  <svg className="calendar-chevron" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <polygon points={points} />
  </svg>
)
