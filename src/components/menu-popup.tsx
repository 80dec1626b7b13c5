import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react'
import type { MenuAction } from './menu-button'
import { useAnchoredPopup } from './use-anchored-popup'

const itemsOf = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]

export interface MenuPopupProps {
  id: string
  label: string
  groups: readonly (readonly MenuAction[])[]
  /** The item focused on opening. */
  focusOn: 'first' | 'last'
  button: RefObject<HTMLButtonElement | null>
  close: (reason?: 'escape' | 'outside' | 'tab' | 'done') => void
}

/** The open menu of a MenuButton (menu-button.tsx): its items and their keys. Not in the first view: it loads on intent. */
export function MenuPopup({ id, label, groups, focusOn, button, close }: MenuPopupProps) {
  const menu = useRef<HTMLDivElement>(null)
  useAnchoredPopup({ open: true, anchor: button, popup: menu, onClose: close, align: 'end' })
  useLayoutEffect(() => {
    const all = itemsOf(menu.current)
    all[focusOn === 'first' ? 0 : all.length - 1]?.focus()
  }, [focusOn])

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const all = itemsOf(menu.current)
    const at = all.indexOf(document.activeElement as HTMLElement)
    const focus = (index: number) => all[(index + all.length) % all.length]?.focus()
    if (event.key === 'ArrowDown') focus(at + 1)
    else if (event.key === 'ArrowUp') focus(at - 1)
    else if (event.key === 'Home') focus(0)
    else if (event.key === 'End') focus(all.length - 1)
    else if (event.key === 'Tab') return close('tab')
    else if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey) {
      const letter = event.key.toLowerCase()
      const next = [...all.slice(at + 1), ...all.slice(0, at + 1)].find((item) => item.textContent?.trim().toLowerCase().startsWith(letter))
      next?.focus()
    } else return
    event.preventDefault()
  }
  const run = (action: MenuAction) => {
    if (action.disabled) return
    close('done')
    action.onSelect()
  }

  return (
    <div ref={menu} id={id} role="menu" tabIndex={-1} aria-label={label} popover="manual" className="menu" onKeyDown={onMenuKeyDown}>
      {groups.map((group, index) => (
        <div key={index} role="group" className="menu-group">
          {index > 0 && <div role="separator" className="menu-separator" />}
          {group.map((action) => (
            <div
              key={action.label}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={action.disabled || undefined}
              className="menu-item"
              onClick={() => run(action)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  run(action)
                }
              }}
            >
              {action.label}
            </div>
          ))}
        </div>
      ))}
    </div>
  )
}
