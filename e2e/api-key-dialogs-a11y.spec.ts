import { addDialog, addKey, closeConfirmation, editDialog, keyRow, secretDialog } from './api-key-dialogs'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { choose, readClipboard } from './table-helpers'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test.describe('axe finds no violations with each lifecycle dialog open', () => {
  test('Add API Key (empty, then with its messages), the one-time secret, and the confirmation before closing it', async ({ page }) => {
    // Four axe scans: on a loaded 2-core machine they alone can pass 30 s (seen in CI), as in api-keys-url-copy.spec.ts.
    test.setTimeout(60_000)
    await page.goto('/')
    await page.getByRole('button', { name: 'Add API Key' }).click()
    await expect(addDialog(page).getByLabel('Role')).toHaveText('Select a role') // the roles are in
    await expectNoAxeViolations(page)
    await addDialog(page).getByRole('button', { name: 'Save' }).click()
    await expect(addDialog(page).getByRole('alert').first()).toBeVisible()
    await expectNoAxeViolations(page)

    await addDialog(page).getByLabel('Name').fill('aa-axe')
    await choose(addDialog(page), 'Role', 'API Full Access')
    await addDialog(page).getByRole('button', { name: 'Save' }).click()
    await expect(secretDialog(page)).toBeVisible()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(closeConfirmation(page)).toBeVisible()
    await expectNoAxeViolations(page)
  })

  for (const [action, title] of [
    ['Edit', 'Edit API Key'],
    ['Delete', 'Delete API Key'],
    ['Unlock', 'Unlock API Key'],
  ] as const) {
    test(`${title}, and Cancel gives focus back to ${action}`, async ({ page }) => {
      await page.goto('/')
      await keyRow(page, 'backup-job').getByRole('button', { name: action }).click()
      const dialog = page.getByRole('dialog', { name: title })
      await expect(dialog).toBeVisible()
      await expectNoAxeViolations(page)
      await dialog.getByRole('button', { name: 'Cancel' }).click()
      await expect(dialog).toBeHidden()
      await expect(keyRow(page, 'backup-job').getByRole('button', { name: action })).toBeFocused()
    })
  }
})

test('the add flow and the secret copy work from the keyboard alone', async ({ page, api }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Add API Key' }).focus()
  await page.keyboard.press('Enter')

  const dialog = addDialog(page)
  await expect(dialog.getByLabel('Name')).toBeFocused()
  await page.keyboard.type('aa-keyboard')
  await page.keyboard.press('Tab')
  await expect(dialog.getByLabel('Status')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByLabel('Session Validity Interval (In Seconds)')).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('600')
  await page.keyboard.press('Tab')
  await expect(dialog.getByLabel('Role')).toBeFocused()
  await page.keyboard.press('ArrowDown') // opens the list on its first role, API Full Access
  // The focus stays on the combobox, which points at the highlighted option (aria-activedescendant).
  const firstRole = page.getByRole('option', { name: 'API Full Access' })
  await expect(firstRole).toBeVisible()
  await expect(dialog.getByLabel('Role')).toHaveAttribute('aria-activedescendant', (await firstRole.getAttribute('id'))!)
  await page.keyboard.press('Enter')
  await expect(dialog.getByLabel('Role')).toHaveText('API Full Access')
  await expect(dialog.getByLabel('Role')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeFocused()
  await page.keyboard.press('Enter')

  const secret = secretDialog(page)
  await expect(secret.getByRole('button', { name: 'Copy Client Secret' })).toBeFocused()
  const clientSecret = await secret.getByLabel('Client Secret').inputValue()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Client Secret copied to the clipboard')).toBeVisible()
  expect(await readClipboard(page)).toBe(clientSecret)
  // Copied, so Esc closes at once, and focus goes to the new key's row (its Name cell).
  await page.keyboard.press('Escape')
  await expect(secret).toBeHidden()
  await expect(keyRow(page, 'aa-keyboard').getByRole('cell', { name: 'aa-keyboard', exact: true })).toBeFocused()
  expect((await api.list({ search: 'name EQ aa-keyboard' })).list).toMatchObject([{ tokenExpiryTimeInSec: '600', roleId: '28' }])
})

test('focus stays inside an open dialog, and Esc closes it back to its opener', async ({ page }) => {
  await page.goto('/')
  await keyRow(page, 'ci-pipeline').getByRole('button', { name: 'Edit' }).click()
  const dialog = editDialog(page)
  await expect(dialog.getByLabel('Name')).toBeFocused()
  const focusInDialog = () => page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key)
    expect(await focusInDialog(), `focus after ${key}`).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(keyRow(page, 'ci-pipeline').getByRole('button', { name: 'Edit' })).toBeFocused()
})

test('the one-time secret dialog is labelled, described by its warning, and its fields are labelled', async ({ page }) => {
  await page.goto('/')
  await addKey(page, { name: 'aa-described' })
  const secret = secretDialog(page)
  await expect(secret).toHaveAccessibleDescription(/will not be shown again/)
  await expect(secret.getByRole('textbox', { name: 'Client ID' })).toHaveAttribute('readonly')
  await expect(secret.getByRole('textbox', { name: 'Client Secret' })).toHaveAttribute('readonly')
  await expect(secret.getByRole('button')).toHaveText(['Copy Client ID', 'Copy Client Secret', 'Download', 'Close'])
})
