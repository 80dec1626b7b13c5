/**
 * The real entry point as a process: startup line, restart, kill -9 right after a 201, one server per data folder,
 * a damaged journal, secrets on disk, control and the first view switched off.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiKeyPage, createdApiKey, type CreatedApiKey } from '../src/contract/api-key'
import { DEFAULT_CUSTOMER_ID } from './store/seed'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const keysPath = `/mgmtconfig/v1/admin/customers/${DEFAULT_CUSTOMER_ID}/apiKeys`

type Running = { url: string; child: ChildProcess; exited: Promise<number | null> }
const running = new Set<ChildProcess>()

async function start(args: string[], env: Record<string, string> = {}): Promise<Running> {
  const page = args.includes('--static') ? [] : ['--no-static']
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock-server/main.ts', '--port', '0', ...page, ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  exited.then(() => running.delete(child))
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match) resolve(match[1])
    })
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    exited.then((code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)))
  })
  return { url, child, exited }
}

/** Signs in like the page does and returns a fetch that sends the session cookie. */
async function signIn(url: string) {
  const response = await fetch(`${url}/portal/session`)
  expect(response.status).toBe(200)
  const cookie = response.headers.get('Set-Cookie')!.split(';')[0]
  return (path: string, init: RequestInit = {}) =>
    fetch(`${url}${path}`, { ...init, headers: { Cookie: cookie, 'Content-Type': 'application/json', ...init.headers } })
}

async function createKey(url: string, name: string): Promise<{ created: CreatedApiKey; api: Awaited<ReturnType<typeof signIn>> }> {
  const api = await signIn(url)
  const response = await api(keysPath, { method: 'POST', body: JSON.stringify({ name, tokenExpiryTimeInSec: 900, roleId: '28' }) })
  expect(response.status).toBe(201)
  return { created: createdApiKey.parse(await response.json()), api }
}

async function findByName(url: string, name: string) {
  const api = await signIn(url)
  const response = await api(`${keysPath}?${new URLSearchParams({ search: `name EQ ${name}` })}`)
  expect(response.status).toBe(200)
  return apiKeyPage.parse(await response.json()).list
}

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'zpa-data-'))
})
afterEach(async () => {
  for (const child of running) child.kill('SIGKILL')
  await rm(dataDir, { recursive: true, force: true })
})

describe('mock-server/main.ts', () => {
  it('keeps data across a normal restart (SIGTERM)', async () => {
    const first = await start(['--data-dir', dataDir])
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const { created } = await createKey(first.url, 'survives-restart')
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)

    const second = await start(['--data-dir', dataDir])
    const found = await findByName(second.url, 'survives-restart')
    expect(found.map((key) => key.id)).toEqual([created.id])
    expect(found[0].clientId).toBe(created.clientId)
  })

  it('keeps a create that got its 201 when killed with SIGKILL right after', async () => {
    const first = await start(['--data-dir', dataDir])
    const { created } = await createKey(first.url, 'survives-kill')
    first.child.kill('SIGKILL')
    await first.exited

    const second = await start(['--data-dir', dataDir])
    const found = await findByName(second.url, 'survives-kill')
    expect(found.map((key) => key.id)).toEqual([created.id])
  })

  it('refuses a second server on the data folder, naming it; the first keeps serving, and a kill -9 frees the folder', async () => {
    const first = await start(['--data-dir', dataDir])
    const { created } = await createKey(first.url, 'first-server')
    await expect(start(['--data-dir', dataDir])).rejects.toThrow(
      `the server exited (1) before listening:\nanother server is using the data folder ${dataDir} (pid ${first.child.pid}); stop it first or pass another --data-dir`,
    )
    expect((await findByName(first.url, 'first-server')).map((key) => key.id)).toEqual([created.id])
    await createKey(first.url, 'first-server-after')
    first.child.kill('SIGKILL')
    await first.exited

    const next = await start(['--data-dir', dataDir])
    expect((await findByName(next.url, 'first-server')).map((key) => key.id)).toEqual([created.id])
    expect(await findByName(next.url, 'first-server-after')).toHaveLength(1)
  })

  it('refuses to start on a journal with a damaged line, naming the file and line, and leaves it as it is', async () => {
    const first = await start(['--data-dir', dataDir])
    await createKey(first.url, 'before-damage')
    await createKey(first.url, 'after-damage')
    first.child.kill('SIGTERM')
    await first.exited
    const journal = join(dataDir, 'journal.jsonl')
    const damaged = (await readFile(journal, 'utf8')).replace('before-damage', 'before-damagf')
    await writeFile(journal, damaged)
    await expect(start(['--data-dir', dataDir])).rejects.toThrow(
      `journal: line 2 of ${journal} is damaged (checksum mismatch); the data folder was left as it is`,
    )
    expect(await readFile(journal, 'utf8')).toBe(damaged)
  })

  it('writes no client secret in clear to the data folder', async () => {
    const server = await start(['--data-dir', dataDir])
    const secrets: string[] = []
    for (const name of ['secret-a', 'secret-b', 'secret-c']) secrets.push((await createKey(server.url, name)).created.clientSecret)
    server.child.kill('SIGTERM')
    await server.exited
    const files = await readdir(dataDir, { recursive: true, withFileTypes: true })
    const contents = await Promise.all(files.filter((f) => f.isFile()).map((f) => readFile(join(f.parentPath, f.name), 'utf8')))
    expect(contents.join('').length).toBeGreaterThan(0)
    for (const secret of secrets) {
      for (const text of contents) {
        expect(text).not.toContain(secret)
        expect(text).not.toContain(JSON.stringify(secret).slice(1, -1))
      }
    }
  })

  it.each([
    ['MOCK_CONTROL=off', [], { MOCK_CONTROL: 'off' }],
    ['--no-control', ['--no-control'], {}],
  ])('in memory, with %s: answers the API and 404 under /__mock', async (_how, flags, env) => {
    const server = await start(['--memory', ...flags], env)
    const api = await signIn(server.url)
    expect((await api(keysPath)).status).toBe(200)
    expect((await api('/__mock/tenants', { method: 'POST', body: '{}' })).status).toBe(404)
    expect((await api('/__mock/faults', { method: 'POST', body: '{"status":503}' })).status).toBe(404)
    expect((await api('/__mock/clock', { method: 'POST', body: '{"advanceSeconds":60}' })).status).toBe(404)
    expect((await api('/__mock/reset', { method: 'POST' })).status).toBe(404)
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  })

  describe('the first view', () => {
    let site: string
    const index = '<!doctype html><head><!--first-view--></head><body><div id="root"></div></body>'
    beforeEach(async () => {
      site = join(await mkdtemp(join(tmpdir(), 'zpa-main-')), 'site')
      await mkdir(site)
      await writeFile(join(site, 'index.html'), index)
      // A stand-in for the page's server build, where the server looks for it: beside the static folder.
      await mkdir(`${site}-ssr`)
      await writeFile(
        `${site}-ssr/entry-server.mjs`,
        `export const renderFirstView = async ({ url, transport }) => {
          const session = await (await transport('/portal/session', { headers: {} })).json()
          // A module compiled again on import (as tsx does to a .js file it takes for CommonJS) names its functions.
          const named = () => session
          const recompiled = String(renderFirstView).includes('__na' + 'me(')
          return { html: '<p>first view of ' + named().customerId + ' for ' + url + (recompiled ? ', recompiled' : '') + '</p>', state: '{}' }
        }`,
      )
    })
    afterEach(() => rm(join(site, '..'), { recursive: true, force: true }))

    // The folder is outside any package.json: its modules are ES modules by their .mjs name, loaded as built.
    it('is rendered into the page from the server build beside --static, loaded as built wherever it is', async () => {
      const server = await start(['--memory', '--static', site])
      const html = await (await fetch(`${server.url}/?page=2`)).text()
      expect(html).toContain(`<div id="root"><p>first view of ${DEFAULT_CUSTOMER_ID} for /?page=2</p></div>`)
      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(0)
    })

    it.each([
      ['--no-prerender', ['--no-prerender'], {}],
      ['MOCK_PRERENDER=off', [], { MOCK_PRERENDER: 'off' }],
    ])('is left to the browser with %s', async (_how, flags, env) => {
      const server = await start(['--memory', '--static', site, ...flags], env)
      expect(await (await fetch(`${server.url}/?page=2`)).text()).toBe(index)
      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(0)
    })
  })
})
