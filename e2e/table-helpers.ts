import { expect, type Page } from '@playwright/test'

/** The names in the table's rows, top to bottom. */
export const rowNames = (page: Page) => page.locator('tbody tr td.cell-name').allTextContents()

/** Waits until the table shows exactly these names. */
export async function expectRowNames(page: Page, names: string[]) {
  await expect(page.locator('tbody tr td.cell-name')).toHaveText(names)
}

/** The total of the pagination's "1–20 of 37". */
export async function expectTotal(page: Page, total: number) {
  await expect(page.locator('.pagination-range')).toHaveText(new RegExp(`of ${total}$`))
}

/**
 * Does `action` and waits until the server has acknowledged the preferences it changed (PUT
 * /portal/preferences/… answered 204): what a reload or another browser then sees.
 */
export async function savingPreferences(page: Page, action: () => Promise<void>): Promise<void> {
  const saved = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes('/portal/preferences/'))
  await action()
  expect((await saved).status()).toBe(204)
}

export const filters = (page: Page) => page.getByRole('form', { name: 'Filters' })

export const row = (page: Page, name: string) => page.locator('tbody tr').filter({ has: page.getByRole('cell', { name, exact: true }) })

/**
 * Reads the clipboard from another page of the same context (the permission is granted per context),
 * on the app's origin: about:blank has no Clipboard API.
 */
export async function readClipboard(page: Page): Promise<string> {
  if (page.url() === 'about:blank') await page.goto('/favicon.svg')
  return page.evaluate(() => navigator.clipboard.readText())
}
