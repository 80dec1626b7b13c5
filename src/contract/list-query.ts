import * as z from 'zod/mini'
import { _default as withDefault } from 'zod/mini'
import { apiKeySortFields, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, sortOrders } from './api-key'
import { idString, MAX_NOT_USED_FOR_DAYS } from './primitives'

const wholeNumber = () => z.pipe(z.string().check(z.regex(/^\d+$/, 'must be a whole number')), z.transform(Number))
export const pageNumber = z.pipe(wholeNumber(), z.number().check(z.int(), z.minimum(1)))
export const pageSize = z.pipe(wholeNumber(), z.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)))
const notUsedForDays = z.pipe(wholeNumber(), z.number().check(z.int(), z.minimum(1), z.maximum(MAX_NOT_USED_FOR_DAYS)))

/** The paging, search and order parameters every product's key list takes (its own `sortBy` beside them). */
export const pagedListQueryShape = {
  page: withDefault(pageNumber, 1),
  pagesize: z.optional(pageSize),
  pageSize: z.optional(pageSize),
  search: z.optional(z.string()),
  sortOrder: z.optional(z.enum(sortOrders)),
  /** Only the keys with no sign-in or call in the last N days of the tenant's clock (never-used ones included). */
  notUsedForDays: z.optional(notUsedForDays),
}

/** `pagesize` is ZPA's spelling, `pageSize` is accepted too: one `pageSize` out, 20 when neither is given. */
export const withOnePageSize = <T extends { pagesize?: number; pageSize?: number }>({ pagesize, pageSize: camel, ...rest }: T) => ({
  ...rest,
  pageSize: pagesize ?? camel ?? DEFAULT_PAGE_SIZE,
})

/** Query string of GET /apiKeys. */
export const listApiKeysQuery = z.pipe(
  z.object({ ...pagedListQueryShape, sortBy: z.optional(z.enum(apiKeySortFields)), microtenantId: z.optional(idString) }),
  z.transform(withOnePageSize),
)
export type ListApiKeysQuery = z.output<typeof listApiKeysQuery>
