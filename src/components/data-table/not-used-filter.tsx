import { parseAsStringLiteral } from 'nuqs'
import { useId } from 'react'
import { Select, type SelectOption } from '../select'

/**
 * The one declaration of the "not used for N days" filter: its choices (days, as the URL and a saved filter write
 * them), the URL parser, the list's `notUsedForDays` and the field derive from it. A choice of a few spans rather
 * than a number field: each applies on its own, with no invalid value to explain, and a URL holds only these.
 */
export const NOT_USED_FOR_DAYS = ['7', '30', '90', '180', '365'] as const
export type NotUsedForDays = (typeof NOT_USED_FOR_DAYS)[number]

/** The URL key's parser: anything but a choice is dropped. */
export const parseAsNotUsedForDays = parseAsStringLiteral(NOT_USED_FOR_DAYS)

/** The list request's `notUsedForDays` of a chosen span ('' or null: any). */
export const notUsedForDaysParam = (days: NotUsedForDays | '' | null): number | undefined => (days ? Number(days) : undefined)

const OPTIONS: SelectOption<NotUsedForDays>[] = NOT_USED_FOR_DAYS.map((days) => ({ value: days, label: `${days} days` }))

/** "Not used for": Any, 7 days … 365 days (keys with no sign-in or call in that span, never-used ones included). */
export function NotUsedForDaysField({ value, onChange }: { value: NotUsedForDays | ''; onChange: (days: NotUsedForDays | '') => void }) {
  const id = useId()
  return (
    <div className="filter-field">
      <label htmlFor={id}>Not used for</label>
      <Select id={id} value={value} onValueChange={onChange} options={OPTIONS} emptyLabel="Any" className="not-used-for" />
    </div>
  )
}
