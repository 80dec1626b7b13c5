import type { Page } from '@playwright/test'
import { addDialog, editDialog, fillKeyForm, keyRow } from './api-key-dialogs'
import { expect, test } from './fixtures'
import { choose, expectOptions, rowNames, savingPreferences } from './table-helpers'

const discardConfirmation = (page: Page) => page.getByRole('dialog', { name: 'Discard changes?' })

/** A click on the overlay, outside the dialog: the page's top-left corner. */
const clickOutside = (page: Page) => page.mouse.click(5, 5)

test('Esc or a click outside a changed Add dialog asks first; "Keep editing" keeps every value, "Discard" closes', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Add API Key' }).click()
  const dialog = addDialog(page)
  await fillKeyForm(dialog, { name: 'typed-name', interval: '900' })

  await page.keyboard.press('Escape')
  await expect(discardConfirmation(page)).toBeVisible()
  await discardConfirmation(page).getByRole('button', { name: 'Keep editing' }).click()
  await expect(discardConfirmation(page)).toBeHidden()
  await expect(dialog.getByLabel('Name')).toHaveValue('typed-name')
  await expect(dialog.getByLabel('Session Validity Interval (In Seconds)')).toHaveValue('900')

  await clickOutside(page)
  await expect(discardConfirmation(page)).toBeVisible()
  await discardConfirmation(page).getByRole('button', { name: 'Discard' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Add API Key' })).toBeFocused()
})

test('Esc with a list open in a changed dialog closes the list only: no question, nothing lost', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Add API Key' }).click()
  const dialog = addDialog(page)
  await fillKeyForm(dialog, { name: 'typed-name' })
  await dialog.getByLabel('Role').click()
  await expect(page.getByRole('listbox')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('listbox')).toHaveCount(0)
  await expect(discardConfirmation(page)).toHaveCount(0)
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Role')).toBeFocused()
  await expect(dialog.getByLabel('Name')).toHaveValue('typed-name')
})

test('Esc pressed straight after typing still asks first: the change counts at once', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Add API Key' }).click()
  const dialog = addDialog(page)
  // Each round changes the value and presses Esc with no pause between (the race it guards against is one render).
  for (const name of ['x', 'xy', 'x', '', 'z']) {
    await dialog.getByLabel('Name').fill(name)
    await page.keyboard.press('Escape')
    if (name === '') {
      await expect(dialog).toBeHidden()
      await page.getByRole('button', { name: 'Add API Key' }).click()
      continue
    }
    await expect(discardConfirmation(page)).toBeVisible()
    await discardConfirmation(page).getByRole('button', { name: 'Keep editing' }).click()
    await expect(dialog.getByLabel('Name')).toHaveValue(name)
  }
})

test('an unchanged Add or Edit dialog closes at once on Esc and on a click outside', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Add API Key' }).click()
  await expect(addDialog(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(addDialog(page)).toBeHidden()

  const [name] = await rowNames(page)
  await keyRow(page, name).getByRole('button', { name: 'Edit' }).click()
  await expect(editDialog(page).getByLabel('Name')).toHaveValue(name)
  await clickOutside(page)
  await expect(editDialog(page)).toBeHidden()
  await expect(discardConfirmation(page)).toHaveCount(0)
})

test('a changed Edit dialog asks before Esc discards; typing the old value back counts as unchanged', async ({ page }) => {
  await page.goto('/')
  const [name] = await rowNames(page)
  await keyRow(page, name).getByRole('button', { name: 'Edit' }).click()
  const dialog = editDialog(page)
  await fillKeyForm(dialog, { name: `${name}-renamed` })
  await page.keyboard.press('Escape')
  await expect(discardConfirmation(page)).toBeVisible()
  await discardConfirmation(page).getByRole('button', { name: 'Keep editing' }).click()
  await expect(dialog.getByLabel('Name')).toHaveValue(`${name}-renamed`)

  await fillKeyForm(dialog, { name })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(discardConfirmation(page)).toHaveCount(0)
})

test('saving an unchanged Edit sends no request and closes with a note', async ({ page }) => {
  await page.goto('/')
  const [name] = await rowNames(page)
  const writes: string[] = []
  page.on('request', (request) => {
    if (request.method() !== 'GET') writes.push(`${request.method()} ${request.url()}`)
  })
  await keyRow(page, name).getByRole('button', { name: 'Edit' }).click()
  const dialog = editDialog(page)
  await expect(dialog.getByLabel('Name')).toHaveValue(name)
  // A value that reads the same once trimmed is no change either.
  await fillKeyForm(dialog, { name: `${name} ` })
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText(`No changes to API key ${name}`)).toBeVisible()
  expect(writes).toEqual([])
})

test('a deleted saved filter can be undone: it comes back, selected as it was', async ({ page, api }) => {
  await api.savePreferences({
    savedFilters: [
      { id: 'sf1', name: 'Enabled only', filters: { status: 'enabled' } },
      { id: 'sf2', name: 'Locked', filters: { locked: 'locked' } },
    ],
    tableSettings: { columnVisibility: {}, columnOrder: [], columnSizing: {} },
  })
  await page.goto('/')
  const selector = page.getByLabel('Saved Filter')
  await choose(page, 'Saved Filter', 'Enabled only')
  await expect(selector).toHaveText('Enabled only')
  await savingPreferences(page, () => page.getByRole('button', { name: 'Delete Saved Filter' }).click())
  await expect(selector).toHaveText('None')
  await expectOptions(page, 'Saved Filter', ['None', 'Locked'])

  await savingPreferences(page, () => page.getByRole('button', { name: 'Undo' }).click())
  await expect(selector).toHaveText('Enabled only')
  await expectOptions(page, 'Saved Filter', ['None', 'Enabled only', 'Locked'])
  await expect.poll(async () => (await api.preferences()).savedFilters.map((f) => f.name)).toEqual(['Enabled only', 'Locked'])
})
