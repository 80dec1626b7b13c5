import type { Page, Route } from '@playwright/test'
import { addDialog, fillKeyForm, formValues, keyRow, secretDialog, type KeyFields } from './api-key-dialogs'
import { expect, test } from './fixtures'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const isCreate = (route: Route) => route.request().method() === 'POST'
const CREATE_URL = '**/apiKeys?*'

async function openAdd(page: Page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Add API Key' }).click()
  return addDialog(page)
}

test.describe('validation at the field, before the server answers', () => {
  const rules: { rule: string; label: string; fields: KeyFields; message: string }[] = [
    { rule: 'Name is required', label: 'Name', fields: { name: '' }, message: 'Name is required' },
    { rule: 'Name is trimmed', label: 'Name', fields: { name: '    ' }, message: 'Name is required' },
    { rule: 'Name has at most 50 characters', label: 'Name', fields: { name: 'n'.repeat(51) }, message: 'Name must be at most 50 characters' },
    { rule: 'Name has no control characters', label: 'Name', fields: { name: 'bell\u0007name' }, message: 'Name cannot contain control characters' },
    {
      rule: 'the interval is a number',
      label: 'Session Validity Interval (In Seconds)',
      fields: { interval: 'soon' },
      message: 'Enter a whole number of seconds from 30 to 3600',
    },
    {
      rule: 'the interval is a whole number',
      label: 'Session Validity Interval (In Seconds)',
      fields: { interval: '90.5' },
      message: 'Enter a whole number of seconds from 30 to 3600',
    },
    { rule: 'the interval is at least 30', label: 'Session Validity Interval (In Seconds)', fields: { interval: '29' }, message: 'Must be at least 30 seconds' },
    { rule: 'the interval is at most 3600', label: 'Session Validity Interval (In Seconds)', fields: { interval: '3601' }, message: 'Must be at most 3600 seconds' },
    { rule: 'a role is chosen', label: 'Role', fields: {}, message: 'Choose a role' },
  ]

  for (const { rule, label, fields, message } of rules) {
    test(`${rule}: "${message}" at ${label}, announced, and nothing is sent`, async ({ page }) => {
      let posts = 0
      await page.route(CREATE_URL, (route) => {
        if (isCreate(route)) posts++
        return route.fallback()
      })
      const dialog = await openAdd(page)
      await fillKeyForm(dialog, { name: 'aa-valid-name', role: 'API Full Access', ...fields, ...(label === 'Role' ? { role: undefined } : {}) })
      await dialog.getByRole('button', { name: 'Save' }).click()

      const field = dialog.getByLabel(label)
      await expect(field).toHaveAttribute('aria-invalid', 'true')
      await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      await expect(dialog.getByRole('alert').filter({ hasText: message })).toBeVisible()
      await expect(field).toBeFocused()
      await expect(dialog.locator('[aria-invalid="true"]')).toHaveCount(1)
      expect(posts).toBe(0)
    })
  }

  test('messages appearing at every field move nothing in the dialog: each has a line kept for it', async ({ page }) => {
    const dialog = await openAdd(page)
    const controls = [
      dialog.getByLabel('Name'),
      dialog.getByLabel('Status'),
      dialog.getByLabel('Session Validity Interval (In Seconds)'),
      dialog.getByLabel('Role'),
      dialog.getByRole('button', { name: 'Cancel' }),
      dialog.getByRole('button', { name: 'Save' }),
    ]
    const boxes = () => Promise.all([dialog, ...controls].map((control) => control.boundingBox()))
    const before = await boxes()
    await dialog.getByLabel('Session Validity Interval (In Seconds)').fill('10')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog.getByRole('alert')).toHaveText(['Name is required', 'Must be at least 30 seconds', 'Choose a role'])
    expect(await boxes()).toEqual(before)
  })

  test('a message shows when the admin leaves the field, and goes once the value is right', async ({ page }) => {
    const dialog = await openAdd(page)
    const interval = dialog.getByLabel('Session Validity Interval (In Seconds)')
    await interval.fill('10')
    await interval.blur()
    await expect(dialog.getByRole('alert')).toHaveText('Must be at least 30 seconds')
    await interval.fill('300')
    await expect(dialog.getByRole('alert')).toHaveCount(0)
    await expect(interval).not.toHaveAttribute('aria-invalid')
  })
})

test.describe('errors after the server answers lose nothing', () => {
  test('a duplicate name, in another case, shows the 409 at Name and keeps every value', async ({ page }) => {
    const dialog = await openAdd(page)
    const entered = { name: 'Terraform-PROD', status: 'Disabled', interval: '900', role: 'Policy-only Access' } as const
    await fillKeyForm(dialog, entered)
    const answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/apiKeys'))
    await dialog.getByRole('button', { name: 'Save' }).click()
    expect((await answer).status()).toBe(409)

    const name = dialog.getByLabel('Name')
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toHaveAccessibleDescription(/already exists/)
    await expect(name).toBeFocused()
    await expect(page.getByText(/The API key was not created: .*already exists/)).toBeVisible()
    expect(await formValues(dialog)).toEqual(entered)
  })

  test('a 400 is shown at the fields its params name', async ({ page }) => {
    // The form would not send an unknown role, so the request is changed on its way, as another client might send it.
    await page.route(CREATE_URL, (route) =>
      isCreate(route) ? route.fallback({ postData: { ...route.request().postDataJSON(), roleId: '999' } }) : route.fallback(),
    )
    const dialog = await openAdd(page)
    await fillKeyForm(dialog, { name: 'aa-unknown-role', role: 'API Full Access' })
    await dialog.getByRole('button', { name: 'Save' }).click()
    const role = dialog.getByLabel('Role')
    await expect(role).toHaveAttribute('aria-invalid', 'true')
    await expect(role).toHaveAccessibleDescription('There is no role 999')
    await expect(dialog.getByLabel('Name')).not.toHaveAttribute('aria-invalid')
    await expect(dialog.getByLabel('Name')).toHaveValue('aa-unknown-role')
  })

  test('an injected 500 on Save keeps the dialog open with every value, says so, and a retry succeeds', async ({ page, api }) => {
    let failNext = true
    await page.route(CREATE_URL, async (route) => {
      if (!isCreate(route) || !failNext) return route.fallback()
      failNext = false
      await route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ id: 'internal.server.error', reason: 'The server failed to handle the request' }),
      })
    })
    const dialog = await openAdd(page)
    const entered = { name: 'aa-retried', status: 'Disabled', interval: '120', role: 'Application-only Access' } as const
    await fillKeyForm(dialog, entered)
    await dialog.getByRole('button', { name: 'Save' }).click()

    await expect(dialog.getByRole('alert')).toContainText('The server could not do it right now (500: The server failed to handle the request)')
    await expect(dialog.getByRole('alert')).toContainText('Everything you entered is still here')
    await expect(page.getByText(/The API key was not created/)).toBeVisible()
    expect(await formValues(dialog)).toEqual(entered)
    expect((await api.list({ search: 'name EQ aa-retried' })).totalCount).toBe(0)

    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(secretDialog(page)).toBeVisible()
    expect((await api.list({ search: 'name EQ aa-retried' })).list).toMatchObject([{ enabled: false, tokenExpiryTimeInSec: '120' }])
  })

  test('a lost connection keeps every value and says the server could not be reached', async ({ page }) => {
    let failNext = true
    await page.route(CREATE_URL, async (route) => {
      if (!isCreate(route) || !failNext) return route.fallback()
      failNext = false
      await route.abort('connectionreset')
    })
    const dialog = await openAdd(page)
    await fillKeyForm(dialog, { name: 'aa-offline', role: 'API Full Access' })
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog.getByRole('alert')).toContainText('The server could not be reached')
    await expect(dialog.getByLabel('Name')).toHaveValue('aa-offline')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(secretDialog(page)).toBeVisible()
  })

  test('double-clicking Save creates one key', async ({ page, api }) => {
    // Hold the first create until the double-click is over, so the second click lands while it is in flight.
    let posts = 0
    let release!: () => void
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(CREATE_URL, async (route) => {
      if (!isCreate(route)) return route.fallback()
      posts++
      await released
      await route.fallback()
    })
    const dialog = await openAdd(page)
    await fillKeyForm(dialog, { name: 'aa-double-click', role: 'API Full Access' })
    const save = dialog.getByRole('button', { name: 'Save' })
    await save.dblclick()
    await expect(save).toBeDisabled()
    release()

    await expect(secretDialog(page)).toBeVisible()
    await secretDialog(page).getByRole('button', { name: 'Copy Client Secret' }).click()
    await secretDialog(page).getByRole('button', { name: 'Close' }).click()
    await expect(keyRow(page, 'aa-double-click')).toHaveCount(1)
    expect(posts).toBe(1)
    expect((await api.list({ search: 'name EQ aa-double-click' })).totalCount).toBe(1)
  })

  test('Edit: a duplicate name shows at Name and a failed save keeps the dialog and its values', async ({ page }) => {
    await page.goto('/')
    await keyRow(page, 'ci-pipeline').getByRole('button', { name: 'Edit' }).click()
    const dialog = page.getByRole('dialog', { name: 'Edit API Key' })
    await fillKeyForm(dialog, { name: 'SIEM-export', interval: '777' })
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog.getByLabel('Name')).toHaveAccessibleDescription(/already exists/)
    await expect(dialog.getByLabel('Session Validity Interval (In Seconds)')).toHaveValue('777')
    await expect(page.getByText(/API key ci-pipeline was not saved/)).toBeVisible()
  })
})
