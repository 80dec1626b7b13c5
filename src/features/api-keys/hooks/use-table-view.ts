import { createParser, parseAsNumberLiteral, parseAsString, parseAsStringLiteral, useQueryStates, type inferParserType } from 'nuqs'
import { useMemo } from 'react'
import { apiKeySortFields, DEFAULT_PAGE_SIZE, PAGE_SIZES, sortOrders } from '../../../contract/api-key'
import type { ApiKeyListParams } from '../api/query-keys'
import { apiKeyFilters, filtersToSearch, type ApiKeyFilters } from '../filters'

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

export type TableViewState = inferParserType<typeof tableViewParsers>

/** The filters a view applies; a filter absent from the URL is "any". */
export const filtersOfView = (view: TableViewState): ApiKeyFilters => ({
  name: view.name ?? '',
  status: view.status ?? '',
  roleId: view.roleId ?? '',
  locked: view.locked ?? '',
  createdFrom: view.createdFrom ?? '',
  createdTo: view.createdTo ?? '',
})

/** The list request that shows a view: one definition for the table's query and for requests sent ahead of it. */
export const listParamsForView = (view: TableViewState): ApiKeyListParams => ({
  page: view.page,
  pageSize: view.pageSize,
  search: filtersToSearch(filtersOfView(view)),
  sortBy: view.sortBy ?? undefined,
  sortOrder: view.sortOrder,
})

/**
 * The table's view (filters, sort, page, rows per page, saved filter) lives in the query string:
 * a copied link reopens it, Back/Forward move through it, and values the parsers reject fall back to defaults.
 */
export function useTableView() {
  const [view, setView] = useQueryStates(tableViewParsers, { history: 'push' })
  const filters: ApiKeyFilters = useMemo(
    () => filtersOfView(view),
    // Only the filter fields: a new page or sort keeps the same filters object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
