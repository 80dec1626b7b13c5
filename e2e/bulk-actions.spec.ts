/**
 * Selection and bulk actions (issue #17, points 2-4): the checkboxes, the bar, its one confirmation, the progress and
 * the result of each key, on the Private Access and Client Connector pages, against the mock's own endpoints.
 */
import type { Page } from '@playwright/test'
import { zccApiKeyPage } from '../src/contract/zcc-api-key'
import { keyRow } from './api-key-dialogs'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { choose, expectRowNames, filters } from './table-helpers'

const bar = (page: Page) => page.getByRole('region', { name: 'Selected API keys' })
const select = (page: Page, name: string) => page.getByRole('checkbox', { name: `Select ${name}`, exact: true })
const selectPage = (page: Page) => page.getByRole('checkbox', { name: 'Select all rows on this page' })
const results = (page: Page) => page.getByRole('dialog').getByRole('list', { name: 'What happened to each API key' }).getByRole('listitem')

/** Counts the page's requests of `method` to a key's path, by key id. */
function countRequests(page: Page, method: string) {
  const counts = new Map<string, number>()
  page.on('request', (request) => {
    const id = /\/apiKeys\/(\d+)(\?|$)/.exec(request.url())?.[1]
    if (request.method() === method && id) counts.set(id, (counts.get(id) ?? 0) + 1)
  })
  return counts
}

test('two keys selected and disabled: one confirmation names them, the rows say Disabled, the result says 2 disabled', async ({ page, api }) => {
  const [first, second] = (await api.list()).list.filter((key) => key.enabled && !key.readOnly)
  const puts = countRequests(page, 'PUT')
  await page.goto('/')
  await select(page, first.name).check()
  await select(page, second.name).check()
  await expect(bar(page).getByRole('status')).toHaveText('2 selected')
  await expect(bar(page).getByRole('button')).toHaveText(['Enable', 'Disable', 'Unlock', 'Delete', 'Clear Selection'])
  await expect(selectPage(page)).toHaveJSProperty('indeterminate', true)
  await expectNoAxeViolations(page)

  await bar(page).getByRole('button', { name: 'Disable' }).click()
  const confirmation = page.getByRole('dialog', { name: 'Disable 2 API keys?' })
  await expect(confirmation.getByRole('list', { name: 'API keys to disable' }).getByRole('listitem')).toHaveText([first.name, second.name])
  await expectNoAxeViolations(page)
  // A double click sends each key's PUT once.
  await confirmation.getByRole('button', { name: 'Disable' }).dblclick()

  const result = page.getByRole('dialog', { name: '2 API keys disabled' })
  await expect(result).toBeVisible()
  await expect(results(page)).toHaveText([`${first.name}Disabled`, `${second.name}Disabled`])
  await expectNoAxeViolations(page)
  expect(Object.fromEntries(puts)).toEqual({ [first.id]: 1, [second.id]: 1 })
  await result.getByRole('button', { name: 'Close' }).click()
  await expect(keyRow(page, first.name).locator('td.cell-enabled')).toHaveText('Disabled')
  await expect(keyRow(page, second.name).locator('td.cell-enabled')).toHaveText('Disabled')
  const listed = (await api.list()).list
  expect(listed.filter((key) => key.id === first.id || key.id === second.id).map((key) => key.enabled)).toEqual([false, false])
})

test('all of a page with read-only keys deleted: the read-only keys are kept, and reported as skipped by name', async ({ page, api }) => {
  const secondPage = (await api.list({ page: 2 })).list
  const readOnly = secondPage.filter((key) => key.readOnly).map((key) => key.name)
  expect(readOnly).toEqual(['zidentity-provisioning', 'zidentity-scim'])
  const deletable = secondPage.filter((key) => !key.readOnly)
  // One key's DELETE is held for a while: the progress stays on screen long enough to be checked.
  await api.injectFault({ method: 'DELETE', path: `/mgmtconfig/v1/admin/customers/${api.customerId}/apiKeys/${deletable[0].id}`, delayMs: 4000 })
  await page.goto('/?page=2')
  await expect(page.locator('tbody')).toHaveAttribute('data-row-count', String(secondPage.length))
  await selectPage(page).check()
  await expect(bar(page).getByRole('status')).toHaveText(`${secondPage.length} selected`)

  await bar(page).getByRole('button', { name: 'Delete' }).click()
  const confirmation = page.getByRole('dialog', { name: `Delete ${deletable.length} API keys?` })
  await expect(confirmation.getByRole('list', { name: 'API keys to delete' }).getByRole('listitem')).toHaveCount(deletable.length)
  await expect(confirmation.getByRole('list', { name: 'API keys skipped' }).getByRole('listitem')).toHaveText(readOnly.map((name) => `${name}Managed in ZIdentity`))
  await confirmation.getByRole('button', { name: 'Delete' }).click()

  const progress = page.getByRole('dialog', { name: 'Deleting API keys' }).getByRole('progressbar')
  await expect(progress).toHaveAccessibleName(`Deleting ${deletable.length - 1} of ${deletable.length}…`)
  await expectNoAxeViolations(page)
  const result = page.getByRole('dialog', { name: `${deletable.length} API keys deleted, 2 skipped` })
  await expect(result).toBeVisible({ timeout: 10_000 })
  await expect(results(page).filter({ hasText: 'zidentity' })).toHaveText(readOnly.map((name) => `${name}Skipped: Managed in ZIdentity`))
  await result.getByRole('button', { name: 'Close' }).click()

  // Still listed, and still selected; the deleted keys left the selection.
  await expectRowNames(page, readOnly)
  await expect(bar(page).getByRole('status')).toHaveText('2 selected')
  expect((await api.list({ pagesize: 500 })).list.filter((key) => key.readOnly).map((key) => key.name)).toEqual(readOnly)
  expect((await api.list()).totalCount).toBe(37 - deletable.length)
})

test('a key that fails to delete is listed with its reason; Retry sends just it, once the fault is gone', async ({ page, api }) => {
  const [kept, failing] = (await api.list()).list.filter((key) => !key.readOnly)
  const deletes = countRequests(page, 'DELETE')
  const injected = await page.request.post('/__mock/faults', {
    data: { method: 'DELETE', path: `/mgmtconfig/v1/admin/customers/${api.customerId}/apiKeys/${failing.id}`, status: 500 },
  })
  expect(injected.status()).toBe(201)
  await page.goto('/')
  await select(page, kept.name).check()
  await select(page, failing.name).check()
  await bar(page).getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('dialog', { name: 'Delete 2 API keys?' }).getByRole('button', { name: 'Delete' }).click()

  const result = page.getByRole('dialog', { name: '1 API key deleted, 1 failed' })
  await expect(results(page)).toHaveText([`${kept.name}Deleted`, `${failing.name}Failed: The server could not do it right now (500: The request failed (injected fault)). Try again.`])
  await expectNoAxeViolations(page)

  const { id } = (await injected.json()) as { id: string }
  expect((await page.request.delete(`/__mock/faults/${id}`)).status()).toBe(204)
  await result.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('dialog', { name: '2 API keys deleted' })).toBeVisible()
  await expect(results(page)).toHaveText([`${kept.name}Deleted`, `${failing.name}Deleted`])
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Retry' })).toHaveCount(0)
  expect(Object.fromEntries(deletes)).toEqual({ [kept.id]: 1, [failing.id]: 2 })
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
  await expect(bar(page)).toHaveCount(0)
  // The bar went with its keys: focus is on the table, not lost to the page.
  await expect(page.getByRole('table')).toBeFocused()
  await expect(keyRow(page, failing.name)).toHaveCount(0)
  await expect(keyRow(page, kept.name)).toHaveCount(0)
})

test('a selected key deleted from its row is "Already deleted" in a later bulk Delete, and leaves the selection with the others', async ({ page, api }) => {
  const [gone, other] = (await api.list()).list.filter((key) => !key.readOnly)
  await page.goto('/')
  await select(page, gone.name).check()
  await select(page, other.name).check()
  await keyRow(page, gone.name).getByRole('button', { name: 'Delete', exact: true }).click()
  await page.getByRole('dialog', { name: 'Delete API Key' }).getByRole('button', { name: 'Delete' }).click()
  await expect(keyRow(page, gone.name)).toHaveCount(0)

  await bar(page).getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('dialog', { name: 'Delete 2 API keys?' }).getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('dialog', { name: '2 API keys deleted' })).toBeVisible()
  await expect(results(page)).toHaveText([`${gone.name}Already deleted`, `${other.name}Deleted`])
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
  await expect(bar(page)).toHaveCount(0)
})

test('the selection survives going to page 2 and back, and a filter change clears it', async ({ page, api }) => {
  const [onFirst] = (await api.list()).list
  const [onSecond] = (await api.list({ page: 2 })).list
  await page.goto('/')
  await select(page, onFirst.name).check()
  await page.getByRole('button', { name: 'Next page' }).click()
  await select(page, onSecond.name).check()
  await expect(bar(page).getByRole('status')).toHaveText('2 selected')
  await page.getByRole('button', { name: 'Previous page' }).click()
  await expect(select(page, onFirst.name)).toBeChecked()
  await expect(bar(page).getByRole('status')).toHaveText('2 selected')
  // Another sort, and more rows a page, keep it too: both keys on one page of 50.
  await page.getByRole('columnheader', { name: 'Creation Date' }).getByRole('button').click()
  await expect(page.getByRole('columnheader', { name: 'Creation Date' })).toHaveAttribute('aria-sort', 'ascending')
  await choose(page, 'Rows per page', '50')
  await expect(select(page, onFirst.name)).toBeChecked()
  await expect(select(page, onSecond.name)).toBeChecked()
  await expect(bar(page).getByRole('status')).toHaveText('2 selected')

  await filters(page).getByLabel('Name').fill(onFirst.name)
  await filters(page).getByRole('button', { name: 'Apply' }).click()
  await expectRowNames(page, [onFirst.name])
  await expect(bar(page)).toHaveCount(0)
  await expect(select(page, onFirst.name)).not.toBeChecked()

  // Another microtenant's keys start with none selected too.
  await select(page, onFirst.name).check()
  await expect(bar(page).getByRole('status')).toHaveText('1 selected')
  await choose(page, 'Microtenant', 'Engineering')
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0)
  await expect(bar(page)).toHaveCount(0)
})

test.describe('Client Connector', () => {
  test('two keys selected and deleted; its keys do not lock, so there is no Unlock', async ({ page, tenant }) => {
    const listZcc = async () => {
      const response = await page.request.get(`/zcc/v1/admin/customers/${tenant.customerId}/apiKeys?pagesize=500`)
      return zccApiKeyPage.parse(await response.json()).list
    }
    const [first, second] = await listZcc()
    await page.goto('/legacy-api/client-connector')
    await select(page, first.name).check()
    await select(page, second.name).check()
    await expect(bar(page).getByRole('button')).toHaveText(['Enable', 'Disable', 'Delete', 'Clear Selection'])
    await expectNoAxeViolations(page)
    await bar(page).getByRole('button', { name: 'Delete' }).click()
    const confirmation = page.getByRole('dialog', { name: 'Delete 2 API keys?' })
    await expect(confirmation.getByRole('list', { name: 'API keys to delete' }).getByRole('listitem')).toHaveText([first.name, second.name])
    await confirmation.getByRole('button', { name: 'Delete' }).click()
    await expect(page.getByRole('dialog', { name: '2 API keys deleted' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
    await expect(keyRow(page, first.name)).toHaveCount(0)
    await expect(keyRow(page, second.name)).toHaveCount(0)
    expect((await listZcc()).map((key) => key.id)).not.toContain(first.id)
  })
})

test.describe('500 keys', () => {
  test.use({ tenantPreset: 'large' })

  test('deleting a page of 500 shows its progress and asks for the list once, at the end', async ({ page, api }) => {
    test.slow()
    expect((await api.list()).totalCount).toBeGreaterThanOrEqual(500)
    await page.goto('/?pageSize=500')
    await expect(page.locator('tbody')).toHaveAttribute('data-row-count', '500')
    await selectPage(page).check()
    await expect(bar(page).getByRole('status')).toHaveText('500 selected')
    await bar(page).getByRole('button', { name: 'Delete' }).click()
    await expect(page.getByRole('dialog', { name: 'Delete 500 API keys?' }).getByRole('list', { name: 'API keys to delete' }).getByRole('listitem')).toHaveCount(500)

    const lists: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'GET' && /\/apiKeys\?/.test(request.url())) lists.push(request.url())
    })
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
    await expect(page.getByRole('dialog', { name: 'Deleting API keys' }).getByRole('progressbar')).toHaveAccessibleName(/^Deleting [1-9]\d* of 500…$/)
    expect(lists).toEqual([])
    await expect(page.getByRole('dialog', { name: '500 API keys deleted' })).toBeVisible({ timeout: 60_000 })
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
    await expect(bar(page)).toHaveCount(0)
    await expect.poll(() => lists.length).toBe(1)
  })
})
