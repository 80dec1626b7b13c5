import { useId } from 'react'
import { Select, type SelectOption } from './select'

/** A filter bar's labelled Select whose empty value means "Any" (or `emptyLabel`). */
export function FilterSelect<V extends string>(props: { label: string; value: V | ''; onChange: (value: V | '') => void; options: SelectOption<V>[]; emptyLabel?: string }) {
  const id = useId()
  return (
    <div className="filter-field">
      <label htmlFor={id}>{props.label}</label>
      <Select id={id} value={props.value} onValueChange={props.onChange} options={props.options} emptyLabel={props.emptyLabel ?? 'Any'} />
    </div>
  )
}
