/** Every error leaves as JSON `{id, reason, params?}` (ZPA's shape): never HTML, never a stack trace. */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type * as z from 'zod/mini'
import { errorIds, type ApiErrorBody } from '../src/contract/errors'
import { StoreError, type StoreErrorKind } from './store/store'

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly body: ApiErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.reason)
    this.name = 'ApiError'
  }

  respond(c: Context): Response {
    return c.json(this.body, this.status, this.headers)
  }
}

export const invalidArgument = (reason: string, params?: string[]) =>
  new ApiError(400, { id: errorIds.invalidArgument, reason, ...(params?.length ? { params } : {}) })

export const invalidOperand = (reason: string) => new ApiError(400, { id: errorIds.invalidOperand, reason })

export const accessDenied = (reason = 'Sign in to use the API') => new ApiError(401, { id: errorIds.accessDenied, reason })

export const forbidden = (reason: string) => new ApiError(403, { id: errorIds.forbidden, reason })

export const notFound = (reason = 'The resource does not exist') => new ApiError(404, { id: errorIds.notFound, reason })

export const unsupportedMediaType = (reason = 'The request body must be JSON (Content-Type: application/json)') =>
  new ApiError(415, { id: errorIds.unsupportedMediaType, reason })

// ZPA has no id of its own for it: a body too large is a bad argument, as Hono's own 4xx are (handleError).
export const payloadTooLarge = (reason: string) => new ApiError(413, { id: errorIds.invalidArgument, reason })

/** A route answering 405 with the methods the path does allow. */
export const methodNotAllowed =
  (...allowed: string[]) =>
  (): never => {
    throw new ApiError(
      405,
      { id: errorIds.methodNotAllowed, reason: `This resource only allows ${allowed.join(', ')}` },
      { Allow: allowed.join(', ') },
    )
  }

/** A failed zod parse as 400: the fields in `params`, the schema's messages in `reason`. */
export function fromZodError(error: z.core.$ZodError): ApiError {
  const fields = [...new Set(error.issues.flatMap((issue) => (issue.path.length > 0 ? [String(issue.path[0])] : [])))]
  const reason = error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ')
  return invalidArgument(reason, fields)
}

const STORE_ERRORS: Record<StoreErrorKind, (message: string) => ApiError> = {
  tenantNotFound: (message) => accessDenied(message),
  microtenantNotFound: (message) => invalidArgument(message, ['microtenantId']),
  keyNotFound: (message) => notFound(message),
  readOnlyKey: (message) => forbidden(message),
  duplicateName: (message) => new ApiError(409, { id: errorIds.duplicate, reason: message, params: ['name'] }),
  unknownRole: (message) => invalidArgument(message, ['roleId']),
  // The disk refused a write: nothing changed, and writes stay refused until the server restarts on a working disk.
  storageUnavailable: (message) => new ApiError(503, { id: errorIds.retryable, reason: message }, { 'Retry-After': '5' }),
}

export const handleError: ErrorHandler = (error, c) => {
  if (error instanceof ApiError) return error.respond(c)
  if (error instanceof StoreError) return STORE_ERRORS[error.kind](error.message).respond(c)
  if (error instanceof HTTPException && error.status < 500) {
    return new ApiError(error.status, { id: errorIds.invalidArgument, reason: error.message || 'The request is not valid' }).respond(c)
  }
  console.error(error)
  return new ApiError(500, { id: errorIds.internal, reason: 'The server failed to handle the request' }).respond(c)
}

export const handleNotFound: NotFoundHandler = (c) => notFound().respond(c)
