/**
 * Opt-in rate limits (PUT /__mock/settings `{"rateLimits": true}`, per tenant): ZPA's documented limits on the
 * customer API, cookie or token alike, 20 GET and 10 POST/PUT/DELETE per 10 s per tenant, then 429 with
 * `retry-after` in ZPA's form (`13s`). The window slides: a call counts for the 10 s after it was let through.
 * Real time, not the tenant's mock clock: moving the clock forward does not reset a limit.
 */
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from './auth'
import { ApiError } from './errors'
import type { Tenant } from './store/model'
import type { Store } from './store/store'

export const ZPA_RATE_LIMITS = { windowMs: 10_000, reads: 20, writes: 10 } as const

// The id faults.ts answers an injected 429 with.
const TOO_MANY_REQUESTS = 'too.many.requests'

/** When each call still in the window was let through (ms, oldest first), for reads and for writes. */
type Windows = { reads: number[]; writes: number[] }

const isRead = (c: Context) => c.req.method === 'GET' || c.req.method === 'HEAD'

/** For the customer API, after sign-in (it reads `c.var.principal`). `now` is real time in ms; tests inject their own. */
export const zpaRateLimits = (store: Store, now: () => number = () => Date.now()) => {
  // By tenant object: a dropped or reset tenant takes its windows with it.
  const windowsOf = new WeakMap<Tenant, Windows>()
  return createMiddleware<AppEnv>(async (c, next) => {
    const tenant = store.tenant(c.var.principal.customerId)
    if (!tenant?.settings.rateLimits) return next()
    let windows = windowsOf.get(tenant)
    if (!windows) windowsOf.set(tenant, (windows = { reads: [], writes: [] }))
    const [calls, limit] = isRead(c) ? [windows.reads, ZPA_RATE_LIMITS.reads] : [windows.writes, ZPA_RATE_LIMITS.writes]
    const at = now()
    while (calls.length > 0 && calls[0] <= at - ZPA_RATE_LIMITS.windowMs) calls.shift()
    if (calls.length >= limit) {
      const retryAfter = Math.max(1, Math.ceil((calls[0] + ZPA_RATE_LIMITS.windowMs - at) / 1000))
      throw new ApiError(
        429,
        { id: TOO_MANY_REQUESTS, reason: `Rate limit exceeded: ${limit} ${isRead(c) ? 'GET' : 'POST/PUT/DELETE'} calls per 10 seconds; retry in ${retryAfter}s` },
        { 'retry-after': `${retryAfter}s` },
      )
    }
    calls.push(at)
    await next()
  })
}

/**
 * ZCC's documented limit on its public API: 100 calls an hour, counted per API key (each key its own hour: the
 * official SDKs throttle per client, one key each). Every call under /papi/public answers `X-Rate-Limit-Remaining`;
 * past the limit, 429 with `X-Rate-Limit-Retry-After-Seconds`. The login does not count. Unlike ZPA's 10 s window,
 * the hour is measured on the tenant's mock clock (real time plus its offset), so that a test moves it forward
 * (POST /__mock/clock) instead of waiting an hour; a reset starts every key afresh.
 */
export const ZCC_RATE_LIMITS = { windowSeconds: 3600, calls: 100 } as const

export const zccRateLimits = (store: Store, now: (tenant: Tenant) => number = (tenant) => Date.now() + tenant.clock.offsetSeconds * 1000) => {
  // By tenant object, then key id: a dropped or reset tenant takes its windows with it.
  const windowsOf = new WeakMap<Tenant, Map<string, number[]>>()
  return createMiddleware<AppEnv>(async (c, next) => {
    const tenant = store.tenant(c.var.principal.customerId)
    if (!tenant?.settings.rateLimits) return next()
    let windows = windowsOf.get(tenant)
    if (!windows) windowsOf.set(tenant, (windows = new Map()))
    const keyId = c.var.principal.actorId
    const calls = windows.get(keyId) ?? []
    windows.set(keyId, calls)
    const at = now(tenant)
    const windowMs = ZCC_RATE_LIMITS.windowSeconds * 1000
    while (calls.length > 0 && calls[0] <= at - windowMs) calls.shift()
    if (calls.length >= ZCC_RATE_LIMITS.calls) {
      const retryAfter = Math.max(1, Math.ceil((calls[0] + windowMs - at) / 1000))
      throw new ApiError(
        429,
        { id: TOO_MANY_REQUESTS, reason: `Rate limit exceeded: ${ZCC_RATE_LIMITS.calls} calls an hour per API key; retry in ${retryAfter} seconds` },
        { 'X-Rate-Limit-Remaining': '0', 'X-Rate-Limit-Retry-After-Seconds': String(retryAfter) },
      )
    }
    calls.push(at)
    c.header('X-Rate-Limit-Remaining', String(ZCC_RATE_LIMITS.calls - calls.length))
    await next()
  })
}
