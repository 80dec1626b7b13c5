import { expect, type Locator, type Page } from '@playwright/test'
import { choose } from './table-helpers'

export const addDialog = (page: Page) => page.getByRole('dialog', { name: 'Add API Key' })
export const editDialog = (page: Page) => page.getByRole('dialog', { name: 'Edit API Key' })
export const secretDialog = (page: Page) => page.getByRole('dialog', { name: 'API Key Created' })
export const closeConfirmation = (page: Page) => page.getByRole('dialog', { name: 'Close without the secret?' })

/** The row whose Name cell is exactly `name`. */
export const keyRow = (page: Page, name: string) => page.locator('tbody tr').filter({ has: page.getByRole('cell', { name, exact: true }) })

export interface KeyFields {
  name?: string
  status?: 'Enabled' | 'Disabled'
  interval?: string
  role?: string
}

/** Fills the Add or Edit form by label, as an admin would; fields left out keep what they hold. */
export async function fillKeyForm(dialog: Locator, { name, status, interval, role }: KeyFields) {
  if (name !== undefined) await dialog.getByLabel('Name').fill(name)
  if (status !== undefined) await choose(dialog, 'Status', status)
  if (interval !== undefined) await dialog.getByLabel('Session Validity Interval (In Seconds)').fill(interval)
  if (role !== undefined) await choose(dialog, 'Role', role)
}

/** The form's values as its inputs show them. */
export async function formValues(dialog: Locator) {
  const selected = (label: string) => dialog.getByLabel(label).textContent()
  return {
    name: await dialog.getByLabel('Name').inputValue(),
    status: await selected('Status'),
    interval: await dialog.getByLabel('Session Validity Interval (In Seconds)').inputValue(),
    role: await selected('Role'),
  }
}

/** Adds a key through the page and returns what the one-time secret dialog shows (the dialog stays open). */
export async function addKey(page: Page, fields: KeyFields) {
  await page.getByRole('button', { name: 'Add API Key' }).click()
  await fillKeyForm(addDialog(page), { role: 'API Full Access', ...fields })
  await addDialog(page).getByRole('button', { name: 'Save' }).click()
  const secret = secretDialog(page)
  await expect(secret).toBeVisible()
  return { clientId: await secret.getByLabel('Client ID').inputValue(), clientSecret: await secret.getByLabel('Client Secret').inputValue() }
}
