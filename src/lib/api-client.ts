import { QueryClient, type QueryClientConfig } from '@tanstack/react-query'
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

/** Where a query client's requests go: fetch in the browser; in the server's render, the server's own handler. */
export type { Transport }

const browserFetch: Transport = (url, init) => fetch(url, init)

/**
 * A query client that carries its transport. TanStack Query hands the client to every queryFn and mutationFn, so
 * each request goes where its client says: the server renders each page with a client of its own, answered as
 * that page's caller, and nothing about a request lives in this module.
 */
export class ApiQueryClient extends QueryClient {
  readonly transport: Transport
  // Per written resource: the last write queued, and its number.
  readonly #writes = new Map<string, { last: Promise<unknown>; count: number }>()

  constructor(config: QueryClientConfig & { transport?: Transport } = {}) {
    super(config)
    this.transport = config.transport ?? browserFetch
  }

  /**
   * Writes `resource` once this client's earlier writes of it have settled, so that they reach the server in order;
   * a write with a later one already queued behind it is skipped, since `write` sends the latest state when it runs.
   */
  writeLatest(resource: string, write: () => Promise<void>): Promise<void> {
    const queue = this.#writes.get(resource) ?? { last: Promise.resolve(), count: 0 }
    const mine = ++queue.count
    const run = queue.last.then(() => (queue.count === mine ? write() : undefined))
    queue.last = run.catch(() => undefined)
    this.#writes.set(resource, queue)
    return run
  }
}

const transportOf = (client: QueryClient): Transport => (client instanceof ApiQueryClient ? client.transport : browserFetch)

async function send(client: QueryClient, path: string, request: ApiRequest): Promise<Response> {
  const { method = 'GET', query, body, signal } = request
  const url = buildUrl(path, query)
  let response: Response
  try {
    response = await transportOf(client)(url, {
        method,
        signal,
        credentials: 'same-origin',
        headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
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
export async function apiRequest<S extends z.ZodMiniType>(client: QueryClient, path: string, schema: S, request: ApiRequest = {}): Promise<z.output<S>> {
  const response = await send(client, path, request)
  return schema.parse(await response.json())
}

/** For endpoints that answer 204 with no body. */
export async function apiRequestNoContent(client: QueryClient, path: string, request: ApiRequest): Promise<void> {
  await send(client, path, request)
}

export const customerPath = (customerId: string) => `/mgmtconfig/v1/admin/customers/${encodeURIComponent(customerId)}`
