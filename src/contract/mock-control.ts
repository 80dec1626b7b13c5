import * as z from 'zod/mini'
import { _default as withDefault } from 'zod/mini'
import { idString } from './primitives'

/** A whole number from `min` to `max`. */
const wholeNumber = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max))

/** Seeds a tenant can start from. `large` takes `size` keys in Default. */
export const tenantPresets = ['default', 'empty', 'microtenant', 'large'] as const
export type TenantPreset = (typeof tenantPresets)[number]

/** The most keys a `large` tenant may hold: what the bench needs, and a bound on what one call may make the server seed. */
export const MAX_TENANT_SIZE = 100_000

/** POST /__mock/tenants: a fresh customer, bound to the calling browser by the session cookie. */
export const createTenantInput = z.object({
  preset: withDefault(z.enum(tenantPresets), 'default'),
  size: z.optional(wholeNumber(0, MAX_TENANT_SIZE)),
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
    method: z.optional(z.enum(faultMethods)),
    path: withDefault(z.string().check(z.minLength(1), z.maxLength(500), z.regex(/^[/*]/, 'must start with / or *')), '**'),
    status: z.optional(wholeNumber(400, 599)),
    delayMs: z.optional(wholeNumber(0, 60_000)),
    /** How many matching requests it applies to; absent, until it is deleted. */
    times: z.optional(wholeNumber(1, 1_000_000)),
    /** The Retry-After header, in seconds (a 503 or 429 sends 1 when absent). */
    retryAfter: z.optional(wholeNumber(0, 86_400)),
  })
  .check(
    z.refine((fault) => fault.status !== undefined || fault.delayMs !== undefined, {
      error: 'a fault needs a status, a delayMs or both',
      path: ['status'],
    }),
  )
export type CreateFaultInput = z.input<typeof createFaultInput>

export const fault = z.object({
  id: z.string(),
  method: z.optional(z.enum(faultMethods)),
  path: z.string(),
  status: z.optional(z.number().check(z.int())),
  delayMs: z.optional(z.number().check(z.int())),
  retryAfter: z.optional(z.number().check(z.int())),
  /** Matching requests it still applies to; null until it is deleted. */
  remaining: z.nullable(z.number().check(z.int())),
})
export type Fault = z.infer<typeof fault>
export const faultList = z.array(fault)

/** POST /__mock/clock: moves the tenant's mock clock forward (token expiry, sign-in locks). */
export const advanceClockInput = z.object({ advanceSeconds: wholeNumber(0, 10 * 365 * 24 * 3600) })
export type AdvanceClockInput = z.infer<typeof advanceClockInput>

/** GET/POST /__mock/clock: the tenant's mock time (epoch seconds) and how far it is ahead of real time. */
export const clockState = z.object({ now: z.string().check(z.regex(/^\d+$/)), offsetSeconds: z.number().check(z.int()) })
export type ClockState = z.infer<typeof clockState>

/**
 * GET/PUT /__mock/settings: the caller's tenant's switches (PUT takes any of them and answers all). Reset puts them
 * back to these defaults.
 * - `serverRender`: the server renders the page's first view into its HTML; false leaves it to the browser, whose
 *   own requests can then be answered by a test (page.route) or meet injected faults.
 * - `rateLimits`: each product's documented rate limits apply to the tenant: ZPA's customer API (20 GET and 10
 *   POST/PUT/DELETE per 10 s, then 429 with `retry-after` like `13s`), ZCC's public API (100 calls an hour per API
 *   key, `X-Rate-Limit-Remaining`, then 429 with `X-Rate-Limit-Retry-After-Seconds`) and ZDX's public API (5 calls a
 *   second, `RateLimit-Limit`/`-Remaining`/`-Reset`, then 429); off by default, so tests and the bench are not throttled.
 */
export const tenantSettings = z.object({ serverRender: z.boolean(), rateLimits: z.boolean() })
export type TenantSettings = z.infer<typeof tenantSettings>
export const defaultTenantSettings: TenantSettings = { serverRender: true, rateLimits: false }
/** Any of the switches; a name that is none of them (a typo) is 400, not silently ignored. */
export const tenantSettingsInput = z.partial(z.strictObject({ serverRender: z.boolean(), rateLimits: z.boolean() }))
export type TenantSettingsInput = z.infer<typeof tenantSettingsInput>
