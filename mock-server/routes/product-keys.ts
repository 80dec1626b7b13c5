/**
 * What the management routes of the products without microtenants (ZCC, ZDX) share: the path's customer must be the
 * session's, the path's key id, and a list search limited to the product's own fields.
 */
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { parseSearch, type SearchTerm } from '../../src/contract/search'
import type { AppEnv } from '../auth'
import { accessDenied, invalidOperand, notFound } from '../errors'
import { isIdString } from '../store/ids'

/** The path's customer must be the session's. */
export const sameCustomer = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.param('customerId') !== c.var.principal.customerId) throw accessDenied('The session does not belong to this customer')
  await next()
})

/** The key id of the path; one that is not a decimal id cannot exist. */
export function keyIdParam(c: Context<AppEnv>): string {
  const id = c.req.param('id')
  if (id === undefined || !isIdString(id)) throw notFound(`There is no API key ${id ?? ''}`.trim())
  return id
}

/** The terms of a list's `search` (SPEC §2's grammar); 400 filtering.input.invalid.operand for a field not in `fields`. */
export function searchTermsOver(search: string | undefined, fields: readonly string[], product: string): SearchTerm[] {
  const parsed = parseSearch(search ?? '')
  if (!parsed.ok) throw invalidOperand(`The search is not valid: ${parsed.reason}`)
  const other = parsed.terms.find((term) => !fields.includes(term.field))
  if (other) throw invalidOperand(`The search is not valid: '${other.field}' is not a searchable field of a ${product} API key`)
  return parsed.terms
}
