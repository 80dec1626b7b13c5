import { expect, test } from './fixtures'
import { choose, expectTotal } from './table-helpers'

test.use({ tenantPreset: 'large' })

const drawnRows = (page: import('@playwright/test').Page) => page.locator('tbody tr[aria-rowindex]')
const rowIndexOf = (locator: import('@playwright/test').Locator) => locator.getAttribute('aria-rowindex').then(Number)

test('a 500-row page draws the rows in view, and scrolling to the end shows the page’s last key as row 501', async ({ page, api }) => {
  const expected = await api.list({ pagesize: 500 })
  await page.goto('/?pageSize=500')
  await expectTotal(page, expected.totalCount)
  await expect(drawnRows(page).first()).toContainText(expected.list[0].name)
  expect(await rowIndexOf(drawnRows(page).first())).toBe(2)
  const drawn = await drawnRows(page).count()
  expect(drawn).toBeGreaterThan(10)
  expect(drawn).toBeLessThan(100)

  // The table scrolls inside its card: a click in it, then End, scrolls the table to its end.
  await drawnRows(page).first().locator('td.cell-enabled').click()
  await page.keyboard.press('End')
  await expect(drawnRows(page).last()).toHaveAttribute('aria-rowindex', '501')
  await expect(drawnRows(page).last().locator('td.cell-name')).toHaveText(expected.list[499].name)
  await expect(drawnRows(page).last()).toBeInViewport()
  // Every drawn row is the one the API has at that position.
  for (const row of await drawnRows(page).all()) {
    const index = await rowIndexOf(row)
    await expect(row.locator('td.cell-name')).toHaveText(expected.list[index - 2].name)
  }
})

test('on page 2 of 200, the rows are numbered after page 1 for assistive technology', async ({ page, api }) => {
  const expected = await api.list({ pagesize: 200, page: 2 })
  await page.goto('/?pageSize=200&page=2')
  await expect(drawnRows(page).first().locator('td.cell-name')).toHaveText(expected.list[0].name)
  await expect(drawnRows(page).first()).toHaveAttribute('aria-rowindex', '202')
  await expect(page.locator('table')).toHaveAttribute('aria-rowcount', String(expected.totalCount + 1))
})

test('Tab walks on through a long page past the rows first drawn', async ({ page }) => {
  await page.goto('/?pageSize=500')
  const firstDrawn = drawnRows(page)
  await expect(firstDrawn.first()).toBeVisible()
  const lastDrawnAtStart = await rowIndexOf(firstDrawn.last())

  await firstDrawn.first().getByRole('button').first().focus()
  let focusedRow = 2
  for (let press = 0; press < 300 && focusedRow <= lastDrawnAtStart + 5; press++) {
    await page.keyboard.press('Tab')
    focusedRow = await page.evaluate(() => Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? -1))
    expect(focusedRow, 'focus stays in the table rows').toBeGreaterThan(1)
  }
  expect(focusedRow).toBeGreaterThan(lastDrawnAtStart + 5)
  await expect(page.locator(':focus')).toBeInViewport()
})

test('a rows-per-page change and a header click each send one list request, for the view they show', async ({ page, api }) => {
  await page.goto('/')
  await expectTotal(page, (await api.list()).totalCount)
  const sent: URLSearchParams[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (request.method() === 'GET' && url.pathname.endsWith('/apiKeys')) sent.push(url.searchParams)
  })

  await choose(page, 'Rows per page', '200')
  await expect(page.locator('tbody')).toHaveAttribute('data-row-count', '200')
  await page.locator('thead').getByRole('button', { name: 'Name', exact: true }).click()
  const ascending = await api.list({ pagesize: 200, sortBy: 'name', sortOrder: 'ASC' })
  await expect(drawnRows(page).first().locator('td.cell-name')).toHaveText(ascending.list[0].name)
  await page.waitForLoadState('networkidle')

  expect(sent.map((params) => [params.get('pagesize'), params.get('sortBy'), params.get('sortOrder')])).toEqual([
    ['200', null, null],
    ['200', 'name', 'ASC'],
  ])
})
