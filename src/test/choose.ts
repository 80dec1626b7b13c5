import { screen, waitFor } from '@testing-library/react'
import { expect } from 'vitest'
import type { UserEvent } from '@testing-library/user-event'

/** Opens the Select labelled `label` and clicks `option` in its list, as an admin does. */
export async function choose(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByLabelText(label))
  await user.click(await screen.findByRole('option', { name: option }))
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull())
}

/** The options the Select labelled `label` offers, read from its open list (then closed with Esc). */
export async function optionsOf(user: UserEvent, label: string): Promise<string[]> {
  await user.click(screen.getByLabelText(label))
  const options = (await screen.findAllByRole('option')).map((option) => option.textContent ?? '')
  await user.keyboard('{Escape}')
  return options
}
