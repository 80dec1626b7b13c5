/** The server figures: list throughput under search, durable creates (and that none is lost), memory. */
import autocannon from 'autocannon'
import { countKeys, createTenant, residentMegabytes, startServer, type BenchTenant, type MockServer } from './server'

const CONNECTIONS = 10
export const LIST_SEARCH = 'name LIKE dev'

export interface ListRun {
  requestsPerSecond: number
  p99: number
}

/** `GET …/apiKeys?search=name LIKE dev&page=2` as fast as 10 connections get answers, for `seconds`. */
export async function listRun(tenant: BenchTenant, seconds: number): Promise<ListRun> {
  const result = await autocannon({
    url: `${tenant.keysUrl}?search=${encodeURIComponent(LIST_SEARCH)}&page=2`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { cookie: tenant.cookie },
  })
  if (result.non2xx || result.errors) {
    throw new Error(`the list answered ${result.non2xx} non-2xx and ${result.errors} errors: ${JSON.stringify(result.statusCodeStats)}`)
  }
  return { requestsPerSecond: result.requests.total / result.duration, p99: result.latency.p99 }
}

export interface CreateRun {
  createdPerSecond: number
  /** 201s the list does not show afterwards: writes acknowledged and then lost. */
  lost: number
  /** Answers other than 201, and connection errors. */
  failed: number
}

/** POST …/apiKeys with unique names from 10 connections for `seconds`, then the list counted against the 201s. */
export async function createRun(tenant: BenchTenant, runName: string, seconds: number): Promise<CreateRun> {
  const headers = { cookie: tenant.cookie, 'content-type': 'application/json' }
  const before = await countKeys(tenant.keysUrl, headers)
  let sequence = 0
  const result = await autocannon({
    url: tenant.keysUrl,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers,
    requests: [
      {
        method: 'POST',
        // A name per request: the API refuses duplicates (409), which would not be a create.
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ name: `${runName}-${++sequence}`, tokenExpiryTimeInSec: '900', roleId: '28' }),
        }),
      },
    ],
  })
  const created = result.statusCodeStats['201']?.count ?? 0
  const after = await countKeys(tenant.keysUrl, headers)
  // Requests still in flight when the run stopped may land without their 201 being counted: more is fine, fewer is loss.
  return { createdPerSecond: created / result.duration, lost: Math.max(0, created - (after - before)), failed: result.non2xx + result.errors }
}

export interface DurableResult {
  runs: CreateRun[]
  /** Keys missing after kill -9 and a restart from the journal. */
  lostAfterRestart: number
}

/** The key the bench signs in with after the restart: portal sessions live in memory, API keys in the journal. */
async function createAuditorKey(tenant: BenchTenant): Promise<{ clientId: string; clientSecret: string }> {
  const response = await fetch(tenant.keysUrl, {
    method: 'POST',
    headers: { cookie: tenant.cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench-auditor', tokenExpiryTimeInSec: '3600', roleId: '28' }),
  })
  if (response.status !== 201) throw new Error(`creating the auditor key answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as { clientId: string; clientSecret: string }
}

async function signIn(server: MockServer, key: { clientId: string; clientSecret: string }): Promise<string> {
  const response = await fetch(`${server.url}/signin`, {
    method: 'POST',
    body: new URLSearchParams({ client_id: key.clientId, client_secret: key.clientSecret }),
  })
  if (!response.ok) throw new Error(`signing in after the restart answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { access_token: string }).access_token
}

/** Creates against the journal in `dataDir`, then the server killed without warning and the count read back. */
export async function durableCreates(dataDir: string, runs: number, seconds: number): Promise<DurableResult> {
  let server = await startServer({ dataDir })
  try {
    const tenant = await createTenant(server, { preset: 'empty' })
    const auditor = await createAuditorKey(tenant)
    const results: CreateRun[] = []
    for (let run = 1; run <= runs; run++) results.push(await createRun(tenant, `bench-${run}`, seconds))
    const expected = await countKeys(tenant.keysUrl, { cookie: tenant.cookie })

    await server.stop('SIGKILL')
    server = await startServer({ dataDir })
    const token = await signIn(server, auditor)
    const keysUrl = tenant.keysUrl.replace(/^http:\/\/[^/]+/, server.url)
    const restored = await countKeys(keysUrl, { authorization: `Bearer ${token}` })
    return { runs: results, lostAfterRestart: Math.max(0, expected - restored) }
  } finally {
    await server.stop()
  }
}

/** RSS of a server after it has been idle for `settleMs`: seeding garbage collected, what it holds remaining. */
export async function settledMemory(server: MockServer, settleMs: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, settleMs))
  return residentMegabytes(server.pid)
}
