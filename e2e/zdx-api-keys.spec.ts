/**
 * The Digital Experience API page (SPEC §4, seed 003), reached as an admin reaches it: from the console's first page
 * through the navigation. A key made there then gets a token by the signed request an outside client sends.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { APIRequestContext, Page } from '@playwright/test'
import { clockState } from '../src/contract/mock-control'
import { zdxApiKeyPage, zdxTokenResponse } from '../src/contract/zdx-api-key'
import { keyRow } from './api-key-dialogs'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { choose, expectRowNames, expectTotal, readClipboard } from './table-helpers'

const ZDX_PATH = '/legacy-api/digital-experience'
const columnHeaders = ['Name', 'Key ID', 'Role', 'Created By', 'Last Updated On', 'Actions']

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Console' })
const createDialog = (page: Page) => page.getByRole('dialog', { name: 'Create New API Key' })
const keyWindow = (page: Page) => page.getByRole('dialog', { name: 'API Key' })
const editDialog = (page: Page) => page.getByRole('dialog', { name: 'Edit API Key' })
const deleteDialog = (page: Page) => page.getByRole('dialog', { name: 'Delete API Key' })

/** The customer's ZDX keys as the management API lists them. */
async function listZdxKeys(request: APIRequestContext, customerId: string, query: Record<string, string> = {}) {
  const response = await request.get(`/zdx/v1/admin/customers/${customerId}/apiKeys?${new URLSearchParams({ pagesize: '500', ...query })}`)
  expect(response.status(), await response.text()).toBe(200)
  return zdxApiKeyPage.parse(await response.json())
}

/** Creates a key through the page; returns what the API Key window shows (the window stays open). */
async function createKey(page: Page, name: string, role: string) {
  await page.getByRole('button', { name: 'Create New API Key' }).click()
  await createDialog(page).getByLabel('Name').fill(name)
  await choose(createDialog(page), 'Select Role', role)
  await createDialog(page).getByRole('button', { name: 'Create Key' }).click()
  await expect(keyWindow(page)).toBeVisible()
  await expect(createDialog(page)).toHaveCount(0)
  return {
    id: await keyWindow(page).getByRole('textbox', { name: 'API Key ID' }).inputValue(),
    secret: await keyWindow(page).getByRole('textbox', { name: 'Key Secret' }).inputValue(),
  }
}

test.describe('through the navigation', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('a key created on the page: copy both values, download it, View shows the same secret, it gets a token by the signed request; Edit, then Delete', async ({ page, request, tenant }) => {
    test.slow()
    await page.goto('/')
    await navigation(page).getByRole('link', { name: 'Digital Experience API' }).click()
    await expect(page).toHaveURL(ZDX_PATH)
    await expect(page).toHaveTitle('API Key Management · Zscaler Digital Experience')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('API Key Management')
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem')).toHaveText(['Administration', 'API Configuration', 'Legacy API', 'Digital Experience API'])
    await expect(navigation(page).getByRole('link', { name: 'Digital Experience API' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('columnheader')).toHaveText(columnHeaders)
    // The rows are the API's, its Key ID, role name and creator in their columns.
    const seeded = (await listZdxKeys(page.request, tenant.customerId)).list
    await expectRowNames(page, seeded.map((key) => key.name))
    const first = seeded[0]
    await expect(keyRow(page, first.name).locator('td')).toHaveText([first.name, first.id, first.roleName, first.createdBy, /\d{4}/, ''])

    // Create New API Key, then the API Key window.
    const { id, secret } = await createKey(page, 'metrics-export', 'Read Only Admin')
    expect(id).toMatch(/^\d{18,19}$/)
    expect(secret).toMatch(/^[A-Za-z0-9]{32}$/)
    await keyWindow(page).getByRole('button', { name: 'Copy API Key ID' }).click()
    await expect.poll(() => readClipboard(page)).toBe(id)
    await keyWindow(page).getByRole('button', { name: 'Copy Key Secret' }).click()
    await expect.poll(() => readClipboard(page)).toBe(secret)
    const downloading = page.waitForEvent('download')
    await keyWindow(page).getByRole('button', { name: 'Download' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('metrics-export-credentials.json')
    expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toEqual({ id, secret, name: 'metrics-export', role: 'Read Only Admin' })
    await keyWindow(page).getByRole('button', { name: 'Close' }).click()
    await expect(keyWindow(page)).toHaveCount(0)
    const created = (await listZdxKeys(page.request, tenant.customerId, { search: 'name EQ metrics-export' })).list[0]
    await expect(keyRow(page, 'metrics-export').locator('td')).toHaveText(['metrics-export', id, 'Read Only Admin', created.createdBy, /\d{4}/, ''])

    // View shows the same window, and the same secret, again.
    await keyRow(page, 'metrics-export').getByRole('button', { name: 'View', exact: true }).click()
    await expect(keyWindow(page).getByRole('textbox', { name: 'Key Secret' })).toHaveValue(secret)
    await expect(keyWindow(page).getByRole('textbox', { name: 'API Key ID' })).toHaveValue(id)
    await page.keyboard.press('Escape')
    await expect(keyWindow(page)).toHaveCount(0)

    // An outside client (Playwright's own request context, no cookie of the page): the signed token request, on
    // the tenant's mock clock.
    const clock = clockState.parse(await (await page.request.get('/__mock/clock')).json())
    const timestamp = Number(clock.now)
    const keySecret = createHash('sha256').update(`${secret}:${timestamp}`).digest('hex')
    const token = await request.post('/v1/oauth/token', { data: { key_id: id, key_secret: keySecret, timestamp } })
    expect(token.status(), await token.text()).toBe(200)
    const { token: jwt } = zdxTokenResponse.parse(await token.json())
    const validate = await request.get('/v1/oauth/validate', { headers: { Authorization: `Bearer ${jwt}` } })
    expect(validate.status()).toBe(200)
    expect(await validate.json()).toEqual({ valid: true })

    // Edit: the name and the role change in the row.
    await keyRow(page, 'metrics-export').getByRole('button', { name: 'Edit' }).click()
    await expect(editDialog(page).getByLabel('Name')).toHaveValue('metrics-export')
    await expect(editDialog(page).getByLabel('Select Role')).toHaveText('Read Only Admin')
    await editDialog(page).getByLabel('Name').fill('metrics-export-prod')
    await choose(editDialog(page), 'Select Role', 'Super Admin')
    await editDialog(page).getByRole('button', { name: 'Save' }).click()
    await expect(editDialog(page)).toHaveCount(0)
    await expect(keyRow(page, 'metrics-export-prod').locator('td')).toHaveText(['metrics-export-prod', id, 'Super Admin', created.createdBy, /\d{4}/, ''])
    await expect(keyRow(page, 'metrics-export')).toHaveCount(0)

    // Delete asks first, naming the key; then its token requests are refused.
    await keyRow(page, 'metrics-export-prod').getByRole('button', { name: 'Delete' }).click()
    await expect(deleteDialog(page)).toContainText('Delete the API key metrics-export-prod?')
    await deleteDialog(page).getByRole('button', { name: 'Delete' }).click()
    await expect(deleteDialog(page)).toHaveCount(0)
    await expect(keyRow(page, 'metrics-export-prod')).toHaveCount(0)
    await expect(page.getByText('API key metrics-export-prod deleted')).toBeVisible()
    await expectTotal(page, seeded.length)
    const after = await request.post('/v1/oauth/token', {
      data: { key_id: id, key_secret: createHash('sha256').update(`${secret}:${timestamp + 1}`).digest('hex'), timestamp: timestamp + 1 },
    })
    expect(after.status()).toBe(401)
  })
})

test('sorting, the Name filter, Refresh and the URL: a reload keeps the view, Back and Forward move through it', async ({ page, tenant }) => {
  await page.goto(ZDX_PATH)
  await page.getByRole('button', { name: 'Role', exact: true }).click()
  await expect(page).toHaveURL(`${ZDX_PATH}?sortBy=roleName`)
  const byRole = (await listZdxKeys(page.request, tenant.customerId, { sortBy: 'roleName' })).list.map((key) => key.name)
  await expectRowNames(page, byRole)
  await expect(page.getByRole('columnheader', { name: 'Role' })).toHaveAttribute('aria-sort', 'ascending')

  await page.getByRole('form', { name: 'Filters' }).getByLabel('Name').fill('ex')
  await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(`${ZDX_PATH}?sortBy=roleName&name=ex`)
  const filtered = (await listZdxKeys(page.request, tenant.customerId, { search: 'name LIKE ex', sortBy: 'roleName' })).list.map((key) => key.name)
  expect(filtered.length).toBeGreaterThan(1)
  await expectRowNames(page, filtered)

  // A key made elsewhere shows on Refresh.
  const made = await page.request.post(`/zdx/v1/admin/customers/${tenant.customerId}/apiKeys`, { data: { name: 'zz-ex-elsewhere', roleId: '50003' } })
  expect(made.status(), await made.text()).toBe(201)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(keyRow(page, 'zz-ex-elsewhere')).toHaveCount(1)

  await page.reload()
  await expect(keyRow(page, 'zz-ex-elsewhere')).toHaveCount(1)
  await expect(page.getByRole('form', { name: 'Filters' }).getByLabel('Name')).toHaveValue('ex')
  await page.goBack()
  await expect(page).toHaveURL(`${ZDX_PATH}?sortBy=roleName`)
  await expect(page.getByRole('form', { name: 'Filters' }).getByLabel('Name')).toHaveValue('')
  await page.goBack()
  await expect(page).toHaveURL(ZDX_PATH)
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending')
  await page.goForward()
  await expect(page.getByRole('columnheader', { name: 'Role' })).toHaveAttribute('aria-sort', 'ascending')
})

test("the server's first view: the URL's page and sort, the admin's hidden column and rows per page, hydrated without asking again", async ({ page, api, tenant }) => {
  for (let n = 1; n <= 12; n++) {
    const response = await page.request.post(`/zdx/v1/admin/customers/${tenant.customerId}/apiKeys`, { data: { name: `bulk-${String(n).padStart(2, '0')}`, roleId: '50002' } })
    expect(response.status(), await response.text()).toBe(201)
  }
  // 22 keys: two pages of 20, or one of 50 as the admin prefers.
  await api.savePreferences({ savedFilters: [], tableSettings: { columnVisibility: { createdBy: false }, columnOrder: [], columnSizing: {} }, pageSize: 50 }, '0', 'zdx-api-keys')
  const expected = await listZdxKeys(page.request, tenant.customerId, { sortBy: 'name', sortOrder: 'DESC', pagesize: '50' })
  expect(expected.list).toHaveLength(22)

  const listRequests: string[] = []
  page.on('request', (request) => void (request.url().includes('/zdx/v1/') && listRequests.push(request.url())))
  const response = await page.goto(`${ZDX_PATH}?sortBy=name&sortOrder=DESC`)
  expect(response!.status()).toBe(200)
  const html = await response!.text()
  expect(html).toContain('id="first-view"')
  expect(html).toContain('<title>API Key Management · Zscaler Digital Experience</title>')
  expect(html).not.toContain('>Created By<')
  expect(html.match(/<tr aria-rowindex=/g)).toHaveLength(22)

  await expectRowNames(page, expected.list.map((key) => key.name))
  await expect(page.getByRole('columnheader')).toHaveText(columnHeaders.filter((header) => header !== 'Created By'))
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending')
  await expect(page.getByLabel('Rows per page')).toHaveText('50')
  await page.waitForLoadState('networkidle')
  expect(listRequests).toEqual([])
  // Hydrated: the table answers clicks (the fixtures fail the test on a hydration error).
  await page.getByRole('button', { name: 'Key ID', exact: true }).click()
  await expect(page).toHaveURL(`${ZDX_PATH}?sortBy=id`)
})

test.describe('an empty tenant', () => {
  test.use({ tenantPreset: 'empty' })

  test('calls for the first key, and the key created from there is the list', async ({ page }) => {
    await page.goto(ZDX_PATH)
    await page.getByRole('button', { name: 'Create the first API key' }).click()
    await createDialog(page).getByLabel('Name').fill('first-key')
    await choose(createDialog(page), 'Select Role', 'Super Admin')
    await createDialog(page).getByRole('button', { name: 'Create Key' }).click()
    await keyWindow(page).getByRole('button', { name: 'Close' }).click()
    await expectRowNames(page, ['first-key'])
    await expectTotal(page, 1)
  })
})

test.describe('axe finds no violations', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('on the table, Create New API Key with its messages, the API Key window after Create Key and on View, Edit and Delete', async ({ page }) => {
    test.slow()
    await page.goto(ZDX_PATH)
    await expect(page.locator('tbody tr td.cell-name').first()).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Create New API Key' }).click()
    await createDialog(page).getByRole('button', { name: 'Create Key' }).click()
    await expect(createDialog(page).getByLabel('Name')).toHaveAttribute('aria-invalid', 'true')
    await expect(createDialog(page).getByLabel('Select Role')).toHaveAttribute('aria-invalid', 'true')
    await expectNoAxeViolations(page)
    await createDialog(page).getByRole('button', { name: 'Cancel' }).click()
    await expect(createDialog(page)).toHaveCount(0)

    await createKey(page, 'axe-key', 'Help Desk Admin')
    await expectNoAxeViolations(page)
    await keyWindow(page).getByRole('button', { name: 'Close' }).click()
    // The creation's toast leaves on its own timer: gone first, so its fade is not judged halfway by a later check.
    await expect(page.locator('[data-sonner-toast]')).toHaveCount(0, { timeout: 15_000 })

    await keyRow(page, 'axe-key').getByRole('button', { name: 'View', exact: true }).click()
    await expect(keyWindow(page).getByRole('textbox', { name: 'Key Secret' })).toBeVisible()
    await expectNoAxeViolations(page)
    await keyWindow(page).getByRole('button', { name: 'Close' }).click()

    await keyRow(page, 'axe-key').getByRole('button', { name: 'Edit' }).click()
    await expect(editDialog(page).getByLabel('Name')).toHaveValue('axe-key')
    await expectNoAxeViolations(page)
    await editDialog(page).getByRole('button', { name: 'Cancel' }).click()

    await keyRow(page, 'axe-key').getByRole('button', { name: 'Delete' }).click()
    await expect(deleteDialog(page)).toContainText('axe-key')
    await expectNoAxeViolations(page)
  })
})
