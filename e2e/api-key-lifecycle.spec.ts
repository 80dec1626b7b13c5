import { readFile } from 'node:fs/promises'
import * as z from 'zod/mini'
import { apiKey } from '../src/contract/api-key'
import { addDialog, addKey, closeConfirmation, editDialog, fillKeyForm, formValues, keyRow, secretDialog } from './api-key-dialogs'
import { expect, test } from './fixtures'
import { choose, readClipboard } from './table-helpers'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test.describe('adding a key and its one-time secret', () => {
  test('the vendor steps create a key; the 32-character secret copies; the new row shows the key and no secret', async ({ page, api }) => {
    const roles = await api.roles()
    await page.goto('/')
    await page.getByRole('button', { name: 'Add API Key' }).click()
    const dialog = addDialog(page)
    await dialog.getByLabel('Name').fill('aa-vendor-steps')
    await expect(dialog.getByLabel('Status')).toHaveText('Enabled') // by default
    await choose(dialog, 'Status', 'Disabled')
    await expect(dialog.getByLabel('Session Validity Interval (In Seconds)')).toHaveValue('3600')
    await dialog.getByLabel('Session Validity Interval (In Seconds)').fill('1800')
    await dialog.getByLabel('Role').click()
    await expect(page.getByRole('option').first()).toHaveText('API Full Access')
    await expect(page.getByRole('option')).toHaveCount(roles.length)
    await page.getByRole('option', { name: 'Policy-only Access', exact: true }).click()
    await dialog.getByRole('button', { name: 'Save' }).click()

    const secret = secretDialog(page)
    await expect(secret).toBeVisible()
    await expect(page.getByText('API key aa-vendor-steps created')).toBeVisible()
    await expect(secret).toContainText('will not be shown again')
    const clientSecret = await secret.getByLabel('Client Secret').inputValue()
    const clientId = await secret.getByLabel('Client ID').inputValue()
    expect(clientSecret).toHaveLength(32)
    await secret.getByRole('button', { name: 'Copy Client Secret' }).click()
    await expect(page.getByText('Client Secret copied to the clipboard')).toBeVisible()
    expect(await readClipboard(page)).toBe(clientSecret)
    await secret.getByRole('button', { name: 'Copy Client ID' }).click()
    expect(await readClipboard(page)).toBe(clientId)
    await secret.getByRole('button', { name: 'Close' }).click()
    await expect(secret).toBeHidden()
    // Focus goes to the new key's row, which is highlighted and says it is new.
    await expect(keyRow(page, 'aa-vendor-steps').getByRole('cell', { name: 'aa-vendor-steps', exact: true })).toBeFocused()
    await expect(keyRow(page, 'aa-vendor-steps')).toHaveAccessibleDescription(/New/)

    // The list refreshed on its own: no reload, no Refresh.
    const row = keyRow(page, 'aa-vendor-steps')
    await expect(row.getByRole('cell')).toHaveText(['', 'aa-vendor-steps', clientId, 'Disabled', '1800', /\d{4}/, 'Policy-only Access', ''])
    await expect(page.locator('body')).not.toContainText(clientSecret)

    const created = (await api.list({ search: 'name EQ aa-vendor-steps' })).list
    expect(created).toMatchObject([{ name: 'aa-vendor-steps', clientId, enabled: false, tokenExpiryTimeInSec: '1800' }])
    expect(roles.find((r) => r.id === created[0].roleId)?.name).toBe('Policy-only Access')
  })

  test('after the dialog closes, and after a reload, the secret is nowhere: page, API, storage, URL, console', async ({ page, context, api }) => {
    const consoleMessages: string[] = []
    page.on('console', (message) => consoleMessages.push(message.text()))
    page.on('pageerror', (error) => consoleMessages.push(error.message))
    await page.goto('/')
    const { clientId, clientSecret } = await addKey(page, { name: 'aa-secret-gone' })
    await secretDialog(page).getByRole('button', { name: 'Copy Client Secret' }).click()
    await secretDialog(page).getByRole('button', { name: 'Close' }).click()
    await expect(secretDialog(page)).toBeHidden()
    await expect(keyRow(page, 'aa-secret-gone')).toBeVisible()

    const expectSecretNowhereInPage = async () => {
      expect(await page.content()).not.toContain(clientSecret)
      const storage = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie, location.href, history.state]))
      expect(storage).not.toContain(clientSecret)
      expect(page.url()).not.toContain(encodeURIComponent(clientSecret))
      expect(consoleMessages.join('\n')).not.toContain(clientSecret)
    }
    await expectSecretNowhereInPage()
    await page.reload()
    await expect(keyRow(page, 'aa-secret-gone')).toBeVisible()
    await expectSecretNowhereInPage()

    const list = await context.request.get(`${api.base}/apiKeys?page=1&pagesize=500`)
    expect(await list.text()).toContain(clientId)
    expect(await list.text()).not.toContain(clientSecret)
    const id = (await api.list({ search: 'name EQ aa-secret-gone' })).list[0].id
    const one = await context.request.get(`${api.base}/apiKeys/${id}`)
    expect(one.status()).toBe(200)
    const body: unknown = await one.json()
    expect(z.strictObject(apiKey.shape).safeParse(body).success, 'no clientSecret field').toBe(true)
    expect(JSON.stringify(body)).not.toContain(clientSecret)
  })

  test('Download saves a JSON file with the name, client ID and secret of the new key', async ({ page }) => {
    await page.goto('/')
    const { clientId, clientSecret } = await addKey(page, { name: 'aa-download' })
    const downloading = page.waitForEvent('download')
    await secretDialog(page).getByRole('button', { name: 'Download' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('aa-download-credentials.json')
    const file: unknown = JSON.parse(await readFile(await download.path(), 'utf8'))
    expect(file).toEqual({ name: 'aa-download', clientId, clientSecret })

    // Downloading keeps the secret, so closing needs no confirmation.
    await secretDialog(page).getByRole('button', { name: 'Close' }).click()
    await expect(secretDialog(page)).toBeHidden()
    await expect(closeConfirmation(page)).toHaveCount(0)
  })

  test('closing before copying asks first, by Close, Esc or a click outside; Cancel keeps the secret on screen', async ({ page }) => {
    await page.goto('/')
    const { clientSecret } = await addKey(page, { name: 'aa-close-early' })
    const secret = secretDialog(page)
    // Copying the client ID is not keeping the secret.
    await secret.getByRole('button', { name: 'Copy Client ID' }).click()

    const dismissals = [
      ['the Close button', () => secret.getByRole('button', { name: 'Close' }).click()],
      ['Esc', () => page.keyboard.press('Escape')],
      ['a click outside', () => page.mouse.click(8, 8)],
    ] as const
    for (const [how, dismiss] of dismissals) {
      await test.step(`by ${how}`, async () => {
        await dismiss()
        const confirmation = closeConfirmation(page)
        await expect(confirmation).toBeVisible()
        await expect(confirmation).toContainText('aa-close-early')
        await confirmation.getByRole('button', { name: 'Cancel' }).click()
        await expect(confirmation).toBeHidden()
        await expect(secret).toBeVisible()
        await expect(secret.getByLabel('Client Secret')).toHaveValue(clientSecret)
      })
    }

    await page.keyboard.press('Escape')
    await closeConfirmation(page).getByRole('button', { name: 'Close Anyway' }).click()
    await expect(secret).toBeHidden()
    await expect(closeConfirmation(page)).toBeHidden()
    await expect(keyRow(page, 'aa-close-early').getByRole('cell', { name: 'aa-close-early', exact: true })).toBeFocused()
    expect(await page.content()).not.toContain(clientSecret)
  })

  test('Cancel and Esc close the Add dialog without creating anything', async ({ page, api }) => {
    await page.goto('/')
    const before = (await api.list()).totalCount
    await page.getByRole('button', { name: 'Add API Key' }).click()
    await fillKeyForm(addDialog(page), { name: 'aa-cancelled', role: 'API Full Access' })
    await addDialog(page).getByRole('button', { name: 'Cancel' }).click()
    await expect(addDialog(page)).toBeHidden()
    await page.getByRole('button', { name: 'Add API Key' }).click()
    await expect(addDialog(page).getByLabel('Name')).toHaveValue('')
    await page.keyboard.press('Escape')
    await expect(addDialog(page)).toBeHidden()
    expect((await api.list()).totalCount).toBe(before)
  })
})

test.describe('an empty tenant', () => {
  test.use({ tenantPreset: 'empty' })

  test('its first key appears in the table as soon as it is created', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByText('No API keys yet')).toBeVisible()
    await page.getByRole('toolbar', { name: 'API key actions' }).getByRole('button', { name: 'Add API Key' }).click()
    await fillKeyForm(addDialog(page), { name: 'first-key', role: 'API Full Access' })
    await addDialog(page).getByRole('button', { name: 'Save' }).click()
    await secretDialog(page).getByRole('button', { name: 'Download' }).click()
    await secretDialog(page).getByRole('button', { name: 'Close' }).click()
    await expect(keyRow(page, 'first-key')).toBeVisible()
    await expect(page.getByText('No API keys yet')).toHaveCount(0)
  })
})

test.describe('editing, deleting, unlocking', () => {
  test('Edit shows the key filled in with its client ID read-only, changes every field, and the row shows it after a reload', async ({ page, api }) => {
    const roles = await api.roles()
    const original = (await api.list({ search: 'name EQ ci-pipeline' })).list[0]
    const otherRole = roles.find((r) => r.id !== original.roleId)!
    await page.goto('/')
    await keyRow(page, 'ci-pipeline').getByRole('button', { name: 'Edit' }).click()
    const dialog = editDialog(page)
    await expect(dialog.getByLabel('Client ID')).toHaveValue(original.clientId)
    await expect(dialog.getByLabel('Client ID')).toHaveAttribute('readonly')
    expect(await formValues(dialog)).toEqual({
      name: 'ci-pipeline',
      status: original.enabled ? 'Enabled' : 'Disabled',
      interval: original.tokenExpiryTimeInSec,
      role: roles.find((r) => r.id === original.roleId)!.name,
    })

    const status = original.enabled ? 'Disabled' : 'Enabled'
    await fillKeyForm(dialog, { name: 'aa-ci-renamed', status, interval: '45', role: otherRole.name })
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText('API key aa-ci-renamed saved')).toBeVisible()
    await expect(keyRow(page, 'aa-ci-renamed')).toBeVisible()

    await page.reload()
    const row = keyRow(page, 'aa-ci-renamed')
    await expect(row.getByRole('cell')).toHaveText(['', 'aa-ci-renamed', original.clientId, status, '45', /\d{4}/, otherRole.name, ''])
    await expect(keyRow(page, 'ci-pipeline')).toHaveCount(0)
  })

  test('Delete asks, naming the key; Cancel keeps it; Delete removes the row', async ({ page, api, context }) => {
    const target = (await api.list({ search: 'name EQ audit-reporter' })).list[0]
    await page.goto('/')
    await expect(page.getByText('1–20 of 37')).toBeVisible()
    const row = keyRow(page, 'audit-reporter')
    const index = await row.evaluate((tr) => [...tr.parentElement!.querySelectorAll(':scope > tr[data-row-id]')].indexOf(tr))

    await row.getByRole('button', { name: 'Delete' }).click()
    const confirmation = page.getByRole('dialog', { name: 'Delete API Key' })
    await expect(confirmation).toHaveAccessibleDescription('Delete the API key audit-reporter? Client applications using it will stop working.')
    await confirmation.getByRole('button', { name: 'Cancel' }).click()
    await expect(confirmation).toBeHidden()
    await expect(row.getByRole('button', { name: 'Delete' })).toBeFocused()

    await row.getByRole('button', { name: 'Delete' }).click()
    await confirmation.getByRole('button', { name: 'Delete' }).click()
    await expect(confirmation).toBeHidden()
    await expect(row).toHaveCount(0)
    await expect(page.getByText('1–20 of 36')).toBeVisible()
    await expect(page.getByText('API key audit-reporter deleted')).toBeVisible()
    // Its row went with its Delete button: focus lands on the row that took its place (its Delete), not on the page body.
    await expect(page.locator('tbody tr[data-row-id]').nth(index).getByRole('button', { name: 'Delete' })).toBeFocused()
    expect((await context.request.get(`${api.base}/apiKeys/${target.id}`)).status()).toBe(404)
  })

  test("Unlock asks, naming the key, and clears a locked key's lock", async ({ page, api }) => {
    await page.goto('/')
    const row = keyRow(page, 'backup-job')
    await expect(row.getByText('Locked')).toBeVisible()
    await expect(keyRow(page, 'ci-pipeline').getByRole('button', { name: 'Unlock' })).toHaveCount(0) // locked keys only

    await row.getByRole('button', { name: 'Unlock' }).click()
    const confirmation = page.getByRole('dialog', { name: 'Unlock API Key' })
    await expect(confirmation).toContainText('Unlock the API key backup-job?')
    await confirmation.getByRole('button', { name: 'Unlock' }).click()
    await expect(confirmation).toBeHidden()
    await expect(page.getByText('API key backup-job unlocked')).toBeVisible()
    await expect(row.getByRole('button', { name: 'Unlock' })).toHaveCount(0)
    await expect(row.getByText('Locked')).toHaveCount(0)
    // The Unlock button is gone; focus stays in its row.
    await expect(row.getByRole('button', { name: 'Copy Client ID' })).toBeFocused()
    expect((await api.list({ search: 'name EQ backup-job' })).list[0].isLocked).toBe(false)
  })

  test('editing a locked key keeps it locked: only Unlock unlocks', async ({ page, api }) => {
    await page.goto('/')
    await keyRow(page, 'backup-job').getByRole('button', { name: 'Edit' }).click()
    await fillKeyForm(editDialog(page), { interval: '600' })
    await editDialog(page).getByRole('button', { name: 'Save' }).click()
    await expect(editDialog(page)).toBeHidden()
    await expect(keyRow(page, 'backup-job').locator('td.cell-tokenExpiryTimeInSec')).toHaveText('600')
    expect((await api.list({ search: 'name EQ backup-job' })).list[0]).toMatchObject({ isLocked: true, tokenExpiryTimeInSec: '600' })
  })

  test('read-only (ZIdentity) keys offer neither Edit nor Delete, and say why', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Next page' }).click()
    for (const name of ['zidentity-scim', 'zidentity-provisioning']) {
      const row = keyRow(page, name)
      await expect(row.getByRole('button', { name: 'Copy Client ID' })).toBeVisible()
      await expect(row.getByRole('button', { name: 'Edit' })).toHaveCount(0)
      await expect(row.getByRole('button', { name: 'Delete' })).toHaveCount(0)
      await expect(row.getByText('ZIdentity', { exact: true })).toBeVisible()
      await expect(row.getByText('Managed in ZIdentity: this key is read-only here')).toBeAttached()
    }
    await expect(keyRow(page, 'vuln-management').getByRole('button', { name: 'Edit' })).toBeVisible()
  })
})
