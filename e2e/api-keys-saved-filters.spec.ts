import type { Page } from '@playwright/test'
import { ENGINEERING_MICROTENANT_ID, expect, test } from './fixtures'
import { choose, expectOptions, expectTotal, filters, savingPreferences } from './table-helpers'

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
  await choose(filters(page), 'Status', 'Disabled')
  await expectTotal(page, disabled.totalCount)
  await saveAppliedFilter(page, 'Disabled keys')
  await expect(selector(page)).toHaveText('Disabled keys')

  await page.reload()
  await expect(selector(page)).toHaveText('Disabled keys')
  await expectTotal(page, disabled.totalCount)

  const second = await context.newPage()
  await second.goto('/')
  await expectTotal(second, 37)
  await choose(second, 'Saved Filter', 'Disabled keys')
  await expectTotal(second, disabled.totalCount)
  await expect(filters(second).getByLabel('Status')).toHaveText('Disabled')

  await choose(second, 'Microtenant', 'Engineering')
  await expect(second).toHaveURL(new RegExp(`microtenantId=${ENGINEERING_MICROTENANT_ID}`))
  await expectOptions(second, 'Saved Filter', ['None'])
})

test('switching, Save Changes, Discard Changes and deleting each do what they say', async ({ page, api }) => {
  const locked = await api.list({ search: 'isLocked EQ true' })
  const enabled = await api.list({ search: 'enabled EQ true' })
  const enabledLocked = await api.list({ search: 'enabled EQ true AND isLocked EQ true' })
  await page.goto('/')
  const bar = filters(page)
  await choose(bar, 'Locked', 'Locked')
  await saveAppliedFilter(page, 'Locked')
  await bar.getByRole('button', { name: 'Clear' }).click()
  await choose(bar, 'Status', 'Enabled')
  await saveAppliedFilter(page, 'Enabled')

  // Switching applies the other saved filter.
  await choose(page, 'Saved Filter', 'Locked')
  await expectTotal(page, locked.totalCount)
  await choose(page, 'Saved Filter', 'Enabled')
  await expectTotal(page, enabled.totalCount)

  // A change marks the saved filter; Discard Changes puts it back.
  await choose(bar, 'Locked', 'Locked')
  await expectTotal(page, enabledLocked.totalCount)
  await expect(page.getByText('Unsaved changes')).toBeVisible()
  await expect(selector(page)).toHaveText('Enabled (changed)')
  await page.getByRole('button', { name: 'Menu' }).click()
  await page.getByRole('menuitem', { name: 'Discard Changes' }).click()
  await expectTotal(page, enabled.totalCount)
  await expect(page.getByText('Unsaved changes')).toHaveCount(0)

  // Save Changes keeps the change in the saved filter, across a reload.
  await choose(bar, 'Locked', 'Locked')
  await page.getByRole('button', { name: 'Menu' }).click()
  await savingPreferences(page, () => page.getByRole('menuitem', { name: 'Save Changes' }).click())
  await expect(page.getByText('Unsaved changes')).toHaveCount(0)
  await page.goto('/')
  await choose(page, 'Saved Filter', 'Enabled')
  await expectTotal(page, enabledLocked.totalCount)

  // Without changes, the Menu offers neither.
  await page.getByRole('button', { name: 'Menu' }).click()
  await expect(page.getByRole('menuitem', { name: 'Save Changes' })).toHaveCount(0)
  await page.keyboard.press('Escape')

  await savingPreferences(page, () => page.getByRole('button', { name: 'Delete Saved Filter' }).click())
  await expectOptions(page, 'Saved Filter', ['None', 'Locked'])
  await page.reload()
  await expectOptions(page, 'Saved Filter', ['None', 'Locked'])
})

test('Clear empties the fields and keeps the saved filter selected, marked changed; Reset returns to it as saved', async ({ page, api }) => {
  const disabledLocked = await api.list({ search: 'enabled EQ false AND isLocked EQ true' })
  const disabled = await api.list({ search: 'enabled EQ false' })
  expect(disabledLocked.totalCount).toBeLessThan(disabled.totalCount)
  await page.goto('/')
  const bar = filters(page)
  await choose(bar, 'Status', 'Disabled')
  await choose(bar, 'Locked', 'Locked')
  await expectTotal(page, disabledLocked.totalCount)
  await saveAppliedFilter(page, 'Disabled and locked')
  // As saved: nothing to reset.
  await expect(bar.getByRole('button', { name: 'Reset' })).toHaveCount(0)
  await expect(bar.getByRole('button', { name: 'Clear' })).toHaveAccessibleDescription('Empty every field; "Disabled and locked" stays selected, marked changed')

  await bar.getByRole('button', { name: 'Clear' }).click()
  await expectTotal(page, 37)
  await expect(bar.getByLabel('Status')).toHaveText('Any')
  await expect(bar.getByLabel('Locked')).toHaveText('Any')
  await expect(selector(page)).toHaveText('Disabled and locked (changed)')
  await expect(page.getByText('Unsaved changes')).toBeVisible()

  // A further change, then Reset: the saved filter exactly as saved.
  await choose(bar, 'Status', 'Disabled')
  await expectTotal(page, disabled.totalCount)
  const reset = bar.getByRole('button', { name: 'Reset' })
  await expect(reset).toHaveAccessibleDescription('Back to the saved filter "Disabled and locked" as saved')
  await reset.click()
  await expectTotal(page, disabledLocked.totalCount)
  await expect(bar.getByLabel('Status')).toHaveText('Disabled')
  await expect(bar.getByLabel('Locked')).toHaveText('Locked')
  await expect(selector(page)).toHaveText('Disabled and locked')
  await expect(page.getByText('Unsaved changes')).toHaveCount(0)
  await expect(reset).toHaveCount(0)

  // With no saved filter selected, Reset goes back to no filters at all.
  await choose(page, 'Saved Filter', 'None')
  await choose(bar, 'Locked', 'Not locked')
  await bar.getByRole('button', { name: 'Reset' }).click()
  await expectTotal(page, 37)
  await expect(bar.getByLabel('Locked')).toHaveText('Any')
})
