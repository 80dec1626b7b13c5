import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { choose, expectRowNames, expectTotal, filters, pickDate } from './table-helpers'

test('each filter narrows the rows and total exactly as the API does for the same search', async ({ page, api }) => {
  const roles = await api.roles()
  const readOnlyRole = roles.find((r) => r.name === 'API Read Only')!
  await page.goto('/')
  await expectTotal(page, 37)
  const bar = filters(page)

  // A choice applies itself; Name is applied at once by Apply (rather than after the typing pause).
  const cases: { set: () => Promise<void>; search: string }[] = [
    {
      set: async () => {
        await bar.getByLabel('Name').fill('dev')
        await bar.getByRole('button', { name: 'Apply' }).click()
      },
      search: 'name LIKE dev',
    },
    { set: () => choose(bar, 'Status', 'Disabled'), search: 'enabled EQ false' },
    { set: () => choose(bar, 'Role', 'API Read Only'), search: `roleId EQ ${readOnlyRole.id}` },
    { set: () => choose(bar, 'Locked', 'Locked'), search: 'isLocked EQ true' },
  ]
  for (const { set, search } of cases) {
    await set()
    const expected = await api.list({ search })
    expect(expected.totalCount).toBeGreaterThan(0)
    expect(expected.totalCount).toBeLessThan(37)
    await expectTotal(page, expected.totalCount)
    await expectRowNames(page, expected.list.map((k) => k.name))
    await bar.getByRole('button', { name: 'Clear' }).click()
    await expectTotal(page, 37)
  }
})

test("Name matches as chosen: contains, starts with or ends with, as the API's search operators do", async ({ page, api }) => {
  await page.goto('/')
  const bar = filters(page)
  await bar.getByLabel('Name').fill('terraform')
  for (const [match, search] of [
    ['Starts with', 'name STARTSWITH terraform'],
    ['Contains', 'name LIKE terraform'],
  ] as const) {
    await choose(bar, 'Match', match)
    const expected = await api.list({ search })
    expect(expected.totalCount).toBeGreaterThan(0)
    // Applies itself after the pause, like the name.
    await expectRowNames(page, expected.list.map((k) => k.name))
  }
  await bar.getByLabel('Name').fill('prod')
  await choose(bar, 'Match', 'Ends with')
  const endsWithProd = await api.list({ search: 'name ENDSWITH prod' })
  expect(endsWithProd.list.every((key) => key.name.toLowerCase().endsWith('prod'))).toBe(true)
  await expectRowNames(page, endsWithProd.list.map((k) => k.name))
  await expect(page).toHaveURL(/nameMatch=endswith/)
  await page.reload()
  await expect(bar.getByLabel('Match')).toHaveText('Ends with')
  await expectRowNames(page, endsWithProd.list.map((k) => k.name))
})

/** yyyy-mm-dd in the browser's (and this process's) local time zone, as the filter holds a day. */
const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

test('the Creation Date range narrows to the keys created in it, each day picked in the calendar (mouse, then keyboard)', async ({ page, api }) => {
  const all = await api.list({ pagesize: 500 })
  const days = all.list.map((k) => new Date(Number(k.creationTime) * 1000)).toSorted((a, b) => a.getTime() - b.getTime())
  const from = day(days[10])
  const to = day(days[20])
  const start = new Date(`${from}T00:00:00`).getTime() / 1000
  const end = new Date(`${to}T00:00:00`).getTime() / 1000 + 86_400
  const expected = await api.list({ search: `creationTime GE ${start} AND creationTime LT ${end}`, pagesize: 50 })

  await page.goto('/?pageSize=50')
  const bar = filters(page)
  await pickDate(bar, 'Created from', from, 'mouse')
  await expect(page).toHaveURL(new RegExp(`createdFrom=${from}`))
  await pickDate(bar, 'Created to', to, 'keyboard')
  await expect(page).toHaveURL(new RegExp(`createdFrom=${from}&createdTo=${to}|createdTo=${to}.*createdFrom=${from}`))
  await expectTotal(page, expected.totalCount)
  await expectRowNames(page, expected.list.map((k) => k.name))
  expect(expected.totalCount).toBeGreaterThanOrEqual(11)
})

test('choosing Status "Disabled" alone changes the rows: no Apply', async ({ page, api }) => {
  const disabled = await api.list({ search: 'enabled EQ false' })
  await page.goto('/')
  await expectTotal(page, 37)
  await choose(filters(page), 'Status', 'Disabled')
  await expectTotal(page, disabled.totalCount)
  await expectRowNames(page, disabled.list.map((k) => k.name))
  await expect(page).toHaveURL(/status=disabled/)
  await expect(filters(page).getByLabel('Status')).toHaveText('Disabled')
})

test('a Creation Date range that ends before it starts says so, moves no other field, and is not applied', async ({ page }) => {
  await page.goto('/')
  const bar = filters(page)
  await pickDate(bar, 'Created from', '2025-03-10')
  await expect(page).toHaveURL(/createdFrom=2025-03-10/)
  const fields = [
    bar.getByLabel('Name'),
    ...['Match', 'Status', 'Role', 'Locked', 'Created from', 'Created to'].map((label) => bar.getByLabel(label, { exact: true })),
    ...['Apply', 'Clear', 'Reset'].map((name) => bar.getByRole('button', { name, exact: true })),
  ]
  const boxes = () => Promise.all(fields.map((field) => field.boundingBox()))
  const before = await boxes()
  const error = bar.getByRole('alert')
  await expect(error).toHaveCount(0)

  await pickDate(bar, 'Created to', '2025-03-05', 'keyboard')
  await expect(error).toHaveText('Start date is after end date')
  await expect(bar.getByLabel('Created to', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(bar.getByLabel('Created from', { exact: true })).toHaveAccessibleDescription('Start date is after end date')
  expect(await boxes()).toEqual(before)
  await expect(page).not.toHaveURL(/createdTo/)

  // Corrected, the range applies.
  await pickDate(bar, 'Created to', '2025-03-20')
  await expect(error).toHaveCount(0)
  await expect(page).toHaveURL(/createdTo=2025-03-20/)
})

test('the open calendar is a date grid axe finds nothing wrong with; Shift+Page Down moves a year on', async ({ page }) => {
  await page.goto('/?createdFrom=2025-06-02')
  await filters(page).getByLabel('Created from', { exact: true }).click()
  const calendar = page.getByRole('dialog', { name: 'Choose a date' })
  const chosen = calendar.getByRole('gridcell', { name: 'Monday, June 2nd, 2025, selected' })
  await expect(chosen).toHaveAttribute('aria-selected', 'true')
  await expect(chosen.getByRole('button')).toBeFocused()
  await expect(calendar.getByRole('columnheader', { name: 'Monday' })).toHaveText('Mo')
  await expect(calendar.getByRole('gridcell')).toHaveCount(42)
  await expectNoAxeViolations(page)
  await page.keyboard.press('Shift+PageDown')
  await expect(calendar.getByRole('grid')).toHaveAccessibleName('June 2026')
  await expect(calendar.getByRole('button', { name: 'Tuesday, June 2nd, 2026' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(calendar).toHaveCount(0)
})

test('Name filters as the admin pauses typing; Reset restores the full list', async ({ page, api }) => {
  await page.goto('/')
  const bar = filters(page)
  await bar.getByLabel('Name').pressSequentially('terraform', { delay: 30 })
  const expected = await api.list({ search: 'name LIKE terraform' })
  await expectTotal(page, expected.totalCount)
  await expect(page).toHaveURL(/name=terraform/)
  await bar.getByRole('button', { name: 'Reset' }).click()
  await expectTotal(page, 37)
  await expect(bar.getByLabel('Name')).toHaveValue('')
  await expect(bar.getByRole('button', { name: 'Reset' })).toHaveCount(0)
})

test('Clear and Reset each say what they do', async ({ page }) => {
  await page.goto('/?status=disabled')
  const bar = filters(page)
  await expect(bar.getByRole('button', { name: 'Clear' })).toHaveAccessibleDescription('Empty every field')
  await expect(bar.getByRole('button', { name: 'Reset' })).toHaveAccessibleDescription('Back to the list with no filters')
})

test('a filter with no match says so and offers to clear it', async ({ page }) => {
  await page.goto('/?name=no-such-key-anywhere')
  await expect(page.getByRole('status').filter({ hasText: 'No API keys match the filters' })).toBeVisible()
  await page.getByRole('button', { name: 'Clear Filters' }).click()
  await expectTotal(page, 37)
})

test('Hide Filters and Show Filters toggle the filter bar', async ({ page }) => {
  await page.goto('/')
  await expect(filters(page)).toBeVisible()
  await page.getByRole('button', { name: 'Hide Filters' }).click()
  await expect(filters(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Show Filters' }).click()
  await expect(filters(page)).toBeVisible()
})

test('with the filter bar hidden, the toolbar still says how many filters are applied', async ({ page }) => {
  await page.goto('/?status=disabled&locked=unlocked&nameMatch=endswith')
  await page.getByRole('button', { name: 'Hide Filters' }).click()
  // A Name match with no name narrows nothing: two filters, not three.
  await expect(page.getByRole('toolbar', { name: 'API key actions' }).getByText('2 filters applied')).toBeVisible()
  await page.getByRole('button', { name: 'Show Filters' }).click()
  await expect(page.getByText('2 filters applied')).toHaveCount(0)
  await filters(page).getByRole('button', { name: 'Clear' }).click()
  await page.getByRole('button', { name: 'Hide Filters' }).click()
  await expect(page.getByText(/filters? applied/)).toHaveCount(0)
})
