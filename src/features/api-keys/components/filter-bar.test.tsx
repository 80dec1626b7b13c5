import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, expect, test, vi } from 'vitest'
import { jsonResponse } from '../../../test/api-fixtures'
import { choose } from '../../../test/choose'
import { noFilters, type ApiKeyFilters } from '../filters'
import { TenantScopeProvider } from '../tenant-scope'
import { NAME_FILTER_DELAY_MS } from '../../../components/data-table/name-filter'
import { FilterBar } from './filter-bar'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/**
 * The bar with applied filters that, like the URL's, take effect only when the page re-renders with them;
 * `start` is where Reset goes (a saved filter as saved).
 */
function renderBar(start: ApiKeyFilters = noFilters, startName?: string) {
  vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, [])))
  const requested: ApiKeyFilters[] = []
  /** Puts the last requested filters into effect, as the page's next render would. */
  let commit: (() => void) | undefined
  function Harness() {
    const [applied, setApplied] = useState<ApiKeyFilters>(start)
    return (
      <FilterBar
        applied={applied}
        start={start}
        startName={startName}
        onApply={(filters) => {
          requested.push(filters)
          commit = () => setApplied(filters)
        }}
        onReset={() => setApplied(start)}
      />
    )
  }
  render(
    <QueryClientProvider client={new QueryClient()}>
      <TenantScopeProvider value={{ customerId: '216196257331281920', microtenantId: '0' }}>
        <Harness />
      </TenantScopeProvider>
    </QueryClientProvider>,
  )
  return { requested, commit: () => act(() => commit?.()) }
}

const typeInto = (input: HTMLInputElement, value: string) => fireEvent.change(input, { target: { value } })

test('keys typed while a pause in typing is being applied are kept, then applied in turn', () => {
  vi.useFakeTimers()
  const { requested, commit } = renderBar()
  const name = screen.getByLabelText<HTMLInputElement>('Name')

  typeInto(name, 'terr')
  act(() => vi.advanceTimersByTime(NAME_FILTER_DELAY_MS))
  expect(requested.map((f) => f.name)).toEqual(['terr'])

  // The admin types on before the page has re-rendered with "terr" applied.
  typeInto(name, 'terra')
  commit()
  expect(name.value).toBe('terra')

  typeInto(name, 'terraform')
  act(() => vi.advanceTimersByTime(NAME_FILTER_DELAY_MS))
  expect(requested.map((f) => f.name)).toEqual(['terr', 'terraform'])
})

test('a change from outside the bar (Reset) still replaces what the fields show', () => {
  vi.useFakeTimers()
  const { commit } = renderBar()
  const name = screen.getByLabelText<HTMLInputElement>('Name')
  typeInto(name, 'dev')
  act(() => vi.advanceTimersByTime(NAME_FILTER_DELAY_MS))
  commit()
  expect(name.value).toBe('dev')
  act(() => screen.getByRole('button', { name: 'Reset' }).click())
  expect(name.value).toBe('')
})

test('a chosen Status applies at once, with a name typed but not yet applied', async () => {
  const user = userEvent.setup()
  const { requested, commit } = renderBar()
  await user.click(screen.getByLabelText('Status'))
  const disabled = await screen.findByRole('option', { name: 'Disabled' })
  // Typed just before the choice, well inside the name's pause.
  typeInto(screen.getByLabelText<HTMLInputElement>('Name'), 'dev')
  await user.click(disabled)
  expect(requested).toEqual([{ ...noFilters, name: 'dev', status: 'disabled' }])
  commit()
  expect(screen.getByLabelText('Status').textContent).toBe('Disabled')
  // The name went with it: no second request when its pause ends.
  await act(() => new Promise((resolve) => setTimeout(resolve, NAME_FILTER_DELAY_MS + 50)))
  expect(requested).toHaveLength(1)
})

test('Apply applies the name at once, without waiting for the pause', () => {
  vi.useFakeTimers()
  const { requested } = renderBar()
  typeInto(screen.getByLabelText<HTMLInputElement>('Name'), 'terraform')
  act(() => screen.getByRole('button', { name: 'Apply' }).click())
  expect(requested.map((f) => f.name)).toEqual(['terraform'])
})

test('Clear empties every field; Reset goes back to where the view started, and says where', async () => {
  const user = userEvent.setup()
  const saved: ApiKeyFilters = { ...noFilters, status: 'enabled', locked: 'locked' }
  const { requested, commit } = renderBar(saved, 'Enabled and locked')
  // Unchanged, the view is where it started: nothing to reset.
  expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull()
  const clear = screen.getByRole('button', { name: 'Clear' })
  expect(clear.title).toBe('Empty every field; "Enabled and locked" stays selected, marked changed')

  await user.click(clear)
  expect(requested).toEqual([noFilters])
  commit()
  expect(screen.getByLabelText('Status').textContent).toBe('Any')
  expect(screen.getByLabelText('Locked').textContent).toBe('Any')

  const reset = screen.getByRole('button', { name: 'Reset' })
  expect(reset.title).toBe('Back to the saved filter "Enabled and locked" as saved')
  await user.click(reset)
  expect(screen.getByLabelText('Status').textContent).toBe('Enabled')
  expect(screen.getByLabelText('Locked').textContent).toBe('Locked')
  expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull()
})

test('a range that ends before it starts says so and is not applied; the other fields still are', async () => {
  const user = userEvent.setup()
  const { requested, commit } = renderBar({ ...noFilters, createdFrom: '2025-03-10' })
  const from = screen.getByLabelText('Created from')
  expect(screen.queryByRole('alert')).toBeNull()

  // "Created to" opens on the month of "Created from"; the 5th is before the 10th.
  await user.click(screen.getByLabelText('Created to'))
  await user.click(await screen.findByRole('button', { name: /March 5th, 2025/ }, { timeout: 5000 }))
  const alert = screen.getByRole('alert')
  expect(alert.textContent).toBe('Start date is after end date')
  expect(from.getAttribute('aria-invalid')).toBe('true')
  expect(from.getAttribute('aria-describedby')).toBe(alert.id)
  expect(requested).toEqual([])

  await choose(user, 'Status', 'Enabled')
  expect(requested).toEqual([{ ...noFilters, createdFrom: '2025-03-10', status: 'enabled' }])
  commit()
  expect(screen.getByLabelText('Created to').textContent).toBe('Mar 5, 2025')

  // Fixed, the range applies.
  await user.click(screen.getByRole('button', { name: 'Remove Created from' }))
  expect(screen.queryByRole('alert')).toBeNull()
  expect(requested.at(-1)).toEqual({ ...noFilters, createdTo: '2025-03-05', status: 'enabled' })
})

test('"Not used for" is a field of the bar: its spans from 7 to 365 days, and a chosen one applies at once', async () => {
  const user = userEvent.setup()
  const { requested, commit } = renderBar()
  await choose(user, 'Not used for', '90 days')
  expect(requested).toEqual([{ ...noFilters, notUsedForDays: '90' }])
  commit()
  expect(screen.getByLabelText('Not used for').textContent).toBe('90 days')
  await user.click(screen.getByLabelText('Not used for'))
  expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual(['Any', '7 days', '30 days', '90 days', '180 days', '365 days'])
})
