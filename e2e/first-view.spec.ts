/**
 * The first view: the server renders what the admin will see (their preferences, time zone, the URL's view) and
 * the browser hydrates it without asking again; switched off, the browser renders it from its own requests.
 * The fixtures fail every test on a console error, React's hydration errors included.
 */
import type { Page } from '@playwright/test'
import { collectPageErrors, ENGINEERING_MICROTENANT_ID, expect, test } from './fixtures'
import { choose, expectOptions, expectTotal, filters } from './table-helpers'

// The selection's column first: its header is a checkbox, with no text.
const columnHeaders = ['', 'Name', 'Client ID', 'Status', 'Session Validity Interval (In Seconds)', 'Creation Date', 'Role', 'Actions']

/** The API requests the page sends from now on, with the tenant's id written {customer}. */
function apiRequestsOf(page: Page, customerId: string): string[] {
  const sent: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (request.resourceType() === 'fetch') sent.push(`${request.method()} ${url.pathname.replace(customerId, '{customer}')}${url.search}`)
  })
  return sent
}

/** Layout shifts the page reports (none may happen while it loads and hydrates). */
async function recordLayoutShifts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const probe = window as unknown as { layoutShifts: number }
    probe.layoutShifts = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.layoutShifts += (entry as PerformanceEntry & { value: number }).value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  return () => page.evaluate(() => (window as unknown as { layoutShifts: number }).layoutShifts)
}

test('a first visit gets its rows in the HTML and hydrates them without asking the API again', async ({ page, api, tenant }) => {
  const sent = apiRequestsOf(page, tenant.customerId)
  const names = (await api.list()).list.map((key) => key.name)
  const response = await page.goto('/')
  const html = await response!.text()
  expect(html).toContain('id="first-view"')
  expect(html).toContain(`<span class="cell-text">${names[0]}</span>`)
  await expect(page.locator('tbody tr td.cell-name')).toHaveText(names)
  // Hydrated: the controls answer at once, and only the click asks for anything.
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(page.getByText('21–37 of 37')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(sent).toEqual([`GET /mgmtconfig/v1/admin/customers/{customer}/apiKeys?page=2&pagesize=20&microtenantId=0`])
})

test('a URL with a view gets that view drawn, with nothing asked for', async ({ page, api, tenant }) => {
  const sent = apiRequestsOf(page, tenant.customerId)
  const expected = await api.list({ search: 'enabled EQ true', sortBy: 'name', sortOrder: 'DESC', page: 2, pagesize: 20 })
  await page.goto('/?status=enabled&sortBy=name&sortOrder=DESC&page=2')
  await expect(page.locator('tbody tr td.cell-name')).toHaveText(expected.list.map((key) => key.name))
  await expect(filters(page).getByLabel('Status')).toHaveText('Enabled')
  await expect(page.locator('th[aria-sort="descending"]')).toHaveText(/Name/)
  await page.waitForLoadState('networkidle')
  expect(sent).toEqual([])
})

test("a URL naming a microtenant gets that microtenant's keys and preferences drawn, with nothing asked for", async ({ page, api, tenant }) => {
  await api.savePreferences(
    {
      savedFilters: [{ id: 'eng-disabled', name: 'Engineering disabled', filters: { status: 'disabled' } }],
      tableSettings: { columnVisibility: { clientId: false }, columnOrder: [], columnSizing: {} },
    },
    ENGINEERING_MICROTENANT_ID,
  )
  const engineering = (await api.list({ microtenantId: ENGINEERING_MICROTENANT_ID })).list.map((key) => key.name)
  const inDefault = (await api.list()).list.map((key) => key.name)
  const sent = apiRequestsOf(page, tenant.customerId)
  const html = await (await page.goto(`/?microtenantId=${ENGINEERING_MICROTENANT_ID}`))!.text()
  expect(html).toContain('id="first-view"')
  expect(html).toContain('Engineering disabled')
  expect(html).not.toContain('>Client ID<')
  for (const name of engineering) expect(html).toContain(`<span class="cell-text">${name}</span>`)
  expect(html).not.toContain(`<span class="cell-text">${inDefault[0]}</span>`)

  await expect(page.locator('tbody tr td.cell-name')).toHaveText(engineering)
  await expect(page.getByRole('columnheader')).toHaveText(columnHeaders.filter((header) => header !== 'Client ID'))
  await expect(page.getByLabel('Microtenant')).toHaveText('Engineering')
  await expectOptions(page, 'Saved Filter', ['None', 'Engineering disabled'])
  await page.waitForLoadState('networkidle')
  expect(sent).toEqual([])
})

test("the admin's saved preferences are in the server's HTML: hidden column, rows per page, saved filters", async ({ page, api, tenant }) => {
  await api.savePreferences({
    savedFilters: [{ id: 'disabled-keys', name: 'Disabled keys', filters: { status: 'disabled' } }],
    // Name may not be hidden: a preference written by hand that hides it is not obeyed.
    tableSettings: { columnVisibility: { clientId: false, name: false }, columnOrder: [], columnSizing: { name: 260 } },
    pageSize: 50,
  })
  const sent = apiRequestsOf(page, tenant.customerId)
  const shifts = await recordLayoutShifts(page)
  const html = await (await page.request.get('/')).text()
  expect(html).toContain('Disabled keys')
  expect(html).not.toContain('>Client ID<')
  expect(html.match(/<tr aria-rowindex=/g)).toHaveLength(37)
  expect(html).toContain('class="cell-name" style="width:260px"')

  await page.goto('/')
  await expect(page.getByRole('columnheader')).toHaveText(columnHeaders.filter((header) => header !== 'Client ID'))
  await expectTotal(page, 37)
  await expect(page.locator('tbody tr td.cell-name')).toHaveCount(37)
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('style', /^width: ?260px;?$/)
  await expectOptions(page, 'Saved Filter', ['None', 'Disabled keys'])
  await page.waitForLoadState('networkidle')
  expect(sent).toEqual([])
  expect(await shifts()).toBe(0)
})

test('a second browser gets the saved filter and hidden column the first one made, already in the server\'s HTML', async ({ page, context, browser, api }) => {
  // Two browsers and two dialogs: more than one page's worth of steps.
  test.slow()
  await page.goto('/')
  await choose(filters(page), 'Status', 'Disabled')
  await page.getByRole('button', { name: 'Menu' }).click()
  await page.getByRole('menuitem', { name: 'Save Applied Filter' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save Applied Filter' })
  await dialog.getByLabel('Filter Name').fill('Only disabled')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toHaveCount(0)
  await page.getByRole('button', { name: 'Table Settings' }).click()
  const settings = page.getByRole('dialog', { name: 'Table Settings' })
  await settings.getByRole('checkbox', { name: 'Client ID' }).uncheck()
  await settings.getByRole('button', { name: 'Done' }).click()
  // Acknowledged: the server has both.
  await expect.poll(async () => (await api.preferences()).tableSettings.columnVisibility).toEqual({ clientId: false })
  expect((await api.preferences()).savedFilters.map((saved) => saved.name)).toEqual(['Only disabled'])

  // Another browser, signed in as the same admin.
  const other = await browser.newContext()
  try {
    await other.addCookies(await context.cookies())
    const html = await (await other.request.get('/')).text()
    expect(html).toContain('Only disabled')
    expect(html).not.toContain('>Client ID<')
    const second = await other.newPage()
    const errors: string[] = []
    second.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())))
    second.on('pageerror', (error) => void errors.push(error.message))
    await second.goto('/')
    await expect(second.getByRole('columnheader')).toHaveText(columnHeaders.filter((header) => header !== 'Client ID'))
    await choose(second, 'Saved Filter', 'Only disabled')
    await expectTotal(second, (await api.list({ search: 'enabled EQ false' })).totalCount)
    expect(errors).toEqual([])
  } finally {
    await other.close()
  }
})

test("first views rendered at the same time are each their own caller's", async ({ browser, page, api }) => {
  const mine = (await api.list()).list[0].name
  const other = await browser.newContext()
  try {
    const created = await other.request.post('/__mock/tenants', { data: { preset: 'empty' } })
    const { customerId } = (await created.json()) as { customerId: string }
    const key = { name: 'only-in-the-other-tenant', tokenExpiryTimeInSec: 600, roleId: '28' }
    expect((await other.request.post(`/mgmtconfig/v1/admin/customers/${customerId}/apiKeys`, { data: key })).status()).toBe(201)
    const callers = Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? page.request : other.request))
    const pages = await Promise.all(callers.map(async (caller) => (await caller.get('/')).text()))
    for (const [i, html] of pages.entries()) {
      expect(html).toContain('id="first-view"')
      const [own, theirs] = i % 2 === 0 ? [mine, key.name] : [key.name, mine]
      expect(html).toContain(`<span class="cell-text">${own}</span>`)
      expect(html).not.toContain(`<span class="cell-text">${theirs}</span>`)
    }
  } finally {
    await other.close()
  }
})

test('markup the browser would draw otherwise is a hydration error, which the fixtures count as a page error', async ({ browser, context, api }) => {
  // The check every test relies on can fail: the first row's name is changed in the server's HTML.
  const first = (await api.list()).list[0].name
  const other = await browser.newContext()
  try {
    await other.addCookies(await context.cookies())
    const errors = collectPageErrors(other)
    const page = await other.newPage()
    await page.route('/', async (route) => {
      const response = await route.fetch()
      const html = (await response.text()).replace(`<span class="cell-text">${first}</span>`, '<span class="cell-text">tampered</span>')
      await route.fulfill({ response, body: html })
    })
    await page.goto('/')
    await expect.poll(() => errors).toEqual([expect.stringMatching(/^page error: Minified React error #418\b/)])
  } finally {
    await other.close()
  }
})

test.describe('long pages', () => {
  test.use({ tenantPreset: 'large' })

  for (const pageSize of [20, 100, 200, 500]) {
    test(`${pageSize} rows a page hydrate as the server drew them, with no layout shift and nothing asked again`, async ({ page, api, tenant }) => {
      const expected = await api.list({ pagesize: pageSize })
      const sent = apiRequestsOf(page, tenant.customerId)
      const shifts = await recordLayoutShifts(page)
      const response = await page.goto(`/?pageSize=${pageSize}`)
      const html = await response!.text()
      expect(html).toContain('id="first-view"')
      expect(html).toContain(`<span class="cell-text">${expected.list[0].name}</span>`)
      await expect(page.locator('tbody')).toHaveAttribute('data-row-count', String(pageSize))
      const first = page.locator('tbody tr[aria-rowindex]').first()
      await expect(first).toHaveAttribute('aria-rowindex', '2')
      await expect(first.locator('td.cell-name')).toHaveText(expected.list[0].name)
      await expect(first).toBeInViewport()
      await page.waitForLoadState('networkidle')
      expect(sent).toEqual([])
      expect(await shifts()).toBe(0)
    })
  }

  test('rows per page kept as a preference is the first view of a URL that names none', async ({ page, api }) => {
    await api.savePreferences({ savedFilters: [], tableSettings: { columnVisibility: {}, columnOrder: [], columnSizing: {} }, pageSize: 200 })
    const html = await (await page.request.get('/')).text()
    expect(html).toContain('data-row-count="200"')
    await page.goto('/')
    await expect(page.locator('tbody')).toHaveAttribute('data-row-count', '200')
    await expect(page.getByLabel('Rows per page')).toHaveText('200')
    // Choosing another keeps it for the next visit.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/portal/preferences/') && r.status() === 204),
      choose(page, 'Rows per page', '50'),
    ])
    expect((await api.preferences()).pageSize).toBe(50)
  })
})

test.describe('in another time zone and locale', () => {
  test.use({ timezoneId: 'Asia/Kathmandu', locale: 'de-DE' })

  test("dates are written in the admin's locale and, once the browser has told the server, its time zone", async ({ page, api, tenant }) => {
    const first = (await api.list()).list[0]
    const inZone = (timeZone: string) =>
      page.evaluate(
        ([seconds, zone]) => new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(Number(seconds) * 1000),
        [first.creationTime, timeZone] as const,
      )
    const firstCell = page.locator('tbody tr').first().locator('td.cell-creationTime')

    // A first visit: the server has no zone for this admin yet and writes UTC, in the browser's language; the
    // browser hydrates that, tells the server its zone, and shows the dates in it.
    const told = page.waitForRequest((request) => request.method() === 'PUT' && request.url().endsWith('/portal/time-zone'))
    const firstHtml = await (await page.goto('/'))!.text()
    expect(firstHtml).toContain(await inZone('UTC'))
    // Chromium names this zone by its older IANA name (Asia/Katmandu): whichever it uses is what it tells.
    const browserZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
    expect(browserZone).toMatch(/^Asia\/Kath?mandu$/)
    expect(JSON.parse((await told).postData()!)).toEqual({ timeZone: browserZone })
    await expect(firstCell).toHaveText(await inZone('Asia/Kathmandu'))

    // From then on the server renders them so: the HTML has them, and nothing more is told.
    const sent = apiRequestsOf(page, tenant.customerId)
    const response = await page.reload()
    expect(await response!.text()).toContain(await inZone('Asia/Kathmandu'))
    await expect(firstCell).toHaveText(await inZone('Asia/Kathmandu'))
    await page.waitForLoadState('networkidle')
    expect(sent).toEqual([])
  })
})

test.describe('switched off for the tenant, the browser renders the first view', () => {
  test.beforeEach(async ({ api }) => api.renderInBrowser())

  test('the page comes as built, and the browser asks for the session, preferences, its page of keys and the roles once each', async ({ page, api, tenant }) => {
    const sent = apiRequestsOf(page, tenant.customerId)
    const expected = await api.list({ search: 'enabled EQ true', sortBy: 'name', sortOrder: 'DESC', page: 2, pagesize: 20 })
    const response = await page.goto('/?status=enabled&sortBy=name&sortOrder=DESC&page=2')
    expect(await response!.text()).not.toContain('id="first-view"')
    await expect(page.locator('tbody tr td.cell-name')).toHaveText(expected.list.map((key) => key.name))
    await page.waitForLoadState('networkidle')
    expect(sent.toSorted()).toEqual(
      [
        'GET /portal/session',
        'GET /portal/preferences/zpa-api-keys?microtenantId=0',
        `GET /mgmtconfig/v1/admin/customers/{customer}/apiKeys?page=2&pagesize=20&search=${encodeURIComponent('enabled EQ true').replaceAll('%20', '+')}&sortBy=name&sortOrder=DESC&microtenantId=0`,
        'GET /mgmtconfig/v1/admin/customers/{customer}/roles?microtenantId=0',
      ].toSorted(),
    )
  })

  test('the saved preferences apply there too', async ({ page, api }) => {
    await api.savePreferences({ savedFilters: [], tableSettings: { columnVisibility: { roleId: false }, columnOrder: [], columnSizing: {} }, pageSize: 50 })
    await page.goto('/')
    await expect(page.getByRole('columnheader')).toHaveText(columnHeaders.filter((header) => header !== 'Role'))
    await expect(page.locator('tbody tr td.cell-name')).toHaveCount(37)
  })
})
