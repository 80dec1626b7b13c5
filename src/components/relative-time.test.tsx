import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { hydrateRoot } from 'react-dom/client'
import { afterEach, expect, test, vi } from 'vitest'
import { DateFormatProvider } from './date-time'
import { formatElapsed, RelativeTime, TenantClockProvider } from './relative-time'

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** 2026-12-03 13:00:00 UTC, the browser's clock; the tenant's mock clock runs an hour ahead of it. */
const BROWSER_NOW = Date.UTC(2026, 11, 3, 13, 0, 0)
const OFFSET = 3600
const tenantNow = BROWSER_NOW / 1000 + OFFSET

function LastUsed({ epochSeconds, firstViewNow = BROWSER_NOW }: { epochSeconds: string | null; firstViewNow?: number }) {
  return (
    <DateFormatProvider locale="en-US" timeZone="Europe/Berlin">
      <TenantClockProvider locale="en-US" offsetSeconds={OFFSET} firstViewNow={firstViewNow} resync={() => undefined}>
        <RelativeTime epochSeconds={epochSeconds} />
      </TenantClockProvider>
    </DateFormatProvider>
  )
}

test('a time on the tenant\'s clock reads relative to the browser\'s clock plus the tenant\'s offset, with the exact time in the admin\'s zone', () => {
  vi.useFakeTimers({ now: BROWSER_NOW })
  const { container } = render(<LastUsed epochSeconds={String(tenantNow - 5 * 60)} />)
  expect(container.querySelector('.relative-time-text')?.textContent).toBe('5 minutes ago')
  // 13:55 UTC on the tenant's clock is 14:55 in Berlin.
  expect(container.querySelector('.relative-time-exact')?.textContent).toBe(', Dec 3, 2026, 2:55 PM')
})

test('never used: "Never"', () => {
  render(<LastUsed epochSeconds={null} />)
  expect(screen.getByText('Never')).toBeTruthy()
})

test('the exact time is reached by keyboard focus as well as hover: the relative time is focusable and holds it', async () => {
  const user = userEvent.setup()
  const { container } = render(<LastUsed epochSeconds={String(tenantNow - 3 * 86_400)} />)
  await user.tab()
  const focused = document.activeElement as HTMLElement
  expect(focused.classList.contains('relative-time')).toBe(true)
  expect(focused.dataset.hint).toBe('')
  expect(focused.textContent).toMatch(/^\d+ days ago, /)
  expect(container.querySelector('.relative-time-exact time')?.getAttribute('datetime')).toBe(new Date((tenantNow - 3 * 86_400) * 1000).toISOString())
})

test('relative times: "now" under a minute, then minutes, hours, days, weeks, months, years, in the admin\'s locale', () => {
  const format = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' })
  expect(formatElapsed(format, 30)).toBe('now')
  expect(formatElapsed(format, 5 * 60 + 59)).toBe('5 minutes ago')
  expect(formatElapsed(format, 2 * 3600)).toBe('2 hours ago')
  expect(formatElapsed(format, 86_400 + 100)).toBe('yesterday')
  expect(formatElapsed(format, 3 * 86_400 + 100)).toBe('3 days ago')
  expect(formatElapsed(format, 14 * 86_400)).toBe('2 weeks ago')
  expect(formatElapsed(format, 800 * 86_400)).toBe('2 years ago')
  expect(formatElapsed(new Intl.RelativeTimeFormat('de-DE', { numeric: 'auto' }), 3 * 86_400)).toBe('vor 3 Tagen')
})

test('the text follows the clock: a minute later it says so', () => {
  vi.useFakeTimers({ now: BROWSER_NOW })
  const { container } = render(<LastUsed epochSeconds={String(tenantNow - 5 * 60)} />)
  act(() => vi.advanceTimersByTime(60_000))
  expect(container.querySelector('.relative-time-text')?.textContent).toBe('6 minutes ago')
})

test('the server\'s first view and the hydration write the same text against the first view\'s now, then the browser\'s clock takes over', async () => {
  // The server rendered 2 minutes before the browser hydrates: its "now" came with the first view's data.
  const firstViewNow = BROWSER_NOW - 2 * 60_000
  const used = String(tenantNow - 5 * 60)
  vi.useFakeTimers({ now: firstViewNow })
  const html = renderToString(<LastUsed epochSeconds={used} firstViewNow={firstViewNow} />)
  expect(html).toContain('3 minutes ago')
  vi.setSystemTime(BROWSER_NOW)
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const errors = vi.spyOn(console, 'error')
  const recoverable: unknown[] = []
  await act(async () => {
    hydrateRoot(container, <LastUsed epochSeconds={used} firstViewNow={firstViewNow} />, { onRecoverableError: (error) => recoverable.push(error) })
  })
  expect(recoverable).toEqual([])
  expect(errors).not.toHaveBeenCalled()
  expect(container.querySelector('.relative-time-text')?.textContent).toBe('5 minutes ago')
  container.remove()
})

test('between two ticks a time is never read younger than it is: two days and 3 seconds ago, 5 seconds after a tick, is "2 days ago"', () => {
  vi.useFakeTimers({ now: BROWSER_NOW + 5_000 })
  const { container } = render(<LastUsed epochSeconds={String(tenantNow + 5 - 2 * 86_400 - 3)} />)
  expect(container.querySelector('.relative-time-text')?.textContent).toBe('2 days ago')
})
