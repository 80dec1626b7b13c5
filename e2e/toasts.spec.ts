import type { Locator, Page } from '@playwright/test'
import { addKey, keyRow, secretDialog } from './api-key-dialogs'
import { expect, test } from './fixtures'

/**
 * The names of the elements of `targets` (shown, inside the viewport) that the toast's box meets: none is the aim.
 * Read in one go, while the toast is surely up.
 */
async function covered(toast: Locator, targets: Locator): Promise<string[]> {
  await expect(toast).toBeVisible()
  const box = (await toast.boundingBox())!
  return targets.evaluateAll((elements, t) => {
    const hits: string[] = []
    for (const element of elements) {
      const r = element.getBoundingClientRect()
      const shown = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
      if (shown && r.left < t.x + t.width && t.x < r.right && r.top < t.y + t.height && t.y < r.bottom)
        hits.push(element.getAttribute('aria-label') ?? element.textContent ?? '?')
    }
    return hits
  }, box)
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const rowActions = (page: Page) => page.locator('tbody .row-actions button')

const sizes = [
  { name: '1280 × 800', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: '200 % zoom (640 × 400 at 2×)', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
]

for (const size of sizes) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor })
    // Create, copy and delete, each with its toast: a long test on the shared 2-core machine.
    test.slow()

    test('toasts cover neither the secret dialog\'s buttons nor the row actions, after create and after delete', async ({ page }) => {
      await page.goto('/')
      await addKey(page, { name: 'toast-placement-key-with-a-rather-long-name' })
      const created = page.locator('[data-sonner-toast]').filter({ hasText: 'created' })
      await expect(created).toBeVisible()
      expect(await covered(created, secretDialog(page).getByRole('button'))).toEqual([])

      await secretDialog(page).getByRole('button', { name: 'Download' }).click()
      await secretDialog(page).getByRole('button', { name: 'Close' }).click()
      await expect(secretDialog(page)).toBeHidden()
      // A row action's own toast.
      await keyRow(page, 'toast-placement-key-with-a-rather-long-name').getByRole('button', { name: 'Copy Client ID' }).click()
      const copied = page.locator('[data-sonner-toast]').filter({ hasText: 'copied' })
      expect(await covered(copied, rowActions(page))).toEqual([])

      await keyRow(page, 'toast-placement-key-with-a-rather-long-name').getByRole('button', { name: 'Delete' }).click()
      await page.getByRole('dialog', { name: 'Delete API Key' }).getByRole('button', { name: 'Delete' }).click()
      const deleted = page.locator('[data-sonner-toast]').filter({ hasText: 'deleted' })
      await expect(deleted).toBeVisible()
      expect(await covered(deleted, rowActions(page))).toEqual([])
    })
  })
}
