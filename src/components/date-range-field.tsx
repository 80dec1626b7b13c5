import { useId } from 'react'
import { DatePicker } from './date-picker'

interface DateRangeFieldProps {
  /** The range's name ("Creation Date"), and each day's ("Created from", "Created to"). */
  legend: string
  dayLabels: readonly [string, string]
  /** yyyy-mm-dd days, '' for none. */
  from: string
  to: string
  onFromChange: (day: string) => void
  onToChange: (day: string) => void
  /** The range ends before it starts: both days say so, and a message over the legend's line. */
  inverted: boolean
}

/** A filter bar's inclusive range of days: two date pickers under one legend, each calendar opening at the other's month. */
export function DateRangeField({ legend, dayLabels: [fromLabel, toLabel], from, to, onFromChange, onToChange, inverted }: DateRangeFieldProps) {
  const id = useId()
  const invalid = { 'aria-invalid': inverted || undefined, 'aria-describedby': inverted ? `${id}-error` : undefined }
  return (
    <fieldset className="filter-field filter-dates">
      <legend>{legend}</legend>
      <label htmlFor={`${id}-from`} className="visually-hidden">
        {fromLabel}
      </label>
      <DatePicker id={`${id}-from`} label={fromLabel} placeholder="From" value={from} openingMonth={to || undefined} onValueChange={onFromChange} {...invalid} />
      <span aria-hidden="true">–</span>
      <label htmlFor={`${id}-to`} className="visually-hidden">
        {toLabel}
      </label>
      <DatePicker id={`${id}-to`} label={toLabel} placeholder="To" value={to} openingMonth={from || undefined} onValueChange={onToChange} {...invalid} />
      {/* Over the legend's line, beside its name: appearing, it moves no other field. */}
      {inverted && (
        <span id={`${id}-error`} className="filter-date-error" role="alert">
          Start date is after end date
        </span>
      )}
    </fieldset>
  )
}
