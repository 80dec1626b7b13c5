import { QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { createQueryClient } from './query-client'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** A checkbox bound to the query cache, as Table Settings' column checkboxes are (through the preferences). */
function CachedCheckbox() {
  const client = useQueryClient()
  const { data } = useQuery({ queryKey: ['shown'], queryFn: () => true, staleTime: Infinity })
  return <input type="checkbox" aria-label="Client ID" checked={data ?? false} onChange={(event) => client.setQueryData(['shown'], event.target.checked)} />
}

test('a checkbox bound to the cache shows the click in the click\'s own task, before any timer runs', async () => {
  const client = createQueryClient()
  client.setQueryData(['shown'], true)
  render(
    <QueryClientProvider client={client}>
      <CachedCheckbox />
    </QueryClientProvider>,
  )
  const checkbox = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Client ID' })
  expect(checkbox.checked).toBe(true)

  fireEvent.click(checkbox)
  // The microtasks after the click run; no timer does (they are fake and never advanced).
  await act(async () => {
    for (let turn = 0; turn < 5; turn++) await Promise.resolve()
  })
  expect(client.getQueryData(['shown'])).toBe(false)
  expect(checkbox.checked).toBe(false)
})
