import { apiKeyPage } from '../src/contract/api-key'
import { expect, test } from './fixtures'
import { holdRequests, keyListRequests } from './held-requests'
import { choose, expectOptions } from './table-helpers'

// The selection's column first: its header is a checkbox, with no text.
const columnHeaders = ['', 'Name', 'Client ID', 'Status', 'Session Validity Interval (In Seconds)', 'Creation Date', 'Role', 'Actions']

test('lists the seeded keys 20 a page under the heading, breadcrumb and the six columns plus actions', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'API Keys' })).toBeVisible()
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' })
  await expect(breadcrumb.getByRole('listitem')).toHaveText(['Administration', 'API Configuration', 'Legacy API', 'Private Access API'])

  const table = page.getByRole('table')
  await expect(table.getByRole('columnheader')).toHaveText(columnHeaders)
  const rows = table.locator('tbody tr')
  await expect(rows).toHaveCount(20)
  await expect(page.getByText('1–20 of 37')).toBeVisible()

  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(page.getByText('21–37 of 37')).toBeVisible()
  await expect(rows).toHaveCount(17)
  await expect(page).toHaveURL(/page=2/)

  await choose(page, 'Rows per page', '50')
  await expect(page.getByText('1–37 of 37')).toBeVisible()
  await expect(rows).toHaveCount(37)
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled()
})

test('shows each key as the API returns it: name, client ID, status, interval, role', async ({ page, tenant, context }) => {
  const response = await context.request.get(`/mgmtconfig/v1/admin/customers/${tenant.customerId}/apiKeys?page=1&pagesize=20`)
  const first = apiKeyPage.parse(await response.json()).list[0]
  const roles = (await (await context.request.get(`/mgmtconfig/v1/admin/customers/${tenant.customerId}/roles`)).json()) as { id: string; name: string }[]

  await page.goto('/')
  const row = page.locator('tbody tr').first()
  await expect(row.getByRole('cell')).toHaveText([
    '',
    first.name,
    first.clientId,
    first.enabled ? 'Enabled' : 'Disabled',
    first.tokenExpiryTimeInSec,
    /\d/,
    roles.find((r) => r.id === first.roleId)!.name,
    '',
  ])
})

test('keeps ids exact: the tenant id shown is the one the server made, beyond 2^53', async ({ page, tenant }) => {
  expect(Number.isSafeInteger(Number(tenant.customerId))).toBe(false)
  await page.goto('/')
  await expect(page.getByText(`(${tenant.customerId})`)).toBeVisible()
})

test('rendered by the browser, the page shows a skeleton while the first page loads', async ({ page, api }) => {
  await api.renderInBrowser()
  const list = await holdRequests(page, keyListRequests)
  await page.goto('/')
  await expect(page.locator('tbody tr.skeleton-row').first()).toBeVisible()
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'true')
  await list.release()
  await expect(page.locator('tbody tr:not(.skeleton-row)')).toHaveCount(20)
})

test('rendered by the browser, a failed load says so and Retry recovers', async ({ page, api }) => {
  await api.renderInBrowser()
  let failing = true
  await page.route('**/apiKeys?*', async (route) => {
    if (!failing) return route.continue()
    await route.fulfill({
      status: 503,
      contentType: 'application/json',
      headers: { 'Retry-After': '1' },
      body: JSON.stringify({ id: 'retryable.server.error', reason: 'The service is briefly unavailable' }),
    })
  })
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The API keys could not be loaded.')
  await expect(alert).toContainText('The service is briefly unavailable (503)')
  failing = false
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.locator('tbody tr')).toHaveCount(20)
})

test('Refresh reloads the current page and keeps it', async ({ page, tenant, context }) => {
  await page.goto('/?page=2')
  await expect(page.getByText('21–37 of 37')).toBeVisible()
  // A key created elsewhere appears after Refresh.
  const created = await context.request.post(`/mgmtconfig/v1/admin/customers/${tenant.customerId}/apiKeys`, {
    data: { name: 'zz-late-arrival', tokenExpiryTimeInSec: '900', roleId: '28' },
  })
  expect(created.status()).toBe(201)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByText('21–38 of 38')).toBeVisible()
  await expect(page.getByRole('cell', { name: 'zz-late-arrival', exact: true })).toBeVisible()
})

test.describe('an empty tenant', () => {
  test.use({ tenantPreset: 'empty' })

  test('invites the admin to add the first key', async ({ page }) => {
    await page.goto('/')
    const empty = page.getByRole('status').filter({ hasText: 'No API keys yet' })
    await expect(empty).toBeVisible()
    await empty.getByRole('button', { name: 'Add the first API key' }).click()
    await expect(page.getByRole('dialog', { name: 'Add API Key' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByText('0 of 0', { exact: true })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Pagination' })).not.toContainText(/Page \d+ of/)
  })
})

test('roles that could not be loaded say so, with Retry, while the keys still show', async ({ page, api }) => {
  // Two failures: the first answer and the one retry the page makes on its own.
  await api.injectFault({ method: 'GET', path: '**/roles', status: 500, times: 2 })
  await page.goto('/')
  const alert = page.getByRole('alert').filter({ hasText: 'The roles could not be loaded' })
  await expect(alert).toBeVisible()
  await expect(page.locator('tbody tr td.cell-name')).toHaveCount(20)
  await expect(page.locator('tbody td.cell-roleId').first()).toHaveText('Not loaded')
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(alert).toHaveCount(0)
  await expect(page.locator('tbody td.cell-roleId').first()).not.toHaveText(/Not loaded|…/)
  // "Any" and each of the tenant's roles.
  const roleNames = (await api.roles()).map((role) => role.name)
  await expectOptions(page.getByRole('form', { name: 'Filters' }), 'Role', ['Any', ...roleNames])
})

test('a failed Refresh says so at once and keeps the rows on screen; Retry recovers', async ({ page, api }) => {
  const names = (await api.list()).list.map((key) => key.name)
  await page.goto('/')
  const rows = page.locator('tbody tr td.cell-name')
  await expect(rows).toHaveText(names)
  await api.injectFault({ method: 'GET', path: '**/apiKeys', status: 503, times: 2, retryAfter: 1 })
  await page.getByRole('button', { name: 'Refresh' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'The API keys could not be loaded: the rows below are from before.' })
  // At the first failure, while the page still tries once more on its own.
  await expect(alert).toContainText('The service is temporarily unavailable')
  await expect(rows).toHaveText(names)
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(alert).toHaveCount(0)
  await expect(rows).toHaveText(names)
})

test('while the next page loads, the rows on screen are dimmed, out of reach, and say so', async ({ page }) => {
  await page.goto('/')
  const body = page.locator('tbody')
  await expect(body.locator('td.cell-name')).toHaveCount(20)
  const list = await holdRequests(page, keyListRequests)
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(body).toHaveAttribute('inert', '')
  await expect(page.getByRole('status').filter({ hasText: 'Loading API keys…' })).toBeAttached()
  await expect(body).toHaveCSS('opacity', '0.5')
  await expect(body.locator('td.cell-name')).toHaveCount(20)
  await list.release()
  await expect(body.locator('td.cell-name')).toHaveCount(17)
  await expect(body).not.toHaveAttribute('inert')
  await expect(body).toHaveCSS('opacity', '1')
})

test('while the list is slow, the page shows it is loading and stays usable', async ({ page, api }) => {
  await api.renderInBrowser()
  const list = await holdRequests(page, keyListRequests)
  await page.goto('/')
  const table = page.getByRole('table')
  await expect(page.locator('tbody tr.skeleton-row').first()).toBeVisible()
  await expect(table).toHaveAttribute('aria-busy', 'true')

  // While the list is on its way, the controls still answer.
  const rowsPerPage = page.getByLabel('Rows per page')
  await choose(page, 'Rows per page', '50')
  await expect(rowsPerPage).toHaveText('50')
  await expect(page.getByRole('button', { name: 'Add API Key' })).toBeEnabled()

  await list.release()
  await expect(page.getByText('1–37 of 37')).toBeVisible()
  await expect(table).toHaveAttribute('aria-busy', 'false')
  await expect(page.locator('tbody tr')).toHaveCount(37)

  // A refresh keeps the rows on screen and says it is busy until the answer arrives.
  list.hold()
  const refresh = page.getByRole('button', { name: 'Refresh' })
  await refresh.click()
  await expect(refresh).toHaveAttribute('aria-busy', 'true')
  await expect(table).toHaveAttribute('aria-busy', 'true')
  await expect(page.locator('tbody tr')).toHaveCount(37)
  await list.release()
  await expect(refresh).toHaveAttribute('aria-busy', 'false')
  await expect(table).toHaveAttribute('aria-busy', 'false')
})
