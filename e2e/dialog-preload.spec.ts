import { addDialog, editDialog, keyRow } from './api-key-dialogs'
import { expect, test } from './fixtures'
import { rowNames } from './table-helpers'

test('once the page is idle, the dialogs\' code is already there: opening each fetches no more JavaScript', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.match(/^\/assets\/.+\.js$/)) scripts.push(new URL(request.url()).pathname)
  })
  await page.goto('/')
  const [name] = await rowNames(page)
  // Idle: the preloads have been sent (and nothing else is on its way).
  await expect.poll(() => scripts.some((path) => path.includes('add-api-key-dialog'))).toBe(true)
  await page.waitForLoadState('networkidle')
  const loaded = scripts.length
  expect(scripts.join('\n')).toMatch(/edit-api-key-dialog/)
  expect(scripts.join('\n')).toMatch(/delete-api-key-dialog/)
  expect(scripts.join('\n')).toMatch(/data-table-settings-dialog/)

  await page.getByRole('button', { name: 'Add API Key' }).click()
  await expect(addDialog(page).getByLabel('Name')).toBeVisible()
  await page.keyboard.press('Escape')
  await keyRow(page, name).getByRole('button', { name: 'Edit' }).click()
  await expect(editDialog(page).getByLabel('Name')).toHaveValue(name)
  await page.keyboard.press('Escape')
  await keyRow(page, name).getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('dialog', { name: 'Delete API Key' })).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Table Settings' }).click()
  await expect(page.getByRole('dialog', { name: 'Table Settings' })).toBeVisible()
  expect(scripts.slice(loaded)).toEqual([])
})
