import { Select as RadixSelect } from 'radix-ui'
import type { Ref } from 'react'
import './select.css'

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

// Radix reserves '' for "nothing chosen"; the empty choice travels under this value instead.
const EMPTY = '\u0000empty'

/**
 * A styled single-choice list on Radix Select: a combobox button that opens a listbox, with typeahead, arrows,
 * Enter and Esc. The trigger shows the chosen label itself, so the server's HTML already has it (Radix would
 * otherwise copy it in from the options after hydration).
 */
export function Select<V extends string>({ id, value, onValueChange, options, emptyLabel, placeholder, className, ref, ...trigger }: SelectProps<V>) {
  const chosen = value === '' ? undefined : options.find((option) => option.value === value)
  const shown = value === '' ? emptyLabel : (chosen?.label ?? value)
  return (
    <RadixSelect.Root
      value={value === '' && emptyLabel !== undefined ? EMPTY : value}
      onValueChange={(next) => onValueChange(next === EMPTY ? '' : (next as V))}
      disabled={trigger.disabled}
    >
      <RadixSelect.Trigger id={id} ref={ref} className={className ? `select-trigger ${className}` : 'select-trigger'} {...trigger}>
        <RadixSelect.Value placeholder={placeholder}>{shown}</RadixSelect.Value>
        <RadixSelect.Icon className="select-chevron">
          <Chevron />
        </RadixSelect.Icon>
      </RadixSelect.Trigger>
      <RadixSelect.Portal>
        <RadixSelect.Content className="select-content" position="popper" sideOffset={4}>
          <RadixSelect.Viewport className="select-viewport">
            {emptyLabel !== undefined && <SelectItem value={EMPTY} label={emptyLabel} />}
            {options.map((option) => (
              <SelectItem key={option.value} value={option.value} label={option.label} disabled={option.disabled} />
            ))}
          </RadixSelect.Viewport>
        </RadixSelect.Content>
      </RadixSelect.Portal>
    </RadixSelect.Root>
  )
}

function SelectItem({ value, label, disabled }: { value: string; label: string; disabled?: boolean }) {
  return (
    <RadixSelect.Item className="select-item" value={value} disabled={disabled}>
      <RadixSelect.ItemText>{label}</RadixSelect.ItemText>
      <RadixSelect.ItemIndicator className="select-item-indicator">
        <Check />
      </RadixSelect.ItemIndicator>
    </RadixSelect.Item>
  )
}

const Chevron = () => (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
)

const Check = () => (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <path d="M2.5 6.5 5 9l4.5-6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
)
