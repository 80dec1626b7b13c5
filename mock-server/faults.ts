/**
 * Injected faults (POST /__mock/faults): a tenant's requests that match a fault's method and path glob
 * wait `delayMs`, then answer its `status` as a JSON error, or are served as usual when it has none.
 * The first matching fault applies; each application uses one of its `times`. Kept in memory only.
 */
import { randomUUID } from 'node:crypto'
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type * as z from 'zod/mini'
import { errorIds } from '../src/contract/errors'
import type { createFaultInput, Fault } from '../src/contract/mock-control'
import type { AppEnv } from './auth'
import { ApiError } from './errors'
import type { InjectedFault, Tenant } from './store/model'
import type { Store } from './store/store'

/** A path glob as a regular expression: `**` spans segments, `*` stays within one, the rest is literal. */
export function globToRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`)
}

export function addFault(tenant: Tenant, input: z.output<typeof createFaultInput>): Fault {
  const { times, ...fields } = input
  const injected: InjectedFault = { id: randomUUID(), ...fields, matches: globToRegExp(input.path), remaining: times ?? Infinity }
  tenant.faults.push(injected)
  return describeFault(injected)
}

export const describeFault = ({ matches: _matches, remaining, ...fault }: InjectedFault): Fault => ({
  ...fault,
  remaining: Number.isFinite(remaining) ? remaining : null,
})

export function removeFault(tenant: Tenant, id: string): boolean {
  const index = tenant.faults.findIndex((fault) => fault.id === id)
  if (index >= 0) tenant.faults.splice(index, 1)
  return index >= 0
}

const ERROR_IDS: Partial<Record<number, string>> = {
  400: errorIds.invalidArgument,
  401: errorIds.accessDenied,
  403: errorIds.forbidden,
  404: errorIds.notFound,
  405: errorIds.methodNotAllowed,
  409: errorIds.duplicate,
  415: errorIds.unsupportedMediaType,
  429: 'too.many.requests',
  500: errorIds.internal,
  502: errorIds.retryable,
  503: errorIds.retryable,
  504: errorIds.retryable,
}

function faultError(status: number, retryAfter: number | undefined): ApiError {
  const retry = retryAfter ?? (status === 503 || status === 429 ? 1 : undefined)
  const reason =
    status === 503 ? 'The service is temporarily unavailable, retry later (injected fault)' : 'The request failed (injected fault)'
  return new ApiError(
    status as ContentfulStatusCode,
    { id: ERROR_IDS[status] ?? 'injected.fault', reason },
    retry === undefined ? {} : { 'Retry-After': String(retry) },
  )
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Applies the first of the tenant's faults that matches the request: waits, then throws its error if it has a status. */
export async function applyFaults(c: Context, tenant: Tenant | undefined): Promise<void> {
  if (tenant === undefined || tenant.faults.length === 0) return
  const { method, path } = c.req
  const fault = tenant.faults.find((candidate) => (candidate.method ?? method) === method && candidate.matches.test(path))
  if (!fault) return
  fault.remaining -= 1
  if (fault.remaining <= 0) removeFault(tenant, fault.id)
  if (fault.delayMs) await sleep(fault.delayMs)
  if (fault.status !== undefined) throw faultError(fault.status, fault.retryAfter)
}

/** For routes behind the sign-in: the faults of the caller's tenant. */
export const injectFaults = (store: Store) =>
  createMiddleware<AppEnv>(async (c, next) => {
    await applyFaults(c, store.tenant(c.var.principal.customerId))
    await next()
  })
