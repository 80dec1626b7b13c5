/**
 * The console's layout at the sizes admins and demos use: 1280 × 800, 1024 × 768, a phone (390 × 844) and a
 * 200 % zoom (640 × 400 CSS pixels at device scale 2). Boxes and clipping are measured, never pixel values.
 */
import type { Locator, Page } from '@playwright/test'
import { addKey, secretDialog } from './api-key-dialogs'
import { expect, test } from './fixtures'
import { choose, expectTotal, filters } from './table-helpers'

const drawnRows = (page: Page) => page.locator('tbody tr[aria-rowindex]')
const scrollBox = (page: Page) => page.locator('.table-scroll')
/** A column's header (its accessible name also holds its resize handle's). */
const columnHeader = (page: Page, label: string) => page.getByRole('columnheader', { name: label })
const box = async (locator: Locator) => (await locator.boundingBox())!

/** Whether the element's content is wider than the element (cut off, or spilling out). */
const isClipped = (locator: Locator) => locator.evaluate((element) => element.scrollWidth > element.clientWidth)

test.describe('at 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('Name, Status with its Locked mark, Creation Date and Role are not clipped; row actions line up', async ({ page, api }) => {
    const expected = await api.list()
    await page.goto('/')
    await expect(drawnRows(page)).toHaveCount(expected.list.length)
    // Widths follow the content, without a sideways scroll at this size.
    expect(await scrollBox(page).evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)

    for (const row of await drawnRows(page).all()) {
      for (const text of [
        row.locator('td.cell-name .cell-text'),
        row.locator('td.cell-enabled .status-cell'),
        row.locator('td.cell-creationTime .cell-text'),
        row.locator('td.cell-roleId .cell-text'),
      ])
        expect(await isClipped(text), `${await text.textContent()} is clipped`).toBe(false)
    }

    // The Locked mark sits inside its cell (it used to spill into the next one).
    const lockedRows = drawnRows(page).filter({ has: page.getByText('Locked', { exact: true }) })
    await expect(lockedRows.first()).toBeVisible()
    for (const row of await lockedRows.all()) {
      const cell = await box(row.locator('td.cell-enabled'))
      const mark = await box(row.getByText('Locked', { exact: true }))
      expect(mark.x).toBeGreaterThanOrEqual(cell.x)
      expect(mark.x + mark.width).toBeLessThanOrEqual(cell.x + cell.width)
    }

    // Copy, Edit and Delete stand at the same x on every row, with or without an Unlock button.
    expect(await drawnRows(page).getByRole('button', { name: 'Unlock' }).count()).toBeGreaterThan(0)
    for (const action of ['Copy Client ID', 'Edit', 'Delete']) {
      const buttons = drawnRows(page).getByRole('button', { name: action, exact: true })
      const xs = new Set(await buttons.evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().x))))
      expect(xs.size, `${action} at one x`).toBe(1)
    }
  })

  for (const [product, path, preferencePage] of [
    ['Private Access', '/', 'zpa-api-keys'],
    ['Client Connector', '/legacy-api/client-connector', 'zcc-api-keys'],
    ['Digital Experience', '/legacy-api/digital-experience', 'zdx-api-keys'],
  ] as const)
    test(`${product}: with Last Used shown or not, the table fits its card: every row action inside it, Last Used not clipped`, async ({ page, api }) => {
      for (const lastUsedTime of [false, true]) {
        await api.savePreferences({ savedFilters: [], tableSettings: { columnVisibility: { lastUsedTime }, columnOrder: [], columnSizing: {} } }, '0', preferencePage)
        await page.goto(path)
        await expect(drawnRows(page).first()).toBeVisible()
        await expect(columnHeader(page, 'Last Used')).toHaveCount(lastUsedTime ? 1 : 0)
        expect(await scrollBox(page).evaluate((element) => element.scrollWidth <= element.clientWidth), `Last Used ${lastUsedTime ? 'shown' : 'hidden'}: no sideways scroll`).toBe(true)
        const card = await box(page.getByRole('region', { name: 'API keys' }))
        for (const action of await drawnRows(page).locator('td.cell-actions').getByRole('button').all()) {
          const { x, width } = await box(action)
          expect(x + width, `${await action.getAttribute('aria-label')} inside the card`).toBeLessThanOrEqual(card.x + card.width)
        }
        if (lastUsedTime) for (const text of await drawnRows(page).locator('td.cell-lastUsedTime > span').all()) expect(await isClipped(text)).toBe(false)
      }
    })

  test('the long Session Validity header keeps its full name and takes at most two lines', async ({ page }) => {
    await page.goto('/')
    const header = columnHeader(page, 'Session Validity Interval (In Seconds)')
    await expect(header).toHaveText('Session Validity Interval (In Seconds)')
    await expect(header.getByRole('button', { name: 'Session Validity Interval (In Seconds)', exact: true })).toBeVisible()
    const lines = await header.locator('.th-label').evaluate((label) => label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight))
    expect(lines).toBeLessThanOrEqual(2.1)
    // Every header row cell is as tall as the others: none wraps onto more lines.
    const heights = await page.getByRole('columnheader').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().height)))
    expect(new Set(heights).size).toBe(1)
  })

  test('the list shows the server’s default order on its header: Name ascending', async ({ page }) => {
    await page.goto('/')
    await expect(columnHeader(page, 'Name')).toHaveAttribute('aria-sort', 'ascending')
    for (const other of ['Client ID', 'Status', 'Creation Date', 'Role'])
      await expect(columnHeader(page, other)).toHaveAttribute('aria-sort', 'none')
    await expect(columnHeader(page, 'Name').locator('.sort-icon')).toHaveAttribute('data-sort', 'asc')
    // Another sort moves the arrow.
    await columnHeader(page, 'Role').getByRole('button').click()
    await expect(columnHeader(page, 'Role')).toHaveAttribute('aria-sort', 'ascending')
    await expect(columnHeader(page, 'Name')).toHaveAttribute('aria-sort', 'none')
  })

  test('the console navigation, the breadcrumb links and the icon Menu button', async ({ page }) => {
    await page.goto('/')
    const navigation = page.getByRole('navigation', { name: 'Console' })
    await expect(navigation).toBeVisible()
    // The Legacy API pages, in the console's order (SPEC §4), then Audit Logs on its own, under Administration.
    await expect(navigation.getByRole('link')).toHaveText(['Private Access API', 'Client Connector API', 'Digital Experience API', 'Audit Logs'])
    await expect(navigation.getByRole('list').getByRole('link')).toHaveText(['Private Access API', 'Client Connector API', 'Digital Experience API'])
    await expect(navigation.getByRole('link', { name: 'Private Access API' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('button', { name: 'Navigation' })).toBeHidden()

    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(breadcrumb.getByRole('link')).toHaveText(['Administration', 'API Configuration', 'Legacy API'])
    await expect(breadcrumb.getByText('Private Access API')).toHaveAttribute('aria-current', 'page')
    // Each link leads to a page of the console, not to a 404.
    for (const href of await breadcrumb.getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))) {
      const response = await page.request.get(href)
      expect(response.status(), href).toBe(200)
      expect(await response.text()).toContain('API Keys')
    }
    await breadcrumb.getByRole('link', { name: 'Legacy API' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'API Keys' })).toBeVisible()

    const menu = page.getByRole('button', { name: 'Menu', exact: true })
    await expect(menu).toHaveText('')
    await expect(menu.locator('svg')).toBeVisible()
    await menu.click()
    await expect(page.getByRole('menuitem', { name: 'Copy Customer ID' })).toBeVisible()
  })

  test('the toolbar does not move when a saved filter is picked and then changed', async ({ page, api }) => {
    await api.savePreferences({
      savedFilters: [{ id: 'enabled-keys', name: 'Enabled keys', filters: { status: 'enabled' } }],
      tableSettings: { columnVisibility: {}, columnOrder: [], columnSizing: {} },
    })
    const enabled = await api.list({ search: 'enabled EQ true' })
    const enabledLocked = await api.list({ search: 'enabled EQ true AND isLocked EQ true' })
    await page.goto('/')
    const toolbar = page.getByRole('toolbar', { name: 'API key actions' })
    const controls = [
      toolbar.getByRole('button', { name: 'Refresh' }),
      toolbar.getByRole('button', { name: 'Table Settings' }),
      toolbar.getByRole('button', { name: 'Menu', exact: true }),
      toolbar.getByRole('button', { name: 'Add API Key' }),
      toolbar.getByRole('button', { name: 'Hide Filters' }),
    ]
    // The Menu's own code has loaded (it replaces a stand-in once the rows are there).
    await page.getByRole('button', { name: 'Menu', exact: true }).click()
    await page.keyboard.press('Escape')
    const boxesBefore = await Promise.all(controls.map(box))

    await choose(page, 'Saved Filter', 'Enabled keys')
    await expectTotal(page, enabled.totalCount)
    expect(await Promise.all(controls.map(box))).toEqual(boxesBefore)

    await choose(filters(page), 'Locked', 'Locked')
    await expectTotal(page, enabledLocked.totalCount)
    await expect(page.getByText('Unsaved changes')).toBeVisible()
    expect(await Promise.all(controls.map(box))).toEqual(boxesBefore)
  })

  test('a clipped client ID shows whole in a hint the table’s box does not cut off', async ({ page }) => {
    await page.goto('/')
    const clientId = drawnRows(page).last().locator('td.cell-clientId .cell-text')
    await expect(clientId).toHaveAttribute('tabindex', '0')
    await clientId.hover()
    const hint = await clientId.evaluate((element) => {
      const style = getComputedStyle(element, '::after')
      return { content: style.content, position: style.position, top: style.top, bottom: style.bottom }
    })
    expect(hint.content).toBe(JSON.stringify(await clientId.textContent()))
    // Fixed to the viewport: outside the scroll box's clipping, and placed within the window.
    expect(hint.position).toBe('fixed')
    const edge = parseFloat(hint.top === 'auto' ? hint.bottom : hint.top)
    expect(edge).toBeGreaterThan(0)
    expect(edge).toBeLessThan(800)
  })
})

test.describe('at 1024 × 768', () => {
  test.use({ viewport: { width: 1024, height: 768 } })

  test('every row’s actions are reached by scrolling the table, not the page; Name stays in place', async ({ page, api }) => {
    await page.goto('/')
    await expect(drawnRows(page)).toHaveCount((await api.list()).list.length)
    const nameCell = drawnRows(page).first().locator('td.cell-name')
    const nameBefore = await box(nameCell)
    const frame = page.locator('.table-frame')
    await expect(frame).toHaveAttribute('data-more-end', '')

    await scrollBox(page).hover()
    await page.mouse.wheel(2000, 0)
    await expect(frame).not.toHaveAttribute('data-more-end', '')
    await expect(frame).toHaveAttribute('data-more-start', '')
    expect(await page.evaluate(() => window.scrollX)).toBe(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)

    const viewport = page.viewportSize()!
    const container = await box(scrollBox(page))
    for (const button of await drawnRows(page).getByRole('button', { name: 'Delete', exact: true }).all()) {
      await button.scrollIntoViewIfNeeded()
      const deleteBox = await box(button)
      expect(deleteBox.x + deleteBox.width).toBeLessThanOrEqual(Math.min(viewport.width, container.x + container.width))
    }
    // The sticky first column stayed where it was, in front of the scrolled cells.
    expect((await box(nameCell)).x).toBeCloseTo(nameBefore.x, 0)
    expect(await page.evaluate(() => window.scrollX)).toBe(0)
  })
})

test.describe('at 1024 × 768, a long list', () => {
  test.use({ viewport: { width: 1024, height: 768 }, tenantPreset: 'large' })

  test('the column headers stay at the top of the table while a long page scrolls', async ({ page }) => {
    await page.goto('/?pageSize=100')
    await expect(page.locator('tbody')).toHaveAttribute('data-row-count', '100')
    const header = columnHeader(page, 'Name')
    const container = await box(scrollBox(page))
    await scrollBox(page).hover()
    await page.mouse.wheel(0, 1500)
    await expect.poll(() => scrollBox(page).evaluate((element) => element.scrollTop)).toBeGreaterThan(500)
    const headerBox = await box(header)
    expect(Math.abs(headerBox.y - container.y)).toBeLessThan(2)
    await expect(header).toBeInViewport()
    // The rows in view are drawn (the windowing follows the table's own scroll): the row under the header.
    const rowUnderHeader = () =>
      page.evaluate(() => {
        // The header cells stick, not the thead element itself.
        const head = document.querySelector('thead th')!.getBoundingClientRect()
        return Number(document.elementFromPoint(head.left + 20, head.bottom + 5)?.closest('tr')?.getAttribute('aria-rowindex') ?? 0)
      })
    await expect.poll(rowUnderHeader).toBeGreaterThan(10)
  })
})

test.describe('on a phone, 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('three keys or more on the first screen, filters folded, navigation behind its button, no sideways page', async ({ page }) => {
    await page.goto('/')
    await expect(drawnRows(page).first()).toBeVisible()
    const bottoms = await drawnRows(page).evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().bottom))
    expect(bottoms.filter((bottom) => bottom <= 844).length).toBeGreaterThanOrEqual(3)

    await expect(page.getByRole('form', { name: 'Filters' })).toBeHidden()
    const toggle = page.getByRole('button', { name: 'Show Filters' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await toggle.click()
    await expect(filters(page)).toBeVisible()
    await page.getByRole('button', { name: 'Hide Filters' }).click()
    await expect(page.getByRole('form', { name: 'Filters' })).toBeHidden()

    // The table scrolls inside itself, and says so with a shadow at the edge that has more.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await expect(page.locator('.table-frame')).toHaveAttribute('data-more-end', '')

    await expect(page.getByRole('navigation', { name: 'Console' })).toBeHidden()
    const opener = page.getByRole('button', { name: 'Navigation' })
    await expect(opener).toHaveAttribute('aria-expanded', 'false')
    await opener.click()
    const navigation = page.getByRole('navigation', { name: 'Console' })
    await expect(navigation).toBeVisible()
    await expect(navigation.getByRole('link', { name: 'Private Access API' })).toHaveAttribute('aria-current', 'page')
    await opener.click()
    await expect(navigation).toBeHidden()
  })

  test('a control Tab reaches in the table scrolls clear of the sticky Name column, Last Used’s time included', async ({ page, api, context }) => {
    const created = await context.request.post(`${api.base}/apiKeys`, { data: { name: 'tab-probe', tokenExpiryTimeInSec: '3600', roleId: (await api.roles())[0].id } })
    expect(created.status(), await created.text()).toBe(201)
    const key = (await created.json()) as { clientId: string; clientSecret: string }
    expect((await context.request.post('/signin', { form: { client_id: key.clientId, client_secret: key.clientSecret } })).status()).toBe(200)
    await api.savePreferences({ savedFilters: [], tableSettings: { columnVisibility: { lastUsedTime: true }, columnOrder: [], columnSizing: {} } })
    await page.goto('/?name=tab-probe')
    await expect(drawnRows(page)).toHaveCount(1)

    await page.locator('table.data-table').focus()
    const reached: string[] = []
    for (let stop = 0; stop < 40; stop++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const element = document.activeElement!
        const cell = element.closest('th, td')
        if (!cell || !element.closest('table.data-table')) return null
        const first = cell.parentElement!.firstElementChild!
        return { name: element.getAttribute('aria-label') ?? element.textContent ?? '', cell: cell.className, first: cell === first, left: element.getBoundingClientRect().left, stickyRight: first.getBoundingClientRect().right }
      })
      if (!focused) break
      if (focused.first) continue
      reached.push(focused.cell)
      expect(focused.left, `${focused.name} in ${focused.cell}`).toBeGreaterThanOrEqual(focused.stickyRight - 1)
    }
    expect(reached).toContain('cell-lastUsedTime')
  })

  test('the new key’s secret is readable: its fields take the dialog’s width, inside the screen', async ({ page }) => {
    await page.goto('/')
    await addKey(page, { name: 'phone-made' })
    const dialog = secretDialog(page)
    for (const label of ['Client ID', 'Client Secret']) {
      const field = await box(dialog.getByLabel(label))
      expect(field.x).toBeGreaterThanOrEqual(0)
      expect(field.x + field.width).toBeLessThanOrEqual(390)
      expect(field.width).toBeGreaterThan(250)
    }
  })
})

test.describe('at 200 % zoom (640 × 400 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })

  test('three keys or more on the first screen', async ({ page }) => {
    await page.goto('/')
    await expect(drawnRows(page).first()).toBeVisible()
    const bottoms = await drawnRows(page).evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().bottom))
    expect(bottoms.filter((bottom) => bottom <= 400).length).toBeGreaterThanOrEqual(3)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  })
})
