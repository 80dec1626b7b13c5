import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test, vi } from 'vitest'
import { DateFormatProvider } from '../../../components/date-time'
import { ACTIVITY_CHART_HOURS, type ActivityEvent, type ActivityHour, type KeyActivity } from '../../../contract/activity'
import { jsonResponse } from '../../../test/api-fixtures'
import { KeyActivityPanel } from './key-activity-panel'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const CUSTOMER = '216196257331281920'
const KEY = { id: '580619145501874225', name: 'grafana-dashboards' }
/** 2026-12-03 13:20 UTC on the tenant's clock: the chart's hours run from Nov 26 14:00 to Dec 3 13:00. */
const NOW = Date.UTC(2026, 11, 3, 13, 20) / 1000
const FIRST_HOUR = Date.UTC(2026, 10, 26, 14) / 1000

/** Each hour 2 succeeded; 1 refused at 03:00 every day; 5 rate-limited in the last hour. */
const busyHours: ActivityHour[] = Array.from({ length: ACTIVITY_CHART_HOURS }, (_, index) => {
  const start = FIRST_HOUR + index * 3600
  return { start: String(start), succeeded: 2, denied: new Date(start * 1000).getUTCHours() === 3 ? 1 : 0, limited: index === ACTIVITY_CHART_HOURS - 1 ? 5 : 0 }
})
const quietHours = busyHours.map((hour) => ({ ...hour, succeeded: 0, denied: 0, limited: 0 }))

const event = (overrides: Partial<ActivityEvent> & Pick<ActivityEvent, 'id' | 'time' | 'action' | 'actor'>): ActivityEvent => ({
  product: 'zdx',
  keyId: KEY.id,
  keyName: KEY.name,
  before: null,
  after: null,
  ...overrides,
})
const events: ActivityEvent[] = [
  event({ id: '4', time: String(NOW - 60), action: 'signIn', actor: { kind: 'client', address: '203.0.113.7' } }),
  event({ id: '3', time: String(NOW - 3600), action: 'update', actor: { kind: 'admin', id: '216196257331281921', name: 'demo-admin' }, before: { name: 'grafana', enabled: true }, after: { name: 'grafana-dashboards', enabled: false } }),
  event({ id: '1', time: String(NOW - 86_400), action: 'create', actor: { kind: 'admin', id: '216196257331281921', name: 'demo-admin' }, after: { name: 'grafana' } }),
]

const activityOf = (hours: ActivityHour[], overrides: Partial<KeyActivity> = {}): KeyActivity => ({
  keyId: KEY.id,
  keyName: KEY.name,
  product: 'zdx',
  now: String(NOW),
  lastUsedTime: String(NOW - 60),
  hours,
  events,
  ...overrides,
})

/** The panel over a stubbed API whose activity answers are `answers`, one per request (the last one repeats). */
function renderPanel(...answers: (() => Response | Promise<Response>)[]) {
  const requests: string[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requests.push(url)
      return (answers[requests.length - 1] ?? answers.at(-1)!)()
    }),
  )
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <DateFormatProvider locale="en-US" timeZone="UTC">
        <KeyActivityPanel scope={{ product: 'zdx', customerId: CUSTOMER }} apiKey={KEY} onClose={() => {}} returnFocus={() => {}} />
      </DateFormatProvider>
    </QueryClientProvider>,
  )
  return { requests, panel: screen.getByRole('dialog', { name: 'grafana-dashboards Activity' }) }
}

test('the panel is named after its key and asks the product\'s activity endpoint; it says it is loading until the answer', async () => {
  let answer: ((response: Response) => void) | undefined
  const answered = new Promise<Response>((resolve) => (answer = resolve))
  const { requests, panel } = renderPanel(() => answered)
  expect(requests).toEqual([`/zdx/v1/admin/customers/${CUSTOMER}/apiKeys/${KEY.id}/activity`])
  expect(within(panel).getByRole('status').textContent).toBe('Loading activity…')
  answer?.(jsonResponse(200, activityOf(busyHours)))
  await within(panel).findByRole('img', { name: /^API calls per hour, last 7 days/ })
  expect(within(panel).getByRole('status').textContent).toBe('')
})

test('the chart is named by its totals, its legend gives them, and its data table has the same numbers by day', async () => {
  const { panel } = renderPanel(() => jsonResponse(200, activityOf(busyHours)))
  const chart = await within(panel).findByRole('img', { name: /^API calls/ })
  // 168 hours × 2, one refusal a day at 03:00 (7 of them), 5 rate-limited.
  expect(chart.getAttribute('aria-labelledby') && document.getElementById(chart.getAttribute('aria-labelledby')!)?.textContent).toBe(
    'API calls per hour, last 7 days: 348 in all, 336 succeeded, 7 refused (401/403), 5 rate-limited (429)',
  )
  expect(within(panel).getByRole('list', { name: 'Legend and totals' }).textContent).toBe('Succeeded 336401/403 7429 5Total 348')

  const table = within(panel).getByRole('table', { name: 'API calls per day, last 7 days' })
  const rows = within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
  expect(rows).toEqual([
    ['Day', 'Succeeded', '401/403', '429', 'Total'],
    // The first and last days are partial: 10 hours from 14:00, 14 hours to 13:00 (UTC, the admin's zone).
    ['Thu, Nov 26', '20', '0', '0', '20'],
    ['Fri, Nov 27', '48', '1', '0', '49'],
    ['Sat, Nov 28', '48', '1', '0', '49'],
    ['Sun, Nov 29', '48', '1', '0', '49'],
    ['Mon, Nov 30', '48', '1', '0', '49'],
    ['Tue, Dec 1', '48', '1', '0', '49'],
    ['Wed, Dec 2', '48', '1', '0', '49'],
    ['Thu, Dec 3', '28', '1', '5', '34'],
    ['All 7 days', '336', '7', '5', '348'],
  ])
})

test('the key\'s events, newest first: what happened, when, by whom or from where, on which product; an edit says what changed', async () => {
  const { panel } = renderPanel(() => jsonResponse(200, activityOf(busyHours)))
  const list = await within(panel).findByRole('list', { name: 'Events, newest first' })
  const items = within(list).getAllByRole('listitem', { name: undefined }).filter((item) => item.parentElement === list)
  expect(items.map((item) => item.textContent)).toEqual([
    'Signed inDec 3, 2026, 1:19 PMfrom 203.0.113.7 · Digital Experience',
    'EditedDec 3, 2026, 12:20 PMby demo-admin · Digital ExperienceName: grafana → grafana-dashboardsStatus: Enabled → Disabled',
    'CreatedDec 2, 2026, 1:20 PMby demo-admin · Digital Experience',
  ])
})

test('a key with no calls in the 7 days says so instead of a chart; its events still show', async () => {
  const { panel } = renderPanel(() => jsonResponse(200, activityOf(quietHours, { lastUsedTime: null })))
  expect(await within(panel).findByText('No API calls in the last 7 days')).toBeTruthy()
  expect(within(panel).queryByRole('img')).toBeNull()
  expect(within(panel).queryByRole('table')).toBeNull()
  expect(within(panel).getByText(/Never used/)).toBeTruthy()
  expect(within(panel).getAllByRole('listitem').length).toBeGreaterThan(0)
})

test('a failed load says why and offers Try Again, which loads the activity', async () => {
  const user = userEvent.setup()
  const { panel, requests } = renderPanel(
    () => jsonResponse(500, { id: 'internal.error', reason: 'The activity store is unavailable' }),
    () => jsonResponse(200, activityOf(busyHours)),
  )
  const alert = await within(panel).findByRole('alert')
  expect(alert.textContent).toContain('The activity could not be loaded. The activity store is unavailable (500)')
  await user.click(within(alert).getByRole('button', { name: 'Try Again' }))
  await within(panel).findByRole('img', { name: /^API calls/ })
  expect(within(panel).queryByRole('alert')).toBeNull()
  expect(requests).toHaveLength(2)
})

test('Refresh asks again and shows the new numbers; a failed refresh keeps the numbers and says they are from before', async () => {
  const user = userEvent.setup()
  const more = busyHours.map((hour, index) => (index === 0 ? { ...hour, succeeded: 102 } : hour))
  const { panel, requests } = renderPanel(
    () => jsonResponse(200, activityOf(busyHours)),
    () => jsonResponse(200, activityOf(more)),
    () => jsonResponse(503, { id: 'unavailable', reason: 'Try later' }),
  )
  await within(panel).findByRole('img', { name: /348 in all/ })
  await user.click(within(panel).getByRole('button', { name: 'Refresh' }))
  await within(panel).findByRole('img', { name: /448 in all/ })
  await user.click(within(panel).getByRole('button', { name: 'Refresh' }))
  await waitFor(() => expect(within(panel).getByRole('alert').textContent).toContain('The activity could not be refreshed: it is shown as it was.'))
  expect(within(panel).getByRole('img', { name: /448 in all/ })).toBeTruthy()
  expect(requests).toHaveLength(3)
})
