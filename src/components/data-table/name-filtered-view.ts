import { createLoader, createParser, useQueryStates } from 'nuqs'
import { formatSearch } from '../../contract/search'
import type { ListParams } from '../../lib/list-params'
import { notUsedForDaysParam, parseAsNotUsedForDays, type NotUsedForDays } from './not-used-filter'
import { pagingParsers, settleView, type PagedView } from './table-view'

/** A name of at most 200 characters; anything else in the URL is dropped. */
const parseAsName = createParser({ parse: (value) => (value.length > 0 && value.length <= 200 ? value : null), serialize: String })

const nameViewParsers = <Field extends string>(sortFields: readonly Field[]) => ({
  ...pagingParsers(sortFields),
  name: parseAsName,
  notUsedForDays: parseAsNotUsedForDays,
})

/** The view on screen: the URL's, with the rows per page settled. */
export type NameFilteredTableView<Field extends string> = PagedView<Field> & { name: string | null; notUsedForDays: NotUsedForDays | null }

/**
 * The URL view of a key table filtered by Name (contains) and Not used for: page, rows per page, sort, name and
 * span, for the pages
 * without microtenants (Client Connector, Digital Experience). Declared once per page, at module level.
 */
export function nameFilteredView<Field extends string>(sortFields: readonly Field[]) {
  const parsers = nameViewParsers(sortFields)
  return {
    parsers,
    /** The view a query string names (the server's first view reads it with this). */
    load: createLoader(parsers),
    /** The list request that shows a view: one definition for the table's query and the server's first view. */
    listParams: (view: NameFilteredTableView<Field>): ListParams<Field> => ({
      page: view.page,
      pageSize: view.pageSize,
      search: view.name?.trim() ? formatSearch([{ field: 'name', op: 'LIKE', value: view.name.trim() }]) : undefined,
      sortBy: view.sortBy ?? undefined,
      sortOrder: view.sortOrder,
      notUsedForDays: notUsedForDaysParam(view.notUsedForDays),
    }),
  }
}
export type NameFilteredView<Field extends string> = ReturnType<typeof nameFilteredView<Field>>

/** The table's view lives in the query string: a copied link reopens it, Back/Forward move through it. */
export function useNameFilteredView<Field extends string>(tableView: NameFilteredView<Field>, preferredPageSize: number | undefined) {
  const [urlView, setView] = useQueryStates(tableView.parsers, { history: 'push' })
  return { view: settleView(urlView, preferredPageSize) as NameFilteredTableView<Field>, setView }
}
