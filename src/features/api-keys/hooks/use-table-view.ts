import { createParser, parseAsString, useQueryStates, type inferParserType } from 'nuqs'
import { useMemo } from 'react'
import { pagingParsers, settleView } from '../../../components/data-table/table-view'
import { apiKeySortFields, type PageSize } from '../../../contract/api-key'
import type { ApiKeyListParams } from '../api/query-keys'
import { filterFieldNames, filtersToListParams, mapFilterFields, parseFilterValue, type ApiKeyFilters } from '../filters'

/** A filter value that its field accepts; anything else in the URL is dropped. */
const parseAsFilter = (field: (typeof filterFieldNames)[number]) =>
  createParser({ parse: (value) => parseFilterValue(field, value) ?? null, serialize: String })

export const tableViewParsers = {
  ...pagingParsers(apiKeySortFields),
  ...mapFilterFields(parseAsFilter),
  /** The saved filter the view started from, if any. */
  savedFilter: parseAsString,
}

/** Every view key cleared: the default view. */
export const defaultTableView = Object.fromEntries(Object.keys(tableViewParsers).map((key) => [key, null])) as {
  [K in keyof typeof tableViewParsers]: null
}

type UrlTableView = inferParserType<typeof tableViewParsers>
/** The view on screen: the URL's, with the rows per page settled. */
export type TableViewState = Omit<UrlTableView, 'pageSize'> & { pageSize: PageSize }

/** The filters a view applies; a filter absent from the URL is "any". */
export const filtersOfView = (view: TableViewState): ApiKeyFilters => mapFilterFields((field) => view[field] ?? '') as ApiKeyFilters

/** URL values for a set of filters: empty ones leave the query string. */
export const filtersToView = (filters: ApiKeyFilters) => mapFilterFields((field) => filters[field] || null)

/** The list request that shows a view: one definition for the table's query and the server's first view. */
export const listParamsForView = (view: TableViewState): ApiKeyListParams => ({
  page: view.page,
  pageSize: view.pageSize,
  ...filtersToListParams(filtersOfView(view)),
  sortBy: view.sortBy ?? undefined,
  sortOrder: view.sortOrder,
})

/**
 * The table's view (filters, sort, page, rows per page, saved filter) lives in the query string:
 * a copied link reopens it, Back/Forward move through it, and values the parsers reject fall back to defaults.
 */
export function useTableView(preferredPageSize: number | undefined) {
  const [urlView, setView] = useQueryStates(tableViewParsers, { history: 'push' })
  const view = settleView(urlView, preferredPageSize)
  const filterKey = filterFieldNames.map((field) => urlView[field] ?? '').join('\u0000')
  // Only the filter fields: a new page or sort keeps the same filters object.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => filtersOfView(view), [filterKey])
  return { view, filters, setView }
}
