import { Suspense, useCallback, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { lazyWithPreload, preloadOnIntent } from './lazy-with-preload'
import { useEscapeCloses } from './use-escape-closes'

export interface MenuAction {
  label: string
  onSelect: () => void
  /** Shown and reachable, as the APG pattern says, but not done. */
  disabled?: boolean
}

interface MenuButtonProps {
  /** The button's accessible name (it shows only its icon). */
  label: string
  icon: ReactNode
  className?: string
  /** The menu's actions, in groups a separator divides. */
  groups: readonly (readonly MenuAction[])[]
}

// The open menu is not in the first view: its code comes as the pointer or focus reaches the button.
const MenuPopup = lazyWithPreload(() => import('./popups').then((m) => m.MenuPopup))
const menuIntent = preloadOnIntent(MenuPopup)

/**
 * A menu button (WAI-ARIA APG "menu button"): Enter, Space or ↓ opens the menu on its first item, ↑ on its last;
 * arrows move round it, Home/End and typed letters jump, Enter or Space does the item, Esc closes with the focus
 * back on the button, Tab closes and moves on. It opens in the top layer (useAnchoredPopup), its end under the
 * button's. Written here rather than taken from a library for the same reason as the select: Radix's menu cost
 * 17 KB gzip, most of it its popper.
 */
export function MenuButton({ label, icon, className, groups }: MenuButtonProps) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false)
  const button = useRef<HTMLButtonElement>(null)
  const menuId = useId()
  const close = useCallback((reason?: 'escape' | 'outside' | 'tab' | 'done') => {
    setOpen(false)
    if (reason === 'escape' || reason === 'done') button.current?.focus()
  }, [])

  useEscapeCloses(open !== false, useCallback(() => close('escape'), [close]))

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(event.key === 'ArrowDown' ? 'first' : 'last')
    }
  }

  return (
    <>
      <button
        type="button"
        ref={button}
        className={className}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={onButtonKeyDown}
        {...menuIntent}
      >
        {icon}
      </button>
      {open && (
        <Suspense fallback={null}>
          <MenuPopup id={menuId} label={label} groups={groups} focusOn={open} button={button} close={close} />
        </Suspense>
      )}
    </>
  )
}
