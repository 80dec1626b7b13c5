import { describe, expect, it } from 'vitest'
import { apiKeyPage } from '../src/contract/api-key'
import { portalSession } from '../src/contract/session'
import type { FirstView, RenderFirstView } from '../src/contract/first-view'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIRST_VIEW_TIMEOUT_MS, moduleChunks, pageEnd, pageStart, withInlineStylesheets } from './first-view'
import { DEFAULT_CUSTOMER_ID } from './store/seed'
import { customerBase, memoryApp, TestClient, withBuiltPage } from './testing'

const INDEX = `<!doctype html><html><head><title>API Keys</title><!--first-view--><script>/* index.html's own */</script></head>
<body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>`

const site = withBuiltPage(INDEX)

const view = (html: string): FirstView => ({ html, state: '{"queries":[]}' })
const keysAt = (url: string) => ({ title: `Keys at ${url}`, pageModule: 'src/app/pages/page.tsx' })

/** The whole page the server streams: its start, the view's markup, and the rest. */
const withFirstView = (indexHtml: string, rendered: FirstView | undefined, title?: string, preload: readonly string[] = []) =>
  pageStart(indexHtml, title, preload) + (rendered?.html ?? '') + pageEnd(indexHtml, rendered)

/** A render that waits to be finished by the test: `renderStarted` once the server has asked for it. */
function heldRender() {
  let started!: () => void
  let done: ((rendered: FirstView) => void) | undefined
  const renderStarted = new Promise<void>((resolve) => (started = resolve))
  const render: RenderFirstView = () => {
    started()
    return new Promise((resolve) => (done = resolve))
  }
  return { render, renderStarted, finish: (rendered: FirstView) => done!(rendered) }
}

/** A render that asks what the page asks first, through the transport it is given, and draws what it got. */
function recordingRender() {
  const calls: { url: string; customerId: string; locale: string; firstKey: string }[] = []
  const render: RenderFirstView = async ({ url, transport }) => {
    const session = portalSession.parse(await (await transport('/portal/session', { headers: { Accept: 'application/json' } })).json())
    const keys = apiKeyPage.parse(await (await transport(`${customerBase(session.customerId)}/apiKeys?page=1&pagesize=20`, {})).json())
    calls.push({ url, customerId: session.customerId, locale: session.locale, firstKey: keys.list[0].name })
    return view(`<table><tbody><tr><td>${keys.list[0].name}</td></tr></tbody></table>`)
  }
  return { calls, render }
}

describe('the page with its first view', () => {
  it('a first visit gets the view in #root, its data beside it, a session cookie, and no caching', async () => {
    const { calls, render } = recordingRender()
    const client = new TestClient((await memoryApp({ staticRoot: site.root, firstView: { render } })).app)
    const response = await client.request('/?page=2&status=enabled', { headers: { 'Accept-Language': 'de-DE,de;q=0.9' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(client.cookie).toMatch(/^zpa_session=/)
    const html = await response.text()
    // The render is the caller's: their view, their tenant, their language.
    expect(calls).toEqual([{ url: '/?page=2&status=enabled', customerId: DEFAULT_CUSTOMER_ID, locale: 'de-DE', firstKey: expect.any(String) }])
    expect(html).toContain(`<div id="root"><table><tbody><tr><td>${calls[0].firstKey}</td></tr></tbody></table></div><template id="first-view-end">`)
    expect(html).toContain('<script type="application/json" id="first-view"')
    expect(html).toContain('{"queries":[]}</script>')
    // Nothing is drawn before the end of #root is parsed; the page's own scripts are all still there.
    expect(html).toContain('<link rel="expect" href="#first-view-end" blocking="render" />')
    expect(html).toContain('/* index.html\'s own */')
    expect(html).toContain('<script type="module" src="/assets/app.js">')
    // The browser's session is the one the view was rendered for.
    expect((await client.signIn()).customerId).toBe(DEFAULT_CUSTOMER_ID)
    expect(calls).toHaveLength(1)
  })

  it('renders as the caller: a browser bound to another tenant gets that tenant\'s keys', async () => {
    const { calls, render } = recordingRender()
    const client = new TestClient((await memoryApp({ staticRoot: site.root, firstView: { render } })).app)
    await client.signIn()
    const tenant = await client.newTenant({ preset: 'default' })
    const html = await (await client.request('/')).text()
    expect(calls.map((call) => call.customerId)).toEqual([tenant.customerId])
    expect(html).toContain(calls[0].firstKey)
  })

  it('serves it on /index.html and on any other page path, and still serves files and the API', async () => {
    const { calls, render } = recordingRender()
    const client = new TestClient((await memoryApp({ staticRoot: site.root, firstView: { render } })).app)
    // Every console page is 200; a path the console has no page at is its "Page not found" view, 404.
    for (const [path, status] of [['/index.html', 200], ['/legacy-api/client-connector?page=2', 200], ['/legacy-api/digital-experience?name=dash', 200], ['/audit-logs?action=update', 200], ['/some/deep/link', 404]] as const) {
      const response = await client.request(path)
      expect(response.status).toBe(status)
      expect(await response.text()).toContain('id="first-view"')
    }
    expect(await (await client.request('/assets/app.js')).text()).toBe('console.log("page")')
    expect((await client.request(`${customerBase()}/apiKeys`)).status).toBe(200)
    expect(calls.map((call) => call.url)).toEqual(['/index.html', '/legacy-api/client-connector?page=2', '/legacy-api/digital-experience?name=dash', '/audit-logs?action=update', '/some/deep/link'])
  })

  it("names the page in <title> and preloads its own module's chunks, from the build's manifest", async () => {
    const manifest = {
      'src/main.tsx': { file: 'assets/index.js', imports: ['_react.js'] },
      'src/app/pages/page.tsx': { file: 'assets/page-1.js', imports: ['_react.js', '_table.js'] },
      '_react.js': { file: 'assets/react.js' },
      '_table.js': { file: 'assets/table.js', imports: ['_react.js'] },
    }
    expect(moduleChunks(manifest, 'src/app/pages/page.tsx')).toEqual(['/assets/page-1.js', '/assets/react.js', '/assets/table.js'])
    const html = withFirstView(INDEX, view('<h1>API Keys</h1>'), 'API Keys · <Client Connector>', ['/assets/page-1.js'])
    expect(html).toContain('<title>API Keys · &#60;Client Connector&#62;</title>')
    // In the head, which goes out before the render: the page's module is in by the load event.
    expect(html.indexOf('<link rel="modulepreload" crossorigin href="/assets/page-1.js" />')).toBeLessThan(html.indexOf('</head>'))
  })

  it('sends the head at once and the view when it is rendered, with the title and preloads the head names', async () => {
    const { render, renderStarted, finish } = heldRender()
    const client = new TestClient((await memoryApp({ staticRoot: site.root, firstView: { head: keysAt, render } })).app)
    const response = await client.request('/legacy-api/client-connector?page=2')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=UTF-8')
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    // The render has not ended: the head (title, the hold on drawing) is already there, and #root is open.
    const first = (await reader.read()).value!
    expect(first).toContain('<title>Keys at /legacy-api/client-connector?page=2</title>')
    expect(first).toContain('<link rel="expect" href="#first-view-end" blocking="render" />')
    expect(first.endsWith('<div id="root">')).toBe(true)
    await renderStarted
    finish(view('<p>rows</p>'))
    let rest = ''
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += chunk.value
    expect(rest).toMatch(/^<p>rows<\/p><\/div><template id="first-view-end"><\/template><script type="application\/json" id="first-view">/)
    expect(first + rest).toBe(withFirstView(INDEX, view('<p>rows</p>'), 'Keys at /legacy-api/client-connector?page=2'))
  })

  it('a browser that leaves before the render ends costs nothing: the render finishes and nothing is thrown', async () => {
    const { render, renderStarted, finish } = heldRender()
    const client = new TestClient((await memoryApp({ staticRoot: site.root, firstView: { head: keysAt, render } })).app)
    const reader = (await client.request('/')).body!.getReader()
    await reader.read()
    await reader.cancel()
    await renderStarted
    finish(view('<p>rows</p>'))
    // An unhandled rejection here would fail the run; the server still answers.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect((await client.request(`${customerBase()}/apiKeys`)).status).toBe(200)
  })

  it('leaves a tenant with injected faults to the browser, so its own requests meet them', async () => {
    const { calls, render } = recordingRender()
    const client = new TestClient((await memoryApp({ staticRoot: site.root, firstView: { render } })).app)
    await client.signIn()
    const created = await client.request('/__mock/faults', { method: 'POST', json: { method: 'GET', path: '**/apiKeys', status: 503, times: 1 } })
    expect(created.status).toBe(201)
    const html = await (await client.request('/')).text()
    expect(html).toBe(INDEX)
    expect(calls).toEqual([])
    // The fault is still there for the page's own request.
    expect((await client.request(`${customerBase()}/apiKeys`)).status).toBe(503)
  })

  it('leaves a tenant whose server render is switched off to the browser, until it is switched on again', async () => {
    const { calls, render } = recordingRender()
    const client = new TestClient((await memoryApp({ staticRoot: site.root, firstView: { render } })).app)
    await client.signIn()
    const off = await client.request('/__mock/settings', { method: 'PUT', json: { serverRender: false } })
    expect(await off.json()).toEqual({ serverRender: false, rateLimits: false })
    expect(await (await client.request('/')).text()).toBe(INDEX)
    expect(calls).toEqual([])
    // Another tenant is not switched off.
    const other = new TestClient((await memoryApp({ staticRoot: site.root, firstView: { render } })).app)
    expect(await (await other.request('/')).text()).toContain('id="first-view"')
    await client.request('/__mock/settings', { method: 'PUT', json: { serverRender: true } })
    expect(await (await client.request('/')).text()).toContain('id="first-view"')
  })

  it('renders two views at once, each for its own caller', async () => {
    const { calls, render } = recordingRender()
    const { app } = await memoryApp({ staticRoot: site.root, firstView: { render } })
    const [a, b] = [new TestClient(app), new TestClient(app)]
    await b.signIn()
    const tenant = await b.newTenant({ preset: 'empty' })
    await b.request(`${customerBase(tenant.customerId)}/apiKeys`, { method: 'POST', json: { name: 'only-in-b', tokenExpiryTimeInSec: 3600, roleId: '28' } })
    const [pageA, pageB] = await Promise.all([a.request('/'), b.request('/')])
    expect(await pageB.text()).toContain('<td>only-in-b</td>')
    expect(await pageA.text()).not.toContain('only-in-b')
    expect(calls.map((call) => call.customerId).toSorted()).toEqual([DEFAULT_CUSTOMER_ID, tenant.customerId].toSorted())
  })

  it('leaves #root empty, and no data, for the browser to fill when the render gives up, fails or takes too long', async () => {
    const renders: RenderFirstView[] = [
      async () => undefined,
      async () => {
        throw new Error('render failed')
      },
      () => new Promise(() => {}),
    ]
    const errors: unknown[] = []
    const consoleError = console.error
    console.error = (...args: unknown[]) => void errors.push(args)
    try {
      for (const render of renders) {
        const client = new TestClient((await memoryApp({ staticRoot: site.root, firstView: { render } })).app)
        const started = Date.now()
        const response = await client.request('/')
        expect(response.status).toBe(200)
        expect(await response.text()).toBe(withFirstView(INDEX, undefined))
        expect(Date.now() - started).toBeLessThan(FIRST_VIEW_TIMEOUT_MS + 1000)
        // The session started for the page is kept: the browser's requests are the same caller's.
        expect(client.cookie).toMatch(/^zpa_session=/)
      }
    } finally {
      console.error = consoleError
    }
    expect(errors).toHaveLength(1)
  })

  it('without a renderer, serves index.html as built', async () => {
    const client = new TestClient((await memoryApp({ staticRoot: site.root })).app)
    expect(await (await client.request('/')).text()).toBe(INDEX)
  })
})

describe('pageStart and pageEnd', () => {
  it('puts the markup in #root and the data after it, with nothing else added', () => {
    const html = withFirstView(INDEX, view('<p>rows</p>'))
    expect(html).toContain('<div id="root"><p>rows</p></div><template id="first-view-end"></template><script type="application/json" id="first-view">{"queries":[]}</script><script type="module"')
    // index.html's two scripts, and the data.
    expect(html.match(/<script/g)).toHaveLength(3)
  })

  it('inserts markup as it is, even where it holds $ patterns a string replace would expand', () => {
    const html = withFirstView(INDEX, view("<p>$& $' $1</p>"))
    expect(html).toContain("<div id=\"root\"><p>$& $' $1</p></div>")
  })
})

describe('withInlineStylesheets', () => {
  it("writes the page's own stylesheets in place of their links, and leaves any it cannot inline a link", async () => {
    const root = await mkdtemp(join(tmpdir(), 'zpa-styles-'))
    try {
      await writeFile(join(root, 'style.css'), '.a{color:red}')
      await writeFile(join(root, 'closing.css'), '.b::after{content:"</style>"}')
      const head = [
        '<link rel="stylesheet" crossorigin href="/style.css">',
        '<link rel="stylesheet" crossorigin href="/closing.css">',
        '<link rel="stylesheet" crossorigin href="/missing.css">',
        '<link rel="icon" href="/style.css">',
      ].join('')
      expect(await withInlineStylesheets(head, root)).toBe(
        '<style>.a{color:red}</style><link rel="stylesheet" crossorigin href="/closing.css"><link rel="stylesheet" crossorigin href="/missing.css"><link rel="icon" href="/style.css">',
      )
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
