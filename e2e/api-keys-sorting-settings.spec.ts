import { expect, test } from './fixtures'
import { expectRowNames } from './table-helpers'

const sortable = [
  ['Name', 'name'],
  ['Client ID', 'clientId'],
  ['Status', 'enabled'],
  ['Session Validity Interval (In Seconds)', 'tokenExpiryTimeInSec'],
  ['Creation Date', 'creationTime'],
  ['Role', 'roleId'],
] as const

for (const [label, field] of sortable) {
  test(`sorting by ${label} orders the rows as the API does, both ways`, async ({ page, api }) => {
    const ascending = await api.list({ sortBy: field, sortOrder: 'ASC' })
    const descending = await api.list({ sortBy: field, sortOrder: 'DESC' })
    await page.goto('/')
    const header = page.getByRole('columnheader', { name: label })
    await header.getByRole('button').click()
    await expect(header).toHaveAttribute('aria-sort', 'ascending')
    await expectRowNames(page, ascending.list.map((k) => k.name))
    await header.getByRole('button').click()
    await expect(header).toHaveAttribute('aria-sort', 'descending')
    await expectRowNames(page, descending.list.map((k) => k.name))
    await expect(page.getByText(`Sorted by ${label}, descending`)).toBeAttached()
  })
}

test('hidden, reordered and resized columns survive a reload; Reset restores the default; Name cannot be hidden', async ({ page, api }) => {
  await page.goto('/')
  const headers = page.getByRole('columnheader')
  await expect(headers).toHaveText(['', 'Name', 'Client ID', 'Status', 'Session Validity Interval (In Seconds)', 'Creation Date', 'Role', 'Actions'])
  const nameWidth = await page.getByRole('columnheader', { name: 'Name' }).evaluate((th) => th.getBoundingClientRect().width)

  await page.getByRole('button', { name: 'Table Settings' }).click()
  const settings = page.getByRole('dialog', { name: 'Table Settings' })
  await expect(settings.getByRole('checkbox', { name: /Name/ })).toBeDisabled()
  await settings.getByRole('checkbox', { name: 'Client ID' }).uncheck()
  // Reorder by keyboard: Role up one place, with Enter on its Move button.
  await settings.getByRole('button', { name: 'Move Role up' }).focus()
  await page.keyboard.press('Enter')
  // Reorder by mouse: drag Status onto the first place.
  await settings.getByRole('listitem').filter({ hasText: 'Status' }).dragTo(settings.getByRole('listitem').filter({ hasText: 'Name' }))
  await settings.getByRole('button', { name: 'Done' }).click()

  // Resize Name by dragging its header edge.
  const handle = page.getByRole('separator', { name: 'Resize Name' })
  const box = (await handle.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + 120, box.y + box.height / 2, { steps: 5 })
  await page.mouse.up()

  // The selection's column stays first (no text: a checkbox).
  const expected = ['', 'Status', 'Name', 'Session Validity Interval (In Seconds)', 'Role', 'Creation Date', 'Actions']
  await expect(headers).toHaveText(expected)
  // Kept with the admin's preferences on the server (the last of the drag's writes included) before the reload.
  await expect
    .poll(async () => {
      const { columnVisibility, columnOrder, columnSizing } = (await api.preferences()).tableSettings
      return { hidden: columnVisibility.clientId === false, first: columnOrder[0], widened: (columnSizing.name ?? 0) > nameWidth + 60 }
    })
    .toEqual({ hidden: true, first: 'enabled', widened: true })
  await page.reload()
  await expect(headers).toHaveText(expected)
  const widened = await page.getByRole('columnheader', { name: 'Name' }).evaluate((th) => th.getBoundingClientRect().width)
  expect(widened).toBeGreaterThan(nameWidth + 60)

  await page.getByRole('button', { name: 'Table Settings' }).click()
  await page.getByRole('dialog', { name: 'Table Settings' }).getByRole('button', { name: 'Reset' }).click()
  await page.keyboard.press('Escape')
  await expect(headers).toHaveText(['', 'Name', 'Client ID', 'Status', 'Session Validity Interval (In Seconds)', 'Creation Date', 'Role', 'Actions'])
  await expect.poll(async () => (await api.preferences()).tableSettings).toEqual({ columnVisibility: {}, columnOrder: [], columnSizing: {} })
  await page.reload()
  await expect(headers).toHaveText(['', 'Name', 'Client ID', 'Status', 'Session Validity Interval (In Seconds)', 'Creation Date', 'Role', 'Actions'])
})

test('a column resizes from the keyboard too, and clipped text shows whole on focus', async ({ page }) => {
  await page.goto('/')
  const roleHeader = page.getByRole('columnheader', { name: 'Role' })
  const before = await roleHeader.evaluate((th) => th.getBoundingClientRect().width)
  await page.getByRole('separator', { name: 'Resize Role' }).focus()
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft')
  await expect.poll(() => roleHeader.evaluate((th) => th.getBoundingClientRect().width)).toBeLessThan(before - 30)

  // Client IDs are 76 characters: clipped, so each can take focus and shows its whole text.
  const clipped = page.locator('tbody td.cell-clientId .cell-text').first()
  await expect(clipped).toHaveAttribute('tabindex', '0')
  const full = await clipped.textContent()
  await clipped.focus()
  await expect(clipped).toHaveAttribute('data-full', full!)
  const tooltip = await clipped.evaluate((el) => getComputedStyle(el, '::after').content)
  expect(tooltip).toBe(JSON.stringify(full))
})
