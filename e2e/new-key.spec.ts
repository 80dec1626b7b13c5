import { addKey, keyRow, secretDialog } from './api-key-dialogs'
import { expect, test } from './fixtures'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const closeSecret = async (page: import('@playwright/test').Page) => {
  await secretDialog(page).getByRole('button', { name: 'Download' }).click()
  await secretDialog(page).getByRole('button', { name: 'Close' }).click()
  await expect(secretDialog(page)).toBeHidden()
}

test('a key that sorts onto another page is pinned, highlighted and "New" at the top of this one, until the view changes', async ({ page }) => {
  // Sorted by name, "zz-…" belongs on the last page: on page 1 it shows pinned, above the page's own 20 rows.
  await page.goto('/?sortBy=name&sortOrder=ASC')
  await addKey(page, { name: 'zz-pinned-key' })
  await closeSecret(page)

  const rows = page.locator('tbody tr[data-row-id]')
  const pinned = keyRow(page, 'zz-pinned-key')
  await expect(rows.first()).toHaveClass(/row-new/)
  await expect(rows.first().locator('td.cell-name')).toHaveText('zz-pinned-key')
  await expect(pinned).toHaveAccessibleDescription(/New/)
  // The badge is drawn and visible.
  expect(await pinned.locator('td.cell-name').evaluate((cell) => getComputedStyle(cell, '::after').content)).toContain('New')
  await expect(pinned).toBeInViewport()
  // Focus is on the new row, after the secret dialog.
  await expect(pinned.locator('td.cell-name')).toBeFocused()
  await expect(rows).toHaveCount(21)
  await expect(page.locator('tbody')).toHaveAttribute('data-row-count', '20')

  // Refresh keeps it.
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.locator('table')).toHaveAttribute('aria-busy', 'false')
  await expect(pinned).toHaveClass(/row-new/)

  // Another page ends the pin: on the last page the key is in its own place, not highlighted; back on page 1, gone.
  await page.getByRole('button', { name: /next page/i }).click()
  await expect(page.locator('tbody tr[data-row-id]').last().locator('td.cell-name')).toHaveText('zz-pinned-key')
  await expect(page.locator('tbody tr.row-new')).toHaveCount(0)
  await page.getByRole('button', { name: /previous page/i }).click()
  await expect(rows).toHaveCount(20)
  await expect(pinned).toHaveCount(0)
  await expect(page.locator('tbody tr.row-new')).toHaveCount(0)
})

test('a key that sorts onto this page shows once, in its place, highlighted', async ({ page }) => {
  await page.goto('/?sortBy=name&sortOrder=ASC')
  await addKey(page, { name: 'aaa-first-key' })
  await closeSecret(page)
  const row = keyRow(page, 'aaa-first-key')
  await expect(row).toHaveCount(1)
  await expect(row).toHaveClass(/row-new/)
  await expect(page.locator('tbody tr[data-row-id]')).toHaveCount(20)
  await expect(page.locator('tbody tr[data-row-id]').first()).toHaveAttribute('aria-rowindex', '2')
  await expect(row.locator('td.cell-name')).toBeFocused()
})

test('deleting the new key unpins it', async ({ page }) => {
  await page.goto('/?sortBy=name&sortOrder=ASC')
  await addKey(page, { name: 'zz-deleted-key' })
  await closeSecret(page)
  await keyRow(page, 'zz-deleted-key').getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('dialog', { name: 'Delete API Key' }).getByRole('button', { name: 'Delete' }).click()
  await expect(keyRow(page, 'zz-deleted-key')).toHaveCount(0)
  await expect(page.locator('tbody tr[data-row-id]')).toHaveCount(20)
})
