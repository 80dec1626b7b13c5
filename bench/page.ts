/**
 * The page figures, in headless Chromium: cold load to the first data row (against the floor page), the JS it
 * needed first, layout shift, and the response to rows-per-page, a header click and typing in the Name filter.
 * Times are taken inside the page (performance.now), so Playwright's own round trips are not in them.
 */
import { chromium, type Browser, type BrowserContext, type Cookie, type Page } from '@playwright/test'
import type { PagePreferences } from '../src/contract/preferences'
import { chromiumArgs, chromiumExecutable } from '../e2e/chromium'

/** What the probe records in the page; see installProbe. */
interface BenchProbe {
  /** performance.now() once the frame that shows the first data row has been drawn. */
  firstRow?: number
  /** Sum of layout-shift values not caused by input (CLS over the whole load). */
  layoutShift: number
  /** Starts timing a user action: from its event to rows on screen that meet the target. */
  arm(target: RowsTarget): void
  /** The armed action's time in ms, once its rows have been drawn. */
  pending?: Promise<number>
}

export interface RowsTarget {
  /** The event that starts the clock: the select's `input`, the header button's `click`. */
  startEvent: 'pointerup' | 'click'
  /** Rows the page holds (the table body's data-row-count): a long page draws only those in view. */
  rows: number
  /** Text the first row must contain: the re-sorted page, not the old one. */
  firstText?: string
}

declare global {
  interface Window {
    benchProbe: BenchProbe
  }
}

/**
 * Runs in every page before its own scripts. A data row is a `tbody tr` with text that is neither a skeleton, a
 * state row (empty, error) nor a long page's spacer; "shown" is after the next frame, since a commit is not yet
 * on screen. A long page draws only the rows in view, so "the 500-row page on screen" is the body saying it holds
 * 500 rows, in the same commit as the rows it draws.
 */
function installProbe(): void {
  type LayoutShiftEntry = PerformanceEntry & { value: number; hadRecentInput: boolean }
  // Playwright serialises this function into the page, so its helpers must live inside it.
  const DATA_ROW = 'tbody tr:not(.skeleton-row):not(.state-row):not(.spacer-row)'
  const dataRows = () => document.querySelectorAll(DATA_ROW)
  const paintChannel = new MessageChannel()
  const afterPaintQueue: (() => void)[] = []
  paintChannel.port1.addEventListener('message', () => afterPaintQueue.shift()?.())
  paintChannel.port1.start()
  // A task queued from requestAnimationFrame runs after that frame's layout and paint.
  const afterPaint = (done: () => void) =>
    requestAnimationFrame(() => {
      afterPaintQueue.push(done)
      paintChannel.port2.postMessage(null)
    })

  const probe: BenchProbe = {
    layoutShift: 0,
    arm(target) {
      let start: number | undefined
      // The event's timeStamp is when the input happened, so a busy main thread counts against the page.
      addEventListener(target.startEvent, (event) => (start ??= event.timeStamp), { capture: true, once: true })
      probe.pending = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (start === undefined) return
          const rows = dataRows()
          if (rows.length === 0 || document.querySelector('tbody')?.dataset.rowCount !== String(target.rows)) return
          if (target.firstText !== undefined && !rows[0].textContent?.includes(target.firstText)) return
          observer.disconnect()
          const started = start
          afterPaint(() => resolve(performance.now() - started))
        })
        observer.observe(document, { childList: true, subtree: true, characterData: true })
      })
    },
  }
  window.benchProbe = probe

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShiftEntry[]) if (!entry.hadRecentInput) probe.layoutShift += entry.value
  }).observe({ type: 'layout-shift', buffered: true })

  const firstRow = new MutationObserver(() => {
    if (!dataRows()[0]?.textContent?.trim()) return
    firstRow.disconnect()
    afterPaint(() => (probe.firstRow = performance.now()))
  })
  firstRow.observe(document, { childList: true, subtree: true, characterData: true })
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs, headless: true })

async function newProbedContext(browser: Browser, baseURL?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL })
  // tsx compiles with keepNames, wrapping named functions in `__name(…)`: the page needs that helper too.
  await context.addInitScript({ content: `var __name = (target) => target;\n(${installProbe.toString()})()` })
  return context
}

async function waitForFirstRow(page: Page): Promise<void> {
  await page.waitForFunction(() => window.benchProbe.firstRow !== undefined, null, { timeout: 20_000 })
}

export interface ColdLoad {
  /** ms from navigation start to the first data row drawn. */
  firstRow: number
  layoutShift: number
  /** Paths of the .js files requested before the first row was drawn. */
  scripts: string[]
}

/**
 * One cold load: a fresh context (no cache; no cookie, or the given session's), read once the network has been idle
 * for 500 ms.
 */
export async function coldLoad(browser: Browser, url: string, cookies: Cookie[] = []): Promise<ColdLoad> {
  const context = await newProbedContext(browser)
  await context.addCookies(cookies)
  try {
    const page = await context.newPage()
    await page.goto(url)
    await waitForFirstRow(page)
    // Late shifts (a column filled in after the rows) belong to the load too.
    await page.waitForLoadState('networkidle')
    return await page.evaluate(() => {
      const firstRow = window.benchProbe.firstRow!
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < firstRow)
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js'))
      return { firstRow, layoutShift: window.benchProbe.layoutShift, scripts }
    })
  } finally {
    await context.close()
  }
}

/** Arms the probe, does the action, and returns the page's time from the action's event to the rows drawn. */
async function timeAction(page: Page, target: RowsTarget, action: () => Promise<void>): Promise<number> {
  await page.evaluate((t) => window.benchProbe.arm(t), target)
  await action()
  return page.evaluate(() => window.benchProbe.pending!)
}

export interface Interaction {
  rowsPerPage: number
  headerSort: number
}

type KeyListPage = { totalCount: string; list: { name: string }[] }

/** A context whose cookie is bound to a fresh tenant of `size` keys (the page signs in to it). */
export async function largeTenantContext(browser: Browser, baseURL: string, size: number): Promise<{ context: BrowserContext; keysPath: string }> {
  const context = await newProbedContext(browser, baseURL)
  const response = await context.request.post('/__mock/tenants', { data: { preset: 'large', size } })
  if (response.status() !== 201) throw new Error(`POST /__mock/tenants answered ${response.status()}: ${await response.text()}`)
  const { customerId } = (await response.json()) as { customerId: string }
  return { context, keysPath: `/mgmtconfig/v1/admin/customers/${customerId}/apiKeys` }
}

/** Rows a page the admin with saved settings keeps: the default tenant's 37 keys on one page. */
export const SAVED_PAGE_SIZE = 50

/**
 * The session cookie of an admin with saved settings: a fresh tenant whose preferences hide a column, reorder and
 * widen others, keep SAVED_PAGE_SIZE rows a page and hold saved filters (the first view is then drawn with all of them).
 */
export async function adminWithSavedSettings(browser: Browser, baseURL: string): Promise<Cookie[]> {
  const context = await browser.newContext({ baseURL })
  try {
    const created = await context.request.post('/__mock/tenants', { data: { preset: 'default' } })
    if (created.status() !== 201) throw new Error(`POST /__mock/tenants answered ${created.status()}: ${await created.text()}`)
    const preferences: PagePreferences = {
      savedFilters: [
        { id: 'disabled', name: 'Disabled keys', filters: { status: 'disabled' } },
        { id: 'locked', name: 'Locked keys', filters: { locked: 'locked' } },
      ],
      tableSettings: { columnVisibility: { clientId: false }, columnOrder: ['name', 'roleId', 'enabled'], columnSizing: { name: 240, roleId: 200 } },
      pageSize: SAVED_PAGE_SIZE,
    }
    const saved = await context.request.put('/portal/preferences/zpa-api-keys?microtenantId=0', { data: preferences })
    if (saved.status() !== 204) throw new Error(`PUT /portal/preferences answered ${saved.status()}: ${await saved.text()}`)
    return await context.cookies()
  } finally {
    await context.close()
  }
}

/**
 * The page at 20 rows, loaded. The URL names the size: choosing 500 in a run keeps 500 as the admin's preference,
 * which would otherwise be the next run's starting point.
 */
async function openLoadedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto('/?pageSize=20')
  await waitForFirstRow(page)
  // Roles and the rest of the load finished, so the action does not share the main thread with them.
  await page.waitForLoadState('networkidle')
  return page
}

/**
 * Rows per page 20 → 500, then the Name header twice on the 500-row page. The first click sorts ascending, which
 * may be the server's default order and so show the same rows; the second (descending) always re-sorts: it is timed.
 */
export async function interaction(context: BrowserContext, keysPath: string): Promise<Interaction> {
  const descending = (await (await context.request.get(`${keysPath}?page=1&pagesize=500&sortBy=name&sortOrder=DESC`)).json()) as KeyListPage
  const page = await openLoadedPage(context)
  try {
    // The list opens untimed; the timing starts as the option is chosen (Radix Select chooses on pointer up).
    await page.getByLabel('Rows per page').click()
    const option = page.getByRole('option', { name: '500', exact: true })
    await option.waitFor()
    const rowsPerPage = await timeAction(page, { startEvent: 'pointerup', rows: 500 }, () => option.click())

    const nameHeader = page.locator('thead').getByRole('button', { name: 'Name', exact: true })
    await Promise.all([page.waitForResponse((r) => r.url().includes('sortBy=name')), nameHeader.click()])
    await page.waitForFunction(() => document.querySelector('th[aria-sort="ascending"]') && document.querySelector('table[aria-busy="false"]'))

    const headerSort = await timeAction(
      page,
      { startEvent: 'click', rows: 500, firstText: descending.list[0].name },
      () => nameHeader.click(),
    )
    return { rowsPerPage, headerSort }
  } finally {
    await page.close()
  }
}

export interface Typing {
  /** For each word typed: the `search` of every GET …/apiKeys sent from its first key until its pause ended. */
  searchesPerPause: string[][]
  typed: string
  value: string
}

/** Words typed into the Name filter 60 ms apart, each followed by a pause long enough for any debounce and its answer. */
export async function typeInNameFilter(context: BrowserContext, words: readonly string[]): Promise<Typing> {
  const page = await openLoadedPage(context)
  try {
    let searches: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (request.method() === 'GET' && url.pathname.endsWith('/apiKeys')) searches.push(url.searchParams.get('search') ?? '')
    })
    const field = page.getByRole('form', { name: 'Filters' }).getByLabel('Name', { exact: true })
    const searchesPerPause: string[][] = []
    for (const word of words) {
      await field.pressSequentially(word, { delay: 60 })
      // The pause itself is what is measured: how many requests a stop in typing causes.
      await page.waitForTimeout(1500)
      searchesPerPause.push(searches)
      searches = []
    }
    return { searchesPerPause, typed: words.join(''), value: await field.inputValue() }
  } finally {
    await page.close()
  }
}

/**
 * Selects a 500-row page of a fresh 1,000-key tenant and deletes it with the bulk Delete: the longest task on the
 * main thread from the confirmation until the result says all 500 are deleted (0 when none reached 50 ms), while
 * the progress bar moves (issue #17: the page stays responsive).
 */
export async function bulkDelete(browser: Browser, baseURL: string): Promise<number> {
  const { context } = await largeTenantContext(browser, baseURL, 1000)
  try {
    const page = await context.newPage()
    await page.goto('/?pageSize=500')
    await page.waitForFunction(() => document.querySelector('tbody')?.getAttribute('data-row-count') === '500')
    await page.getByRole('checkbox', { name: 'Select all rows on this page' }).check()
    await page.getByRole('region', { name: 'Selected API keys' }).getByRole('button', { name: 'Delete' }).click()
    const confirm = page.getByRole('dialog', { name: 'Delete 500 API keys?' })
    await confirm.waitFor()
    await page.evaluate(() => {
      const probe = window as unknown as { longestTask: number }
      probe.longestTask = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longestTask = Math.max(probe.longestTask, entry.duration)
      }).observe({ type: 'longtask' })
    })
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
    await page.getByRole('dialog', { name: '500 API keys deleted' }).waitFor({ timeout: 120_000 })
    return await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask)
  } finally {
    await context.close()
  }
}
