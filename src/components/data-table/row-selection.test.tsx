import { QueryClient, QueryClientProvider, queryOptions } from '@tanstack/react-query'
import { createColumnHelper } from '@tanstack/react-table'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { NuqsTestingAdapter } from 'nuqs/adapters/testing'
import { afterEach, expect, test, vi } from 'vitest'
import { defaultTableSettings } from '../../contract/preferences'
import { buildUrl } from '../../lib/api-client'
import { listQuery, type ListParams } from '../../lib/list-params'
import { jsonResponse } from '../../test/api-fixtures'
import type { DataTableFeatures } from './features'
import { keyColumns } from './key-columns'
import { NameFilteredKeyTable } from './name-filtered-table'
import { nameFilteredView } from './name-filtered-view'
import { selectColumn } from './row-selection'

afterEach(() => vi.unstubAllGlobals())

interface Key {
  id: string
  name: string
}
const column = createColumnHelper<DataTableFeatures, Key>()
const columns = column.columns([column.display(selectColumn), column.accessor('name', keyColumns.name)])
const tableView = nameFilteredView(['name'] as const)
// 25 keys: two pages at 20 a page.
const keys: Key[] = Array.from({ length: 25 }, (_, index) => ({ id: String(index + 1), name: `key-${String(index + 1).padStart(2, '0')}` }))

const listRequest = (params: ListParams<'name'>) =>
  queryOptions({
    queryKey: ['keys', params],
    queryFn: async () => (await fetch(buildUrl('/keys', listQuery(params)))).json() as Promise<{ totalCount: string; list: Key[] }>,
  })

function renderTable() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const query = new URL(url, 'http://page').searchParams
      const page = Number(query.get('page') ?? 1)
      const matching = keys.filter((key) => key.name.includes(query.get('search')?.replace('name LIKE ', '') ?? ''))
      return jsonResponse(200, { totalPages: '2', totalCount: String(matching.length), list: matching.slice((page - 1) * 20, page * 20) })
    }),
  )
  render(
    <NuqsTestingAdapter searchParams="" hasMemory>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <NameFilteredKeyTable
          tableView={tableView}
          preferences={{ settings: defaultTableSettings, pageSize: undefined, loaded: true, setSettings: () => {}, setPageSize: () => {} }}
          columns={columns}
          listQuery={listRequest}
          AddButton={() => <button type="button">Add API Key</button>}
          renderBulkBar={(selection) => <p>{`${[...selection.selected.values()].map((key) => key.name).join(', ')} selected`}</p>}
        />
      </QueryClientProvider>
    </NuqsTestingAdapter>,
  )
}

const checkbox = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name })

test('the selection survives going to page 2 and back; the header checkbox selects the page, mixed when some are', async () => {
  const user = userEvent.setup()
  renderTable()
  await screen.findByText('key-01')
  const pageBox = checkbox('Select all rows on this page')
  await user.click(checkbox('Select key-02'))
  expect(screen.getByText('key-02 selected')).toBeTruthy()
  expect(pageBox.indeterminate).toBe(true)
  expect(pageBox.checked).toBe(false)

  await user.click(screen.getByRole('button', { name: 'Next page' }))
  await screen.findByText('key-21')
  expect(checkbox('Select all rows on this page').indeterminate).toBe(false)
  await user.click(checkbox('Select all rows on this page'))
  expect(checkbox('Select key-25').checked).toBe(true)
  expect(checkbox('Select all rows on this page').checked).toBe(true)
  expect(screen.getByText('key-02, key-21, key-22, key-23, key-24, key-25 selected')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Previous page' }))
  await screen.findByText('key-01')
  expect(checkbox('Select key-02').checked).toBe(true)
  expect(checkbox('Select key-01').checked).toBe(false)
  await user.click(checkbox('Select key-02'))
  expect(screen.getByText('key-21, key-22, key-23, key-24, key-25 selected')).toBeTruthy()
})

test('a filter change clears the selection', async () => {
  const user = userEvent.setup()
  renderTable()
  await screen.findByText('key-01')
  await user.click(checkbox('Select key-01'))
  await user.click(checkbox('Select key-11'))
  expect(screen.getByText('key-01, key-11 selected')).toBeTruthy()
  await user.type(screen.getByRole('searchbox', { name: 'Name' }), 'key-1')
  await user.click(screen.getByRole('button', { name: 'Apply' }))
  await waitFor(() => expect(screen.queryByText('key-01')).toBeNull())
  expect(screen.queryByText(/selected$/)).toBeNull()
  expect(checkbox('Select key-11').checked).toBe(false)
})
