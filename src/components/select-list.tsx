import { useLayoutEffect, useRef, type RefObject } from 'react'
import type { SelectOption } from './select'
import { useAnchoredPopup } from './use-anchored-popup'

/** The list's largest height; it scrolls beyond it. */
const LIST_MAX_HEIGHT = 320

interface SelectListProps {
  id: string
  optionId: (index: number) => string
  anchor: RefObject<HTMLButtonElement | null>
  choices: readonly SelectOption[]
  chosen: number
  /** The highlighted option (the combobox's aria-activedescendant). */
  active: number
  onActive: (index: number) => void
  onChoose: (index: number) => void
  onClose: () => void
}

/** The index of the option an event in the list came from, or -1. */
const optionIndex = (target: EventTarget) => {
  const option = (target as Element).closest<HTMLElement>('[role="option"]')
  return option ? Number(option.dataset.index) : -1
}

/** The open list of a Select (select.tsx), in the top layer: not in the first view, it loads on intent. */
export function SelectList({ id, optionId, anchor, choices, chosen, active, onActive, onChoose, onClose }: SelectListProps) {
  const list = useRef<HTMLDivElement>(null)
  useAnchoredPopup({ open: true, anchor, popup: list, onClose, matchWidth: true, maxHeight: LIST_MAX_HEIGHT })
  useLayoutEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' })
  })
  return (
    // oxlint-disable-next-line jsx-a11y/click-events-have-key-events -- the keys are the combobox's (aria-activedescendant)
    <div
      ref={list}
      tabIndex={-1}
      id={id}
      role="listbox"
      popover="manual"
      className="select-content"
      // The focus stays on the button (aria-activedescendant): pressing an option must not take it.
      onPointerDown={(event) => event.preventDefault()}
      onPointerMove={(event) => onActive(optionIndex(event.target))}
      onClick={(event) => onChoose(optionIndex(event.target))}
    >
      {choices.map((choice, index) => (
        <div
          key={choice.value}
          id={optionId(index)}
          role="option"
          aria-selected={index === chosen}
          aria-disabled={choice.disabled || undefined}
          data-index={index}
          data-highlighted={index === active ? '' : undefined}
          className="select-item"
        >
          {choice.label}
          {index === chosen && (
            <span className="select-item-indicator">
              <Check />
            </span>
          )}
        </div>
      ))}
    </div>
  )
}

const Check = () => (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <path d="M2.5 6.5 5 9l4.5-6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
)
