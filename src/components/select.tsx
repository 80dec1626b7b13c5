import { Suspense, useCallback, useRef, useState, type KeyboardEvent, type Ref } from 'react'
import { lazyWithPreload, preloadOnIntent } from './lazy-with-preload'
import { useEscapeCloses } from './use-escape-closes'
import './select.css'

// The open list is not in the first view: its code comes as the pointer or focus reaches a select.
const SelectList = lazyWithPreload(() => import('./popups').then((m) => m.SelectList))
const listIntent = preloadOnIntent(SelectList)

export interface SelectOption<V extends string = string> {
  value: V
  label: string
  disabled?: boolean
}

interface SelectProps<V extends string> {
  /** The trigger's id: the visible `<label htmlFor>` names the control with it. */
  id: string
  /** The chosen option's value; '' is the empty choice (`emptyLabel`), or the placeholder without one. */
  value: V | ''
  onValueChange: (value: V | '') => void
  options: readonly SelectOption<V>[]
  /** Offered first as an option of its own that stands for '' ("Any", "None"). */
  emptyLabel?: string
  /** Shown while the value is '' and no `emptyLabel` is offered. */
  placeholder?: string
  className?: string
  disabled?: boolean
  ref?: Ref<HTMLButtonElement>
  onBlur?: () => void
  'aria-invalid'?: boolean
  'aria-describedby'?: string
  'aria-busy'?: boolean
}

/** Typed letters within this long of each other search as one word. */
const TYPEAHEAD_MS = 500
const PAGE_STEP = 10

/**
 * A styled single-choice list: the WAI-ARIA "select-only combobox" (APG). A button with role combobox keeps the
 * focus and points at the highlighted option (aria-activedescendant); its listbox opens in the top layer
 * (useAnchoredPopup), so no dialog's or table's box clips it. ↓/↑/Enter/Space open it, arrows, Home/End and Page Up/Down
 * move, typed letters jump, Enter/Space/Tab choose, Esc closes without choosing. The trigger shows the chosen label
 * itself, so the server's HTML already has it.
 *
 * Written here rather than taken from a library: every select primitive measured cost 13–30 KB gzip in the first
 * view (Radix Select with its popper and scroll lock, Downshift's useSelect), against the page's 130 KB budget.
 */
export function Select<V extends string>({ id, value, onValueChange, options, emptyLabel, placeholder, className, ref, onBlur, ...trigger }: SelectProps<V>) {
  const choices: readonly SelectOption<V | ''>[] = emptyLabel === undefined ? options : [{ value: '', label: emptyLabel }, ...options]
  const chosen = choices.findIndex((choice) => choice.value === value)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const button = useRef<HTMLButtonElement | null>(null)
  const typed = useRef({ text: '', at: 0 })
  const listId = `${id}-listbox`
  const optionId = (index: number) => `${id}-option-${index}`

  const setButton = useCallback(
    (element: HTMLButtonElement | null) => {
      button.current = element
      if (typeof ref === 'function') return ref(element)
      if (ref) ref.current = element
    },
    [ref],
  )

  const enabled = (index: number) => index >= 0 && index < choices.length && !choices[index].disabled
  /** The first enabled option from `index` on, going by `step`; or `fallback` when there is none. */
  const nextEnabled = (index: number, step: 1 | -1, fallback: number) => {
    for (let at = index; at >= 0 && at < choices.length; at += step) if (enabled(at)) return at
    return fallback
  }

  const openAt = (index: number) => {
    setActive(index)
    setOpen(true)
  }
  const close = useCallback(() => {
    setOpen(false)
    setActive(-1)
  }, [])
  useEscapeCloses(open, close)
  const choose = (index: number) => {
    if (!enabled(index)) return
    close()
    if (choices[index].value !== value) onValueChange(choices[index].value)
  }

  /** The option whose label starts with what was typed (one letter again cycles through those it starts). */
  const typeahead = (key: string, from: number) => {
    const now = Date.now()
    const text = now - typed.current.at < TYPEAHEAD_MS ? typed.current.text + key.toLowerCase() : key.toLowerCase()
    typed.current = { text, at: now }
    const cycling = [...text].every((letter) => letter === text[0])
    const search = cycling ? text[0] : text
    const start = cycling ? from + 1 : Math.max(from, 0)
    for (let offset = 0; offset < choices.length; offset++) {
      const index = (start + offset) % choices.length
      if (enabled(index) && choices[index].label.toLowerCase().startsWith(search)) return index
    }
    return -1
  }
  const typing = () => Date.now() - typed.current.at < TYPEAHEAD_MS

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const { key, altKey } = event
    const printable = key.length === 1 && !event.ctrlKey && !event.metaKey && (key !== ' ' || typing())
    const first = nextEnabled(0, 1, -1)
    const last = nextEnabled(choices.length - 1, -1, -1)
    if (!open) {
      if (['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(key)) openAt(enabled(chosen) ? chosen : first)
      else if (key === 'Home') openAt(first)
      else if (key === 'End') openAt(last)
      else if (printable) {
        const found = typeahead(key, chosen)
        openAt(found >= 0 ? found : enabled(chosen) ? chosen : first)
      } else return
      event.preventDefault()
      return
    }
    if (key === 'ArrowDown' && !altKey) setActive(nextEnabled(active + 1, 1, active))
    else if (key === 'ArrowUp' && altKey) choose(active)
    else if (key === 'ArrowUp') setActive(nextEnabled(active - 1, -1, active))
    else if (key === 'Home') setActive(first)
    else if (key === 'End') setActive(last)
    else if (key === 'PageDown') setActive(nextEnabled(Math.min(active + PAGE_STEP, choices.length - 1), -1, active))
    else if (key === 'PageUp') setActive(nextEnabled(Math.max(active - PAGE_STEP, 0), 1, active))
    else if (printable) {
      const found = typeahead(key, active)
      if (found >= 0) setActive(found)
    } else if (key === 'Enter' || key === ' ') choose(active)
    else if (key === 'Tab') {
      // As the APG pattern says: Tab takes the highlighted option and moves on (no preventDefault).
      choose(active)
      return
    } else return
    event.preventDefault()
  }

  const shown = chosen >= 0 ? choices[chosen].label : value === '' ? placeholder : value
  return (
    <>
      <button
        type="button"
        id={id}
        ref={setButton}
        role="combobox"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        data-placeholder={chosen < 0 && value === '' ? '' : undefined}
        className={className ? `select-trigger ${className}` : 'select-trigger'}
        onClick={() => (open ? close() : openAt(enabled(chosen) ? chosen : nextEnabled(0, 1, -1)))}
        onKeyDown={onKeyDown}
        {...listIntent}
        onBlur={() => {
          if (open) close()
          onBlur?.()
        }}
        {...trigger}
      >
        <span>{shown}</span>
        <span className="select-chevron" aria-hidden="true">
          <Chevron />
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SelectList
            id={listId}
            optionId={optionId}
            anchor={button}
            choices={choices}
            chosen={chosen}
            active={active}
            onActive={(index) => index !== active && enabled(index) && setActive(index)}
            onChoose={choose}
            onClose={close}
          />
        </Suspense>
      )}
    </>
  )
}

const Chevron = () => (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
)
