/**
 * `npm start` / `npm run serve`: the mock API and the built page on one port.
 *
 *   tsx mock-server/main.ts [--port N] [--host H] [--memory | --data-dir DIR] [--no-control]
 *                           [--static DIR | --no-static] [--no-prerender]
 *
 * Env: PORT, HOST, DATA_DIR, MOCK_CONTROL=off, MOCK_PRERENDER=off. Prints `listening on http://HOST:PORT` once ready.
 */
import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { firstViewModulePath, loadFirstViewRenderer } from './first-view'
import { DataFolderError } from './store/data-folder'
import { createStore, type Store } from './store/store'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/

const USAGE = `usage: tsx mock-server/main.ts [--port N] [--host H] [--memory | --data-dir DIR] [--no-control] [--static DIR | --no-static] [--no-prerender]
  --port N        port to listen on (PORT; default 5173; 0 picks a free one)
  --host H        address to listen on (HOST; default 127.0.0.1)
  --memory        keep everything in memory (nothing is written to disk)
  --data-dir DIR  where the journal lives (DATA_DIR; default ./data in the project)
  --no-control    no /__mock control API (MOCK_CONTROL=off): every /__mock path is 404
  --static DIR    serve the built page from DIR (default: dist/ of the project, if it exists)
  --no-static     serve only the API
  --no-prerender  send the page without its first view rendered in (MOCK_PRERENDER=off): the browser asks for
                  and renders it, as the real portal does. By default the server renders it when DIR-ssr/ has
                  the server build of the page (npm run build makes both)`

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}

function readOptions() {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        memory: { type: 'boolean' },
        'data-dir': { type: 'string' },
        'no-control': { type: 'boolean' },
        static: { type: 'string' },
        'no-static': { type: 'boolean' },
        'no-prerender': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    fail((error as Error).message)
  }
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const portText = values.port ?? process.env.PORT ?? '5173'
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN
  if (!(port >= 0 && port <= 65535)) fail(`not a port: ${portText}`)
  if (values.memory && values['data-dir'] !== undefined) fail('--memory and --data-dir exclude each other')
  if (values.static !== undefined && values['no-static']) fail('--static and --no-static exclude each other')

  const defaultDist = resolve(projectRoot, 'dist')
  const staticRoot = values['no-static']
    ? undefined
    : values.static !== undefined
      ? resolve(values.static)
      : existsSync(defaultDist)
        ? defaultDist
        : undefined
  if (staticRoot !== undefined && !existsSync(staticRoot)) fail(`no such folder: ${staticRoot}`)

  return {
    port,
    host: values.host ?? process.env.HOST ?? '127.0.0.1',
    dataDir: values.memory ? undefined : resolve(values['data-dir'] ?? process.env.DATA_DIR ?? resolve(projectRoot, 'data')),
    control: !values['no-control'] && process.env.MOCK_CONTROL !== 'off',
    staticRoot,
    prerender: !values['no-prerender'] && process.env.MOCK_PRERENDER !== 'off',
  }
}

async function openStore(dataDir: string | undefined): Promise<Store> {
  if (dataDir === undefined) return createStore({ mode: 'memory' })
  try {
    return await createStore({ mode: 'file', dir: dataDir })
  } catch (error) {
    // A DataFolderError names the folder and says what to do; anything else gets the folder added.
    const message = (error as Error).message
    console.error(error instanceof DataFolderError ? message : `cannot open the data folder ${dataDir}: ${message}`)
    process.exit(1)
  }
}

const options = readOptions()
const store = await openStore(options.dataDir)
const firstView =
  options.staticRoot !== undefined && options.prerender ? await loadFirstViewRenderer(firstViewModulePath(options.staticRoot)) : undefined
const app = createApp({ store, control: options.control, staticRoot: options.staticRoot, firstView })

const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
  const host = options.host.includes(':') ? `[${options.host}]` : options.host
  console.log(`listening on http://${host}:${info.port}`)
  if (options.control && !LOOPBACK.test(options.host)) {
    console.warn(`warning: the /__mock control API is reachable on ${host}; pass --no-control (or MOCK_CONTROL=off) for a public demo`)
  }
}) as Server
server.on('error', (error) => {
  console.error(`cannot listen on ${options.host}:${options.port}: ${error.message}`)
  process.exit(1)
})

let stopping = false
async function stop(): Promise<void> {
  if (stopping) process.exit(1) // a second signal: stop waiting
  stopping = true
  // Finish the requests in flight (their writes reach the journal), then flush and close it.
  const closed = new Promise<void>((done) => server.close(() => done()))
  server.closeIdleConnections()
  setTimeout(() => server.closeAllConnections(), 3000).unref()
  await closed
  await store.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
