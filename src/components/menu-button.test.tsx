import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { MenuButton } from './menu-button'

function renderMenu(done: string[]) {
  render(
    <>
      <MenuButton
        label="Menu"
        icon={<svg aria-hidden="true" />}
        groups={[
          [{ label: 'Copy Customer ID', onSelect: () => done.push('copy') }],
          [
            { label: 'Save Applied Filter', onSelect: () => done.push('save'), disabled: true },
            { label: 'Discard Changes', onSelect: () => done.push('discard') },
          ],
        ]}
      />
      <button type="button">After</button>
    </>,
  )
  return screen.getByRole('button', { name: 'Menu' })
}

test('↓ opens the menu on its first item, arrows go round it, Enter does the item and gives the focus back', async () => {
  const user = userEvent.setup()
  const done: string[] = []
  const button = renderMenu(done)
  expect(button.getAttribute('aria-haspopup')).toBe('menu')
  button.focus()
  await user.keyboard('{ArrowDown}')
  expect(button.getAttribute('aria-expanded')).toBe('true')
  // The open menu's code loads on intent (here, on opening).
  await screen.findByRole('menu')
  expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Copy Customer ID', 'Save Applied Filter', 'Discard Changes'])
  expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Copy Customer ID' }))
  // Up from the first goes round to the last.
  await user.keyboard('{ArrowUp}')
  expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Discard Changes' }))
  await user.keyboard('{Enter}')
  expect(done).toEqual(['discard'])
  expect(screen.queryByRole('menu')).toBeNull()
  expect(document.activeElement).toBe(button)
})

test('a disabled item is reached but not done; a typed letter jumps; Esc closes with the focus back on the button', async () => {
  const user = userEvent.setup()
  const done: string[] = []
  const button = renderMenu(done)
  await user.click(button)
  await screen.findByRole('menu')
  await user.keyboard('s')
  const save = screen.getByRole('menuitem', { name: 'Save Applied Filter' })
  expect(document.activeElement).toBe(save)
  expect(save.getAttribute('aria-disabled')).toBe('true')
  await user.keyboard('{Enter}')
  await user.click(save)
  expect(done).toEqual([])
  expect(screen.getByRole('menu')).toBeTruthy()
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('menu')).toBeNull()
  expect(document.activeElement).toBe(button)
})

test('Tab closes the menu and moves on; a press outside closes it', async () => {
  const user = userEvent.setup()
  const button = renderMenu([])
  await user.click(button)
  await screen.findByRole('menu')
  await user.tab()
  expect(screen.queryByRole('menu')).toBeNull()
  await user.click(button)
  expect(screen.getByRole('menu')).toBeTruthy()
  await user.click(document.body)
  expect(screen.queryByRole('menu')).toBeNull()
})
