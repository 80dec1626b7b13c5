import { useCallback } from 'react'
import * as z from 'zod/mini'
import { localId, STORED_KEY_PREFIX, useStoredState } from '../../lib/stored-state'
import type { TenantScope } from './api/query-keys'
import { apiKeyFilters, type ApiKeyFilters } from './filters'

export const savedFilter = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  filters: apiKeyFilters,
})
export type SavedFilter = z.infer<typeof savedFilter>

/** Entries that fail the schema are dropped one by one; the rest survive. */
const savedFilterList = z.pipe(
  z.array(z.unknown()),
  z.transform((items) => items.flatMap((item) => {
    const parsed = savedFilter.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })),
)
const none: SavedFilter[] = []

const storageKey = (scope: TenantScope) => `${STORED_KEY_PREFIX}saved-filters:v1:${scope.customerId}:${scope.microtenantId}`

/** Saved filters of one customer and microtenant, kept in this browser's localStorage. */
export function useSavedFilters(scope: TenantScope) {
  const [list, setList] = useStoredState(storageKey(scope), savedFilterList, none)

  const save = useCallback(
    (name: string, filters: ApiKeyFilters): SavedFilter => {
      const entry = { id: localId(), name: name.trim(), filters }
      setList((current) => [...current, entry])
      return entry
    },
    [setList],
  )
  const update = useCallback(
    (id: string, filters: ApiKeyFilters) => setList((current) => current.map((f) => (f.id === id ? { ...f, filters } : f))),
    [setList],
  )
  const remove = useCallback((id: string) => setList((current) => current.filter((f) => f.id !== id)), [setList])

  return { list, save, update, remove }
}
