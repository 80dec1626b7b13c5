import { z } from 'zod'
import { idString } from './primitives'

/** Seeds a tenant can start from. `large` takes `size` keys in Default. */
export const tenantPresets = ['default', 'empty', 'microtenant', 'large'] as const
export type TenantPreset = (typeof tenantPresets)[number]

/** POST /__mock/tenants: a fresh customer, bound to the calling browser by the session cookie. */
export const createTenantInput = z.object({
  preset: z.enum(tenantPresets).default('default'),
  size: z.number().int().min(0).max(200_000).optional(),
})
export type CreateTenantInput = z.input<typeof createTenantInput>

export const createdTenant = z.object({
  customerId: idString,
  preset: z.enum(tenantPresets),
  microtenants: z.array(z.object({ id: idString, name: z.string() })),
})
export type CreatedTenant = z.infer<typeof createdTenant>

export const faultMethods = ['GET', 'POST', 'PUT', 'DELETE'] as const

/**
 * POST /__mock/faults: answer the tenant's matching requests with an error and/or after a delay.
 * `path` is a glob over the whole request path (no query): `*` is any text within one segment,
 * `**` any text across segments (`**` alone matches every path).
 */
export const createFaultInput = z
  .object({
    method: z.enum(faultMethods).optional(),
    path: z
      .string()
      .min(1)
      .max(500)
      .regex(/^[/*]/, 'must start with / or *')
      .default('**'),
    status: z.number().int().min(400).max(599).optional(),
    delayMs: z.number().int().min(0).max(60_000).optional(),
    /** How many matching requests it applies to; absent, until it is deleted. */
    times: z.number().int().min(1).max(1_000_000).optional(),
    /** The Retry-After header, in seconds (a 503 or 429 sends 1 when absent). */
    retryAfter: z.number().int().min(0).max(86_400).optional(),
  })
  .refine((fault) => fault.status !== undefined || fault.delayMs !== undefined, {
    message: 'a fault needs a status, a delayMs or both',
    path: ['status'],
  })
export type CreateFaultInput = z.input<typeof createFaultInput>

export const fault = z.object({
  id: z.string(),
  method: z.enum(faultMethods).optional(),
  path: z.string(),
  status: z.number().int().optional(),
  delayMs: z.number().int().optional(),
  retryAfter: z.number().int().optional(),
  /** Matching requests it still applies to; null until it is deleted. */
  remaining: z.number().int().nullable(),
})
export type Fault = z.infer<typeof fault>
export const faultList = z.array(fault)

/** POST /__mock/clock: moves the tenant's mock clock forward (token expiry, sign-in locks). */
export const advanceClockInput = z.object({ advanceSeconds: z.number().int().min(0).max(10 * 365 * 24 * 3600) })
export type AdvanceClockInput = z.infer<typeof advanceClockInput>

/** GET/POST /__mock/clock: the tenant's mock time (epoch seconds) and how far it is ahead of real time. */
export const clockState = z.object({ now: z.string().regex(/^\d+$/), offsetSeconds: z.number().int() })
export type ClockState = z.infer<typeof clockState>
