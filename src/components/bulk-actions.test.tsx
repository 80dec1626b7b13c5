import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { ApiError } from '../lib/api-client'
import { BulkActionsBar, deleteAction, statusActions, type BulkAction } from './bulk-actions'
import type { RowSelection } from './data-table/row-selection'

interface Key {
  id: string
  name: string
  enabled: boolean
  readOnly: boolean
}
const keys: Key[] = [
  { id: '1', name: 'terraform-prod', enabled: true, readOnly: false },
  { id: '2', name: 'siem-export', enabled: true, readOnly: false },
  { id: '3', name: 'backup-job', enabled: false, readOnly: false },
  { id: '4', name: 'zidentity-scim', enabled: true, readOnly: true },
]
const readOnly = (key: Key) => (key.readOnly ? 'Managed in ZIdentity' : null)

function renderBar(actions: BulkAction<Key>[]) {
  const selection: RowSelection<Key> = { selected: new Map(keys.map((key) => [key.id, key])), pageRows: keys, set: vi.fn<RowSelection<Key>['set']>(), clear: vi.fn<() => void>() }
  const onSettled = vi.fn<() => Promise<unknown>>(async () => undefined)
  render(
    <QueryClientProvider client={new QueryClient()}>
      <BulkActionsBar selection={selection} actions={actions} onSettled={onSettled} />
    </QueryClientProvider>,
  )
  return { selection, onSettled, bar: screen.getByRole('region', { name: 'Selected API keys' }) }
}

const listItems = (dialog: HTMLElement, name: string) => within(within(dialog).getByRole('list', { name })).getAllByRole('listitem').map((item) => item.textContent)

test('one confirmation names the keys it sends and the skipped ones with why; a double click sends each key once', async () => {
  const user = userEvent.setup()
  const send = vi.fn<(client: unknown, key: Key, enabled: boolean) => Promise<unknown>>(async () => undefined)
  const { onSettled, bar } = renderBar(statusActions<Key>(send, readOnly))
  expect(within(bar).getByRole('status').textContent).toBe('4 selected')

  await user.click(within(bar).getByRole('button', { name: 'Disable' }))
  const dialog = screen.getByRole('dialog', { name: 'Disable 2 API keys?' })
  expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }))
  expect(listItems(dialog, 'API keys to disable')).toEqual(['terraform-prod', 'siem-export'])
  expect(listItems(dialog, 'API keys skipped')).toEqual(['backup-jobAlready disabled', 'zidentity-scimManaged in ZIdentity'])

  // Both clicks land before React draws again: only the guard stops the second.
  const confirm = within(dialog).getByRole('button', { name: 'Disable' })
  act(() => {
    confirm.click()
    confirm.click()
  })
  const result = await screen.findByRole('dialog', { name: '2 API keys disabled, 2 skipped' })
  await waitFor(() => expect(document.activeElement).toBe(within(result).getByRole('button', { name: 'Close' })))
  expect(send.mock.calls.map(([, key, enabled]) => [key.name, enabled])).toEqual([
    ['terraform-prod', false],
    ['siem-export', false],
  ])
  expect(listItems(result, 'What happened to each API key')).toEqual([
    'terraform-prodDisabled',
    'siem-exportDisabled',
    'backup-jobSkipped: Already disabled',
    'zidentity-scimSkipped: Managed in ZIdentity',
  ])
  // The list is refetched once, after the run, not after each key.
  expect(onSettled).toHaveBeenCalledTimes(1)
  // Close stands where Disable stood: the second click of a double click on Disable leaves the result open.
  fireEvent.click(within(result).getByRole('button', { name: 'Close' }), { detail: 2 })
  expect(screen.queryByRole('dialog', { name: '2 API keys disabled, 2 skipped' })).not.toBeNull()
})

test('a partial failure lists the failed key with the API\'s reason; Retry sends just it; closed, the deleted keys leave the selection', async () => {
  const user = userEvent.setup()
  let refuse = true
  const send = vi.fn<(client: unknown, key: Key) => Promise<unknown>>(async (_client, key) => {
    if (key.name === 'siem-export' && refuse) throw new ApiError(503, { id: 'retryable.server.error', reason: 'Service unavailable' })
  })
  const { selection, onSettled, bar } = renderBar([deleteAction<Key>(send, readOnly)])
  await user.click(within(bar).getByRole('button', { name: 'Delete' }))
  await user.click(within(screen.getByRole('dialog', { name: 'Delete 3 API keys?' })).getByRole('button', { name: 'Delete' }))

  const result = await screen.findByRole('dialog', { name: '2 API keys deleted, 1 skipped, 1 failed' })
  expect(listItems(result, 'What happened to each API key')).toContain('siem-exportFailed: The server could not do it right now (503: Service unavailable). Try again.')
  expect(send).toHaveBeenCalledTimes(3)

  refuse = false
  const retry = within(result).getByRole('button', { name: 'Retry' })
  act(() => {
    retry.click()
    retry.click()
  })
  await screen.findByRole('dialog', { name: '3 API keys deleted, 1 skipped' })
  expect(send).toHaveBeenCalledTimes(4)
  expect(send.mock.calls.at(-1)?.[1]).toBe(keys[1])
  expect(within(screen.getByRole('dialog')).queryByRole('button', { name: 'Retry' })).toBeNull()
  await waitFor(() => expect(onSettled).toHaveBeenCalledTimes(2))
  // Closed, the result lets the deleted keys leave the selection; the skipped one stays.
  expect(selection.set).not.toHaveBeenCalled()
  await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }))
  expect(selection.set).toHaveBeenCalledWith([keys[0], keys[1], keys[2]], false)
})

test('while the requests are out, the dialog shows how many have settled', async () => {
  const user = userEvent.setup()
  const release: (() => void)[] = []
  const send = vi.fn<() => Promise<void>>(() => new Promise<void>((resolve) => release.push(resolve)))
  const { bar } = renderBar([deleteAction<Key>(send, readOnly)])
  await user.click(within(bar).getByRole('button', { name: 'Delete' }))
  await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }))
  const progress = await screen.findByRole('progressbar', { name: 'Deleting 0 of 3…' })
  expect(screen.getByRole('dialog', { name: 'Deleting API keys' })).toBeTruthy()
  release.shift()!()
  await waitFor(() => expect(progress.getAttribute('value')).toBe('1'))
  expect(progress.getAttribute('max')).toBe('3')
  expect(progress.getAttribute('aria-labelledby') && document.getElementById(progress.getAttribute('aria-labelledby')!)?.textContent).toBe('Deleting 1 of 3…')
  for (const resolve of release) resolve()
  await screen.findByRole('dialog', { name: '3 API keys deleted, 1 skipped' })
})

test('a key already gone (404) is what Delete wants: "Already deleted", counted as deleted, and it leaves the selection', async () => {
  const user = userEvent.setup()
  const send = vi.fn<(client: unknown, key: Key) => Promise<unknown>>(async (_client, key) => {
    if (key.name === 'terraform-prod') throw new ApiError(404, { id: 'resource.not.found', reason: 'There is no API key 1' })
  })
  const { selection, bar } = renderBar([deleteAction<Key>(send, readOnly)])
  await user.click(within(bar).getByRole('button', { name: 'Delete' }))
  await user.click(within(screen.getByRole('dialog', { name: 'Delete 3 API keys?' })).getByRole('button', { name: 'Delete' }))
  const result = await screen.findByRole('dialog', { name: '3 API keys deleted, 1 skipped' })
  expect(listItems(result, 'What happened to each API key')).toEqual([
    'terraform-prodAlready deleted',
    'siem-exportDeleted',
    'backup-jobDeleted',
    'zidentity-scimSkipped: Managed in ZIdentity',
  ])
  await user.click(within(result).getByRole('button', { name: 'Close' }))
  expect(selection.set).toHaveBeenCalledWith([keys[0], keys[1], keys[2]], false)
})
