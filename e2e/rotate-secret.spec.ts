/**
 * Rotate Secret with a grace period (issue #17) on the Private Access and Client Connector pages: the dialog, the
 * new secret shown once, both secrets signing in during the grace and only the new one after it (the tenant's mock
 * clock), the row's old-secret mark and End Grace Now. Axe in every state.
 */
import type { APIRequestContext, Page } from '@playwright/test'
import { createdApiKey } from '../src/contract/api-key'
import { createdZccApiKey } from '../src/contract/zcc-api-key'
import { closeConfirmation, keyRow } from './api-key-dialogs'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { readClipboard } from './table-helpers'

const ZCC_PATH = '/legacy-api/client-connector'

const rotateDialog = (page: Page) => page.getByRole('dialog', { name: 'Rotate Secret' })
const rotatedDialog = (page: Page) => page.getByRole('dialog', { name: 'Secret Rotated' })
const oldSecretMark = (page: Page, name: string) => keyRow(page, name).getByRole('button', { name: /^Old secret valid until / })

/** ZPA's sign-in (POST /signin, form-encoded): its status. */
const zpaSignIn = async (request: APIRequestContext, clientId: string, secret: string) =>
  (await request.post('/signin', { form: { client_id: clientId, client_secret: secret } })).status()

/** ZCC's login (POST /papi/auth/v1/login): its status. */
const zccLogin = async (request: APIRequestContext, apiKey: string, secretKey: string) =>
  (await request.post('/papi/auth/v1/login', { data: { apiKey, secretKey } })).status()

async function advanceClock(request: APIRequestContext, seconds: number) {
  const response = await request.post('/__mock/clock', { data: { advanceSeconds: seconds } })
  expect(response.status(), await response.text()).toBe(200)
}

/** Opens Rotate Secret on the key's row, picks how long the old secret lives, and rotates: the new secret's window. */
async function rotate(page: Page, name: string, grace: string) {
  await keyRow(page, name).getByRole('button', { name: 'Rotate Secret' }).click()
  const dialog = rotateDialog(page)
  await expect(dialog.getByRole('group', { name: 'Old secret valid for' })).toBeVisible()
  await dialog.getByRole('radio', { name: grace, exact: true }).check()
  await dialog.getByRole('button', { name: 'Rotate' }).click()
  await expect(rotatedDialog(page)).toBeVisible()
  // Its toast comes a moment after the window (axe must not catch it fading in).
  await expect(page.getByText(`API key ${name}: secret rotated`)).toBeVisible()
  return rotatedDialog(page)
}

test.describe('Rotate Secret', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 800 } })

  test('Private Access: rotate with 1 hour of grace, both secrets sign in, and once the clock passes the hour only the new one does', async ({ page, api, context }) => {
    const created = await context.request.post(`${api.base}/apiKeys`, { data: { name: 'rotate-probe', tokenExpiryTimeInSec: '3600', roleId: (await api.roles())[0].id } })
    expect(created.status(), await created.text()).toBe(201)
    const key = createdApiKey.parse(await created.json())

    await page.goto('/?name=rotate-probe')
    await keyRow(page, 'rotate-probe').getByRole('button', { name: 'Rotate Secret' }).click()
    const dialog = rotateDialog(page)
    await expect(dialog).toContainText('rotate-probe')
    // The choices, an hour picked for the admin.
    await expect(dialog.getByRole('radio')).toHaveCount(4)
    for (const label of ['No time', '1 hour', '24 hours', '7 days']) await expect(dialog.getByRole('radio', { name: label, exact: true })).toBeVisible()
    await expect(dialog.getByRole('radio', { name: '1 hour', exact: true })).toBeChecked()
    await expectNoAxeViolations(page)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toHaveCount(0)

    const secretWindow = await rotate(page, 'rotate-probe', '1 hour')
    await expectNoAxeViolations(page)
    await expect(secretWindow.getByLabel('Client ID')).toHaveValue(key.clientId)
    await secretWindow.getByRole('button', { name: 'Copy Client Secret' }).click()
    const newSecret = await readClipboard(await context.newPage())
    expect(newSecret).toMatch(/^[A-Za-z0-9]{32}$/)
    expect(newSecret).not.toBe(key.clientSecret)
    await expect(secretWindow.getByLabel('Client Secret')).toHaveValue(newSecret)
    await secretWindow.getByRole('button', { name: 'Close' }).click()
    await expect(secretWindow).toHaveCount(0)

    // The row says an old secret still signs in, and until when.
    const mark = oldSecretMark(page, 'rotate-probe')
    await expect(mark).toHaveText(/^Old secret · (1h|59m)$/)
    // At 1280 px it fits its Status cell beside "Enabled" (the cell's content clips what overflows).
    const [markBox, cellBox] = [await mark.boundingBox(), await keyRow(page, 'rotate-probe').locator('td.cell-enabled .status-cell').boundingBox()]
    expect(markBox!.x + markBox!.width).toBeLessThanOrEqual(cellBox!.x + cellBox!.width)
    const { list } = await api.list({ search: 'name EQ rotate-probe' })
    expect(Number(list[0].previousSecretValidUntil)).toBeGreaterThan(0)

    expect(await zpaSignIn(context.request, key.clientId, key.clientSecret)).toBe(200)
    expect(await zpaSignIn(context.request, key.clientId, newSecret)).toBe(200)

    await advanceClock(context.request, 3600)
    expect(await zpaSignIn(context.request, key.clientId, key.clientSecret)).toBe(401)
    expect(await zpaSignIn(context.request, key.clientId, newSecret)).toBe(200)
    await page.getByRole('button', { name: 'Refresh' }).click()
    await expect(mark).toHaveCount(0)
    await expect(keyRow(page, 'rotate-probe')).toBeVisible()
  })

  test('Private Access: End Grace Now stops the old secret at once; read-only keys offer no rotation', async ({ page, api, context }) => {
    const created = await context.request.post(`${api.base}/apiKeys`, { data: { name: 'grace-probe', tokenExpiryTimeInSec: '3600', roleId: (await api.roles())[0].id } })
    const key = createdApiKey.parse(await created.json())
    await page.goto('/?name=grace-probe')
    const secretWindow = await rotate(page, 'grace-probe', '24 hours')
    await secretWindow.getByRole('button', { name: 'Download' }).click()
    await secretWindow.getByRole('button', { name: 'Close' }).click()
    await expect(oldSecretMark(page, 'grace-probe')).toHaveText(/^Old secret · (1d|23h)$/)
    expect(await zpaSignIn(context.request, key.clientId, key.clientSecret)).toBe(200)

    await oldSecretMark(page, 'grace-probe').click()
    const end = page.getByRole('dialog', { name: 'End Grace Period' })
    await expect(end).toContainText('The old secret of grace-probe signs in until')
    await expectNoAxeViolations(page)
    await end.getByRole('button', { name: 'End Grace Now' }).click()
    await expect(end).toHaveCount(0)
    await expect(page.getByText('API key grace-probe signs in with its new secret only')).toBeVisible()
    await expect(oldSecretMark(page, 'grace-probe')).toHaveCount(0)
    expect(await zpaSignIn(context.request, key.clientId, key.clientSecret)).toBe(401)

    await page.goto('/?name=zidentity')
    await expect(keyRow(page, 'zidentity-scim')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Rotate Secret' })).toHaveCount(0)
  })

  test('Private Access: a failed rotation keeps the dialog and the choice, and says why', async ({ page, api, context }) => {
    await context.request.post(`${api.base}/apiKeys`, { data: { name: 'rotate-fails', tokenExpiryTimeInSec: '3600', roleId: (await api.roles())[0].id } })
    await api.injectFault({ method: 'POST', path: '**/rotateSecret', status: 500, times: 1 })
    await page.goto('/?name=rotate-fails')
    await keyRow(page, 'rotate-fails').getByRole('button', { name: 'Rotate Secret' }).click()
    const dialog = rotateDialog(page)
    await dialog.getByRole('radio', { name: '7 days', exact: true }).check()
    await dialog.getByRole('button', { name: 'Rotate' }).click()
    await expect(dialog.getByRole('alert')).toBeVisible()
    await expect(page.getByText('The secret of API key rotate-fails was not rotated')).toBeVisible()
    await expect(dialog.getByRole('radio', { name: '7 days', exact: true })).toBeChecked()
    await expectNoAxeViolations(page)
    await dialog.getByRole('button', { name: 'Rotate' }).click()
    await expect(rotatedDialog(page)).toBeVisible()
    await expect(rotatedDialog(page).getByLabel('Client Secret')).toHaveValue(/^[A-Za-z0-9]{32}$/)
  })

  test('Client Connector: rotate with no grace, the old secret stops at once, and Cancel asks before the secret is lost', async ({ page, tenant, context }) => {
    const created = await context.request.post(`/zcc/v1/admin/customers/${tenant.customerId}/apiKeys`, {
      data: { name: 'zccRotate', role: 'WRITE', tokenExpiryTimeInSec: 3600 },
    })
    expect(created.status(), await created.text()).toBe(201)
    const key = createdZccApiKey.parse(await created.json())
    expect(await zccLogin(context.request, key.clientId, key.clientSecret)).toBe(200)

    await page.goto(`${ZCC_PATH}?name=zccRotate`)
    const secretWindow = await rotate(page, 'zccRotate', 'No time')
    await expectNoAxeViolations(page)
    const newSecret = await secretWindow.getByLabel('Client Secret').inputValue()
    await secretWindow.getByRole('button', { name: 'Cancel' }).click()
    await expect(closeConfirmation(page)).toBeVisible()
    await closeConfirmation(page).getByRole('button', { name: 'Close Anyway' }).click()
    await expect(secretWindow).toHaveCount(0)
    await expect(oldSecretMark(page, 'zccRotate')).toHaveCount(0)

    expect(await zccLogin(context.request, key.clientId, key.clientSecret)).toBe(401)
    expect(await zccLogin(context.request, key.clientId, newSecret)).toBe(200)
  })

  test('Client Connector: with 7 days of grace the row says so, and both secrets log in until End Grace Now', async ({ page, tenant, context }) => {
    const created = await context.request.post(`/zcc/v1/admin/customers/${tenant.customerId}/apiKeys`, {
      data: { name: 'zccGrace', role: 'READ', tokenExpiryTimeInSec: 3600 },
    })
    const key = createdZccApiKey.parse(await created.json())
    await page.goto(`${ZCC_PATH}?name=zccGrace`)
    const secretWindow = await rotate(page, 'zccGrace', '7 days')
    const newSecret = await secretWindow.getByLabel('Client Secret').inputValue()
    await secretWindow.getByRole('button', { name: 'Download' }).click()
    await secretWindow.getByRole('button', { name: 'Cancel' }).click()
    await expect(oldSecretMark(page, 'zccGrace')).toHaveText(/^Old secret · (7d|6d)$/)
    await expectNoAxeViolations(page)
    expect(await zccLogin(context.request, key.clientId, key.clientSecret)).toBe(200)
    expect(await zccLogin(context.request, key.clientId, newSecret)).toBe(200)

    // Rotating again would end the old secret now: the dialog says so, focused on the picked choice.
    await keyRow(page, 'zccGrace').getByRole('button', { name: 'Rotate Secret' }).click()
    await expect(rotateDialog(page)).toContainText('Its old secret from the last rotation still signs in until')
    await expect(rotateDialog(page).getByRole('radio', { name: '1 hour', exact: true })).toBeFocused()
    await expectNoAxeViolations(page)
    await rotateDialog(page).getByRole('button', { name: 'Cancel' }).click()

    await oldSecretMark(page, 'zccGrace').click()
    const end = page.getByRole('dialog', { name: 'End Grace Period' })
    await end.getByRole('button', { name: 'End Grace Now' }).click()
    // Done once the dialog has gone and said so: while it is open, the rows are out of reach and no mark shows.
    await expect(end).toHaveCount(0)
    await expect(page.getByText('API key zccGrace signs in with its new secret only')).toBeVisible()
    await expect(oldSecretMark(page, 'zccGrace')).toHaveCount(0)
    expect(await zccLogin(context.request, key.clientId, key.clientSecret)).toBe(401)
    expect(await zccLogin(context.request, key.clientId, newSecret)).toBe(200)
  })
})
