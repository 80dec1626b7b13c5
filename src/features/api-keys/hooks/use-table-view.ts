import { createParser, parseAsNumberLiteral, useQueryStates } from 'nuqs'
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../../contract/api-key'

/** Accepts only 1, 2, 3…; anything else in the URL falls back to the default. */
const parseAsPageNumber = createParser({
  parse: (value) => (/^[1-9]\d{0,8}$/.test(value) ? Number(value) : null),
  serialize: String,
})

const tableViewParsers = {
  page: parseAsPageNumber.withDefault(1),
  pageSize: parseAsNumberLiteral(PAGE_SIZES).withDefault(DEFAULT_PAGE_SIZE),
}

/** The table's view (page and rows per page) lives in the query string: links reopen it, Back/Forward move through it. */
export function useTableView() {
  return useQueryStates(tableViewParsers, { history: 'push' })
}
