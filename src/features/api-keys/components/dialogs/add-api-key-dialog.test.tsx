import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test, vi } from 'vitest'
import { copyText } from '../../../../lib/clipboard'
import type { ApiKeyPage, CreatedApiKey } from '../../../../contract/api-key'
import type { Role } from '../../../../contract/role'
import { apiKeyKeys } from '../../api/query-keys'
import { apiKeyFixture, jsonResponse, roleFixture } from '../../../../test/api-fixtures'
import { choose, optionsOf } from '../../../../test/choose'
import { TenantScopeProvider } from '../../tenant-scope'
import { AddApiKeyDialog } from './add-api-key-dialog'

// The browser's clipboard is Playwright's to test; here, only what is handed to it.
vi.mock('../../../../lib/clipboard', () => ({ copyText: vi.fn<typeof copyText>(async () => {}) }))

const scope = { customerId: '216196257331281920', microtenantId: '0' }
const SECRET = 'k9vQe2Lr7wZpTn4Yb8Hc1Xs6Jd3Mf5G0'
const role = (id: string, name: string): Role => roleFixture({ id, name, customRole: id !== '28', systemRole: id === '28' })
const roles = [role('216196257331283893', 'Policy-only Access'), role('28', 'API Full Access'), role('216196257331283741', 'API Read Only')]
const created: CreatedApiKey = {
  ...apiKeyFixture({ id: '216196257331290001', name: 'ci-new', clientId: 'MjE2MTk2MjU3MzMxMjkwMDAxLTNmNGQ1YzJhLTk4YjctNDc2ZS1hMWIyLWMzZDRlNWY2YTdiOA==' }),
  clientSecret: SECRET,
}


afterEach(() => {
  vi.unstubAllGlobals()
  vi.clearAllMocks()
})

function renderDialog() {
  const posts: unknown[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url.includes('/roles')) return jsonResponse(200, roles)
      if (init?.method === 'POST') {
        posts.push(JSON.parse(String(init.body)))
        return jsonResponse(201, created)
      }
      return jsonResponse(200, { totalPages: '0', totalCount: '0', list: [] } satisfies ApiKeyPage)
    }),
  )
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const listKey = apiKeyKeys.list(scope, { page: 1, pageSize: 20 })
  queryClient.setQueryData(listKey, { totalPages: '0', totalCount: '0', list: [] })
  const onClose = vi.fn<() => void>()
  render(
    <QueryClientProvider client={queryClient}>
      <TenantScopeProvider value={scope}>
        <AddApiKeyDialog onClose={onClose} returnFocus={() => {}} />
      </TenantScopeProvider>
    </QueryClientProvider>,
  )
  /** Everything the query client holds: every query's and every mutation's state. */
  const cached = () =>
    JSON.stringify([queryClient.getQueryCache().getAll().map((q) => q.state), queryClient.getMutationCache().getAll().map((m) => m.state)])
  return { posts, onClose, cached, listState: () => queryClient.getQueryState(listKey) }
}

test('offers the roles with API Full Access first, and starts Enabled at 3600 seconds', async () => {
  const user = userEvent.setup()
  renderDialog()
  const roleSelect = screen.getByLabelText('Role')
  await waitFor(() => expect(roleSelect.textContent).toBe('Select a role'))
  expect(await optionsOf(user, 'Role')).toEqual(['API Full Access', 'API Read Only', 'Policy-only Access'])
  expect(screen.getByLabelText('Status').textContent).toBe('Enabled')
  expect(screen.getByLabelText('Session Validity Interval (In Seconds)')).toHaveProperty('value', '3600')
})

test('the secret reaches the dialog and never the query cache; the list is invalidated', async () => {
  const user = userEvent.setup()
  const { posts, onClose, cached, listState } = renderDialog()
  await user.type(screen.getByLabelText('Name'), '  ci-new ')
  await waitFor(() => expect(screen.getByLabelText('Role').textContent).toBe('Select a role'))
  await choose(user, 'Role', 'API Full Access')
  await user.click(screen.getByRole('button', { name: 'Save' }))

  const secretBox = await screen.findByRole('textbox', { name: 'Client Secret' })
  expect(secretBox).toHaveProperty('value', SECRET)
  // The form sent the schema's output: the name trimmed, the interval as the API's string.
  expect(posts).toEqual([{ name: 'ci-new', enabled: true, tokenExpiryTimeInSec: '3600', roleId: '28' }])
  await waitFor(() => expect(listState()?.isInvalidated).toBe(true))
  expect(cached()).toContain(created.clientId)
  expect(cached()).not.toContain(SECRET)

  await user.click(screen.getByRole('button', { name: 'Close' }))
  await user.click(await screen.findByRole('button', { name: 'Close Anyway' }))
  expect(onClose).toHaveBeenCalledOnce()
  expect(cached()).not.toContain(SECRET)
})

test('a secret that was copied closes without asking', async () => {
  const user = userEvent.setup()
  const { onClose } = renderDialog()
  await user.type(screen.getByLabelText('Name'), 'ci-new')
  await waitFor(() => expect(screen.getByLabelText('Role').textContent).toBe('Select a role'))
  await choose(user, 'Role', 'API Full Access')
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await user.click(await screen.findByRole('button', { name: 'Copy Client Secret' }))
  expect(copyText).toHaveBeenCalledWith(SECRET)
  await user.click(screen.getByRole('button', { name: 'Close' }))
  expect(screen.queryByRole('button', { name: 'Close Anyway' })).toBeNull()
  expect(onClose).toHaveBeenCalledOnce()
})
