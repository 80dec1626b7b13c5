import type { SortOrder } from '../contract/api-key'

/** What the server is asked for: one page of one view of a product's key list. */
export interface ListParams<SortField extends string> {
  page: number
  pageSize: number
  search?: string
  sortBy?: SortField
  sortOrder?: SortOrder
  /** Only the keys with no sign-in or call in the last N days of the tenant's clock (never-used ones included). */
  notUsedForDays?: number
}

/** The list's query string as every product's list endpoint reads it (SPEC §2): the order only with a sort field. */
export const listQuery = ({ page, pageSize, search, sortBy, sortOrder, notUsedForDays }: ListParams<string>) => ({
  page,
  pagesize: pageSize,
  search,
  sortBy,
  sortOrder: sortBy ? sortOrder : undefined,
  notUsedForDays,
})
