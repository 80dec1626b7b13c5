import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { ApiError } from '../lib/api-client'
import type { Credentials } from './download-credentials'
import { RotateSecretDialog } from './rotate-secret-dialog'

const rotated: Credentials = { name: 'ci-deploy', clientId: 'client-1', clientSecret: 'k9vQe2Lr7wZpTn4Yb8Hc1Xs6Jd3Mf5G0' }

function renderDialog(rotate: (grace: number) => Promise<Credentials>, previousSecretValidUntil: string | null = null) {
  const onClose = vi.fn<() => void>()
  render(<RotateSecretDialog keyName="ci-deploy" previousSecretValidUntil={previousSecretValidUntil} rotate={rotate} onClose={onClose} returnFocus={() => undefined} />)
  return { onClose, dialog: screen.getByRole('dialog', { name: 'Rotate Secret' }) }
}

test('offers the four grace periods, an hour picked; Rotate sends the chosen one once, however fast it is clicked, then shows the new secret', async () => {
  const answers: ((credentials: Credentials) => void)[] = []
  const rotate = vi.fn<(grace: number) => Promise<Credentials>>(() => new Promise((resolve) => answers.push(resolve)))
  renderDialog(rotate)
  const radios = screen.getAllByRole('radio')
  expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual(['No time', '1 hour', '24 hours', '7 days'])
  expect((screen.getByRole('radio', { name: '1 hour' }) as HTMLInputElement).checked).toBe(true)
  // Focus starts on the picked choice, not on "No time".
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: '1 hour' })))
  expect(screen.getByRole('dialog').textContent).not.toContain('old secret from the last rotation')

  const user = userEvent.setup()
  await user.click(screen.getByRole('radio', { name: '24 hours' }))
  const button = screen.getByRole('button', { name: 'Rotate' })
  await user.dblClick(button)
  // Enter on the form while the first is on its way sends nothing either.
  button.closest('form')?.requestSubmit()
  expect(rotate).toHaveBeenCalledTimes(1)
  expect(rotate).toHaveBeenCalledWith(86_400)

  answers[0](rotated)
  const secretWindow = await screen.findByRole('dialog', { name: 'Secret Rotated' })
  expect(secretWindow.textContent).toContain('ci-deploy')
  expect((screen.getByLabelText('Client Secret') as HTMLInputElement).value).toBe(rotated.clientSecret)
})

test('a failed rotation says why and keeps the dialog and the choice; trying again can succeed', async () => {
  const rotate = vi
    .fn<(grace: number) => Promise<Credentials>>()
    .mockRejectedValueOnce(new ApiError(403, { id: 'api.key.read.only', reason: 'This key is read-only' }))
    .mockResolvedValueOnce(rotated)
  renderDialog(rotate)
  const user = userEvent.setup()
  await user.click(screen.getByRole('radio', { name: 'No time' }))
  await user.click(screen.getByRole('button', { name: 'Rotate' }))
  expect((await screen.findByRole('alert')).textContent).toMatch(/read-only/i)
  expect((screen.getByRole('radio', { name: 'No time' }) as HTMLInputElement).checked).toBe(true)
  expect(screen.queryByRole('dialog', { name: 'Rotate Secret' })).not.toBeNull()

  await user.click(screen.getByRole('button', { name: 'Rotate' }))
  await screen.findByRole('dialog', { name: 'Secret Rotated' })
  expect(rotate).toHaveBeenNthCalledWith(2, 0)
})

test('Cancel closes without rotating', async () => {
  const rotate = vi.fn<(grace: number) => Promise<Credentials>>(async () => rotated)
  const { onClose } = renderDialog(rotate)
  await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }))
  expect(onClose).toHaveBeenCalled()
  expect(rotate).not.toHaveBeenCalled()
})

test('during a grace period it says that rotating again ends the old secret now', () => {
  renderDialog(vi.fn<(grace: number) => Promise<Credentials>>(), '1796400000')
  expect(screen.getByRole('dialog').textContent).toMatch(/old secret from the last rotation still signs in until .+2026.+Rotating again ends that one now/)
})
