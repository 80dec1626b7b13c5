import * as z from 'zod/mini'

/** Every error the API returns has this shape, whatever the status. */
export const apiErrorBody = z.object({
  id: z.string(),
  reason: z.string(),
  params: z.optional(z.array(z.string())),
})
export type ApiErrorBody = z.infer<typeof apiErrorBody>

/** Error ids used by the API (ZPA's own dotted codes). */
export const errorIds = {
  invalidArgument: 'invalid.resource.argument',
  invalidOperand: 'filtering.input.invalid.operand',
  notFound: 'resource.not.found',
  accessDenied: 'access.denied',
  forbidden: 'resource.access.forbidden',
  duplicate: 'resource.already.exists',
  unsupportedMediaType: 'unsupported.media.type',
  methodNotAllowed: 'method.not.allowed',
  retryable: 'retryable.server.error',
  internal: 'internal.server.error',
  invalidCredentials: 'invalid.client.credentials',
} as const
