import { createLoader, createParser, useQueryStates, type inferParserType } from 'nuqs'
import { pagingParsers, settleView } from '../../components/data-table/table-view'
import type { PageSize } from '../../contract/api-key'
import { formatSearch } from '../../contract/search'
import { zccApiKeySortFields } from '../../contract/zcc-api-key'
import type { ZccApiKeyListParams } from './api/query-keys'

/** A name of at most 200 characters; anything else in the URL is dropped. */
const parseAsName = createParser({ parse: (value) => (value.length > 0 && value.length <= 200 ? value : null), serialize: String })

/** The page's URL keys: page, rows per page, sort, and the Name filter. */
export const zccTableViewParsers = { ...pagingParsers(zccApiKeySortFields), name: parseAsName }
export const loadZccTableView = createLoader(zccTableViewParsers)

/** The view on screen: the URL's, with the rows per page settled. */
export type ZccTableView = Omit<inferParserType<typeof zccTableViewParsers>, 'pageSize'> & { pageSize: PageSize }

/** The list request that shows a view: one definition for the table's query and the server's first view. */
export const listParamsForZccView = (view: ZccTableView): ZccApiKeyListParams => ({
  page: view.page,
  pageSize: view.pageSize,
  search: view.name?.trim() ? formatSearch([{ field: 'name', op: 'LIKE', value: view.name.trim() }]) : undefined,
  sortBy: view.sortBy ?? undefined,
  sortOrder: view.sortOrder,
})

/** The table's view lives in the query string: a copied link reopens it, Back/Forward move through it. */
export function useZccTableView(preferredPageSize: number | undefined) {
  const [urlView, setView] = useQueryStates(zccTableViewParsers, { history: 'push' })
  return { view: settleView(urlView, preferredPageSize), setView }
}
