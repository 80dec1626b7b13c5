import * as z from 'zod/mini'
import { NOT_USED_FOR_DAYS, notUsedForDaysParam } from '../../components/data-table/not-used-filter'
import { idString } from '../../contract/primitives'
import { formatSearch, type SearchTerm } from '../../contract/search'

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))

/** Local midnight of a yyyy-mm-dd day (plus `days`), in epoch seconds: DST-safe, unlike adding 86400. */
function dayStart(day: string, days = 0): number {
  const [y, m, d] = day.split('-').map(Number)
  return Math.floor(new Date(y, m - 1, d + days).getTime() / 1000)
}

/** How Name matches: contains ('', the default), starts with or ends with, as the API's search operators. */
const NAME_MATCH_OPERATORS = { '': 'LIKE', startswith: 'STARTSWITH', endswith: 'ENDSWITH' } as const

/**
 * The one declaration of what the admin can filter the list by: each field's accepted values (empty means "any")
 * and the search term it adds. The filter schema, the empty filters, the URL's parsers and keys, and the list's
 * `search` all derive from it.
 */
const filterFields = {
  name: {
    values: z.string().check(z.maxLength(200)),
    term: (name: string, filters: Partial<Record<string, string>>): SearchTerm | undefined =>
      name.trim() ? { field: 'name', op: NAME_MATCH_OPERATORS[(filters.nameMatch ?? '') as keyof typeof NAME_MATCH_OPERATORS], value: name.trim() } : undefined,
  },
  /** Read by the name's term; no term of its own. */
  nameMatch: { values: z.enum(['startswith', 'endswith']), term: (): undefined => undefined },
  status: { values: z.enum(['enabled', 'disabled']), term: (status: string): SearchTerm => ({ field: 'enabled', op: 'EQ', value: status === 'enabled' }) },
  roleId: { values: idString, term: (roleId: string): SearchTerm => ({ field: 'roleId', op: 'EQ', value: roleId }) },
  locked: { values: z.enum(['locked', 'unlocked']), term: (locked: string): SearchTerm => ({ field: 'isLocked', op: 'EQ', value: locked === 'locked' }) },
  /** Creation Date range, inclusive, as yyyy-mm-dd days in the admin's time zone. */
  createdFrom: { values: isoDate, term: (day: string): SearchTerm => ({ field: 'creationTime', op: 'GE', value: String(dayStart(day)) }) },
  createdTo: { values: isoDate, term: (day: string): SearchTerm => ({ field: 'creationTime', op: 'LT', value: String(dayStart(day, 1)) }) },
  /** Not a search term: the list's own `notUsedForDays` (filtersToListParams). */
  notUsedForDays: { values: z.enum(NOT_USED_FOR_DAYS), term: (): undefined => undefined, narrows: true },
} as const

type FilterField = keyof typeof filterFields
export const filterFieldNames = Object.keys(filterFields) as FilterField[]

const mapFields = <T>(value: (field: FilterField) => T) => Object.fromEntries(filterFieldNames.map((field) => [field, value(field)])) as Record<FilterField, T>

/** What the admin can filter the list by, a value of each field (or '' for "any"). */
export type ApiKeyFilters = { [F in FilterField]: z.output<(typeof filterFields)[F]['values']> | '' }

export const noFilters = mapFields(() => '') as ApiKeyFilters

/** The value a field takes from text (the URL, a saved filter), or undefined when it refuses it. */
export function parseFilterValue(field: FilterField, text: string): string | undefined {
  const parsed = filterFields[field].values.safeParse(text)
  return parsed.success && parsed.data === text && text !== '' ? text : undefined
}

/** How many fields narrow the list: those that add a search term (a Name match with no name does not). */
export const appliedFilterCount = (filters: ApiKeyFilters) =>
  filterFieldNames.filter((field) => filters[field] && ('narrows' in filterFields[field] || filterFields[field].term(filters[field], filters))).length

export const hasFilters = (filters: ApiKeyFilters) => appliedFilterCount(filters) > 0

export const sameFilters = (a: ApiKeyFilters, b: ApiKeyFilters) => filterFieldNames.every((field) => a[field] === b[field])

/** The applied filters as the API's `search` expression (undefined when nothing is filtered). */
export function filtersToSearch(filters: ApiKeyFilters): string | undefined {
  const terms = filterFieldNames.flatMap((field) => {
    const term = filters[field] ? filterFields[field].term(filters[field], filters) : undefined
    return term ? [term] : []
  })
  return terms.length ? formatSearch(terms) : undefined
}

/** The applied filters as the list request's `search` and `notUsedForDays`. */
export const filtersToListParams = (filters: ApiKeyFilters) => ({ search: filtersToSearch(filters), notUsedForDays: notUsedForDaysParam(filters.notUsedForDays) })

/** Filters from a record of field → text (a saved filter): unknown fields are dropped, refused values are "any". */
export const filtersFromRecord = (record: Partial<Record<string, string>>): ApiKeyFilters =>
  mapFields((field) => parseFilterValue(field, record[field] ?? '') ?? '') as ApiKeyFilters

export { mapFields as mapFilterFields }
