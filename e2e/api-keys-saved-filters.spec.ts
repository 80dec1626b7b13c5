import type { Page } from '@playwright/test'
import { ENGINEERING_MICROTENANT_ID, expect, test } from './fixtures'
import { expectTotal, filters, savingPreferences } from './table-helpers'

async function saveAppliedFilter(page: Page, name: string) {
  await page.getByRole('button', { name: 'Menu' }).click()
  await page.getByRole('menuitem', { name: 'Save Applied Filter' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save Applied Filter' })
  await dialog.getByLabel('Filter Name').fill(name)
  await savingPreferences(page, () => dialog.getByRole('button', { name: 'Save' }).click())
  await expect(dialog).toHaveCount(0)
}

const selector = (page: Page) => page.getByLabel('Saved Filter')

test('a saved filter survives a reload and a new page, and is kept apart per microtenant', async ({ page, context, api }) => {
  const disabled = await api.list({ search: 'enabled EQ false' })
  await page.goto('/')
  await filters(page).getByLabel('Status').selectOption('Disabled')
  await filters(page).getByRole('button', { name: 'Apply' }).click()
  await expectTotal(page, disabled.totalCount)
  await saveAppliedFilter(page, 'Disabled keys')
  await expect(selector(page)).toHaveValue(/.+/)
  await expect(selector(page).locator('option:checked')).toHaveText('Disabled keys')

  await page.reload()
  await expect(selector(page).locator('option:checked')).toHaveText('Disabled keys')
  await expectTotal(page, disabled.totalCount)

  const second = await context.newPage()
  await second.goto('/')
  await expectTotal(second, 37)
  await selector(second).selectOption({ label: 'Disabled keys' })
  await expectTotal(second, disabled.totalCount)
  await expect(filters(second).getByLabel('Status')).toHaveValue('disabled')

  await second.getByLabel('Microtenant').selectOption('Engineering')
  await expect(second).toHaveURL(new RegExp(`microtenantId=${ENGINEERING_MICROTENANT_ID}`))
  await expect(selector(second).locator('option')).toHaveText(['None'])
})

test('switching, Save Changes, Discard Changes and deleting each do what they say', async ({ page, api }) => {
  const locked = await api.list({ search: 'isLocked EQ true' })
  const enabled = await api.list({ search: 'enabled EQ true' })
  const enabledLocked = await api.list({ search: 'enabled EQ true AND isLocked EQ true' })
  await page.goto('/')
  const bar = filters(page)
  await bar.getByLabel('Locked').selectOption('Locked')
  await bar.getByRole('button', { name: 'Apply' }).click()
  await saveAppliedFilter(page, 'Locked')
  await bar.getByRole('button', { name: 'Clear' }).click()
  await bar.getByLabel('Status').selectOption('Enabled')
  await bar.getByRole('button', { name: 'Apply' }).click()
  await saveAppliedFilter(page, 'Enabled')

  // Switching applies the other saved filter.
  await selector(page).selectOption({ label: 'Locked' })
  await expectTotal(page, locked.totalCount)
  await selector(page).selectOption({ label: 'Enabled' })
  await expectTotal(page, enabled.totalCount)

  // A change marks the saved filter; Discard Changes puts it back.
  await bar.getByLabel('Locked').selectOption('Locked')
  await bar.getByRole('button', { name: 'Apply' }).click()
  await expectTotal(page, enabledLocked.totalCount)
  await expect(page.getByText('Unsaved changes')).toBeVisible()
  await expect(selector(page).locator('option:checked')).toHaveText('Enabled (changed)')
  await page.getByRole('button', { name: 'Menu' }).click()
  await page.getByRole('menuitem', { name: 'Discard Changes' }).click()
  await expectTotal(page, enabled.totalCount)
  await expect(page.getByText('Unsaved changes')).toHaveCount(0)

  // Save Changes keeps the change in the saved filter, across a reload.
  await bar.getByLabel('Locked').selectOption('Locked')
  await bar.getByRole('button', { name: 'Apply' }).click()
  await page.getByRole('button', { name: 'Menu' }).click()
  await savingPreferences(page, () => page.getByRole('menuitem', { name: 'Save Changes' }).click())
  await expect(page.getByText('Unsaved changes')).toHaveCount(0)
  await page.goto('/')
  await selector(page).selectOption({ label: 'Enabled' })
  await expectTotal(page, enabledLocked.totalCount)

  // Without changes, the Menu offers neither.
  await page.getByRole('button', { name: 'Menu' }).click()
  await expect(page.getByRole('menuitem', { name: 'Save Changes' })).toHaveCount(0)
  await page.keyboard.press('Escape')

  await savingPreferences(page, () => page.getByRole('button', { name: 'Delete Saved Filter' }).click())
  await expect(selector(page).locator('option')).toHaveText(['None', 'Locked'])
  await page.reload()
  await expect(selector(page).locator('option')).toHaveText(['None', 'Locked'])
})
