import * as z from 'zod/mini'
import { _default as withDefault } from 'zod/mini'
import { apiKeySortFields, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, sortOrders } from './api-key'
import { idString } from './primitives'

const wholeNumber = () => z.pipe(z.string().check(z.regex(/^\d+$/, 'must be a whole number')), z.transform(Number))
const pageNumber = z.pipe(wholeNumber(), z.number().check(z.int(), z.minimum(1)))
const pageSize = z.pipe(wholeNumber(), z.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)))

/** Query string of GET /apiKeys. `pagesize` is ZPA's spelling; `pageSize` is accepted too. */
export const listApiKeysQuery = z.pipe(
  z.object({
    page: withDefault(pageNumber, 1),
    pagesize: z.optional(pageSize),
    pageSize: z.optional(pageSize),
    search: z.optional(z.string()),
    sortBy: z.optional(z.enum(apiKeySortFields)),
    sortOrder: z.optional(z.enum(sortOrders)),
    microtenantId: z.optional(idString),
  }),
  z.transform(({ pagesize, pageSize: camel, ...rest }) => ({ ...rest, pageSize: pagesize ?? camel ?? DEFAULT_PAGE_SIZE })),
)
export type ListApiKeysQuery = z.output<typeof listApiKeysQuery>
