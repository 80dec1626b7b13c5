import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test, vi } from 'vitest'
import { jsonResponse, zdxApiKeyFixture, zdxRolesFixture } from '../../../../test/api-fixtures'
import { choose } from '../../../../test/choose'
import { EditZdxApiKeyDialog } from './edit-zdx-api-key-dialog'

const scope = { customerId: '216196257331281920' }
const roles = zdxRolesFixture
const apiKey = zdxApiKeyFixture()

afterEach(() => {
  vi.unstubAllGlobals()
  vi.clearAllMocks()
})

function renderEdit(put: () => Response = () => new Response(null, { status: 204 })) {
  const puts: { url: string; body: unknown }[] = []
  let answerRoles!: () => void
  const rolesAnswered = new Promise<void>((resolve) => (answerRoles = resolve))
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith('/roles')) return rolesAnswered.then(() => jsonResponse(200, roles))
      if (init?.method === 'PUT') {
        puts.push({ url, body: JSON.parse(String(init.body)) })
        return put()
      }
      return jsonResponse(200, { totalPages: '0', totalCount: '0', list: [] })
    }),
  )
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const onClose = vi.fn<() => void>()
  render(
    <QueryClientProvider client={queryClient}>
      <EditZdxApiKeyDialog scope={scope} apiKey={apiKey} onClose={onClose} returnFocus={() => {}} />
    </QueryClientProvider>,
  )
  return { puts, onClose, answerRoles }
}

test('Edit API Key opens filled in, the role named while the roles load, with Save', async () => {
  const { answerRoles } = renderEdit()
  expect(screen.getByRole('dialog', { name: 'Edit API Key' })).toBeTruthy()
  expect(screen.getByLabelText('Name')).toHaveProperty('value', 'grafana-dashboards')
  expect(screen.getByLabelText('Select Role').textContent).toBe('Read Only Admin')
  answerRoles()
  await waitFor(() => expect(screen.getByLabelText('Select Role').getAttribute('aria-busy')).toBe('false'))
  expect(screen.getByLabelText('Select Role').textContent).toBe('Read Only Admin')
  expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy()
})

test('Save sends only what changed: the name, then the role', async () => {
  const user = userEvent.setup()
  const { puts, onClose, answerRoles } = renderEdit()
  answerRoles()
  await user.clear(screen.getByLabelText('Name'))
  await user.type(screen.getByLabelText('Name'), 'grafana-prod')
  await choose(user, 'Select Role', 'Super Admin')
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await waitFor(() => expect(onClose).toHaveBeenCalledOnce())
  expect(puts).toEqual([{ url: `/zdx/v1/admin/customers/${scope.customerId}/apiKeys/${apiKey.id}`, body: { name: 'grafana-prod', roleId: '50001' } }])
})

test('an unchanged Save sends nothing', async () => {
  const user = userEvent.setup()
  const { puts, onClose, answerRoles } = renderEdit()
  answerRoles()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await waitFor(() => expect(onClose).toHaveBeenCalledOnce())
  expect(puts).toEqual([])
})

test('an empty Name is refused at the field; a duplicate (409) shows there too, the typed name kept', async () => {
  const user = userEvent.setup()
  const { puts, onClose, answerRoles } = renderEdit(() => jsonResponse(409, { id: 'resource.already.exists', reason: 'taken', params: ['name'] }))
  answerRoles()
  await user.clear(screen.getByLabelText('Name'))
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await waitFor(() => expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true'))
  expect(screen.getByText('Name is required')).toBeTruthy()
  expect(puts).toEqual([])

  await user.type(screen.getByLabelText('Name'), 'audit-export')
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByText('An API key with this name already exists (names ignore upper and lower case)')).toBeTruthy()
  expect(screen.getByLabelText('Name')).toHaveProperty('value', 'audit-export')
  expect(onClose).not.toHaveBeenCalled()
})
