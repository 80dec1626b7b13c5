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

/**
 * ZDX's documented limit on its public API: 5 calls a second per tenant (sliding), every counted call answering
 * `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds until a call leaves the window); past it,
 * 429 `too.many.requests` with those and `Retry-After`. A call counts once its tenant is known: a token request
 * names it by its Key ID, validate by its token (an unknown Key ID or token is not counted). Real time, as ZPA's.
 */
export const ZDX_RATE_LIMITS = { windowMs: 1000, calls: 5 } as const

export const zdxRateLimits = (now: () => number = () => Date.now()) => {
  // By tenant object: a dropped or reset tenant takes its window with it.
  const windowsOf = new WeakMap<Tenant, number[]>()
  return (c: Context, tenant: Tenant | undefined): void => {
    if (!tenant?.settings.rateLimits) return
    const calls = windowsOf.get(tenant) ?? []
    windowsOf.set(tenant, calls)
    const at = now()
    while (calls.length > 0 && calls[0] <= at - ZDX_RATE_LIMITS.windowMs) calls.shift()
    const resetSeconds = () => Math.max(1, Math.ceil((calls[0] + ZDX_RATE_LIMITS.windowMs - at) / 1000))
    if (calls.length >= ZDX_RATE_LIMITS.calls) {
      const reset = String(resetSeconds())
      throw new ApiError(
        429,
        { id: TOO_MANY_REQUESTS, reason: `Rate limit exceeded: ${ZDX_RATE_LIMITS.calls} calls a second; retry in ${reset} second(s)` },
        { 'RateLimit-Limit': String(ZDX_RATE_LIMITS.calls), 'RateLimit-Remaining': '0', 'RateLimit-Reset': reset, 'Retry-After': reset },
      )
    }
    calls.push(at)
    c.header('RateLimit-Limit', String(ZDX_RATE_LIMITS.calls))
    c.header('RateLimit-Remaining', String(ZDX_RATE_LIMITS.calls - calls.length))
    c.header('RateLimit-Reset', String(resetSeconds()))
  }
}
