import { DayPicker } from 'react-day-picker'
import './date-picker-calendar.css'

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

/** The date picker's popover body, loaded on first use (date-picker.tsx). */
export function DatePickerCalendar({ value, openingMonth, onSelect }: DatePickerCalendarProps) {
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
