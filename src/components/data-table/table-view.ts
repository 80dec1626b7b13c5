import { createParser, parseAsNumberLiteral, parseAsStringLiteral } from 'nuqs'
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, sortOrders, type PageSize, type SortOrder } from '../../contract/api-key'

/** Accepts only 1, 2, 3…; anything else in the URL falls back to the default. */
const parseAsPageNumber = createParser({
  parse: (value) => (/^[1-9]\d{0,8}$/.test(value) ? Number(value) : null),
  serialize: String,
})

/** The URL keys of a server-paged table's page, rows per page and sort; a feature adds its filter keys. */
export const pagingParsers = <Field extends string>(sortFields: readonly Field[]) => ({
  page: parseAsPageNumber.withDefault(1),
  /** Absent: the admin's preferred rows per page (their preferences), else the default. */
  pageSize: parseAsNumberLiteral(PAGE_SIZES),
  sortBy: parseAsStringLiteral(sortFields),
  sortOrder: parseAsStringLiteral(sortOrders).withDefault('ASC'),
})

/** The paging and sorting of a view on screen, with its rows per page settled. */
export interface PagedView<Field extends string> {
  page: number
  pageSize: PageSize
  sortBy: Field | null
  sortOrder: SortOrder
}

/** The URL's view with the rows per page it names, or else the admin's preferred, or else the default. */
export const settleView = <View extends { pageSize: PageSize | null }>(view: View, preferredPageSize: number | undefined): Omit<View, 'pageSize'> & { pageSize: PageSize } => ({
  ...view,
  pageSize: view.pageSize ?? PAGE_SIZES.find((size) => size === preferredPageSize) ?? DEFAULT_PAGE_SIZE,
})
