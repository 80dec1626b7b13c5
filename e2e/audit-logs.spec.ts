/**
 * The Audit Logs page (issue #16): every change an admin makes to a key, on every product, read back from the log
 * as the admin reaches it, through the console's navigation, with its filters in the URL and its exports.
 */
import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import * as z from 'zod/mini'
import { activityEvent } from '../src/contract/activity'
import { portalSession } from '../src/contract/session'
import { addDialog, closeConfirmation, editDialog, fillKeyForm, keyRow, secretDialog } from './api-key-dialogs'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { holdRequests } from './held-requests'
import { choose, expectTotal, filters, pickDate } from './table-helpers'

const AUDIT_PATH = '/audit-logs'
const ZCC_PATH = '/legacy-api/client-connector'
const COLUMNS = ['Time', 'Admin', 'Action', 'Resource', 'Before', 'After']

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Console' })
const entries = (page: Page) => page.locator('tbody tr[data-row-id]')
const auditLogRequests = (url: URL) => url.pathname === '/portal/auditLogs'

/** Adds a key on the page it is on, then closes its one-time secret without keeping it (confirmed); returns the secret. */
async function addKeyAndClose(page: Page, fields: Parameters<typeof fillKeyForm>[1]) {
  await page.getByRole('toolbar', { name: 'API key actions' }).getByRole('button', { name: 'Add API Key' }).click()
  await fillKeyForm(addDialog(page), fields)
  await addDialog(page).getByRole('button', { name: 'Save' }).click()
  const secret = secretDialog(page)
  const clientSecret = await secret.getByLabel('Client Secret').inputValue()
  // "Close" on Private Access, "Cancel" on Client Connector; either asks first, the secret being neither copied nor downloaded.
  await secret.getByRole('button', { name: /^(Close|Cancel)$/ }).click()
  await closeConfirmation(page).getByRole('button', { name: 'Close Anyway' }).click()
  await expect(secret).toHaveCount(0)
  return clientSecret
}

/**
 * Moves the tenant's clock a minute on, so that the next change is the newest by its time (the log orders changes
 * of the same second by id, which says nothing of their order).
 */
async function aMinuteLater(page: Page) {
  const response = await page.context().request.post('/__mock/clock', { data: { advanceSeconds: 60 } })
  expect(response.status(), await response.text()).toBe(200)
}

/** A download's text, once it is saved. */
const downloaded = async (download: Download) => readFile((await download.path())!, 'utf8')

/** CSV rows as arrays of fields (RFC 4180 quoting). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let field = ''
  let row: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[i++]
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

test('each change made on the key pages is in the log: its admin, action, key and product, and the values before and after', async ({ page, context }) => {
  test.slow()
  const { adminName } = portalSession.parse(await (await context.request.get('/portal/session')).json())

  // Private Access: create, edit (rename, disable), unlock a seeded locked key, delete the renamed key.
  await page.goto('/')
  const secrets = [await addKeyAndClose(page, { name: 'audit-trail', role: 'API Full Access' })]
  await aMinuteLater(page)
  await keyRow(page, 'audit-trail').getByRole('button', { name: 'Edit' }).click()
  await fillKeyForm(editDialog(page), { name: 'audit-trail-2', status: 'Disabled' })
  await editDialog(page).getByRole('button', { name: 'Save' }).click()
  await expect(keyRow(page, 'audit-trail-2')).toBeVisible()
  await aMinuteLater(page)
  await keyRow(page, 'backup-job').getByRole('button', { name: 'Unlock' }).click()
  await page.getByRole('dialog', { name: 'Unlock API Key' }).getByRole('button', { name: 'Unlock' }).click()
  await expect(keyRow(page, 'backup-job').getByRole('button', { name: 'Unlock' })).toHaveCount(0)
  await aMinuteLater(page)
  await keyRow(page, 'audit-trail-2').getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('dialog', { name: 'Delete API Key' }).getByRole('button', { name: 'Delete' }).click()
  await expect(keyRow(page, 'audit-trail-2')).toHaveCount(0)
  await aMinuteLater(page)

  // Client Connector: create.
  await page.goto(ZCC_PATH)
  secrets.push(await addKeyAndClose(page, { name: 'ZccAudit', role: 'Read' }))

  // The log, through the navigation: a full load whose first view the server draws, so the page asks for none of it.
  const asked: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/portal/auditLogs')) asked.push(request.url())
  })
  await navigation(page).getByRole('link', { name: 'Audit Logs' }).click()
  await expect(page).toHaveURL(AUDIT_PATH)
  await expect(page).toHaveTitle('Audit Logs · Zscaler')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit Logs')
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem')).toHaveText(['Administration', 'Audit Logs'])
  await expect(navigation(page).getByRole('link', { name: 'Audit Logs' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('columnheader')).toHaveText(COLUMNS)
  await expect(page.getByRole('columnheader', { name: 'Time' })).toHaveAttribute('aria-sort', 'descending')

  // Newest first, each with the admin who did it, the key and its product (and microtenant for Private Access).
  await expect(entries(page)).toHaveCount(5)
  await expect(entries(page).locator('td.cell-action')).toHaveText(['Create', 'Delete', 'Unlock', 'Update', 'Create'])
  await expect(entries(page).locator('td.cell-admin')).toHaveText(Array(5).fill(adminName))
  // A minute or more apart on the tenant's clock, the newest on top.
  const times = await entries(page).locator('td.cell-time time').evaluateAll((cells) => cells.map((cell) => Date.parse(cell.getAttribute('datetime')!)))
  for (const [index, time] of times.slice(1).entries()) expect(times[index] - time).toBeGreaterThanOrEqual(60_000)
  await expect(entries(page).locator('td.cell-resource')).toHaveText([
    'ZccAuditClient Connector',
    'audit-trail-2Private Access · Default',
    'backup-jobPrivate Access · Default',
    'audit-trail-2Private Access · Default',
    'audit-trailPrivate Access · Default',
  ])
  const [zccCreate, deletion, unlock, update, creation] = await entries(page).all()
  // A creation has no Before, a deletion no After; an update holds the values it changed.
  await expect(creation.locator('td.cell-before')).toHaveText('—')
  await expect(creation.locator('td.cell-after li')).toHaveText(['Name: audit-trail', 'Status: Enabled', /^Session Validity Interval \(In Seconds\): \d+$/, 'Role: API Full Access', 'Locked: No'])
  await expect(zccCreate.locator('td.cell-after li')).toContainText(['Name: ZccAudit', 'Status: Enabled', 'Role: Read'])
  await expect(update.locator('td.cell-before li')).toHaveText(['Name: audit-trail', 'Status: Enabled'])
  await expect(update.locator('td.cell-after li')).toHaveText(['Name: audit-trail-2', 'Status: Disabled'])
  await expect(deletion.locator('td.cell-before li')).toContainText(['Name: audit-trail-2', 'Status: Disabled'])
  await expect(deletion.locator('td.cell-after')).toHaveText('—')
  await expect(unlock.locator('td.cell-before li')).toHaveText(['Locked: Yes'])
  await expect(unlock.locator('td.cell-after li')).toHaveText(['Locked: No'])
  expect(asked).toEqual([])
  // No secret anywhere on the page.
  for (const secret of secrets) expect(await page.locator('body').textContent()).not.toContain(secret)
  await expectNoAxeViolations(page)

  // Nothing is cut off at 1280 or 1024 px: a long value or name wraps in its column, Time fits its text.
  const cutTexts = () => page.locator('tbody td .cell-text').evaluateAll((texts) => texts.filter((text) => text.scrollWidth > text.clientWidth + 1).map((text) => text.textContent))
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 800 })
    await expect.poll(cutTexts).toEqual([])
  }
  // Narrowed to its least, After still shows each value whole, over more lines.
  await page.getByRole('separator', { name: 'Resize After' }).focus()
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft')
  await expect(zccCreate.locator('td.cell-after li')).toHaveText(['Name: ZccAudit', 'Status: Enabled', 'Role: Read', /^Session Validity Interval \(In Seconds\): \d+$/])
  await expect.poll(cutTexts).toEqual([])
})

test('filters by action and product live in the URL: a reload keeps them, Back undoes them', async ({ page }) => {
  await page.goto('/')
  await addKeyAndClose(page, { name: 'zpa-filtered', role: 'API Full Access' })
  await page.goto(ZCC_PATH)
  await addKeyAndClose(page, { name: 'ZccFiltered', role: 'Write' })
  await page.goto(AUDIT_PATH)
  await expect(entries(page)).toHaveCount(2)

  await choose(filters(page), 'Product', 'Client Connector')
  await expect(page).toHaveURL(`${AUDIT_PATH}?product=zcc`)
  await expect(entries(page).locator('td.cell-resource')).toHaveText(['ZccFilteredClient Connector'])
  await choose(filters(page), 'Action', 'Delete')
  await expect(page).toHaveURL(`${AUDIT_PATH}?product=zcc&action=delete`)
  await expect(page.getByText('No audit entries match the filters')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.reload()
  await expect(filters(page).getByLabel('Product')).toHaveText('Client Connector')
  await expect(filters(page).getByLabel('Action')).toHaveText('Delete')
  await expect(page.getByText('No audit entries match the filters')).toBeVisible()

  await page.goBack()
  await expect(page).toHaveURL(`${AUDIT_PATH}?product=zcc`)
  await expect(filters(page).getByLabel('Action')).toHaveText('Any')
  await expect(entries(page)).toHaveCount(1)
  await page.goBack()
  await expect(page).toHaveURL(AUDIT_PATH)
  await expect(entries(page)).toHaveCount(2)

  // A time range: tomorrow on has nothing yet; Clear Filters brings the log back.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
  await pickDate(filters(page), 'Time from', tomorrow)
  await expect(page).toHaveURL(`${AUDIT_PATH}?from=${tomorrow}`)
  await expect(page.getByText('No audit entries match the filters')).toBeVisible()
  await page.getByRole('button', { name: 'Clear Filters' }).click()
  await expect(page).toHaveURL(AUDIT_PATH)
  await expectTotal(page, 2)
})

test('Export CSV and Export JSON download the filtered entries, and no secret', async ({ page }) => {
  await page.goto('/')
  const secrets = [await addKeyAndClose(page, { name: 'exported', role: 'API Full Access' })]
  await page.goto(ZCC_PATH)
  secrets.push(await addKeyAndClose(page, { name: 'ZccExported', role: 'Read' }))
  await page.goto(`${AUDIT_PATH}?product=zpa`)
  await expect(entries(page)).toHaveCount(1)

  const jsonDownload = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Export JSON' }).click()
  const json = await downloaded(await jsonDownload)
  const listed = z.array(activityEvent).parse(JSON.parse(json))
  expect(listed.map((entry) => [entry.product, entry.action, entry.keyName])).toEqual([['zpa', 'create', 'exported']])

  const csvDownload = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Export CSV' }).click()
  const csv = await downloaded(await csvDownload)
  // A byte order mark first, for spreadsheets.
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const [header, ...rows] = parseCsv(csv.slice(1).trim())
  expect(header).toEqual(['Time', 'Admin', 'Action', 'Product', 'Resource', 'Microtenant', 'Before', 'After'])
  expect(rows.map((row) => row.slice(2, 6))).toEqual([['Create', 'Private Access', 'exported', 'Default']])
  // Before and After as the page writes them, a line each joined by "; " (the JSON keeps the raw values).
  expect(rows[0][6]).toBe('')
  expect(rows[0][7]).toBe((await entries(page).first().locator('td.cell-after li').allTextContents()).join('; '))
  expect(rows[0][7]).toMatch(/^Name: exported; Status: Enabled; Session Validity Interval \(In Seconds\): \d+; Role: .+; Locked: No$/)
  expect(listed[0].after).toMatchObject({ name: 'exported', enabled: true })

  for (const secret of secrets) {
    expect(json).not.toContain(secret)
    expect(csv).not.toContain(secret)
  }
})

test.describe('its states', () => {
  test.use({ tenantPreset: 'empty' })

  test('loading, an empty log, a failed request with Retry, and Refresh', async ({ page, api }) => {
    const held = await holdRequests(page, auditLogRequests)
    await api.renderInBrowser()
    await page.goto(AUDIT_PATH)
    await expect(page.locator('tbody tr.skeleton-row').first()).toBeVisible()
    await expectNoAxeViolations(page)
    await held.release()
    await expect(page.getByText('No audit entries')).toBeVisible()
    await expectNoAxeViolations(page)

    await api.injectFault({ method: 'GET', path: '/portal/auditLogs', status: 500, times: 2 })
    await page.reload()
    const alert = page.getByRole('alert').filter({ hasText: 'The audit entries could not be loaded.' })
    await expect(alert).toBeVisible()
    await expectNoAxeViolations(page)
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByText('No audit entries')).toBeVisible()

    // A change made elsewhere shows on Refresh.
    await page.request.post(`/mgmtconfig/v1/admin/customers/${api.customerId}/apiKeys`, { data: { name: 'from-elsewhere', tokenExpiryTimeInSec: '3600', roleId: (await api.roles())[0].id } })
    await page.getByRole('button', { name: 'Refresh' }).click()
    await expect(entries(page).locator('td.cell-resource')).toHaveText(['from-elsewherePrivate Access · Default'])
  })
})

test.describe('at 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the filters start folded and the page does not scroll sideways; the first Tab stop skips to the table', async ({ page }) => {
    await page.goto(AUDIT_PATH)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit Logs')
    await expect(filters(page)).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Show Filters' })).toHaveAttribute('aria-expanded', 'false')
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await expectNoAxeViolations(page)

    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to audit log table' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('table')).toBeFocused()

    await page.getByRole('button', { name: 'Show Filters' }).click()
    await expect(filters(page).getByLabel('Action')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  })
})
