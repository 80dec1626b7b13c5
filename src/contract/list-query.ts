import { z } from 'zod'
import { apiKeySortFields, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, sortOrders } from './api-key'
import { idString } from './primitives'

const pageNumber = z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1))
const pageSize = z
  .string()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_PAGE_SIZE))

/** Query string of GET /apiKeys. `pagesize` is ZPA's spelling; `pageSize` is accepted too. */
export const listApiKeysQuery = z
  .object({
    page: pageNumber.default(1),
    pagesize: pageSize.optional(),
    pageSize: pageSize.optional(),
    search: z.string().optional(),
    sortBy: z.enum(apiKeySortFields).optional(),
    sortOrder: z.enum(sortOrders).optional(),
    microtenantId: idString.optional(),
  })
  .transform(({ pagesize, pageSize: camel, ...rest }) => ({ ...rest, pageSize: pagesize ?? camel ?? DEFAULT_PAGE_SIZE }))
export type ListApiKeysQuery = z.output<typeof listApiKeysQuery>
