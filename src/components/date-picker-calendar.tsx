import { Popover } from 'radix-ui'
import type { RefObject } from 'react'
import { DayPicker } from 'react-day-picker'
import './date-picker-calendar.css'

/** yyyy-mm-dd → that day's local midnight, as the calendar counts days. */
const toDate = (day: string) => {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year, month - 1, date)
}
const toDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

interface DatePickerPopoverProps {
  /** The field's button: the popover sits under it, leaves it alone when it is pressed, and gives it focus back. */
  trigger: RefObject<HTMLButtonElement | null>
  value: string
  openingMonth?: string
  onSelect: (day: string) => void
  onClose: () => void
}

/**
 * The date picker's open part, loaded on first use (date-picker.tsx): a Radix popover anchored to the field's button
 * with react-day-picker's calendar in it. Esc or a press outside closes it; focus returns to the button.
 */
export function DatePickerPopover({ trigger, value, openingMonth, onSelect, onClose }: DatePickerPopoverProps) {
  const selected = value ? toDate(value) : undefined
  return (
    <Popover.Root open onOpenChange={(open) => open || onClose()}>
      <Popover.Anchor virtualRef={trigger} />
      <Popover.Portal>
        <Popover.Content
          className="date-picker-content"
          align="start"
          sideOffset={4}
          aria-label="Choose a date"
          // The calendar puts focus on the chosen day (or today) itself.
          onOpenAutoFocus={(event) => event.preventDefault()}
          onCloseAutoFocus={(event) => {
            event.preventDefault()
            trigger.current?.focus()
          }}
          // A press on the field's own button toggles the popover there, not here as well.
          onInteractOutside={(event) => {
            if (trigger.current?.contains(event.target as Node)) event.preventDefault()
          }}
        >
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
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
