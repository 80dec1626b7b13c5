import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, expect, test, vi } from 'vitest'
import { jsonResponse } from '../../../test/api-fixtures'
import { noFilters, type ApiKeyFilters } from '../filters'
import { TenantScopeProvider } from '../tenant-scope'
import { FilterBar, NAME_FILTER_DELAY_MS } from './filter-bar'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** The bar with applied filters that, like the URL's, take effect only when the page re-renders with them. */
function renderBar() {
  vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, [])))
  const requested: ApiKeyFilters[] = []
  /** Puts the last requested filters into effect, as the page's next render would. */
  let commit: (() => void) | undefined
  function Harness() {
    const [applied, setApplied] = useState<ApiKeyFilters>(noFilters)
    return (
      <FilterBar
        applied={applied}
        onApply={(filters) => {
          requested.push(filters)
          commit = () => setApplied(filters)
        }}
        onReset={() => setApplied(noFilters)}
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
