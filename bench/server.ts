/** The mock server as a child process on a port the OS picks, and the tenants the bench creates in it. */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const running = new Set<ChildProcess>()
// A harness that throws must not leave servers behind.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

export interface MockServer {
  url: string
  pid: number
  /** SIGTERM (flushes the journal) or SIGKILL (what a crash looks like to the store). */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>
}

export type ServerOptions = { staticDir?: string; dataDir?: string }

/**
 * `node --import tsx mock-server/main.ts`, the same as `tsx mock-server/main.ts` but in one process:
 * the tsx CLI would run the server in a grandchild, and the memory figure needs the server's own pid.
 */
export async function startServer({ staticDir, dataDir }: ServerOptions = {}): Promise<MockServer> {
  const args = ['--import', 'tsx', 'mock-server/main.ts', '--port', '0']
  args.push(...(dataDir ? ['--data-dir', dataDir] : ['--memory']))
  args.push(...(staticDir ? ['--static', staticDir] : ['--no-static']))
  const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<void>((done) => child.once('exit', () => done()))

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the mock server did not start in 30 s\n${stderr}`)), 30_000)
    child.once('exit', (code) => reject(new Error(`the mock server exited (${code}) before listening\n${stderr}`)))
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
  })

  return {
    url,
    pid: child.pid!,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
      running.delete(child)
    },
  }
}

export interface BenchTenant {
  customerId: string
  /** `zpa_session=…`: the tenant's portal session, for clients without a cookie jar. */
  cookie: string
  keysUrl: string
}

/** POST /__mock/tenants from Node: the Set-Cookie it answers is the new tenant's session. */
export async function createTenant(server: MockServer, body: { preset: 'large' | 'empty'; size?: number }): Promise<BenchTenant> {
  const response = await fetch(`${server.url}/__mock/tenants`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (response.status !== 201) throw new Error(`POST /__mock/tenants answered ${response.status}: ${await response.text()}`)
  const { customerId } = (await response.json()) as { customerId: string }
  const cookie = response.headers.getSetCookie().map((header) => header.split(';')[0]).join('; ')
  return { customerId, cookie, keysUrl: `${server.url}/mgmtconfig/v1/admin/customers/${customerId}/apiKeys` }
}

/** totalCount of the tenant's Default microtenant, read with any credential header. */
export async function countKeys(keysUrl: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(`${keysUrl}?page=1&pagesize=1`, { headers })
  if (!response.ok) throw new Error(`listing ${keysUrl} answered ${response.status}: ${await response.text()}`)
  return Number(((await response.json()) as { totalCount: string }).totalCount)
}

/** Resident memory of a process in MB, from the kernel. */
export async function residentMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]
  if (kilobytes === undefined) throw new Error(`no VmRSS in /proc/${pid}/status`)
  return Number(kilobytes) / 1024
}
