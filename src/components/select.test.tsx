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

test('typed letters jump to an option, disabled options are passed over, Tab takes the highlighted one', async () => {
  const user = userEvent.setup()
  const chosen: string[] = []
  const id = 'role'
  function Roles() {
    const [value, setValue] = useState('')
    return (
      <>
        <label htmlFor={id}>Role</label>
        <Select
          id={id}
          value={value}
          placeholder="Select a role"
          onValueChange={(next) => {
            setValue(next)
            chosen.push(next)
          }}
          options={[
            { value: 'admin', label: 'Administrator' },
            { value: 'audit', label: 'Auditor', disabled: true },
            { value: 'read', label: 'Read Only' },
            { value: 'reader', label: 'Reader' },
          ]}
        />
        <button type="button">Next</button>
      </>
    )
  }
  render(<Roles />)
  const trigger = screen.getByRole('combobox', { name: 'Role' })
  expect(trigger.textContent).toBe('Select a role')
  trigger.focus()
  // "rea" then "der" typed quickly: one word, so Reader rather than Read Only.
  await user.keyboard('reader')
  const listbox = await screen.findByRole('listbox')
  expect(trigger.getAttribute('aria-activedescendant')).toBe(within(listbox).getByRole('option', { name: 'Reader' }).id)
  // Up from Reader: Read Only; again: past the disabled Auditor to Administrator.
  await user.keyboard('{ArrowUp}{ArrowUp}')
  expect(trigger.getAttribute('aria-activedescendant')).toBe(within(listbox).getByRole('option', { name: 'Administrator' }).id)
  await user.tab()
  expect(chosen).toEqual(['admin'])
  expect(screen.queryByRole('listbox')).toBeNull()
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }))
  // A disabled option cannot be clicked into the value.
  await user.click(trigger)
  await user.click(screen.getByRole('option', { name: 'Auditor' }))
  expect(chosen).toEqual(['admin'])
})

/** A dialog's own Esc handling listens on the document in the capture phase, as Radix's does. */
const dialogEscapes: string[] = []
const onDialogKey = (event: KeyboardEvent) => {
  if (event.key === 'Escape') dialogEscapes.push('dialog')
}

test('Esc closes the list and nothing else: the dialog around it stays open', async () => {
  const user = userEvent.setup()
  document.addEventListener('keydown', onDialogKey, true)
  try {
    render(
      <div role="dialog" aria-label="Add">
        <LabelledSelect />
      </div>,
    )
    await user.click(screen.getByRole('combobox', { name: 'Status' }))
    await screen.findByRole('listbox')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('listbox')).toBeNull()
    expect(dialogEscapes).toEqual([])
    // With the list closed, Esc is the dialog's again.
    await user.keyboard('{Escape}')
    expect(dialogEscapes).toEqual(['dialog'])
  } finally {
    document.removeEventListener('keydown', onDialogKey, true)
  }
})

test('a press outside the open list closes it without choosing', async () => {
  const user = userEvent.setup()
  const chosen: string[] = []
  render(
    <>
      <LabelledSelect initial="enabled" onChange={(value) => chosen.push(value)} />
      <p>Elsewhere</p>
    </>,
  )
  await user.click(screen.getByRole('combobox', { name: 'Status' }))
  await user.keyboard('{ArrowDown}')
  await user.click(screen.getByText('Elsewhere'))
  expect(screen.queryByRole('listbox')).toBeNull()
  expect(chosen).toEqual([])
  expect(screen.getByRole('combobox', { name: 'Status' }).textContent).toBe('Enabled')
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
