import { expectNoAxeViolations } from './axe'
import type { Page } from '@playwright/test'
import { DEMO_CUSTOMER_ID, ENGINEERING_MICROTENANT_ID, expect, test } from './fixtures'
import { choose, expectRowNames, expectTotal, filters, readClipboard } from './table-helpers'

test('a URL with filters, sort, page and size reproduces the view, and Back returns to the previous one', async ({ page, api }) => {
  const expected = await api.list({ search: 'name LIKE e AND enabled EQ true', sortBy: 'creationTime', sortOrder: 'DESC', page: 2, pagesize: 20 })
  await page.goto('/?name=e&status=enabled&sortBy=creationTime&sortOrder=DESC&page=2&pageSize=20')
  await expect(filters(page).getByLabel('Name')).toHaveValue('e')
  await expect(filters(page).getByLabel('Status')).toHaveText('Enabled')
  await expect(page.getByRole('columnheader', { name: 'Creation Date' })).toHaveAttribute('aria-sort', 'descending')
  await expect(page.getByLabel('Rows per page')).toHaveText('20')
  await expectTotal(page, expected.totalCount)
  await expectRowNames(page, expected.list.map((k) => k.name))

  await page.getByRole('button', { name: 'First page' }).click()
  await expect(page).toHaveURL(/page=1|^(?!.*page=2)/)
  await page.goBack()
  await expect(page).toHaveURL(/page=2/)
  await expectRowNames(page, expected.list.map((k) => k.name))
})

test('each page, size and sort click is one step back in history, whether it changes one URL key or several', async ({ page }) => {
  await page.goto('/?sortBy=name&sortOrder=DESC&page=2')
  const nameHeader = page.getByRole('columnheader', { name: 'Name' })
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending')

  // Name sorted descending → unsorted: sortBy, sortOrder and page all change. Unsorted is the server's default
  // order, Name ascending, which its header shows.
  await nameHeader.getByRole('button', { name: 'Name', exact: true }).click()
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(page).toHaveURL(/\/(\?)?$/)
  // Next page: only page changes (written once the rows are drawn).
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/\?page=2$/)
  // 50 rows per page on page 2: pageSize and page change.
  await choose(page, 'Rows per page', '50')
  await expect(page).toHaveURL(/\?pageSize=50$/)

  await page.goBack()
  await expect(page).toHaveURL(/\?page=2$/)
  await expect(page.getByLabel('Rows per page')).toHaveText('20')
  await page.goBack()
  await expect(page).toHaveURL(/\/(\?)?$/)
  await page.goBack()
  await expect(page).toHaveURL(/sortBy=name&sortOrder=DESC&page=2/)
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending')
})

test('invalid values in the URL fall back to the defaults', async ({ page }) => {
  await page.goto('/?page=-3&pageSize=7&sortBy=secret&sortOrder=UP&status=maybe&createdFrom=yesterday')
  await expect(page.getByText('1–20 of 37')).toBeVisible()
  await expect(page.getByLabel('Rows per page')).toHaveText('20')
  await expect(filters(page).getByLabel('Status')).toHaveText('Any')
})

/** Makes the page believe there is no async Clipboard API, as on plain http from another host. */
const withoutAsyncClipboard = (page: Page) =>
  page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }))

for (const clipboardApi of ['async Clipboard API', 'copy-command fallback'] as const) {
  test.describe(`copying with the ${clipboardApi}`, () => {
    test.use({ tenantPreset: 'demo', permissions: ['clipboard-read', 'clipboard-write'] })

    test('Copy Customer ID copies the exact demo customer id; Copy Microtenant ID appears only outside Default', async ({ page, context }) => {
      if (clipboardApi === 'copy-command fallback') await withoutAsyncClipboard(page)
      const reader = await context.newPage()
      await page.goto('/')
      await page.getByRole('button', { name: 'Menu' }).click()
      await expect(page.getByRole('menuitem', { name: 'Copy Microtenant ID' })).toHaveCount(0)
      await page.getByRole('menuitem', { name: 'Copy Customer ID' }).click()
      await expect(page.getByText('Customer ID copied to the clipboard')).toBeVisible()
      expect(await readClipboard(reader)).toBe(DEMO_CUSTOMER_ID)

      await choose(page, 'Microtenant', 'Engineering')
      await page.getByRole('button', { name: 'Menu' }).click()
      await page.getByRole('menuitem', { name: 'Copy Microtenant ID' }).click()
      await expect(page.getByText('Microtenant ID copied to the clipboard')).toBeVisible()
      expect(await readClipboard(reader)).toBe(ENGINEERING_MICROTENANT_ID)
    })

    test("Copy Client ID copies that row's client ID", async ({ page, context, api }) => {
      if (clipboardApi === 'copy-command fallback') await withoutAsyncClipboard(page)
      const reader = await context.newPage()
      const third = (await api.list()).list[2]
      await page.goto('/')
      const row = page.locator('tbody tr').filter({ has: page.getByRole('cell', { name: third.name, exact: true }) })
      await row.getByRole('button', { name: 'Copy Client ID' }).click()
      await expect(page.getByText('Client ID copied to the clipboard')).toBeVisible()
      expect(await readClipboard(reader)).toBe(third.clientId)
    })
  })
}

test.describe('keyboard and accessibility', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('one filter, one sort, one settings change and one copy, from the keyboard alone', async ({ page, context, api }) => {
    const reader = await context.newPage()
    const matching = await api.list({ search: 'name LIKE s', sortBy: 'name', sortOrder: 'DESC' })
    await page.goto('/')
    await expectTotal(page, 37)

    // Filter: Tab from the saved-filter selector to the Name field, type, Enter applies.
    await page.getByLabel('Saved Filter').focus()
    const nameField = filters(page).getByLabel('Name')
    for (let tabs = 0; tabs < 12 && !(await nameField.evaluate((el) => el === document.activeElement)); tabs++) await page.keyboard.press('Tab')
    await expect(nameField).toBeFocused()
    await page.keyboard.type('s')
    await page.keyboard.press('Enter')
    await expectTotal(page, matching.totalCount)

    // Sort: focus the Name header button, Enter twice for descending.
    await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending')
    await page.keyboard.press('Enter')
    await expectRowNames(page, matching.list.map((k) => k.name))

    // Settings: open Table Settings, hide Role with Space, close with Escape.
    await page.getByRole('button', { name: 'Table Settings' }).focus()
    await page.keyboard.press('Enter')
    const settings = page.getByRole('dialog', { name: 'Table Settings' })
    await settings.getByRole('checkbox', { name: 'Role' }).focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('Escape')
    await expect(settings).toHaveCount(0)
    await expect(page.getByRole('columnheader', { name: 'Role' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Table Settings' })).toBeFocused()

    // Copy: Menu with Enter, arrow to Copy Customer ID, Enter.
    await page.getByRole('button', { name: 'Menu' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('menuitem', { name: 'Copy Customer ID' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByText('Customer ID copied to the clipboard')).toBeVisible()
    expect(await readClipboard(reader)).toBe(api.customerId)
  })

  test('axe finds no violations with the filters shown, the Menu open and Table Settings open', async ({ page }) => {
    test.setTimeout(60_000)
    await page.goto('/')
    await expectTotal(page, 37)
    await expect(filters(page)).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Menu' }).click()
    await expect(page.getByRole('menu')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Table Settings' }).click()
    await expect(page.getByRole('dialog', { name: 'Table Settings' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
