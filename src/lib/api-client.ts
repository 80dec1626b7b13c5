import type * as z from 'zod/mini'
import { apiErrorBody, type ApiErrorBody } from '../contract/errors'
import type { Transport } from '../contract/first-view'

/** A non-2xx answer from the API, carrying its `{id, reason, params}` body. */
export class ApiError extends Error {
  readonly status: number
  readonly body: ApiErrorBody

  constructor(status: number, body: ApiErrorBody) {
    super(body.reason)
    this.name = 'ApiError'
    this.status = status
    this.body = body
  }

  /** Server-side outages worth a retry: 5xx and 429. */
  get retryable() {
    return this.status >= 500 || this.status === 429
  }
}

/** The request never got an answer (server down, connection reset). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached. Check your connection and try again.', { cause })
    this.name = 'NetworkError'
  }
}

type Query = Record<string, string | number | undefined>

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  query?: Query
  body?: unknown
  signal?: AbortSignal
}

export function buildUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

declare global {
  interface Window {
    /** GETs that index.html starts before the scripts load, by URL; each is used once, by the first GET of its URL. */
    earlyRequests?: Record<string, Promise<Response> | undefined>
    /** Settles once index.html has sent every early request it is going to. */
    earlyRequestsSettled?: Promise<void>
  }
}

/** Resolves once index.html has sent the early requests it will (none when the page was not loaded by it). */
export const earlyRequestsSettled = (): Promise<void> =>
  (typeof window === 'undefined' ? undefined : window.earlyRequestsSettled) ?? Promise.resolve()

/** Drops the early requests nothing took: they answer for the page's first moments, never for a later refresh. */
export function discardEarlyRequests(): void {
  if (typeof window !== 'undefined') window.earlyRequests = undefined
}

const browserFetch: Transport = (url, init) => fetch(url, init)
let transport = browserFetch

/**
 * Where requests go. The browser uses fetch on its own origin; the server's first-view render (src/entry-server.tsx)
 * answers them in-process, as the caller whose page it renders. Undefined restores fetch.
 */
export function setTransport(next: Transport | undefined): void {
  transport = next ?? browserFetch
}

function takeEarlyRequest(url: string): Promise<Response> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.earlyRequests?.[url]
  if (early) window.earlyRequests![url] = undefined
  return early
}

async function send(path: string, request: ApiRequest): Promise<Response> {
  const { method = 'GET', query, body, signal } = request
  const url = buildUrl(path, query)
  let response: Response
  try {
    response = await ((method === 'GET' && takeEarlyRequest(url)) ||
      transport(url, {
        method,
        signal,
        credentials: 'same-origin',
        headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }))
  } catch (error) {
    if (signal?.aborted) throw error
    throw new NetworkError(error)
  }
  if (!response.ok) throw new ApiError(response.status, await readErrorBody(response))
  return response
}

async function readErrorBody(response: Response): Promise<ApiErrorBody> {
  const fallback = { id: 'unknown.error', reason: `The server answered ${response.status} ${response.statusText}`.trim() }
  try {
    const parsed = apiErrorBody.safeParse(await response.json())
    return parsed.success ? parsed.data : fallback
  } catch {
    return fallback
  }
}

/** Calls the API and parses the answer with the contract: components only ever see typed, checked data. */
export async function apiRequest<S extends z.ZodMiniType>(path: string, schema: S, request: ApiRequest = {}): Promise<z.output<S>> {
  const response = await send(path, request)
  return schema.parse(await response.json())
}

/** For endpoints that answer 204 with no body. */
export async function apiRequestNoContent(path: string, request: ApiRequest): Promise<void> {
  await send(path, request)
}

export const customerPath = (customerId: string) => `/mgmtconfig/v1/admin/customers/${encodeURIComponent(customerId)}`
