/**
 * The page's HTML with its first view already in it. The server renders the view the URL asks for with the
 * page's own code (src/entry-server.tsx, built into `<static folder>-ssr/`), from what its own API answers the
 * caller (session, preferences, keys, roles), and puts the markup in #root and the query cache it was rendered
 * from beside it. The browser shows the first rows at first paint, hydrates them and asks for nothing it has.
 *
 * The page's head (its title, its stylesheet written in, its scripts and their preloads) goes out before the render
 * starts, so the browser sets up the document and fetches the scripts while the server renders; nothing is drawn
 * until #root has arrived whole.
 *
 * The page goes as built, and the browser renders the view from its own requests, when:
 * - the server render is switched off: for the server (`--no-prerender`) or for the caller's tenant
 *   (PUT /__mock/settings {"serverRender": false});
 * - the caller's tenant has injected faults (POST /__mock/faults): the page's own requests must meet them.
 * When any answer the view needs fails, or the render takes longer than FIRST_VIEW_TIMEOUT_MS, #root is left empty
 * and the browser does the same.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { setImmediate, setTimeout as delay } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import type { Context } from 'hono'
import { isConsolePagePath } from '../src/contract/console-pages'
import type { FirstView, FirstViewRenderer, Transport } from '../src/contract/first-view'
import type { Store } from './store/store'

/** Past this, the page is served without its first view and the browser asks for it, as it would anyway. */
export const FIRST_VIEW_TIMEOUT_MS = 1000

/** Where the page's server-side build goes: beside its static folder (`dist` → `dist-ssr`). */
export const firstViewBuildDir = (staticRoot: string) => `${staticRoot.replace(/[\\/]+$/, '')}-ssr`

/** The module of that build the server loads, if it was built. */
export const firstViewModulePath = (staticRoot: string) => join(firstViewBuildDir(staticRoot), 'entry-server.mjs')

export async function loadFirstViewRenderer(modulePath: string): Promise<FirstViewRenderer | undefined> {
  if (!existsSync(modulePath)) return undefined
  const module = (await import(/* @vite-ignore */ pathToFileURL(modulePath).href)) as { firstViewHead?: FirstViewRenderer['head']; renderFirstView: FirstViewRenderer['render'] }
  return { head: module.firstViewHead, render: module.renderFirstView }
}

/** What the browser build's manifest (`.vite/manifest.json`) says of each source module. */
type BuildManifest = Record<string, { file: string; imports?: string[] }>

/** The chunk of a source module and the chunks it imports, as the page's root-relative paths. */
export function moduleChunks(manifest: BuildManifest, source: string): string[] {
  const chunks = new Set<string>()
  const visit = (key: string) => {
    const entry = manifest[key]
    if (!entry || chunks.has(`/${entry.file}`)) return
    chunks.add(`/${entry.file}`)
    for (const imported of entry.imports ?? []) visit(imported)
  }
  visit(source)
  return [...chunks]
}

async function readManifest(staticRoot: string): Promise<BuildManifest> {
  try {
    return JSON.parse(await readFile(join(staticRoot, '.vite', 'manifest.json'), 'utf8')) as BuildManifest
  } catch {
    return {}
  }
}

const ROOT = '<div id="root"></div>'

/**
 * index.html up to #root's content, sent before the view is rendered: the page's title, a preload of each of
 * `preload` (the page module's chunks, which main.tsx imports before the page hydrates: in by the load event, so
 * no click after it is lost), and a hold on drawing until the end of #root has been parsed (a frame of half the
 * rows would shift as the rest arrive; the marker comes after #root, since an element counts as parsed once its
 * start tag is).
 */
export function pageStart(indexHtml: string, title?: string, preload: readonly string[] = []): string {
  const titled = title === undefined ? indexHtml : indexHtml.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
  const preloads = preload.map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}" />`).join('')
  const held = titled.replace('<!--first-view-->', () => `${preloads}<link rel="expect" href="#first-view-end" blocking="render" />`)
  return `${held.slice(0, held.indexOf(ROOT))}<div id="root">`
}

/**
 * The rest after the view's markup: the end of #root and its marker, the view's data where main.tsx looks for it
 * (none when #root was left empty), and the rest of index.html.
 */
export function pageEnd(indexHtml: string, view: FirstView | undefined): string {
  const data = view ? `<script type="application/json" id="first-view">${view.state}</script>` : ''
  return `</div><template id="first-view-end"></template>${data}${indexHtml.slice(indexHtml.indexOf(ROOT) + ROOT.length)}`
}

/**
 * The page's own stylesheets written into its head in place of their links: the first rows are drawn as soon as
 * they arrive, not once the server, which answers one request at a time, is done rendering and gets to the
 * stylesheet's request. A stylesheet that cannot be read, or that could end its <style> element, stays a link.
 */
export async function withInlineStylesheets(html: string, staticRoot: string): Promise<string> {
  let inlined = html
  for (const [link, href] of html.matchAll(/<link rel="stylesheet"[^>]*? href="(\/[^"]+\.css)"[^>]*>/g)) {
    const css = await readFile(join(staticRoot, href), 'utf8').catch(() => undefined)
    if (css !== undefined && !/<\/style/i.test(css)) inlined = inlined.replace(link, () => `<style>${css}</style>`)
  }
  return inlined
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  const settled = new AbortController()
  const timeout = delay(ms, undefined, { signal: settled.signal }).catch(() => undefined)
  try {
    return await Promise.race([promise, timeout])
  } finally {
    settled.abort()
  }
}

export interface FirstViewPageOptions {
  /** The built index.html. */
  indexFile: string
  renderer: FirstViewRenderer
  store: Store
  /** The app's own handler: the view's requests go through it, as the caller, with its cookie. */
  request: (path: string, init: RequestInit) => Promise<Response>
}

/** GET of the page: index.html with the caller's first view, or as built when the browser is to render it. */
export function firstViewPage({ indexFile, renderer, store, request }: FirstViewPageOptions) {
  return async (c: Context): Promise<Response> => {
    // Read each time, as the static files are: a new build's page names its new assets.
    const page = await readFile(indexFile, 'utf8')
    // The page carries the caller's data: never from a cache.
    c.header('Cache-Control', 'no-store')
    // A path the console has no page at is still the console (its "Page not found" view), answered 404.
    if (c.req.path !== '/index.html' && !isConsolePagePath(c.req.path)) c.status(404)

    // The page signs in through GET /portal/session; a first visit's session starts here, and its cookie goes
    // back with the page, so the browser's own requests are the same caller's.
    // The caller's language names the session's locale, which the dates are written in.
    const caller = { cookie: c.req.header('cookie') ?? '', 'accept-language': c.req.header('accept-language') ?? '' }
    const session = await request('/portal/session', { headers: { ...caller, accept: 'application/json' } })
    const started = session.headers.get('set-cookie')
    if (started) {
      c.header('Set-Cookie', started)
      caller.cookie = started.split(';')[0]
    }
    if (!session.ok) return c.html(page)
    const sessionJson = await session.text()
    const { customerId } = JSON.parse(sessionJson) as { customerId: string }
    const tenant = store.tenant(customerId)
    if (!tenant?.settings.serverRender || tenant.faults.length > 0) return c.html(page)

    // The render asks for the session first: it gets the answer above rather than a second request.
    const transport: Transport = (url, init) =>
      url === '/portal/session'
        ? Promise.resolve(new Response(sessionJson, { headers: { 'Content-Type': 'application/json' } }))
        : request(url, { ...init, headers: { ...(init.headers as Record<string, string>), ...caller } })
    const { pathname, search } = new URL(c.req.url)
    const url = pathname + search
    const head = renderer.head?.(url)
    const staticRoot = dirname(indexFile)
    const preload = head ? moduleChunks(await readManifest(staticRoot), head.pageModule) : []
    const start = await withInlineStylesheets(pageStart(page, head?.title, preload), staticRoot)
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      async start(stream) {
        stream.enqueue(encoder.encode(start))
        // The head is on its way before the render takes the CPU: the browser sets up the document meanwhile.
        await setImmediate()
        const view = await withTimeout(renderer.render({ url, transport }), FIRST_VIEW_TIMEOUT_MS).catch((error: unknown) => {
          console.error('the first view could not be rendered on the server:', error)
          return undefined
        })
        stream.enqueue(encoder.encode((view?.html ?? '') + pageEnd(page, view)))
        stream.close()
      },
    })
    c.header('Content-Type', 'text/html; charset=UTF-8')
    return c.body(body)
  }
}
