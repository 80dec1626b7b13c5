/**
 * The Client Connector API page (SPEC §4, seed 004), reached as an admin reaches it: from the console's first page
 * through the navigation. Its keys then sign in to the public API (/papi) as an outside client would.
 */
import type { APIRequestContext, Page } from '@playwright/test'
import { zccDeviceList } from '../src/contract/zcc-devices'
import { zccApiKeyPage, zccLoginResponse } from '../src/contract/zcc-api-key'
import { addDialog, closeConfirmation, fillKeyForm, keyRow, secretDialog } from './api-key-dialogs'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { expectRowNames, expectTotal, readClipboard } from './table-helpers'

const ZCC_PATH = '/legacy-api/client-connector'
// The selection's column first: its header is a checkbox, with no text.
const columnHeaders = ['', 'Name', 'Client ID', 'Status', 'Role', 'Session Validity Interval (In Seconds)', 'Creation Date', 'Actions']

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Console' })

/** The customer's ZCC keys as the management API lists them. */
async function listZccKeys(request: APIRequestContext, customerId: string, query: Record<string, string> = {}) {
  const response = await request.get(`/zcc/v1/admin/customers/${customerId}/apiKeys?${new URLSearchParams({ pagesize: '500', ...query })}`)
  expect(response.status(), await response.text()).toBe(200)
  return zccApiKeyPage.parse(await response.json())
}

/** Adds a key through the page, copies its secret, closes the window with Cancel; returns what an SDK needs. */
async function addKeyAndCopySecret(page: Page, name: string, role: 'Read' | 'Write') {
  await page.getByRole('button', { name: 'Add API Key' }).click()
  await fillKeyForm(addDialog(page), { name, role })
  await addDialog(page).getByRole('button', { name: 'Save' }).click()
  const secret = secretDialog(page)
  await expect(secret).toBeVisible()
  const clientId = await secret.getByRole('textbox', { name: 'Client ID' }).inputValue()
  const clientSecret = await secret.getByRole('textbox', { name: 'Client Secret' }).inputValue()
  await secret.getByRole('button', { name: 'Copy Client Secret' }).click()
  // The clipboard holds this key's secret (the previous key's toast may still be on screen).
  await expect.poll(() => readClipboard(page)).toBe(clientSecret)
  // Copied: Cancel closes at once.
  await secret.getByRole('button', { name: 'Cancel' }).click()
  await expect(secret).toHaveCount(0)
  await expect(keyRow(page, name)).toContainText(role)
  return { clientId, clientSecret }
}

test.describe('through the navigation', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('a Write and a Read key added on the page sign in to the public API; only the Write key removes devices', async ({ page, request }) => {
    test.slow()
    await page.goto('/')
    await navigation(page).getByRole('link', { name: 'Client Connector API' }).click()
    await expect(page).toHaveURL(ZCC_PATH)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('API Keys')
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem')).toHaveText(['Administration', 'API Configuration', 'Legacy API', 'Client Connector API'])
    await expect(navigation(page).getByRole('link', { name: 'Client Connector API' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('columnheader')).toHaveText(columnHeaders)

    const write = await addKeyAndCopySecret(page, 'DeviceCleanup', 'Write')
    const read = await addKeyAndCopySecret(page, 'DeviceReport', 'Read')

    // An outside client: Playwright's own request context, with no cookie of the page.
    const signIn = async ({ clientId, clientSecret }: { clientId: string; clientSecret: string }) => {
      const response = await request.post('/papi/auth/v1/login', { data: { apiKey: clientId, secretKey: clientSecret } })
      expect(response.status(), await response.text()).toBe(200)
      return { 'auth-token': zccLoginResponse.parse(await response.json()).jwtToken }
    }
    const writeToken = await signIn(write)
    const readToken = await signIn(read)
    const devicesOf = async (headers: Record<string, string>) => {
      const response = await request.get('/papi/public/v1/getDevices', { headers })
      expect(response.status(), await response.text()).toBe(200)
      return zccDeviceList.parse(await response.json())
    }
    const devices = await devicesOf(readToken)
    expect(devices.length).toBeGreaterThan(1)
    expect(await devicesOf(writeToken)).toEqual(devices)

    const [first, second] = devices
    const byRead = await request.post('/papi/public/v1/removeDevices', { headers: readToken, data: { udids: [first.udid] } })
    expect(byRead.status()).toBe(403)
    const byWrite = await request.post('/papi/public/v1/removeDevices', { headers: writeToken, data: { udids: [second.udid] } })
    expect(byWrite.status(), await byWrite.text()).toBe(200)
    expect(await byWrite.json()).toEqual({ devicesRemoved: 1, errorMsg: '' })
    const left = (await devicesOf(readToken)).map((device) => device.udid)
    expect(left).toContain(first.udid)
    expect(left).not.toContain(second.udid)
  })
})

test('Back and Forward move between the pages and the views of this one; a reload keeps the view', async ({ page, tenant }) => {
  await page.goto('/')
  await navigation(page).getByRole('link', { name: 'Client Connector API' }).click()
  await expect(page).toHaveURL(ZCC_PATH)
  await page.getByRole('button', { name: 'Creation Date' }).click()
  await expect(page).toHaveURL(`${ZCC_PATH}?sortBy=creationTime`)
  await page.getByRole('form', { name: 'Filters' }).getByLabel('Name').fill('Sync')
  await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(`${ZCC_PATH}?sortBy=creationTime&name=Sync`)
  const filtered = await listZccKeys(page.request, tenant.customerId, { search: 'name LIKE Sync', sortBy: 'creationTime' })
  const filteredNames = filtered.list.map((key) => key.name)
  expect(filteredNames.length).toBeGreaterThan(1)
  await expectRowNames(page, filteredNames)

  await page.reload()
  await expectRowNames(page, filteredNames)
  await expect(page.getByRole('form', { name: 'Filters' }).getByLabel('Name')).toHaveValue('Sync')

  await page.goBack()
  await expect(page).toHaveURL(`${ZCC_PATH}?sortBy=creationTime`)
  await expect(page.getByRole('form', { name: 'Filters' }).getByLabel('Name')).toHaveValue('')
  await expect(page.getByRole('columnheader', { name: 'Creation Date' })).toHaveAttribute('aria-sort', 'ascending')
  await page.goBack()
  await expect(page).toHaveURL(ZCC_PATH)
  await page.goBack()
  await expect(page).toHaveURL('/')
  await expect(navigation(page).getByRole('link', { name: 'Private Access API' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').last()).toHaveText('Private Access API')
  await page.goForward()
  await expect(page).toHaveURL(ZCC_PATH)
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').last()).toHaveText('Client Connector API')
  await page.goForward()
  await expect(page.getByRole('columnheader', { name: 'Creation Date' })).toHaveAttribute('aria-sort', 'ascending')
})

test('a deep link with page, sort and filter is the server\'s first view, hydrated without asking again', async ({ page, tenant }) => {
  for (let n = 1; n <= 25; n++) {
    const response = await page.request.post(`/zcc/v1/admin/customers/${tenant.customerId}/apiKeys`, {
      data: { name: `Bulk${String(n).padStart(2, '0')}`, role: n % 2 ? 'READ' : 'WRITE', tokenExpiryTimeInSec: 3600 },
    })
    expect(response.status(), await response.text()).toBe(201)
  }
  const expected = await listZccKeys(page.request, tenant.customerId, { search: 'name LIKE Bulk', sortBy: 'name', sortOrder: 'DESC', page: '2', pagesize: '20' })
  expect(expected.list.map((key) => key.name)).toEqual(['Bulk05', 'Bulk04', 'Bulk03', 'Bulk02', 'Bulk01'])

  const listRequests: string[] = []
  page.on('request', (request) => void (request.url().includes('/zcc/v1/') && listRequests.push(request.url())))
  const response = await page.goto(`${ZCC_PATH}?name=Bulk&sortBy=name&sortOrder=DESC&page=2`)
  expect(response!.status()).toBe(200)
  const html = await response!.text()
  expect(html).toContain('id="first-view"')
  expect(html).toContain('<title>API Keys · Zscaler Client Connector</title>')
  expect(html).toContain('<span class="cell-text">Bulk05</span>')
  expect(html).not.toContain('<span class="cell-text">Bulk06</span>')

  await expectRowNames(page, ['Bulk05', 'Bulk04', 'Bulk03', 'Bulk02', 'Bulk01'])
  await expectTotal(page, 25)
  await expect(page.locator('tbody tr').first()).toHaveAttribute('aria-rowindex', '22')
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending')
  await expect(page.getByRole('form', { name: 'Filters' }).getByLabel('Name')).toHaveValue('Bulk')
  await page.waitForLoadState('networkidle')
  expect(listRequests).toEqual([])
  // Hydrated: the table answers clicks (the fixtures fail the test on a hydration error).
  await page.getByRole('button', { name: 'Previous page' }).click()
  await expect(page).not.toHaveURL(/[?&]page=2/)
  await expect(page.locator('tbody tr td.cell-name').first()).toHaveText('Bulk25')
})

test('a path the console does not have is "Page not found" (404), in the console with its navigation', async ({ page }) => {
  const response = await page.goto('/legacy-api/no-such-page')
  expect(response!.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await navigation(page).getByRole('link', { name: 'Client Connector API' }).click()
  await expect(page).toHaveURL(ZCC_PATH)
})

test('Edit changes Name, Status, Role and validity; Delete asks first, naming the key', async ({ page }) => {
  await page.goto(ZCC_PATH)
  await keyRow(page, 'SiemExport').getByRole('button', { name: 'Edit' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit API Key' })
  await expect(edit.getByRole('textbox', { name: 'Client ID' })).not.toHaveValue('')
  await fillKeyForm(edit, { name: 'SiemExport2', status: 'Disabled', role: 'Write', interval: '7200' })
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(edit).toHaveCount(0)
  const row = keyRow(page, 'SiemExport2')
  await expect(row.locator('td')).toHaveText(['', 'SiemExport2', /.+/, 'Disabled', 'Write', '7200', /.+/, ''])

  await row.getByRole('button', { name: 'Delete' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete API Key' })
  await expect(confirm).toContainText('Delete the API key SiemExport2?')
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(confirm).toHaveCount(0)
  await expect(keyRow(page, 'SiemExport2')).toHaveCount(0)
  await expect(page.getByText('API key SiemExport2 deleted')).toBeVisible()
})

test.describe('axe finds no violations', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('on the table, the Add dialog with its messages, the one-time secret, the confirmation before closing it, and Delete', async ({ page }) => {
    test.slow()
    await page.goto(ZCC_PATH)
    await expect(page.locator('tbody tr td.cell-name').first()).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Add API Key' }).click()
    await fillKeyForm(addDialog(page), { name: 'has space', interval: '5' })
    await addDialog(page).getByRole('button', { name: 'Save' }).click()
    await expect(addDialog(page).getByLabel('Name')).toHaveAttribute('aria-invalid', 'true')
    await expect(addDialog(page).getByLabel('Role')).toHaveAttribute('aria-invalid', 'true')
    await expect(addDialog(page).getByLabel('Session Validity Interval (In Seconds)')).toHaveAttribute('aria-invalid', 'true')
    await expectNoAxeViolations(page)

    await fillKeyForm(addDialog(page), { name: 'AxeKey', interval: '60', role: 'Read' })
    await addDialog(page).getByRole('button', { name: 'Save' }).click()
    await expect(secretDialog(page)).toBeVisible()
    await expectNoAxeViolations(page)
    await secretDialog(page).getByRole('button', { name: 'Cancel' }).click()
    await expect(closeConfirmation(page)).toBeVisible()
    await expectNoAxeViolations(page)
    await closeConfirmation(page).getByRole('button', { name: 'Close Anyway' }).click()
    await expect(secretDialog(page)).toHaveCount(0)

    await keyRow(page, 'AxeKey').getByRole('button', { name: 'Delete' }).click()
    await expect(page.getByRole('dialog', { name: 'Delete API Key' })).toContainText('AxeKey')
    await expectNoAxeViolations(page)
  })
})
