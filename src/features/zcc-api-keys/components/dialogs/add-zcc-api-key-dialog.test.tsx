import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test, vi } from 'vitest'
import type { CreatedZccApiKey } from '../../../../contract/zcc-api-key'
import { copyText } from '../../../../lib/clipboard'
import { jsonResponse } from '../../../../test/api-fixtures'
import { choose, optionsOf } from '../../../../test/choose'
import { AddZccApiKeyDialog } from './add-zcc-api-key-dialog'

// The browser's clipboard is Playwright's to test; here, only what is handed to it.
vi.mock('../../../../lib/clipboard', () => ({ copyText: vi.fn<typeof copyText>(async () => {}) }))

const scope = { customerId: '216196257331281920' }
const SECRET = 'k9vQe2Lr7wZpTn4Yb8Hc1Xs6Jd3Mf5G0'
const created: CreatedZccApiKey = {
  id: '216196257331290001',
  name: 'CiDevices',
  clientId: 'MjE2MTk2MjU3MzMxMjkwMDAxLTNmNGQ1YzJh',
  enabled: true,
  role: 'WRITE',
  tokenExpiryTimeInSec: '3600',
  creationTime: '1767225600',
  modifiedTime: '1767225600',
  modifiedBy: '216196257331281921',
  customerId: scope.customerId,
  lastUsedTime: null,
  previousSecretValidUntil: null,
  clientSecret: SECRET,
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.clearAllMocks()
})

/** The dialog over a stubbed API: POST answers `answer` (201 with the key by default). */
function renderDialog(answer: () => Response = () => jsonResponse(201, created)) {
  const posts: unknown[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.method !== 'POST') return jsonResponse(200, { totalPages: '0', totalCount: '0', list: [] })
      posts.push(JSON.parse(String(init.body)))
      return answer()
    }),
  )
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const onClose = vi.fn<() => void>()
  render(
    <QueryClientProvider client={queryClient}>
      <AddZccApiKeyDialog scope={scope} onClose={onClose} returnFocus={() => {}} />
    </QueryClientProvider>,
  )
  const cached = () => JSON.stringify([queryClient.getQueryCache().getAll().map((q) => q.state), queryClient.getMutationCache().getAll().map((m) => m.state)])
  return { posts, onClose, cached }
}

/** The message a field names with aria-describedby, once it is invalid. */
async function expectFieldError(label: string, message: string) {
  const field = screen.getByLabelText(label)
  await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'))
  const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent)
  expect(described).toContain(message)
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, { name, seconds, role }: { name: string; seconds?: string; role?: string }) {
  await user.type(screen.getByLabelText('Name'), name)
  if (seconds !== undefined) {
    await user.clear(screen.getByLabelText('Session Validity Interval (In Seconds)'))
    await user.type(screen.getByLabelText('Session Validity Interval (In Seconds)'), seconds)
  }
  if (role) await choose(user, 'Role', role)
}

test('starts Enabled at 3600 seconds with no role, and offers Read and Write', async () => {
  const user = userEvent.setup()
  renderDialog()
  expect(screen.getByLabelText('Status').textContent).toBe('Enabled')
  expect(screen.getByLabelText('Role').textContent).toBe('Select a role')
  expect(screen.getByLabelText('Session Validity Interval (In Seconds)')).toHaveProperty('value', '3600')
  expect(await optionsOf(user, 'Role')).toEqual(['Read', 'Write'])
})

test.each([
  ['a space', 'Ci Devices', 'Name can contain only letters and digits (no spaces or punctuation)'],
  ['punctuation', 'ci-devices', 'Name can contain only letters and digits (no spaces or punctuation)'],
  ['51 characters', 'a'.repeat(51), 'Name must be at most 50 characters'],
])('a Name with %s is refused at the field, and nothing is sent', async (_case, name, message) => {
  const user = userEvent.setup()
  const { posts } = renderDialog()
  await fillIn(user, { name, role: 'Read' })
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await expectFieldError('Name', message)
  expect(screen.getByLabelText('Name')).toHaveProperty('value', name)
  expect(posts).toEqual([])
})

test.each([
  ['29', 'Must be at least 30 seconds'],
  ['1000000000', 'Must be at most 999,999,999 seconds'],
  ['3.5', 'Enter a whole number of seconds from 30 to 999,999,999'],
])('a validity of %s seconds is refused at the field', async (seconds, message) => {
  const user = userEvent.setup()
  const { posts } = renderDialog()
  await fillIn(user, { name: 'CiDevices', seconds, role: 'Write' })
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await expectFieldError('Session Validity Interval (In Seconds)', message)
  expect(posts).toEqual([])
})

test('Role must be chosen', async () => {
  const user = userEvent.setup()
  const { posts } = renderDialog()
  await fillIn(user, { name: 'CiDevices' })
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await expectFieldError('Role', 'Choose a role: Read or Write')
  expect(posts).toEqual([])
})

test('the bounds themselves are accepted: 50 characters and 999,999,999 seconds', async () => {
  const user = userEvent.setup()
  const { posts } = renderDialog()
  await fillIn(user, { name: 'A1'.repeat(25), seconds: '999999999', role: 'Read' })
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await screen.findByRole('textbox', { name: 'Client Secret' })
  expect(posts).toEqual([{ name: 'A1'.repeat(25), enabled: true, role: 'READ', tokenExpiryTimeInSec: '999999999' }])
})

test('a duplicate name (409) shows at Name, and every value stays', async () => {
  const user = userEvent.setup()
  renderDialog(() => jsonResponse(409, { id: 'resource.already.exists', reason: "An API key named 'CiDevices' already exists", params: ['name'] }))
  await fillIn(user, { name: 'CiDevices', seconds: '120', role: 'Write' })
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await expectFieldError('Name', 'An API key with this name already exists (names ignore upper and lower case)')
  expect(screen.getByLabelText('Name')).toHaveProperty('value', 'CiDevices')
  expect(screen.getByLabelText('Session Validity Interval (In Seconds)')).toHaveProperty('value', '120')
  expect(screen.getByLabelText('Role').textContent).toBe('Write')
})

test('after Save: the client ID and secret with their copy buttons; Cancel asks first until the secret is copied', async () => {
  const user = userEvent.setup()
  const { posts, onClose, cached } = renderDialog()
  await fillIn(user, { name: 'CiDevices', role: 'Write' })
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByRole('textbox', { name: 'Client Secret' })).toHaveProperty('value', SECRET)
  expect(screen.getByRole('textbox', { name: 'Client ID' })).toHaveProperty('value', created.clientId)
  expect(posts).toEqual([{ name: 'CiDevices', enabled: true, role: 'WRITE', tokenExpiryTimeInSec: '3600' }])
  expect(cached()).not.toContain(SECRET)
  expect(screen.getByRole('button', { name: 'Download' })).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(await screen.findByRole('dialog', { name: 'Close without the secret?' })).toBeTruthy()
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Close without the secret?' })).toBeNull())
  expect(onClose).not.toHaveBeenCalled()

  await user.click(screen.getByRole('button', { name: 'Copy Client ID' }))
  expect(copyText).toHaveBeenCalledWith(created.clientId)
  await user.click(screen.getByRole('button', { name: 'Copy Client Secret' }))
  expect(copyText).toHaveBeenCalledWith(SECRET)
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(screen.queryByRole('dialog', { name: 'Close without the secret?' })).toBeNull()
  expect(onClose).toHaveBeenCalledOnce()
})
