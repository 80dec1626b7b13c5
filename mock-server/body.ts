/** Reading request bodies at the edge: JSON or 415, then the contract's schema or 400. */
import type { Context } from 'hono'
import type * as z from 'zod/mini'
import { fromZodError, invalidArgument, unsupportedMediaType } from './errors'

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i

/** The parsed JSON body; 415 when it is not JSON (wrong content type or unparseable). `emptyAs` stands in for no body. */
export async function readJson(c: Context, options: { emptyAs?: unknown } = {}): Promise<unknown> {
  const text = await c.req.text()
  if (text.trim() === '' && options.emptyAs !== undefined) return options.emptyAs
  if (!JSON_TYPE.test(c.req.header('Content-Type') ?? '')) throw unsupportedMediaType()
  try {
    return JSON.parse(text)
  } catch {
    throw unsupportedMediaType()
  }
}

/** Validates with a contract schema; a body that is not an object is 400 too. */
export function parseWith<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidArgument('The request body must be a JSON object')
  const result = schema.safeParse(value)
  if (!result.success) throw fromZodError(result.error)
  return result.data
}
