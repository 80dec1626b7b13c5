import { useEffect, useRef, type RefObject } from 'react'
import { DayPicker } from 'react-day-picker'
import './date-picker-calendar.css'
import { useAnchoredPopup } from './popups'

/** yyyy-mm-dd → that day's local midnight, as the calendar counts days. */
const toDate = (day: string) => {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year, month - 1, date)
}
const toDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

interface DatePickerCalendarProps {
  value: string
  openingMonth?: string
  onSelect: (day: string) => void
}

export interface DatePickerPopupProps extends DatePickerCalendarProps {
  trigger: RefObject<HTMLButtonElement | null>
  onClose: (reason?: 'escape' | 'outside') => void
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

/** The calendar of the date picker's popover. */
function DatePickerCalendar({ value, openingMonth, onSelect }: DatePickerCalendarProps) {
  const selected = value ? toDate(value) : undefined
  return (
    <DayPicker
      mode="single"
      required
      selected={selected}
      onSelect={(date) => onSelect(toDay(date))}
      defaultMonth={selected ?? (openingMonth ? toDate(openingMonth) : undefined)}
      // oxlint-disable-next-line jsx-a11y/no-autofocus -- the popover opens to its chosen day, or today
      autoFocus
      showOutsideDays
      fixedWeeks
    />
  )
}
