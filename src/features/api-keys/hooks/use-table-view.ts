import { createParser, parseAsNumberLiteral, parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs'
import { useMemo } from 'react'
import { apiKeySortFields, DEFAULT_PAGE_SIZE, PAGE_SIZES, sortOrders } from '../../../contract/api-key'
import { apiKeyFilters, type ApiKeyFilters } from '../filters'

/** Accepts only 1, 2, 3…; anything else in the URL falls back to the default. */
const parseAsPageNumber = createParser({
  parse: (value) => (/^[1-9]\d{0,8}$/.test(value) ? Number(value) : null),
  serialize: String,
})

/** A filter value that the filter schema accepts; anything else in the URL is dropped. */
const parseAsFilter = <F extends keyof ApiKeyFilters>(field: F) =>
  createParser({
    parse: (value) => {
      const parsed = apiKeyFilters.shape[field].safeParse(value)
      return parsed.success && parsed.data !== '' && parsed.data === value ? (parsed.data as ApiKeyFilters[F]) : null
    },
    serialize: String,
  })

export const tableViewParsers = {
  page: parseAsPageNumber.withDefault(1),
  pageSize: parseAsNumberLiteral(PAGE_SIZES).withDefault(DEFAULT_PAGE_SIZE),
  sortBy: parseAsStringLiteral(apiKeySortFields),
  sortOrder: parseAsStringLiteral(sortOrders).withDefault('ASC'),
  name: parseAsFilter('name'),
  status: parseAsFilter('status'),
  roleId: parseAsFilter('roleId'),
  locked: parseAsFilter('locked'),
  createdFrom: parseAsFilter('createdFrom'),
  createdTo: parseAsFilter('createdTo'),
  /** The saved filter the view started from, if any. */
  savedFilter: parseAsString,
}

/** Every view key cleared: the default view. */
export const defaultTableView = Object.fromEntries(Object.keys(tableViewParsers).map((key) => [key, null])) as {
  [K in keyof typeof tableViewParsers]: null
}

/**
 * The table's view (filters, sort, page, rows per page, saved filter) lives in the query string:
 * a copied link reopens it, Back/Forward move through it, and values the parsers reject fall back to defaults.
 */
export function useTableView() {
  const [view, setView] = useQueryStates(tableViewParsers, { history: 'push' })
  const filters: ApiKeyFilters = useMemo(
    () => ({
      name: view.name ?? '',
      status: view.status ?? '',
      roleId: view.roleId ?? '',
      locked: view.locked ?? '',
      createdFrom: view.createdFrom ?? '',
      createdTo: view.createdTo ?? '',
    }),
    [view.name, view.status, view.roleId, view.locked, view.createdFrom, view.createdTo],
  )
  return { view, filters, setView }
}

/** URL values for a set of filters: empty ones leave the query string. */
export const filtersToView = (filters: ApiKeyFilters) => ({
  name: filters.name || null,
  status: filters.status || null,
  roleId: filters.roleId || null,
  locked: filters.locked || null,
  createdFrom: filters.createdFrom || null,
  createdTo: filters.createdTo || null,
})
