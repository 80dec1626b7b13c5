import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useId, useState } from 'react'
import { renderToString } from 'react-dom/server'
import { expect, test } from 'vitest'
import { DatePicker } from './date-picker'
import { Select } from './select'

const STATUSES = [
  { value: 'enabled', label: 'Enabled' },
  { value: 'disabled', label: 'Disabled' },
] as const

const noChange = () => {}

function LabelledSelect({ initial = '' as string, onChange = noChange }: { initial?: string; onChange?: (value: string) => void }) {
  const id = useId()
  const [value, setValue] = useState(initial)
  return (
    <>
      <label htmlFor={id}>Status</label>
      <Select
        id={id}
        value={value}
        onValueChange={(next) => {
          setValue(next)
          onChange(next)
        }}
        options={STATUSES}
        emptyLabel="Any"
      />
    </>
  )
}

test('a Select is a combobox named by its visible label, showing the chosen label', () => {
  render(<LabelledSelect initial="disabled" />)
  const trigger = screen.getByLabelText('Status')
  expect(trigger.getAttribute('role')).toBe('combobox')
  expect(screen.getByRole('combobox', { name: 'Status' })).toBe(trigger)
  expect(trigger.textContent).toBe('Disabled')
})

test("the server's HTML already shows the chosen label, and the empty choice's", () => {
  expect(renderToString(<LabelledSelect initial="disabled" />)).toContain('>Disabled<')
  expect(renderToString(<LabelledSelect />)).toContain('>Any<')
})

test('the keyboard opens the list, moves through it and chooses', async () => {
  const user = userEvent.setup()
  const chosen: string[] = []
  render(<LabelledSelect onChange={(value) => chosen.push(value)} />)
  const trigger = screen.getByRole('combobox', { name: 'Status' })
  trigger.focus()
  await user.keyboard('{Enter}')
  const listbox = await screen.findByRole('listbox')
  expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Any', 'Enabled', 'Disabled'])
  await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
  expect(chosen).toEqual(['disabled'])
  expect(screen.queryByRole('listbox')).toBeNull()
  expect(trigger.textContent).toBe('Disabled')
  expect(document.activeElement).toBe(trigger)

  // "Any" travels as '' again.
  await user.keyboard('{Enter}')
  await screen.findByRole('listbox')
  await user.keyboard('{Home}{Enter}')
  expect(chosen).toEqual(['disabled', ''])
})

function LabelledDatePicker({ initial = '', onChange = noChange }: { initial?: string; onChange?: (value: string) => void }) {
  const id = useId()
  const [value, setValue] = useState(initial)
  return (
    <>
      <label htmlFor={id}>Created from</label>
      <DatePicker
        id={id}
        label="Created from"
        value={value}
        onValueChange={(next) => {
          setValue(next)
          onChange(next)
        }}
      />
    </>
  )
}

test('the date picker takes a yyyy-mm-dd day and gives one back, chosen with the keyboard', async () => {
  const user = userEvent.setup()
  const chosen: string[] = []
  render(<LabelledDatePicker initial="2025-01-30" onChange={(day) => chosen.push(day)} />)
  const trigger = screen.getByLabelText('Created from')
  expect(trigger.textContent).toBe('Jan 30, 2025')
  trigger.focus()
  await user.keyboard('{Enter}')
  // The calendar arrives (it loads on first open) with focus on the chosen day.
  const day = await screen.findByRole('button', { name: /January 30th, 2025, selected/ }, { timeout: 5000 })
  await act(async () => {})
  expect(document.activeElement).toBe(day)
  // Two days on, into February: the calendar follows.
  await user.keyboard('{ArrowRight}{ArrowRight}{Enter}')
  expect(chosen).toEqual(['2025-02-01'])
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(document.activeElement).toBe(trigger)
  expect(trigger.textContent).toBe('Feb 1, 2025')

  // Esc closes without choosing, and focus comes back.
  await user.keyboard('{Enter}')
  await screen.findByRole('grid')
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('grid')).toBeNull()
  expect(document.activeElement).toBe(trigger)

  // The remove button empties the field.
  await user.click(screen.getByRole('button', { name: 'Remove Created from' }))
  expect(chosen).toEqual(['2025-02-01', ''])
  expect(trigger.textContent).toBe('Select a date')
  expect(screen.queryByRole('button', { name: 'Remove Created from' })).toBeNull()
})
