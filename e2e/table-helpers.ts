import { expect, type Locator, type Page } from '@playwright/test'

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

const pageOf = (scope: Page | Locator): Page => ('goto' in scope ? scope : scope.page())

/**
 * Chooses `option` in the Select labelled `label` (inside `scope`), as an admin does: opens its list with a
 * click, clicks the option, and waits for the list to close.
 */
export async function choose(scope: Page | Locator, label: string, option: string) {
  const listbox = pageOf(scope).getByRole('listbox')
  await scope.getByLabel(label).click()
  await listbox.getByRole('option', { name: option, exact: true }).click()
  await expect(listbox).toHaveCount(0)
}

/** Expects the Select labelled `label` to offer exactly `options`, read from its open list (closed again with Esc). */
export async function expectOptions(scope: Page | Locator, label: string, options: string[]) {
  const page = pageOf(scope)
  await scope.getByLabel(label).click()
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText(options)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('listbox')).toHaveCount(0)
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const dayNumber = (day: string) => {
  const [y, m, d] = day.split('-').map(Number)
  return Date.UTC(y, m - 1, d) / 86_400_000
}

/**
 * Picks `day` (yyyy-mm-dd) in the date picker labelled `label` through its calendar, with the mouse (the month
 * arrows, then the day) or the keyboard (Enter opens, Page Up/Down move by month, arrows by day, Enter chooses).
 */
export async function pickDate(scope: Page | Locator, label: string, day: string, using: 'mouse' | 'keyboard' = 'mouse') {
  const page = pageOf(scope)
  const trigger = scope.getByLabel(label, { exact: true })
  const calendar = page.getByRole('dialog', { name: 'Choose a date' })
  const [year, month, date] = day.split('-').map(Number)
  if (using === 'mouse') {
    await trigger.click()
    const grid = calendar.getByRole('grid')
    const wanted = `${MONTHS[month - 1]} ${year}`
    for (let step = 0; step < 240; step++) {
      const shown = await grid.getAttribute('aria-label')
      if (shown === wanted) break
      const [shownMonth, shownYear] = shown!.split(' ')
      const later = Number(shownYear) * 12 + MONTHS.indexOf(shownMonth) < year * 12 + month - 1
      await calendar.getByRole('button', { name: later ? 'Go to the Next Month' : 'Go to the Previous Month' }).click()
      await expect(grid).not.toHaveAttribute('aria-label', shown!)
    }
    await grid.getByRole('button', { name: new RegExp(`${MONTHS[month - 1]} ${date}(st|nd|rd|th), ${year}`) }).click()
  } else {
    await trigger.focus()
    await page.keyboard.press('Enter')
    // The day that has focus, as the calendar shows it.
    const focused = async () => {
      await expect(calendar.locator('[data-day]:focus-within')).toHaveCount(1)
      return (await calendar.locator('[data-day]:focus-within').getAttribute('data-day'))!
    }
    const [fromYear, fromMonth] = (await focused()).split('-').map(Number)
    const months = (year - fromYear) * 12 + (month - fromMonth)
    for (let i = 0; i < Math.abs(months); i++) await page.keyboard.press(months > 0 ? 'PageDown' : 'PageUp')
    await expect(calendar.locator('[data-day]:focus-within')).toHaveAttribute('data-day', new RegExp(`^${day.slice(0, 7)}`))
    const days = dayNumber(day) - dayNumber(await focused())
    for (let i = 0; i < Math.floor(Math.abs(days) / 7); i++) await page.keyboard.press(days > 0 ? 'ArrowDown' : 'ArrowUp')
    for (let i = 0; i < Math.abs(days) % 7; i++) await page.keyboard.press(days > 0 ? 'ArrowRight' : 'ArrowLeft')
    await expect(calendar.locator('[data-day]:focus-within')).toHaveAttribute('data-day', day)
    await page.keyboard.press('Enter')
  }
  await expect(calendar).toHaveCount(0)
  await expect(trigger).toBeFocused()
}
