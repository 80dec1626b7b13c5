import { QueryClient, QueryClientProvider, queryOptions } from '@tanstack/react-query'
import { createColumnHelper } from '@tanstack/react-table'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { NuqsTestingAdapter, type UrlUpdateEvent } from 'nuqs/adapters/testing'
import { afterEach, expect, test, vi } from 'vitest'
import { defaultTableSettings, type TableSettings } from '../../contract/preferences'
import { buildUrl } from '../../lib/api-client'
import { listQuery, type ListParams } from '../../lib/list-params'
import { jsonResponse } from '../../test/api-fixtures'
import { choose } from '../../test/choose'
import type { DataTableFeatures } from './features'
import { keyColumns } from './key-columns'
import { NameFilteredKeyTable } from './name-filtered-table'
import { nameFilteredView } from './name-filtered-view'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

interface Key {
  id: string
  name: string
  lastUsedTime: string | null
}
const column = createColumnHelper<DataTableFeatures, Key>()
const columns = column.columns([column.accessor('name', keyColumns.name), column.accessor('lastUsedTime', keyColumns.lastUsedTime)])
const tableView = nameFilteredView(['name', 'lastUsedTime'] as const)
const NOW = Math.floor(Date.now() / 1000)
const keys: Key[] = [
  // Five minutes and a little more: the clock is read to a 15-second tick.
  { id: '1', name: 'ci-deploy', lastUsedTime: String(NOW - 5 * 60 - 20) },
  { id: '2', name: 'old-export', lastUsedTime: null },
]

const listRequest = (params: ListParams<'name' | 'lastUsedTime'>) =>
  queryOptions({
    queryKey: ['keys', params],
    queryFn: async () => (await fetch(buildUrl('/keys', listQuery(params)))).json() as Promise<{ totalCount: string; list: Key[] }>,
  })

/** The shared table over a stubbed list (its requests' query strings kept) at `search`; `settings` the admin's layout. */
function renderTable(search: string, settings: TableSettings = defaultTableSettings) {
  const listed: URLSearchParams[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      listed.push(new URL(url, 'http://page').searchParams)
      return jsonResponse(200, { totalPages: '1', totalCount: String(keys.length), list: keys })
    }),
  )
  const urls: string[] = []
  render(
    <NuqsTestingAdapter searchParams={search} hasMemory onUrlUpdate={(event: UrlUpdateEvent) => urls.push(event.queryString)}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <NameFilteredKeyTable
          tableView={tableView}
          preferences={{ settings, pageSize: undefined, loaded: true, setSettings: () => {}, setPageSize: () => {} }}
          columns={columns}
          listQuery={listRequest}
          AddButton={({ children }) => <button type="button">{children ?? 'Add API Key'}</button>}
        />
      </QueryClientProvider>
    </NuqsTestingAdapter>,
  )
  return { listed, urls }
}

test('"Not used for" writes its span to the URL and asks the list for notUsedForDays; Clear takes it away', async () => {
  const user = userEvent.setup()
  const { listed, urls } = renderTable('')
  await screen.findByText('ci-deploy')
  expect(listed.at(-1)?.get('notUsedForDays')).toBeNull()
  await choose(user, 'Not used for', '30 days')
  await waitFor(() => expect(listed.at(-1)?.get('notUsedForDays')).toBe('30'))
  expect(urls.at(-1)).toBe('?notUsedForDays=30')
  await user.click(screen.getByRole('button', { name: 'Clear' }))
  await waitFor(() => expect(listed.at(-1)?.get('notUsedForDays')).toBeNull())
  expect(urls.at(-1)).toBe('')
})

test('a URL with a span shows it in the field and asks for it, beside the Name filter', async () => {
  const { listed } = renderTable('?notUsedForDays=90&name=ci')
  await screen.findByText('ci-deploy')
  expect(screen.getByLabelText('Not used for').textContent).toContain('90 days')
  expect(listed.at(-1)?.get('notUsedForDays')).toBe('90')
  expect(listed.at(-1)?.get('search')).toBe('name LIKE ci')
})

test('a span the filter does not offer is dropped from the URL\'s view', async () => {
  const { listed } = renderTable('?notUsedForDays=31')
  await screen.findByText('ci-deploy')
  expect(screen.getByLabelText('Not used for').textContent).toContain('Any')
  expect(listed.at(-1)?.get('notUsedForDays')).toBeNull()
})

test('Last Used is off by default and offered in Table Settings, unchecked', async () => {
  const user = userEvent.setup()
  renderTable('')
  await screen.findByText('ci-deploy')
  expect(screen.queryByRole('columnheader', { name: /Last Used/ })).toBeNull()
  await user.click(screen.getByRole('button', { name: 'Table Settings' }))
  const settings = await screen.findByRole('dialog', { name: 'Table Settings' })
  expect(within(settings).getByRole('checkbox', { name: 'Last Used' })).toHaveProperty('checked', false)
})

test('shown by the admin\'s layout, Last Used reads relative times and "Never", and sorts on the server', async () => {
  const user = userEvent.setup()
  const { listed } = renderTable('', { ...defaultTableSettings, columnVisibility: { lastUsedTime: true } })
  const row = (await screen.findByText('ci-deploy')).closest('tr')!
  expect(within(row).getByText('5 minutes ago')).toBeTruthy()
  expect(within(screen.getByText('old-export').closest('tr')!).getByText('Never')).toBeTruthy()
  await user.click(within(screen.getByRole('columnheader', { name: /Last Used/ })).getByRole('button'))
  await waitFor(() => expect(listed.at(-1)?.get('sortBy')).toBe('lastUsedTime'))
})
