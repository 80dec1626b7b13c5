import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { NuqsTestingAdapter, type UrlUpdateEvent } from 'nuqs/adapters/testing'
import { afterEach, expect, test, vi } from 'vitest'
import type { ActivityEvent, AuditLogPage } from '../../../contract/activity'
import { jsonResponse } from '../../../test/api-fixtures'
import { choose, optionsOf } from '../../../test/choose'
import { AuditLogsTable } from './audit-logs-table'

afterEach(() => vi.unstubAllGlobals())

const admin = { kind: 'admin', id: '216196257331282437', name: 'jane.doe@example.com' } as const

/** An entry as GET /portal/auditLogs lists it. */
const entry = (overrides: Partial<ActivityEvent>): ActivityEvent => ({
  id: '900000000000000001',
  time: '1767225600',
  product: 'zpa',
  action: 'update',
  keyId: '145283994705985775',
  keyName: 'siem-export',
  microtenantId: '0',
  microtenantName: 'Default',
  actor: admin,
  before: { name: 'siem-export', enabled: true },
  after: { name: 'siem-export-2', enabled: false },
  ...overrides,
})
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent)
const page = (list: ActivityEvent[], totalCount = list.length): AuditLogPage => ({ totalCount: String(totalCount), totalPages: String(Math.ceil(totalCount / 20)), list })

/** The table at a URL, its requests answered by `answer`; what it writes to the URL and asks the server is recorded. */
function renderTable(search: string, answer: (url: URL) => Response | Promise<Response> = () => jsonResponse(200, page([entry({})]))) {
  const requests: URL[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://console')
      if (url.pathname === '/portal/auditLogs/admins') return jsonResponse(200, [admin, { kind: 'admin', id: '2', name: 'ops@example.com' }, { kind: 'client', address: '192.0.2.44' }])
      requests.push(url)
      return answer(url)
    }),
  )
  const urls: URLSearchParams[] = []
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <NuqsTestingAdapter searchParams={search} onUrlUpdate={(event: UrlUpdateEvent) => urls.push(event.searchParams)} hasMemory>
        <AuditLogsTable timeZone="Europe/Berlin" />
      </NuqsTestingAdapter>
    </QueryClientProvider>,
  )
  const lastRequest = () => Object.fromEntries(requests.at(-1)!.searchParams)
  return { requests, urls, lastRequest, lastUrl: () => urls.at(-1)?.toString() }
}

test('the URL names the view: filters, page and rows per page become the request; refused values are dropped', async () => {
  const { lastRequest } = renderTable('?action=unlock&product=zcc&admin=jane.doe%40example.com&page=2&pageSize=50&from=2026-01-01&to=2026-01-31&sortBy=time')
  await screen.findByText('siem-export-2', { exact: false })
  // Days are the admin's (Berlin, UTC+1 in January): from its first second to its last, inclusive.
  expect(lastRequest()).toEqual({
    page: '2',
    pagesize: '50',
    action: 'unlock',
    product: 'zcc',
    admin: 'jane.doe@example.com',
    from: String(Date.UTC(2025, 11, 31, 23) / 1000),
    to: String(Date.UTC(2026, 0, 31, 23) / 1000 - 1),
  })
})

test('values the parsers refuse leave the view at its defaults', async () => {
  const { lastRequest } = renderTable('?action=lock&product=zia&from=2026-02-30&to=2026-13-01&admin=&page=0&pageSize=37')
  await screen.findByText('siem-export-2', { exact: false })
  expect(lastRequest()).toEqual({ page: '1', pagesize: '20' })
})

test('a chosen action or product applies at once on page 1 and goes into the URL; Clear and Reset empty it', async () => {
  const user = userEvent.setup()
  const { lastRequest, lastUrl } = renderTable('?page=3&pageSize=100')
  await screen.findByText('siem-export-2', { exact: false })

  await choose(user, 'Action', 'Delete')
  await waitFor(() => expect(lastUrl()).toBe('pageSize=100&action=delete'))
  expect(lastRequest()).toMatchObject({ page: '1', pagesize: '100', action: 'delete' })
  await choose(user, 'Product', 'Client Connector')
  await waitFor(() => expect(lastUrl()).toBe('pageSize=100&action=delete&product=zcc'))
  await choose(user, 'Admin', 'ops@example.com')
  await waitFor(() => expect(lastRequest()).toMatchObject({ admin: 'ops@example.com', action: 'delete', product: 'zcc' }))

  // The exports carry the same filters.
  const csv = screen.getByRole('link', { name: 'Export CSV' })
  expect(new URL(csv.getAttribute('href')!, 'http://console').searchParams.toString()).toBe('format=csv&admin=ops%40example.com&action=delete&product=zcc')
  expect(screen.getByRole('link', { name: 'Export JSON' }).getAttribute('href')).toContain('format=json&')

  await user.click(screen.getByRole('button', { name: 'Clear' }))
  await waitFor(() => expect(lastUrl()).toBe('pageSize=100'))
  expect(screen.getByLabelText('Action').textContent).toBe('Any')
  // Reset also forgets the rows per page: the log's first view.
  await user.click(screen.getByRole('button', { name: 'Reset' }))
  await waitFor(() => expect(lastUrl()).toBe(''))
  expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull()
})

test('the Admin filter offers the API clients beside the admins, named as automation, and filters by the client’s address', async () => {
  const user = userEvent.setup()
  const { lastRequest } = renderTable('', () => jsonResponse(200, page([entry({ actor: { kind: 'client', address: '192.0.2.44' } })])))
  // The column names the client as the filter does.
  await screen.findByText('API client 192.0.2.44', { selector: 'td *' })
  await waitFor(async () => expect(await optionsOf(user, 'Admin')).toEqual(['Any', 'jane.doe@example.com', 'ops@example.com', 'API client 192.0.2.44']))
  await choose(user, 'Admin', 'API client 192.0.2.44')
  await waitFor(() => expect(lastRequest()).toMatchObject({ admin: '192.0.2.44' }))
  expect(screen.getByLabelText('Admin').textContent).toBe('API client 192.0.2.44')
})

test('a range that ends before it starts says so and is not applied', async () => {
  const { lastRequest } = renderTable('?from=2026-02-01&to=2026-01-01')
  await screen.findByText('siem-export-2', { exact: false })
  // From a link, too: the fields say so, and the request leaves the range out (the server would refuse it).
  expect(screen.getByRole('alert').textContent).toBe('Start date is after end date')
  expect(screen.getByLabelText('Time from').getAttribute('aria-invalid')).toBe('true')
  expect(lastRequest()).toEqual({ page: '1', pagesize: '20' })
})

test('Before and After show the changed values as field: value lines, named as the key pages name them; a creation has no Before and a deletion no After', async () => {
  renderTable('', () =>
    jsonResponse(
      200,
      page([
        entry({ id: '3', action: 'delete', before: { name: 'old-key', role: 'READ' }, after: null, product: 'zcc', microtenantId: undefined, microtenantName: undefined, keyName: 'old-key' }),
        entry({ id: '2', time: '1767225645', before: { enabled: true, tokenExpiryTimeInSec: '3600', roleId: '28', roleName: 'API Full Access' }, after: { enabled: false, tokenExpiryTimeInSec: '900', roleId: '29', roleName: 'API Read Only' } }),
        entry({ id: '1', action: 'create', before: null, after: { name: 'siem-export', isLocked: false, description: null, roleId: '30' }, microtenantName: 'Engineering' }),
      ]),
    ),
  )
  await screen.findByText('old-key')
  const rows = screen.getAllByRole('row')
  const [, deleted, updated, created] = rows
  expect(cells(deleted).slice(1)).toEqual(['jane.doe@example.com', 'Delete', 'old-keyClient Connector', 'Name: old-keyRole: Read', '—'])
  // The exact time, to the second (UTC without the admin's provider): entries seconds apart can be told apart.
  expect(cells(updated)[0]).toBe('Jan 1, 2026, 12:00:45 AM')
  expect(cells(updated).slice(2)).toEqual([
    'Update',
    'siem-exportPrivate Access · Default',
    'Status: EnabledSession Validity Interval (In Seconds): 3600Role: API Full Access',
    'Status: DisabledSession Validity Interval (In Seconds): 900Role: API Read Only',
  ])
  // A field the page does not know shows as the API names it; a role's id only without its name.
  expect(cells(created).slice(2)).toEqual(['Create', 'siem-exportPrivate Access · Engineering', '—', 'Name: siem-exportLocked: Nodescription: noneroleId: 30'])
  // One line per value: each is clipped on its own, its whole text on hover or focus.
  expect(within(updated).getAllByRole('listitem')).toHaveLength(6)
  expect(within(updated).getByText('Status: Enabled').className).toBe('cell-text')
  // Newest first: the header says the server's order.
  expect(screen.getByRole('columnheader', { name: /^Time/ }).getAttribute('aria-sort')).toBe('descending')
})

test('an empty log says so', async () => {
  renderTable('', () => jsonResponse(200, page([])))
  expect(await screen.findByText('No audit entries')).toBeTruthy()
})

test('no entries for the filters: Clear Filters empties them', async () => {
  const user = userEvent.setup()
  const { lastUrl } = renderTable('?action=rotate&page=2', () => jsonResponse(200, page([])))
  await screen.findByText('No audit entries match the filters')
  await user.click(screen.getByRole('button', { name: 'Clear Filters' }))
  await waitFor(() => expect(lastUrl()).toBe(''))
})

test('a failed request says so, and Retry asks again', async () => {
  const user = userEvent.setup()
  let fail = true
  renderTable('', () => (fail ? jsonResponse(400, { id: 'invalid.request', reason: 'Something broke' }) : jsonResponse(200, page([entry({})]))))
  const alert = await screen.findByRole('alert')
  expect(alert.textContent).toContain('The audit entries could not be loaded.Something broke (400)')
  fail = false
  await user.click(within(alert).getByRole('button', { name: 'Retry' }))
  expect(await screen.findByText('Status: Disabled')).toBeTruthy()
})
