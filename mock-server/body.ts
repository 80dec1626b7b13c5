/** Reading request bodies at the edge: at most 1 MiB, JSON or 415, then the contract's schema or 400. */
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type * as z from 'zod/mini'
import { fromZodError, invalidArgument, payloadTooLarge, unsupportedMediaType } from './errors'

export const MAX_BODY_BYTES = 1024 * 1024

const bodyOverLimit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw payloadTooLarge('The request body is larger than 1 MiB')
  },
})

/**
 * 413 past MAX_BODY_BYTES, on every route: by Content-Length at once, else as soon as the stream passes it.
 * GET and HEAD carry no body (the Request refuses one), and asking for it would make node-server build the full Request.
 */
export const limitBodySize: MiddlewareHandler = (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : bodyOverLimit(c, next))

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i

export const isJsonType = (contentType: string): boolean => JSON_TYPE.test(contentType)

/** The parsed JSON body; 415 when it is not JSON (wrong content type or unparseable). `emptyAs` stands in for no body. */
export async function readJson(c: Context, options: { emptyAs?: unknown } = {}): Promise<unknown> {
  const text = await c.req.text()
  if (text.trim() === '' && options.emptyAs !== undefined) return options.emptyAs
  if (!isJsonType(c.req.header('Content-Type') ?? '')) throw unsupportedMediaType()
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
