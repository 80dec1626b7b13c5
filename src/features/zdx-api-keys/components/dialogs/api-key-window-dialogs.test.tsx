import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test, vi } from 'vitest'
import type { ZdxApiKeyWithSecret } from '../../../../contract/zdx-api-key'
import { copyText } from '../../../../lib/clipboard'
import { jsonResponse, zdxApiKeyFixture, zdxRolesFixture } from '../../../../test/api-fixtures'
import { choose, optionsOf } from '../../../../test/choose'
import { CreateZdxApiKeyDialog, ViewZdxApiKeyDialog } from './api-key-window-dialogs'

// The browser's clipboard is Playwright's to test; here, only what is handed to it.
vi.mock('../../../../lib/clipboard', () => ({ copyText: vi.fn<typeof copyText>(async () => {}) }))

const scope = { customerId: '216196257331281920' }
const SECRET = 'P9dWsF33lE7s022KQ1cwPa8sdnMjJt3F'
const roles = zdxRolesFixture
const apiKey = zdxApiKeyFixture()
const withSecret: ZdxApiKeyWithSecret = { ...apiKey, keySecret: SECRET }

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  vi.clearAllMocks()
})

/** The API stubbed: roles, and POST (…/apiKeys) and GET …/secret answering `post` and `secret`. */
function stubApi({ post = () => jsonResponse(201, withSecret), secret = () => jsonResponse(200, withSecret) }: { post?: () => Response; secret?: () => Response } = {}) {
  const posts: unknown[] = []
  const secretRequests: string[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith('/roles')) return jsonResponse(200, roles)
      if (url.endsWith('/secret')) {
        secretRequests.push(url)
        return secret()
      }
      if (init?.method === 'POST') {
        posts.push(JSON.parse(String(init.body)))
        return post()
      }
      return jsonResponse(200, { totalPages: '0', totalCount: '0', list: [] })
    }),
  )
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const onClose = vi.fn<() => void>()
  const wrap = (dialog: React.ReactNode) => render(<QueryClientProvider client={queryClient}>{dialog}</QueryClientProvider>)
  /** Everything the query client holds: every query's and every mutation's state. */
  const cached = () => JSON.stringify([queryClient.getQueryCache().getAll().map((q) => q.state), queryClient.getMutationCache().getAll().map((m) => m.state)])
  return { posts, secretRequests, onClose, wrap, cached }
}

function renderCreate(options?: Parameters<typeof stubApi>[0]) {
  const api = stubApi(options)
  api.wrap(<CreateZdxApiKeyDialog scope={scope} onClose={api.onClose} returnFocus={() => {}} />)
  return api
}

/** The message a field names with aria-describedby, once it is invalid. */
async function expectFieldError(label: string, message: string) {
  const field = screen.getByLabelText(label)
  await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'))
  const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent)
  expect(described).toContain(message)
}

const createKey = () => screen.getByRole('button', { name: 'Create Key' })

test('Create New API Key asks for a Name and a role from the ZDX admin roles, and offers Create Key and Cancel', async () => {
  const user = userEvent.setup()
  renderCreate()
  expect(screen.getByRole('dialog', { name: 'Create New API Key' })).toBeTruthy()
  expect(screen.getByLabelText('Name')).toHaveProperty('value', '')
  await waitFor(() => expect(screen.getByLabelText('Select Role').textContent).toBe('Select a role'))
  expect(await optionsOf(user, 'Select Role')).toEqual(['Super Admin', 'Read Only Admin'])
  expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy()
  expect(createKey()).toBeTruthy()
})

test.each([
  ['empty', '', 'Name is required'],
  ['only spaces', '   ', 'Name is required'],
  ['51 characters', 'a'.repeat(51), 'Name must be at most 50 characters'],
  ['a control character', 'tab\there', 'Name cannot contain control characters'],
])('a Name %s is refused at the field, with the server’s rule, and nothing is sent', async (_case, name, message) => {
  const user = userEvent.setup()
  const { posts } = renderCreate()
  // Pasted: a typed tab would move the focus instead.
  await user.click(screen.getByLabelText('Name'))
  if (name) await user.paste(name)
  await choose(user, 'Select Role', 'Super Admin')
  await user.click(createKey())
  await expectFieldError('Name', message)
  expect(screen.getByLabelText('Name')).toHaveProperty('value', name)
  expect(posts).toEqual([])
})

test('Select Role must be chosen', async () => {
  const user = userEvent.setup()
  const { posts } = renderCreate()
  await user.type(screen.getByLabelText('Name'), 'noc-dashboards')
  await user.click(createKey())
  await expectFieldError('Select Role', 'Choose a role')
  expect(posts).toEqual([])
})

test('the chosen role says what it may do', async () => {
  const user = userEvent.setup()
  renderCreate()
  await choose(user, 'Select Role', 'Read Only Admin')
  const role = screen.getByLabelText('Select Role')
  const described = (role.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent)
  expect(described).toContain('Predefined: may view every ZDX module, change nothing.')
})

test('a duplicate name (409) shows at Name, and what was typed stays', async () => {
  const user = userEvent.setup()
  renderCreate({ post: () => jsonResponse(409, { id: 'resource.already.exists', reason: "An API key named 'audit-export' already exists", params: ['name'] }) })
  await user.type(screen.getByLabelText('Name'), 'Audit-Export')
  await choose(user, 'Select Role', 'Read Only Admin')
  await user.click(createKey())
  await expectFieldError('Name', 'An API key with this name already exists (names ignore upper and lower case)')
  expect(screen.getByLabelText('Name')).toHaveProperty('value', 'Audit-Export')
  expect(screen.getByLabelText('Select Role').textContent).toBe('Read Only Admin')
  expect(screen.getByRole('dialog', { name: 'Create New API Key' })).toBeTruthy()
})

test('Create Key sends the trimmed Name and the role id, then the API Key window shows the ID and the secret; Close asks nothing', async () => {
  const user = userEvent.setup()
  const { posts, onClose, cached } = renderCreate()
  await user.type(screen.getByLabelText('Name'), `  ${'g'.repeat(50)}  `)
  await choose(user, 'Select Role', 'Read Only Admin')
  await user.click(createKey())
  const window = await screen.findByRole('dialog', { name: 'API Key' })
  expect(posts).toEqual([{ name: 'g'.repeat(50), roleId: '50002' }])
  expect(screen.getByRole('textbox', { name: 'API Key ID' })).toHaveProperty('value', apiKey.id)
  expect(screen.getByRole('textbox', { name: 'Key Secret' })).toHaveProperty('value', SECRET)
  expect(window.textContent).toContain('grafana-dashboards')
  expect(cached()).not.toContain(SECRET)

  await user.click(screen.getByRole('button', { name: 'Copy API Key ID' }))
  expect(copyText).toHaveBeenLastCalledWith(apiKey.id)
  await user.click(screen.getByRole('button', { name: 'Copy Key Secret' }))
  expect(copyText).toHaveBeenLastCalledWith(SECRET)
  expect(screen.getByRole('button', { name: 'Download' })).toHaveProperty('disabled', false)

  await user.click(screen.getByRole('button', { name: 'Close' }))
  expect(onClose).toHaveBeenCalledOnce()
})

test('closing the API Key window before copying anything asks nothing either: View shows the secret again', async () => {
  const user = userEvent.setup()
  const { onClose } = renderCreate()
  await user.type(screen.getByLabelText('Name'), 'noc-dashboards')
  await choose(user, 'Select Role', 'Super Admin')
  await user.click(createKey())
  await screen.findByRole('dialog', { name: 'API Key' })
  await user.keyboard('{Escape}')
  expect(onClose).toHaveBeenCalledOnce()
  expect(screen.queryByRole('dialog', { name: 'Close without the secret?' })).toBeNull()
})

test('View opens the API Key window with the key’s ID at once, then its secret from …/secret, held in no cache', async () => {
  const user = userEvent.setup()
  let answer!: (response: Response) => void
  const { secretRequests, onClose, wrap, cached } = stubApi({ secret: () => new Promise<Response>((resolve) => (answer = resolve)) as unknown as Response })
  wrap(<ViewZdxApiKeyDialog scope={scope} apiKey={apiKey} onClose={onClose} returnFocus={() => {}} />)
  expect(screen.getByRole('dialog', { name: 'API Key' })).toBeTruthy()
  expect(screen.getByRole('textbox', { name: 'API Key ID' })).toHaveProperty('value', apiKey.id)
  expect(screen.getByRole('status').textContent).toBe('Loading the Key Secret…')
  expect(screen.getByRole('button', { name: 'Download' })).toHaveProperty('disabled', true)
  await waitFor(() => expect(secretRequests.at(-1)).toBe(`/zdx/v1/admin/customers/${scope.customerId}/apiKeys/${apiKey.id}/secret`))

  answer(jsonResponse(200, withSecret))
  expect(await screen.findByRole('textbox', { name: 'Key Secret' })).toHaveProperty('value', SECRET)
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Copy Key Secret' })))
  expect(cached()).not.toContain(SECRET)
  await user.click(screen.getByRole('button', { name: 'Close' }))
  expect(onClose).toHaveBeenCalledOnce()
})

test('a View that fails says why in the window, and Try Again asks again', async () => {
  const user = userEvent.setup()
  let fail = true
  const { wrap } = stubApi({
    secret: () => (fail ? jsonResponse(404, { id: 'resource.not.found', reason: 'There is no API key 580619145501874225' }) : jsonResponse(200, withSecret)),
  })
  wrap(<ViewZdxApiKeyDialog scope={scope} apiKey={apiKey} onClose={() => {}} returnFocus={() => {}} />)
  expect((await screen.findByRole('alert')).textContent).toContain('The Key Secret could not be shown: There is no API key 580619145501874225')
  fail = false
  await user.click(screen.getByRole('button', { name: 'Try Again' }))
  expect(await screen.findByRole('textbox', { name: 'Key Secret' })).toHaveProperty('value', SECRET)
})

test('Download saves the key as a JSON file: its id, secret, name and role', async () => {
  const user = userEvent.setup()
  let saved: Blob | undefined
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved = blob as Blob
    return 'blob:key'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  const names: string[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download)
  })
  const { wrap } = stubApi()
  wrap(<ViewZdxApiKeyDialog scope={scope} apiKey={apiKey} onClose={() => {}} returnFocus={() => {}} />)
  await screen.findByRole('textbox', { name: 'Key Secret' })
  await user.click(screen.getByRole('button', { name: 'Download' }))
  expect(names).toEqual(['grafana-dashboards-credentials.json'])
  expect(JSON.parse(await saved!.text())).toEqual({ id: apiKey.id, secret: SECRET, name: 'grafana-dashboards', role: 'Read Only Admin' })
})
