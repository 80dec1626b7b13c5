import { lazy, Suspense, useCallback, useRef, useState } from 'react'
import './date-picker.css'
import { useEscapeCloses } from './use-escape-closes'

// The open calendar (its popover and month grid) is not needed to show a page: it loads on first
// open, or as the pointer or focus comes to a trigger, which is usually early enough for it to open at once.
const loadCalendar = () => import('./date-picker-calendar')
const preloadCalendar = () => void loadCalendar().catch(() => undefined)
const CalendarPopup = lazy(() =>
  loadCalendar().then(
    (module) => ({ default: module.DatePickerPopup }),
    () => ({ default: CalendarUnavailable }),
  ),
)

interface DatePickerProps {
  /** The trigger's id: the visible `<label htmlFor>` names the control with it. */
  id: string
  /** The chosen day as yyyy-mm-dd, or '' for none. */
  value: string
  onValueChange: (value: string) => void
  /** The field's name as its label says it: the remove button is "Remove {label}". */
  label: string
  placeholder?: string
  /** The month (yyyy-mm-dd in it) the calendar opens on while no day is chosen; today's by default. */
  openingMonth?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })
/** "Jan 5, 2025" for 2025-01-05: the same on the server and in the browser, whatever their time zones. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number)
  return dayFormat.format(Date.UTC(year, month - 1, date))
}

/**
 * A day field: a button showing the chosen day (or the placeholder) that opens a calendar in a popover.
 * Enter, Space or ↓ opens it; arrows move by day, Page Up/Down by month, Enter chooses; Esc closes and focus
 * returns to the button. Delete, Backspace or the × button removes the day.
 */
export function DatePicker({ id, value, onValueChange, label, placeholder = 'Select a date', openingMonth, ...aria }: DatePickerProps) {
  const [open, setOpen] = useState(false)
  const trigger = useRef<HTMLButtonElement>(null)
  const close = useCallback((reason?: 'escape' | 'outside' | 'chosen') => {
    setOpen(false)
    // A press outside puts the focus where it pressed; otherwise it comes back to the field.
    if (reason !== 'outside') trigger.current?.focus()
  }, [])
  const leave = useCallback(() => setOpen(false), [])
  useEscapeCloses(open, useCallback(() => close('escape'), [close]))
  return (
    <span className="date-picker">
      <button
        type="button"
        ref={trigger}
        id={id}
        className="date-picker-trigger"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-placeholder={value === '' ? '' : undefined}
        onPointerEnter={preloadCalendar}
        onFocus={preloadCalendar}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault()
            setOpen(true)
          } else if ((event.key === 'Delete' || event.key === 'Backspace') && value !== '') {
            event.preventDefault()
            onValueChange('')
          }
        }}
        {...aria}
      >
        <span className="date-picker-value">{value === '' ? placeholder : formatDay(value)}</span>
        {value === '' && <CalendarIcon />}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CalendarPopup
            trigger={trigger}
            onClose={close}
            onLeave={leave}
            value={value}
            openingMonth={openingMonth}
            onSelect={(day) => {
              onValueChange(day)
              close('chosen')
            }}
          />
        </Suspense>
      )}
      {value !== '' && (
        <button
          type="button"
          className="date-picker-clear"
          onClick={() => {
            onValueChange('')
            // The button goes with the day: focus stays in the field rather than falling to the page.
            trigger.current?.focus()
          }}
        >
          <span aria-hidden="true">×</span>
          {/* Text, not aria-label: the label's words must name only the field itself. */}
          <span className="date-picker-sr-only">Remove {label}</span>
        </button>
      )}
    </span>
  )
}

/** In place of the popover when its code could not be loaded. */
function CalendarUnavailable() {
  return (
    <p className="date-picker-loading" role="alert">
      The calendar could not be loaded. Reload the page to try again.
    </p>
  )
}

const CalendarIcon = () => (
  <svg className="date-picker-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
    <rect x="1.5" y="2.5" width="11" height="10" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
    <path d="M1.5 5.5h11M4.5 1v3M9.5 1v3" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" />
  </svg>
)
