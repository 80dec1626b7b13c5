import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { DatePickerCalendar } from './date-picker-calendar'

// Today is Wednesday, June 18th, 2025 (only Date is faked: user-event keeps its timers).
beforeEach(() => vi.useFakeTimers({ now: new Date(2025, 5, 18, 10), toFake: ['Date'] }))
afterEach(() => vi.useRealTimers())

function renderCalendar(value = '', openingMonth?: string) {
  const chosen: string[] = []
  render(<DatePickerCalendar value={value} openingMonth={openingMonth} onSelect={(day) => chosen.push(day)} />)
  return { chosen, user: userEvent.setup() }
}

const grid = () => screen.getByRole('grid')
const focusedDay = () => document.activeElement?.closest('[data-day]')?.getAttribute('data-day')
const tabbableDays = () => [...grid().querySelectorAll('[data-day]:has(button[tabindex="0"])')].map((cell) => cell.getAttribute('data-day'))

test('a month shows six weeks from Sunday with the days around it, each named by its full date', () => {
  renderCalendar('2025-06-02')
  expect(screen.getByRole('status').textContent).toBe('June 2025')
  expect(grid().getAttribute('aria-label')).toBe('June 2025')
  const headers = within(grid()).getAllByRole('columnheader')
  expect(headers.map((header) => header.getAttribute('aria-label'))).toEqual(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'])
  expect(headers.map((header) => header.textContent)).toEqual(['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'])

  const rows = within(grid()).getAllByRole('row').slice(1)
  expect(rows).toHaveLength(6)
  const cells = within(grid()).getAllByRole('gridcell')
  expect(cells).toHaveLength(42)
  expect(cells[0].getAttribute('data-day')).toBe('2025-06-01')
  expect(cells[41].getAttribute('data-day')).toBe('2025-07-12')
  expect(cells.filter((cell) => cell.hasAttribute('data-outside')).map((cell) => cell.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'])

  expect(screen.getByRole('button', { name: 'Sunday, June 1st, 2025' }).textContent).toBe('1')
  expect(screen.getByRole('button', { name: 'Tuesday, June 3rd, 2025' }).textContent).toBe('3')
  expect(screen.getByRole('button', { name: 'Wednesday, June 11th, 2025' }).textContent).toBe('11')
  expect(screen.getByRole('button', { name: 'Saturday, June 21st, 2025' }).textContent).toBe('21')
  expect(screen.getByRole('button', { name: 'Tuesday, July 1st, 2025' }).textContent).toBe('1')
})

test('the chosen day is selected and today is marked, each in its name too', () => {
  renderCalendar('2025-06-02')
  const chosen = screen.getByRole('button', { name: 'Monday, June 2nd, 2025, selected' })
  expect(chosen.closest('td')!.getAttribute('aria-selected')).toBe('true')
  expect(grid().querySelectorAll('[aria-selected="true"]')).toHaveLength(1)
  const today = screen.getByRole('button', { name: 'Today, Wednesday, June 18th, 2025' })
  expect(today.closest('td')!.getAttribute('aria-current')).toBe('date')
  expect(grid().querySelectorAll('[aria-current]')).toHaveLength(1)
})

test('it opens with focus on the chosen day, the only one in the tab order', () => {
  renderCalendar('2025-01-30')
  expect(grid().getAttribute('aria-label')).toBe('January 2025')
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Thursday, January 30th, 2025, selected' }))
  expect(tabbableDays()).toEqual(['2025-01-30'])
})

test('with no day chosen it opens on today, or on the first day of another opening month', () => {
  renderCalendar()
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Today, Wednesday, June 18th, 2025' }))
  expect(tabbableDays()).toEqual(['2025-06-18'])
  cleanup()

  renderCalendar('', '2024-03-15')
  expect(grid().getAttribute('aria-label')).toBe('March 2024')
  expect(focusedDay()).toBe('2024-03-01')
  expect(tabbableDays()).toEqual(['2024-03-01'])
})

test('arrows move by day and week, Home and End to the week’s ends; the tab stop follows', async () => {
  const { user } = renderCalendar()
  const steps: [string, string][] = [
    ['{ArrowRight}', '2025-06-19'],
    ['{ArrowLeft}', '2025-06-18'],
    ['{ArrowDown}', '2025-06-25'],
    ['{ArrowUp}', '2025-06-18'],
    ['{Home}', '2025-06-15'],
    ['{End}', '2025-06-21'],
  ]
  for (const [key, day] of steps) {
    await user.keyboard(key)
    expect([key, focusedDay()]).toEqual([key, day])
    expect(tabbableDays()).toEqual([day])
  }
  expect(grid().getAttribute('aria-label')).toBe('June 2025')
})

test('Page Up/Down move by month and, with Shift, by year, showing the month of the focused day', async () => {
  const { user } = renderCalendar('2025-01-31')
  await user.keyboard('{PageDown}')
  // February is shorter: its last day.
  expect(focusedDay()).toBe('2025-02-28')
  expect(grid().getAttribute('aria-label')).toBe('February 2025')
  await user.keyboard('{PageUp}')
  expect(focusedDay()).toBe('2025-01-28')
  expect(grid().getAttribute('aria-label')).toBe('January 2025')
  await user.keyboard('{Shift>}{PageDown}{/Shift}')
  expect(focusedDay()).toBe('2026-01-28')
  expect(screen.getByRole('status').textContent).toBe('January 2026')
  await user.keyboard('{Shift>}{PageUp}{PageUp}{/Shift}')
  expect(focusedDay()).toBe('2024-01-28')
  expect(grid().getAttribute('aria-label')).toBe('January 2024')
  expect(tabbableDays()).toEqual(['2024-01-28'])
})

test('moving across a month’s edge shows the next month, or the one before', async () => {
  const { user } = renderCalendar('2025-06-30')
  await user.keyboard('{ArrowRight}')
  expect(focusedDay()).toBe('2025-07-01')
  expect(grid().getAttribute('aria-label')).toBe('July 2025')
  expect(grid().querySelector('[data-day="2025-07-01"]')!.hasAttribute('data-outside')).toBe(false)
  await user.keyboard('{ArrowUp}')
  expect(focusedDay()).toBe('2025-06-24')
  expect(grid().getAttribute('aria-label')).toBe('June 2025')
})

test('Enter or Space chooses the focused day', async () => {
  const { chosen, user } = renderCalendar('2025-06-02')
  await user.keyboard('{ArrowRight}{Enter}')
  expect(chosen).toEqual(['2025-06-03'])
  await user.keyboard('{PageDown} ')
  expect(chosen).toEqual(['2025-06-03', '2025-07-03'])
})

test('a press on a day chooses it, the chosen one and the days around the month too', async () => {
  const { chosen, user } = renderCalendar('2025-06-02')
  await user.click(screen.getByRole('button', { name: 'Friday, June 13th, 2025' }))
  await user.click(screen.getByRole('button', { name: 'Monday, June 2nd, 2025, selected' }))
  await user.click(screen.getByRole('button', { name: 'Saturday, July 12th, 2025' }))
  expect(chosen).toEqual(['2025-06-13', '2025-06-02', '2025-07-12'])
})

test('the month buttons show the month before or after, leaving focus on the button', async () => {
  const { chosen, user } = renderCalendar('2025-06-02')
  const next = screen.getByRole('button', { name: 'Go to the Next Month' })
  await user.click(next)
  expect(grid().getAttribute('aria-label')).toBe('July 2025')
  expect(screen.getByRole('status').textContent).toBe('July 2025')
  expect(document.activeElement).toBe(next)
  // Neither the chosen day nor today is in July: its first day takes the tab stop.
  expect(tabbableDays()).toEqual(['2025-07-01'])
  await user.click(next)
  expect(grid().getAttribute('aria-label')).toBe('August 2025')
  const previous = screen.getByRole('button', { name: 'Go to the Previous Month' })
  await user.click(previous)
  await user.click(previous)
  await user.click(previous)
  expect(grid().getAttribute('aria-label')).toBe('May 2025')
  await user.click(screen.getByRole('button', { name: 'Tuesday, May 20th, 2025' }))
  expect(chosen).toEqual(['2025-05-20'])
})
