import * as z from 'zod/mini'
import { idString } from '../../contract/primitives'
import { formatSearch, type SearchTerm } from '../../contract/search'

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))

/** What the admin can filter the list by. Empty strings mean "any". */
export const apiKeyFilters = z.object({
  name: z.catch(z.string().check(z.maxLength(200)), ''),
  status: z.catch(z.enum(['', 'enabled', 'disabled']), ''),
  roleId: z.catch(z.union([idString, z.literal('')]), ''),
  locked: z.catch(z.enum(['', 'locked', 'unlocked']), ''),
  /** Creation Date range, inclusive, as yyyy-mm-dd days in the admin's time zone. */
  createdFrom: z.catch(z.union([isoDate, z.literal('')]), ''),
  createdTo: z.catch(z.union([isoDate, z.literal('')]), ''),
})
export type ApiKeyFilters = z.infer<typeof apiKeyFilters>

export const noFilters: ApiKeyFilters = { name: '', status: '', roleId: '', locked: '', createdFrom: '', createdTo: '' }

export const hasFilters = (filters: ApiKeyFilters) => Object.values(filters).some((value) => value !== '')

export const sameFilters = (a: ApiKeyFilters, b: ApiKeyFilters) =>
  (Object.keys(noFilters) as (keyof ApiKeyFilters)[]).every((field) => a[field] === b[field])

/** Local midnight of a yyyy-mm-dd day (plus `days`), in epoch seconds: DST-safe, unlike adding 86400. */
function dayStart(day: string, days = 0): number {
  const [y, m, d] = day.split('-').map(Number)
  return Math.floor(new Date(y, m - 1, d + days).getTime() / 1000)
}

/** The applied filters as the API's `search` expression (undefined when nothing is filtered). */
export function filtersToSearch(filters: ApiKeyFilters): string | undefined {
  const terms: SearchTerm[] = []
  const name = filters.name.trim()
  if (name) terms.push({ field: 'name', op: 'LIKE', value: name })
  if (filters.status) terms.push({ field: 'enabled', op: 'EQ', value: filters.status === 'enabled' })
  if (filters.roleId) terms.push({ field: 'roleId', op: 'EQ', value: filters.roleId })
  if (filters.locked) terms.push({ field: 'isLocked', op: 'EQ', value: filters.locked === 'locked' })
  if (filters.createdFrom) terms.push({ field: 'creationTime', op: 'GE', value: String(dayStart(filters.createdFrom)) })
  if (filters.createdTo) terms.push({ field: 'creationTime', op: 'LT', value: String(dayStart(filters.createdTo, 1)) })
  return terms.length ? formatSearch(terms) : undefined
}
