import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { keyRow } from './api-key-dialogs'

/** The focused element's accessible name as a screen reader would say it (its label, or else its text). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element) return ''
    const labelledBy = element.getAttribute('aria-labelledby')
    const label =
      element.getAttribute('aria-label') ??
      (labelledBy && document.getElementById(labelledBy)?.textContent) ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent
    return `${element.tagName.toLowerCase()} ${(label ?? '').trim()}`
  })

const firstRow = (page: Page) => page.locator('tbody tr[data-row-id]').first()

test('at most 17 Tabs lead from "Add API Key" to the first row\'s Edit, with the filters shown', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Hide Filters' })).toBeVisible()
  await expect(firstRow(page)).toBeVisible()
  await page.getByRole('button', { name: 'Add API Key' }).focus()
  const path: string[] = []
  const edit = firstRow(page).getByRole('button', { name: 'Edit' })
  // Two of them are the selection's checkboxes: the header's and the row's.
  for (let presses = 1; presses <= 17; presses++) {
    await page.keyboard.press('Tab')
    path.push(await focusedName(page))
    if (await edit.evaluate((button) => button === document.activeElement)) break
  }
  await test.info().attach('tab path', { body: path.join('\n') })
  await expect(edit, `the path was:\n${path.join('\n')}`).toBeFocused()
  // One stop for all the resize handles of the header row.
  expect(path.filter((stop) => stop.includes('Resize'))).toHaveLength(1)
})

test('the sort buttons are one Tab stop: ←/→ move between them, Enter sorts', async ({ page }) => {
  await page.goto('/')
  const header = (name: string) => page.getByRole('columnheader', { name }).getByRole('button', { name })
  await header('Name').focus()
  await page.keyboard.press('ArrowRight')
  await expect(header('Client ID')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(header('Status')).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(header('Client ID')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('columnheader', { name: 'Client ID' })).toHaveAttribute('aria-sort', 'ascending')
  // Tab goes on past the other sort buttons.
  await page.keyboard.press('Tab')
  await expect(page.locator('thead .sort-button:focus')).toHaveCount(0)
})

test('the resize handles are one Tab stop: ↑/↓ move between them, ←/→ resize', async ({ page }) => {
  await page.goto('/')
  const separators = page.getByRole('separator')
  await expect(separators.first()).toHaveAttribute('tabindex', '0')
  await expect(page.locator('[role="separator"][tabindex="0"]')).toHaveCount(1)

  await page.getByRole('separator', { name: 'Resize Name' }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('separator', { name: 'Resize Client ID' })).toBeFocused()
  const clientId = page.getByRole('columnheader', { name: 'Client ID' })
  const before = await clientId.evaluate((th) => th.getBoundingClientRect().width)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => clientId.evaluate((th) => th.getBoundingClientRect().width)).toBeGreaterThan(before + 20)
  await page.keyboard.press('ArrowUp')
  await expect(page.getByRole('separator', { name: 'Resize Name' })).toBeFocused()
  // Tab leaves the header row for the rows, not to the next handle or sort button.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Tab')
  await expect(page.locator('tbody :focus')).toHaveCount(1)
})

test('the first Tab stop skips to the API keys table', async ({ page }) => {
  await page.goto('/')
  await expect(firstRow(page)).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to API keys table' })
  await expect(skip).toBeFocused()
  // Shown when focused: inside the viewport.
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('table')).toBeFocused()
  expect(new URL(page.url()).hash).toBe('')
  // The next Tab is inside the table: its first header, the selection's checkbox, then Name.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('checkbox', { name: 'Select all rows on this page' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('columnheader', { name: 'Name' }).getByRole('button')).toBeFocused()
})

const deleteRow = async (page: Page, name: string) => {
  await keyRow(page, name).getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('dialog', { name: 'Delete API Key' }).getByRole('button', { name: 'Delete' }).click()
  await expect(keyRow(page, name)).toHaveCount(0)
}
/** The name in the Name cell of the row holding the focused element, and that element's accessible name. */
const focusedRow = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement
    return { row: element?.closest('tr')?.querySelector('td.cell-name')?.textContent ?? null, control: element?.getAttribute('aria-label') ?? null }
  })

test.describe('after a Delete, focus goes to the next row', () => {
  test.use({ tenantPreset: 'empty' })
  test('the row that takes its place; for the last row, the one before it; with none left, "Add API Key"', async ({ page, api, context }) => {
    const role = (await api.roles())[0]
    for (const name of ['a-key', 'b-key', 'c-key']) {
      const created = await context.request.post(`${api.base}/apiKeys`, { data: { name, tokenExpiryTimeInSec: '3600', roleId: role.id } })
      expect(created.status()).toBe(201)
    }
    await page.goto('/?sortBy=name&sortOrder=ASC')
    await expect(page.locator('tbody tr td.cell-name')).toHaveText(['a-key', 'b-key', 'c-key'])

    await deleteRow(page, 'b-key')
    await expect.poll(() => focusedRow(page)).toEqual({ row: 'c-key', control: 'Delete' })
    await deleteRow(page, 'c-key')
    await expect.poll(() => focusedRow(page)).toEqual({ row: 'a-key', control: 'Delete' })
    await deleteRow(page, 'a-key')
    await expect(page.getByRole('button', { name: 'Add API Key' })).toBeFocused()
  })
})
