import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { expect, test, vi } from 'vitest'
import { DatePicker } from './date-picker'
import { MenuButton } from './menu-button'
import { Select } from './select'

// The popups' chunk arrives slowly, as on a busy machine: Esc comes while it loads.
vi.mock('./popups', async (importOriginal) => {
  await new Promise((resolve) => setTimeout(resolve, 150))
  return importOriginal()
})

const loaded = () => import('./popups')

test('Esc while the menu’s code is still loading takes the opening back: no menu appears once it arrives', async () => {
  const user = userEvent.setup()
  const onKeyDownAround = vi.fn<() => void>()
  // A dialog around it (Radix's) hears Esc on the document.
  document.addEventListener('keydown', onKeyDownAround)
  render(<MenuButton label="Menu" icon={<svg aria-hidden="true" />} groups={[[{ label: 'Copy Customer ID', onSelect: () => {} }]]} />)
  const button = screen.getByRole('button', { name: 'Menu' })
  await user.click(button)
  expect(button.getAttribute('aria-expanded')).toBe('true')
  await user.keyboard('{Escape}')
  expect(button.getAttribute('aria-expanded')).toBe('false')
  expect(onKeyDownAround).not.toHaveBeenCalled() // the dialog around it stays open
  document.removeEventListener('keydown', onKeyDownAround)
  await loaded()
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(screen.queryByRole('menu')).toBeNull()
  expect(document.activeElement).toBe(button)
})

function Status() {
  const [value, setValue] = useState<'' | 'enabled'>('')
  return (
    <>
      <label htmlFor="status">Status</label>
      <Select id="status" value={value} onValueChange={setValue} emptyLabel="Any" options={[{ value: 'enabled', label: 'Enabled' }]} />
    </>
  )
}

test('Esc while a select’s list is still loading closes it: no list appears once it arrives', async () => {
  const user = userEvent.setup()
  render(<Status />)
  const select = screen.getByRole('combobox', { name: 'Status' })
  select.focus()
  await user.keyboard('{ArrowDown}')
  expect(select.getAttribute('aria-expanded')).toBe('true')
  await user.keyboard('{Escape}')
  expect(select.getAttribute('aria-expanded')).toBe('false')
  await loaded()
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(screen.queryByRole('listbox')).toBeNull()
})

test('Esc while a date field’s calendar is still loading closes it: no calendar appears once it arrives', async () => {
  const user = userEvent.setup()
  render(<DatePicker id="from" value="" onValueChange={() => {}} label="Created from" />)
  const field = screen.getByRole('button', { name: /Created from|Select a date/ })
  field.focus()
  await user.keyboard('{ArrowDown}')
  expect(field.getAttribute('aria-expanded')).toBe('true')
  await user.keyboard('{Escape}')
  expect(field.getAttribute('aria-expanded')).toBe('false')
  await import('./date-picker-calendar')
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(screen.queryByRole('dialog', { name: 'Choose a date' })).toBeNull()
})
