/**
 * Who is calling and what they may touch. The page signs in with the portal session cookie, API clients
 * with `Authorization: Bearer` tokens (tokens.ts: bound to a customer, a microtenant and a read-only
 * flag); the routes only read `c.var.principal` and `c.var.scope`.
 */
import { randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import { DEFAULT_MICROTENANT_ID } from '../src/contract/primitives'
import { accessDenied, forbidden, invalidArgument, notFound } from './errors'
import { isIdString } from './store/ids'
import type { Scope, Store } from './store/store'

export const SESSION_COOKIE = 'zpa_session'

export type Principal = {
  customerId: string
  kind: 'portal' | 'token'
  /** Who changes are recorded as (`modifiedBy`). */
  actorId: string
  /** A token acts in one microtenant only; a portal session may switch between them. */
  microtenantId?: string
  /** May only read (a key whose role is read-only). */
  readOnly: boolean
}

export type AppEnv = { Variables: { principal: Principal; scope: Scope } }

/** Recognises one way of signing in; undefined when the request does not use it. */
export type Authenticator = (c: Context) => Principal | undefined

export type PortalSessionOptions = {
  /** A session unused this long ends (sliding: every request renews it). */
  idleMs?: number
  /** The most sessions kept; past it, the longest unused end first. */
  maxSessions?: number
  /** Real time in ms (tests inject their own, so that no test waits). */
  now?: () => number
}

/**
 * Portal sessions, in memory: a restart signs the browser in again through GET /portal/session. Every cookieless
 * GET /portal/session starts one, so they end when idle and their number is bounded; a session of a dropped tenant
 * is signed out, like a stale cookie.
 */
export class PortalSessions {
  // In order of last use (a used session moves to the end), so the stale ones are always at the front.
  readonly #sessions = new Map<string, { customerId: string; lastUsedMs: number }>()
  readonly #store: Store
  readonly #idleMs: number
  readonly #maxSessions: number
  readonly #now: () => number

  constructor(store: Store, { idleMs = 12 * 3600_000, maxSessions = 10_000, now = () => Date.now() }: PortalSessionOptions = {}) {
    this.#store = store
    this.#idleMs = idleMs
    this.#maxSessions = maxSessions
    this.#now = now
  }

  /** Starts a session for the customer's admin and sets the cookie on the response. */
  start(c: Context, customerId: string): void {
    const now = this.#now()
    for (const [sessionId, session] of this.#sessions) {
      if (now - session.lastUsedMs < this.#idleMs && this.#sessions.size < this.#maxSessions) break
      this.#sessions.delete(sessionId)
    }
    const sessionId = randomBytes(32).toString('base64url')
    this.#sessions.set(sessionId, { customerId, lastUsedMs: now })
    setCookie(c, SESSION_COOKIE, sessionId, { httpOnly: true, sameSite: 'Strict', path: '/' })
  }

  /** The customer of the request's session cookie, if it is a live session of an existing tenant; renews the session. */
  customerOf(c: Context): string | undefined {
    const sessionId = getCookie(c, SESSION_COOKIE)
    const session = sessionId === undefined ? undefined : this.#sessions.get(sessionId)
    if (sessionId === undefined || session === undefined) return undefined
    this.#sessions.delete(sessionId)
    const now = this.#now()
    if (now - session.lastUsedMs >= this.#idleMs || !this.#store.tenant(session.customerId)) return undefined
    this.#sessions.set(sessionId, { customerId: session.customerId, lastUsedMs: now })
    this.#store.touch(session.customerId)
    return session.customerId
  }

  readonly authenticate: Authenticator = (c) => {
    const customerId = this.customerOf(c)
    const tenant = customerId === undefined ? undefined : this.#store.tenant(customerId)
    return tenant && { customerId: tenant.customerId, kind: 'portal', actorId: tenant.admin.id, readOnly: false }
  }
}

/** 401 unless one of the authenticators recognises the caller. */
export const requirePrincipal = (...authenticators: Authenticator[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    for (const authenticate of authenticators) {
      const principal = authenticate(c)
      if (principal) {
        c.set('principal', principal)
        return next()
      }
    }
    throw accessDenied()
  })

/** The request's `?microtenantId`, undefined when absent; 400 unless it is an id string. */
export function requestedMicrotenantId(c: Context): string | undefined {
  const requested = c.req.query('microtenantId')
  if (requested !== undefined && !isIdString(requested)) {
    throw invalidArgument('microtenantId: must be a decimal id string', ['microtenantId'])
  }
  return requested
}

/**
 * Resolves the customer (the path's, which must be the caller's) and microtenant (`?microtenantId`;
 * when absent, a token's own or Default) the request acts in, and refuses writes to read-only callers.
 */
export const customerScope = (store: Store) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const principal = c.var.principal
    const customerId = c.req.param('customerId')
    if (customerId !== principal.customerId) throw accessDenied('The session does not belong to this customer')
    const requested = requestedMicrotenantId(c)
    if (principal.microtenantId !== undefined && requested !== undefined && requested !== principal.microtenantId) {
      // A token sees only its own microtenant: another one, and so its keys, does not exist for it.
      throw notFound(`There is no microtenant ${requested} for this token; it acts in microtenant ${principal.microtenantId}`)
    }
    const microtenantId = requested ?? principal.microtenantId ?? DEFAULT_MICROTENANT_ID
    if (!store.tenant(customerId)?.microtenants.has(microtenantId)) {
      throw invalidArgument(`There is no microtenant ${microtenantId}`, ['microtenantId'])
    }
    if (principal.readOnly && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      throw forbidden('The role of this API key only allows reading')
    }
    c.set('scope', { customerId, microtenantId })
    await next()
  })
