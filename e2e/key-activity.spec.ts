/**
 * Key activity (issue #16) on the three key pages: the Last Used column (shown through Table Settings) after a key
 * signs in, the "Not used for" filter, and the View Activity panel whose chart's data table has the numbers the
 * mock recorded, a real sign-in's and a week of synthetic history's (POST /__mock/activity). Axe in every state of
 * the panel, the chart included.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { keyActivity, type KeyActivity, type SyntheticActivityInput } from '../src/contract/activity'
import { createdApiKey } from '../src/contract/api-key'
import { portalSession } from '../src/contract/session'
import { expectNoAxeViolations } from './axe'
import { holdRequests } from './held-requests'
import { expect, test } from './fixtures'
import { choose, row, savingPreferences } from './table-helpers'

const ZCC_PATH = '/legacy-api/client-connector'
const ZDX_PATH = '/legacy-api/digital-experience'

const panelOf = (page: Page, name: string) => page.getByRole('dialog', { name: `${name} Activity` })
const lastUsedCell = (page: Page, name: string) => row(page, name).locator('td.cell-lastUsedTime')

/** Shows the Last Used column through Table Settings, as an admin does. */
async function showLastUsed(page: Page) {
  await page.getByRole('button', { name: 'Table Settings' }).click()
  const settings = page.getByRole('dialog', { name: 'Table Settings' })
  const lastUsed = settings.getByRole('checkbox', { name: 'Last Used' })
  await expect(lastUsed).not.toBeChecked()
  await lastUsed.check()
  await page.keyboard.press('Escape')
  await expect(settings).toHaveCount(0)
  await expect(page.getByRole('columnheader', { name: 'Last Used' })).toBeVisible()
}

/** Writes a week of synthetic history for a key (the mock's control API); answers the key's activity. */
async function writeWeek(request: APIRequestContext, input: SyntheticActivityInput): Promise<KeyActivity> {
  const response = await request.post('/__mock/activity', { data: { days: 7, ...input } })
  expect(response.status(), await response.text()).toBe(201)
  return keyActivity.parse(await response.json())
}

/** Moves the tenant's clock a week on: a key made before is then old enough for a week's history (none is written before a key's creation). */
async function aWeekLater(request: APIRequestContext) {
  const response = await request.post('/__mock/clock', { data: { advanceSeconds: 7 * 24 * 3600 } })
  expect(response.status(), await response.text()).toBe(200)
}

const sum = (activity: KeyActivity, outcome: 'succeeded' | 'denied' | 'limited') => activity.hours.reduce((total, hour) => total + hour[outcome], 0)
const count = (value: number) => value.toLocaleString('en-US')

/** The data table's rows as text, cell by cell (header first, the 7 days' totals last). */
const tableRows = (table: Locator) => table.locator('tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((cell) => cell.textContent)))

/** The panel's chart and data table say the numbers `activity` holds, and each day's row adds up. */
async function expectNumbersOf(panel: Locator, activity: KeyActivity) {
  const [succeeded, denied, limited] = [sum(activity, 'succeeded'), sum(activity, 'denied'), sum(activity, 'limited')]
  const all = succeeded + denied + limited
  await expect(panel.getByRole('img', { name: /^API calls/ })).toHaveAccessibleName(
    `API calls per hour, last 7 days: ${count(all)} in all, ${count(succeeded)} succeeded, ${count(denied)} refused (401/403), ${count(limited)} rate-limited (429)`,
  )
  const table = panel.getByRole('table', { name: 'API calls per day, last 7 days' })
  await expect(table.locator('tfoot tr')).toHaveText(['All 7 days', count(succeeded), count(denied), count(limited), count(all)].join(''))
  const rows = await tableRows(table)
  expect(rows[0]).toEqual(['Day', 'Succeeded', '401/403', '429', 'Total'])
  const days = rows.slice(1, -1).map((cells) => cells.slice(1).map((cell) => Number(cell?.replace(/,/g, ''))))
  for (const [s, d, l, total] of days) expect(s + d + l).toBe(total)
  expect(days.reduce((total, day) => total + day[3], 0)).toBe(all)
}

test('Private Access: a key that signs in is no longer "Never"; its panel reads the sign-in, then a synthetic week, from the chart\'s data table; its creation is in Audit Logs', async ({ page, api, context }) => {
  const created = await context.request.post(`${api.base}/apiKeys`, { data: { name: 'activity-probe', tokenExpiryTimeInSec: '3600', roleId: (await api.roles())[0].id } })
  expect(created.status(), await created.text()).toBe(201)
  const key = createdApiKey.parse(await created.json())
  await aWeekLater(context.request)

  await page.goto('/?name=activity-probe')
  await savingPreferences(page, () => showLastUsed(page))
  await expect(lastUsedCell(page, 'activity-probe')).toHaveText('Never')

  const signIn = await context.request.post('/signin', { form: { client_id: key.clientId, client_secret: key.clientSecret } })
  expect(signIn.status()).toBe(200)
  await page.getByRole('button', { name: 'Refresh' }).click()
  const lastUsed = lastUsedCell(page, 'activity-probe').locator('.relative-time')
  await expect(lastUsed.locator('.relative-time-text')).toHaveText(/^(now|\d+ seconds? ago|1 minute ago)$/)
  // The exact time shows on keyboard focus (and hover): the cell's hint.
  const exact = lastUsed.locator('.relative-time-exact')
  const exactWidth = () => exact.evaluate((element) => element.getBoundingClientRect().width)
  expect(await exactWidth()).toBeLessThanOrEqual(1)
  await lastUsed.focus()
  await expect.poll(exactWidth).toBeGreaterThan(100)
  await expect(exact.locator('time')).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M$/)
  // The server renders the shown column in the first view, and it hydrates without a mismatch (a console error).
  const firstView = await (await context.request.get('/?name=activity-probe')).text()
  expect(firstView).toContain('Last Used')
  expect(firstView).toMatch(/relative-time-text">(now|\d+ seconds? ago|1 minute ago)</)
  await page.reload()
  await expect(lastUsed.locator('.relative-time-text')).toHaveText(/^(now|\d+ seconds? ago|1 minute ago)$/)

  await row(page, 'activity-probe').getByRole('button', { name: 'View Activity' }).click()
  const panel = panelOf(page, 'activity-probe')
  await expectNumbersOf(panel, await activityOf(context.request, `${api.base}/apiKeys/${key.id}/activity`))
  await expect(panel.getByRole('table')).toContainText('All 7 days1001')
  const events = panel.getByRole('list', { name: 'Events, newest first' }).getByRole('listitem')
  await expect(events.first()).toContainText(/Signed in.*from \S+ · Private Access/)
  await expect(events.last()).toContainText(/Created.*by \S+ · Private Access/)
  await expectNoAxeViolations(page)

  const week = await writeWeek(context.request, { product: 'zpa', keyId: key.id, calls: 3000, denied: 40, limited: 12, signIns: 20 })
  await panel.getByRole('button', { name: 'Refresh' }).click()
  await expectNumbersOf(panel, week)
  expect(sum(week, 'succeeded')).toBe(3000 + 20 + 1)
  await expectNoAxeViolations(page)

  // "Not used for 7 days": the key that signed in leaves the list.
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  await choose(page, 'Not used for', '7 days')
  await expect(page).toHaveURL(/[?&]notUsedForDays=7(&|$)/)
  await expect(page.getByText('No API keys match the filters')).toBeVisible()

  // Its creation is in the Audit Logs, by the admin; its sign-ins are not (they are no admin's change).
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Audit Logs' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit Logs')
  const entries = page.locator('tbody tr[data-row-id]')
  await expect(entries).toHaveCount(1)
  await expect(entries.locator('td.cell-action')).toHaveText('Create')
  await expect(entries.locator('td.cell-admin')).toHaveText(portalSession.parse(await (await context.request.get('/portal/session')).json()).adminName)
  await expect(entries.locator('td.cell-resource')).toHaveText('activity-probePrivate Access · Default')
})

test('Refresh reads Last Used against the tenant\'s clock as it is now: moved two days on, "now" becomes "2 days ago"', async ({ page, api, context }) => {
  const created = await context.request.post(`${api.base}/apiKeys`, { data: { name: 'clock-probe', tokenExpiryTimeInSec: '3600', roleId: (await api.roles())[0].id } })
  expect(created.status(), await created.text()).toBe(201)
  const key = createdApiKey.parse(await created.json())
  const signIn = await context.request.post('/signin', { form: { client_id: key.clientId, client_secret: key.clientSecret } })
  expect(signIn.status()).toBe(200)

  await page.goto('/?name=clock-probe')
  await savingPreferences(page, () => showLastUsed(page))
  const lastUsed = lastUsedCell(page, 'clock-probe').locator('.relative-time-text')
  await expect(lastUsed).toHaveText(/^(now|\d+ seconds? ago|1 minute ago)$/)

  const moved = await context.request.post('/__mock/clock', { data: { advanceSeconds: 2 * 86_400 } })
  expect(moved.status(), await moved.text()).toBe(200)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(lastUsed).toHaveText('2 days ago')

  // A Refresh whose session request fails keeps the page as it was.
  await page.route('**/portal/session', (route) => route.fulfill({ status: 403, json: { id: 'forbidden', reason: 'No session' } }), { times: 1 })
  const refused = page.waitForResponse((response) => response.url().endsWith('/portal/session') && response.status() === 403)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await refused
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(lastUsed).toHaveText('2 days ago')
})

test.describe('on a phone, 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the panel opens with its chart on the newest hours, in a right-to-left page too', async ({ page, tenant, context }) => {
    const made = await context.request.post(`/zdx/v1/admin/customers/${tenant.customerId}/apiKeys`, { data: { name: 'zdx-phone', roleId: '50002' } })
    const { id } = (await made.json()) as { id: string }
    await writeWeek(context.request, { product: 'zdx', keyId: id, calls: 700 })
    await page.goto(`${ZDX_PATH}?name=zdx-phone`)
    for (const dir of ['ltr', 'rtl']) {
      await page.evaluate((value) => (document.documentElement.dir = value), dir)
      await row(page, 'zdx-phone').getByRole('button', { name: 'View Activity' }).click()
      const frame = panelOf(page, 'zdx-phone').locator('.activity-chart-frame')
      await expect(frame.getByRole('img', { name: /^API calls/ })).toBeVisible()
      // Scrolled sideways at all, and to the chart's right edge: the newest hour.
      const edges = await frame.evaluate((element) => ({ overflow: element.scrollWidth - element.clientWidth, chartRight: element.querySelector('svg')!.getBoundingClientRect().right, frameRight: element.getBoundingClientRect().right }))
      expect(edges.overflow, dir).toBeGreaterThan(50)
      expect(Math.abs(edges.chartRight - edges.frameRight), dir).toBeLessThanOrEqual(1)
      await page.keyboard.press('Escape')
      await expect(panelOf(page, 'zdx-phone')).toHaveCount(0)
    }
  })
})

/** GET …/activity as the page asks it. */
async function activityOf(request: APIRequestContext, path: string): Promise<KeyActivity> {
  const response = await request.get(path)
  expect(response.status(), await response.text()).toBe(200)
  return keyActivity.parse(await response.json())
}

test('Client Connector: a week of history makes Last Used recent; the panel\'s data table has its numbers; "Not used for" keeps the unused keys', async ({ page, tenant, context }) => {
  const base = `/zcc/v1/admin/customers/${tenant.customerId}/apiKeys`
  const made = await context.request.post(base, { data: { name: 'ZccActivity', role: 'READ', tokenExpiryTimeInSec: '3600' } })
  expect(made.status(), await made.text()).toBe(201)
  const { id } = (await made.json()) as { id: string }
  await aWeekLater(context.request)
  await page.goto(`${ZCC_PATH}?name=ZccActivity`)
  await showLastUsed(page)
  await expect(lastUsedCell(page, 'ZccActivity')).toHaveText('Never')

  const week = await writeWeek(context.request, { product: 'zcc', keyId: id, calls: 1500, denied: 25, limited: 5, signIns: 10 })
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(lastUsedCell(page, 'ZccActivity')).not.toHaveText('Never')

  await row(page, 'ZccActivity').getByRole('button', { name: 'View Activity' }).click()
  const panel = panelOf(page, 'ZccActivity')
  await expectNumbersOf(panel, week)
  await expect(panel.getByRole('list', { name: 'Events, newest first' })).toContainText('Client Connector')
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  // Focus goes back to the row action that opened the panel.
  await expect(row(page, 'ZccActivity').getByRole('button', { name: 'View Activity' })).toBeFocused()

  await page.getByLabel('Name', { exact: true }).fill('')
  await choose(page, 'Not used for', '30 days')
  await expect(page).toHaveURL(`${ZCC_PATH}?notUsedForDays=30`)
  await expect(page.locator('tbody tr td.cell-name').first()).toBeVisible()
  await expect(row(page, 'ZccActivity')).toHaveCount(0)
})

test('Digital Experience: the panel in each state (loading, error with Try Again, empty, a week of calls) passes axe', async ({ page, tenant, context }) => {
  const base = `/zdx/v1/admin/customers/${tenant.customerId}/apiKeys`
  const made = await context.request.post(base, { data: { name: 'zdx-activity', roleId: '50002' } })
  expect(made.status(), await made.text()).toBe(201)
  const { id } = (await made.json()) as { id: string }
  await aWeekLater(context.request)
  await page.goto(`${ZDX_PATH}?name=zdx-activity`)

  const activityRequests = (url: URL) => url.pathname.endsWith(`/apiKeys/${id}/activity`)
  const held = await holdRequests(page, activityRequests)
  await row(page, 'zdx-activity').getByRole('button', { name: 'View Activity' }).click()
  const panel = panelOf(page, 'zdx-activity')
  await expect(panel.getByRole('status')).toHaveText('Loading activity…')
  await expectNoAxeViolations(page)
  await held.release()
  await page.unroute(activityRequests)

  // No calls yet: the empty state; its creation is an event.
  await expect(panel.getByText('No API calls in the last 7 days')).toBeVisible()
  await expect(panel.getByRole('list', { name: 'Events, newest first' })).toContainText('Created')
  await expectNoAxeViolations(page)

  // A failed refresh says so and keeps what it had; Try Again loads the week written meanwhile.
  await page.route(activityRequests, (route) => route.fulfill({ status: 503, json: { id: 'service.unavailable', reason: 'The activity store is busy' } }))
  await panel.getByRole('button', { name: 'Refresh' }).click()
  await expect(panel.getByRole('alert')).toContainText('The activity could not be refreshed')
  await expectNoAxeViolations(page)
  await page.unroute(activityRequests)
  const week = await writeWeek(context.request, { product: 'zdx', keyId: id, calls: 700, denied: 14, limited: 3 })
  await panel.getByRole('button', { name: 'Try Again' }).click()
  await expect(panel.getByRole('alert')).toHaveCount(0)
  await expectNumbersOf(panel, week)
  await expectNoAxeViolations(page)
})

test('a panel whose first load fails says so and offers Try Again', async ({ page, tenant, context }) => {
  const made = await context.request.post(`/zdx/v1/admin/customers/${tenant.customerId}/apiKeys`, { data: { name: 'zdx-failing', roleId: '50002' } })
  const { id } = (await made.json()) as { id: string }
  const activityRequests = (url: URL) => url.pathname.endsWith(`/apiKeys/${id}/activity`)
  await page.route(activityRequests, (route) => route.fulfill({ status: 500, json: { id: 'internal.error', reason: 'Something broke' } }))
  await page.goto(`${ZDX_PATH}?name=zdx-failing`)
  await row(page, 'zdx-failing').getByRole('button', { name: 'View Activity' }).click()
  const panel = panelOf(page, 'zdx-failing')
  await expect(panel.getByRole('alert')).toContainText('The activity could not be loaded. Something broke (500)')
  await expectNoAxeViolations(page)
  await page.unroute(activityRequests)
  await panel.getByRole('button', { name: 'Try Again' }).click()
  await expect(panel.getByText('No API calls in the last 7 days')).toBeVisible()
})
