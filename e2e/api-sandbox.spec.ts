/**
 * The API sandbox seen from both sides: keys made in the page sign in from an API client (Playwright's
 * `request`, which has no cookie), lockout shows in the page, and faults injected through /__mock
 * (`context.request`, which shares the test's tenant cookie) drive the page's error and loading states.
 */
import type { APIRequestContext, APIResponse, Page } from '@playwright/test'
import { createdApiKey, type CreatedApiKey } from '../src/contract/api-key'
import { signInResponse } from '../src/contract/signin'
import { addKey, keyRow, secretDialog } from './api-key-dialogs'
import { expect, test } from './fixtures'

type Credentials = Pick<CreatedApiKey, 'clientId' | 'clientSecret'>

const keysPath = (customerId: string) => `/mgmtconfig/v1/admin/customers/${customerId}/apiKeys`

const signIn = (request: APIRequestContext, { clientId, clientSecret }: Credentials): Promise<APIResponse> =>
  request.post('/signin', { form: { client_id: clientId, client_secret: clientSecret } })

async function tokenFor(request: APIRequestContext, credentials: Credentials): Promise<string> {
  const response = await signIn(request, credentials)
  expect(response.status(), await response.text()).toBe(200)
  return signInResponse.parse(await response.json()).access_token
}

async function signInWrong(request: APIRequestContext, { clientId }: Credentials, times: number): Promise<void> {
  for (let attempt = 0; attempt < times; attempt++) {
    const response = await signIn(request, { clientId, clientSecret: 'not-the-secret' })
    expect(response.status()).toBe(401)
  }
}

async function advanceClock(page: Page, advanceSeconds: number): Promise<void> {
  const response = await page.context().request.post('/__mock/clock', { data: { advanceSeconds } })
  expect(response.status(), await response.text()).toBe(200)
}

/** A key made through the API with the tenant's session (name it to sort onto page 1). */
async function createKey(page: Page, customerId: string, name: string): Promise<CreatedApiKey> {
  const response = await page.context().request.post(keysPath(customerId), { data: { name, tokenExpiryTimeInSec: '600', roleId: '28' } })
  expect(response.status(), await response.text()).toBe(201)
  return createdApiKey.parse(await response.json())
}

test.describe('keys that sign in', () => {
  test('a key added in the page signs in with its one-time secret, lists keys, and its token expires', async ({ page, request, tenant }) => {
    await page.goto('/')
    const credentials = await addKey(page, { name: 'sandbox-terraform', interval: '60' })
    await secretDialog(page).getByRole('button', { name: 'Copy Client Secret' }).click()
    await secretDialog(page).getByRole('button', { name: 'Close' }).click()
    await expect(secretDialog(page)).toBeHidden()

    const signedIn = await signIn(request, credentials)
    expect(signedIn.status()).toBe(200)
    const token = signInResponse.parse(await signedIn.json())
    expect(token).toMatchObject({ token_type: 'Bearer', expires_in: '60' })

    const bearer = { Authorization: `Bearer ${token.access_token}` }
    const listed = await request.get(`${keysPath(tenant.customerId)}?search=name+EQ+sandbox-terraform`, { headers: bearer })
    expect(listed.status()).toBe(200)
    expect(await listed.json()).toMatchObject({ totalCount: '1', list: [{ name: 'sandbox-terraform', clientId: credentials.clientId }] })

    await advanceClock(page, 60)
    const expired = await request.get(keysPath(tenant.customerId), { headers: bearer })
    expect(expired.status()).toBe(401)
    expect(await expired.json()).toMatchObject({ id: 'access.denied' })
  })
})

test.describe('lockout', () => {
  test('three wrong secrets lock the key, the page shows it, and Unlock in the page lets it sign in again', async ({ page, request, tenant }) => {
    const key = await createKey(page, tenant.customerId, 'aaa-locked-out')
    await page.goto('/')
    const row = keyRow(page, 'aaa-locked-out')
    await expect(row).toBeVisible()
    await expect(row.getByText('Locked', { exact: true })).toHaveCount(0)

    await signInWrong(request, key, 3)
    await page.getByRole('button', { name: 'Refresh' }).click()
    await expect(row.getByText('Locked', { exact: true })).toBeVisible()
    expect((await signIn(request, key)).status()).toBe(401)

    await row.getByRole('button', { name: 'Unlock' }).click()
    await page.getByRole('dialog', { name: 'Unlock API Key' }).getByRole('button', { name: 'Unlock' }).click()
    await expect(row.getByText('Locked', { exact: true })).toHaveCount(0)
    await tokenFor(request, key)
  })

  test('30 minutes of mock time lift a lock; two wrong then one right does not lock', async ({ page, request, tenant }) => {
    const locked = await createKey(page, tenant.customerId, 'aaa-waits-it-out')
    const careful = await createKey(page, tenant.customerId, 'aab-two-typos')
    await signInWrong(request, locked, 3)
    await signInWrong(request, careful, 2)
    await tokenFor(request, careful)
    await signInWrong(request, careful, 1)

    await page.goto('/')
    await expect(keyRow(page, 'aaa-waits-it-out').getByText('Locked', { exact: true })).toBeVisible()
    await expect(keyRow(page, 'aab-two-typos')).toBeVisible()
    await expect(keyRow(page, 'aab-two-typos').getByText('Locked', { exact: true })).toHaveCount(0)

    await advanceClock(page, 30 * 60)
    await page.reload()
    await expect(keyRow(page, 'aaa-waits-it-out')).toBeVisible()
    await expect(keyRow(page, 'aaa-waits-it-out').getByText('Locked', { exact: true })).toHaveCount(0)
    await tokenFor(request, locked)
  })
})

test.describe('injected faults', () => {
  test('a 503 on the list shows the error state, and Retry recovers once the fault is cleared', async ({ page, api }) => {
    await api.injectFault({ method: 'GET', path: '**/apiKeys', status: 503, retryAfter: 1 })
    await page.goto('/')
    const alert = page.getByRole('alert').filter({ hasText: 'The API keys could not be loaded.' })
    await expect(alert).toBeVisible()
    await expect(page.locator('tbody tr:not(.state-row)')).toHaveCount(0)

    // Still failing: Retry brings the error back.
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(alert).toBeVisible()

    expect((await page.context().request.delete('/__mock/faults')).status()).toBe(204)
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(page.locator('tbody tr')).toHaveCount(20)
    await expect(page.getByText('1–20 of 37')).toBeVisible()
    await expect(alert).toHaveCount(0)
  })

  test('with a 2 s delay the page shows it is loading and stays usable', async ({ page, api }) => {
    await api.injectFault({ method: 'GET', path: '**/apiKeys', delayMs: 2000 })
    await page.goto('/')
    const table = page.getByRole('table')
    await expect(page.locator('tbody tr.skeleton-row').first()).toBeVisible()
    await expect(table).toHaveAttribute('aria-busy', 'true')

    // While the list is on its way, the controls still answer.
    // By keyboard: rows arriving while the list is open push the pagination, and the list with it, below the fold
    // (Radix Select locks the page's scroll while open), where a pointer cannot reach it.
    const rowsPerPage = page.getByLabel('Rows per page')
    await rowsPerPage.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('option', { name: '20', exact: true })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(rowsPerPage).toHaveText('50')
    await expect(page.getByRole('button', { name: 'Add API Key' })).toBeEnabled()

    await expect(page.getByText('1–37 of 37')).toBeVisible({ timeout: 10_000 })
    await expect(table).toHaveAttribute('aria-busy', 'false')
    await expect(page.locator('tbody tr')).toHaveCount(37)

    // A refresh keeps the rows on screen and says it is busy until the slow answer arrives.
    const refresh = page.getByRole('button', { name: 'Refresh' })
    await refresh.click()
    // Both at once, in one look: two looks in a row can straddle the 2 s answer on a loaded machine (seen in CI).
    await expect
      .poll(async () => [await refresh.getAttribute('aria-busy'), await table.getAttribute('aria-busy'), await page.locator('tbody tr').count()])
      .toEqual(['true', 'true', 37])
    await expect(refresh).toHaveAttribute('aria-busy', 'false', { timeout: 10_000 })
    await expect(table).toHaveAttribute('aria-busy', 'false')
  })
})
