import { memo, useCallback, useId } from 'react'
import { NotUsedForDaysField } from '../../../components/data-table/not-used-filter'
import { useFilterDraft } from '../../../components/data-table/use-filter-draft'
import { DatePicker } from '../../../components/date-picker'
import { Select, type SelectOption } from '../../../components/select'
import { useRoles } from '../api/get-roles'
import { noFilters, sameFilters, type ApiKeyFilters } from '../filters'
import { useTenantScope } from '../tenant-scope'
import './filter-bar.css'

/** Name and how it matches are typed: they apply themselves after a pause. */
const TYPED = ['name', 'nameMatch'] as const

interface FilterBarProps {
  applied: ApiKeyFilters
  onApply: (filters: ApiKeyFilters) => void
  /** Back to where the view started: `start`. */
  onReset: () => void
  /** Where Reset goes: the selected saved filter as saved, or (by default) no filters. */
  start?: ApiKeyFilters
  /** The selected saved filter's name, which Reset says it returns to. */
  startName?: string
}

/** A field's values other than '' ("any"). */
type Choice<F extends keyof ApiKeyFilters> = Exclude<ApiKeyFilters[F], ''>

const STATUS_OPTIONS: SelectOption<Choice<'status'>>[] = [
  { value: 'enabled', label: 'Enabled' },
  { value: 'disabled', label: 'Disabled' },
]
const NAME_MATCH_OPTIONS: SelectOption<Choice<'nameMatch'>>[] = [
  { value: 'startswith', label: 'Starts with' },
  { value: 'endswith', label: 'Ends with' },
]
const LOCKED_OPTIONS: SelectOption<Choice<'locked'>>[] = [
  { value: 'locked', label: 'Locked' },
  { value: 'unlocked', label: 'Not locked' },
]

/** A labelled Select whose empty value means "Any" (or `emptyLabel`). */
function FilterSelect<V extends string>(props: { label: string; value: V | ''; onChange: (value: V | '') => void; options: SelectOption<V>[]; emptyLabel?: string }) {
  const id = useId()
  return (
    <div className="filter-field">
      <label htmlFor={id}>{props.label}</label>
      <Select id={id} value={props.value} onValueChange={props.onChange} options={props.options} emptyLabel={props.emptyLabel ?? 'Any'} />
    </div>
  )
}

const NAME_PLACEHOLDERS: Record<ApiKeyFilters['nameMatch'], string> = { '': 'Contains…', startswith: 'Starts with…', endswith: 'Ends with…' }


const rangeInvalid = (filters: ApiKeyFilters) => filters.createdFrom !== '' && filters.createdTo !== '' && filters.createdFrom > filters.createdTo

/**
 * Every field applies itself: a select or a day as soon as it is chosen, Name (and its Match) after a pause in
 * typing. Apply (or Enter) applies the fields at once, without waiting for the pause. A Creation Date range that
 * ends before it starts says so and is not applied; the other fields still are.
 * When the applied filters change from outside (Back, a saved filter, Reset), the fields that changed take the
 * new values and any other edit is kept. A change the bar sent itself leaves the fields alone: the admin may
 * have typed on while it was applied. Memoised: its props only change when the applied filters do.
 */
export const FilterBar = memo(function FilterBar({ applied, onApply, onReset, start = noFilters, startName }: FilterBarProps) {
  const id = useId()
  const roles = useRoles(useTenantScope())
  /** The fields as they can be applied: an inverted range keeps the dates that were applied. */
  const applicable = useCallback(
    (fields: ApiKeyFilters): ApiKeyFilters => (rangeInvalid(fields) ? { ...fields, createdFrom: applied.createdFrom, createdTo: applied.createdTo } : fields),
    [applied],
  )
  const { draft, setDraft, apply } = useFilterDraft({ applied, onApply, typed: TYPED, applicable })
  const dateRangeInvalid = rangeInvalid(draft)
  /** A chosen option or day applies at once, with whatever else the fields hold. */
  const choose = <F extends keyof ApiKeyFilters>(field: F, value: ApiKeyFilters[F]) => {
    const next = { ...draft, [field]: value }
    setDraft(next)
    const filters = applicable(next)
    if (!sameFilters(filters, applied)) apply(filters)
  }

  const roleOptions: SelectOption[] = roles.data?.map((role) => ({ value: role.id, label: role.name })) ?? []
  // A role the list does not (yet) have still shows as chosen.
  if (draft.roleId && !roleOptions.some((option) => option.value === draft.roleId))
    roleOptions.unshift({ value: draft.roleId, label: roles.isPending ? 'Loading roles…' : `Role ${draft.roleId}` })
  const resettable = !sameFilters(applied, start)

  return (
    <form
      className="filter-bar"
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault()
        apply(applicable(draft))
      }}
    >
      <div className="filter-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          type="search"
          value={draft.name}
          placeholder={NAME_PLACEHOLDERS[draft.nameMatch]}
          onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
        />
      </div>
      <FilterSelect label="Match" value={draft.nameMatch} onChange={(v) => setDraft((d) => ({ ...d, nameMatch: v }))} options={NAME_MATCH_OPTIONS} emptyLabel="Contains" />
      <FilterSelect label="Status" value={draft.status} onChange={(v) => choose('status', v)} options={STATUS_OPTIONS} />
      <FilterSelect label="Role" value={draft.roleId} onChange={(v) => choose('roleId', v)} options={roleOptions} />
      <FilterSelect label="Locked" value={draft.locked} onChange={(v) => choose('locked', v)} options={LOCKED_OPTIONS} />
      <fieldset className="filter-field filter-dates">
        <legend>Creation Date</legend>
        <label htmlFor={`${id}-from`} className="visually-hidden">
          Created from
        </label>
        <DatePicker
          id={`${id}-from`}
          label="Created from"
          placeholder="From"
          value={draft.createdFrom}
          openingMonth={draft.createdTo || undefined}
          onValueChange={(day) => choose('createdFrom', day)}
          aria-invalid={dateRangeInvalid || undefined}
          aria-describedby={dateRangeInvalid ? `${id}-date-error` : undefined}
        />
        <span aria-hidden="true">–</span>
        <label htmlFor={`${id}-to`} className="visually-hidden">
          Created to
        </label>
        <DatePicker
          id={`${id}-to`}
          label="Created to"
          placeholder="To"
          value={draft.createdTo}
          openingMonth={draft.createdFrom || undefined}
          onValueChange={(day) => choose('createdTo', day)}
          aria-invalid={dateRangeInvalid || undefined}
          aria-describedby={dateRangeInvalid ? `${id}-date-error` : undefined}
        />
        {/* Over the legend's line, beside "Creation Date": appearing, it moves no other field. */}
        {dateRangeInvalid && (
          <span id={`${id}-date-error`} className="filter-date-error" role="alert">
            Start date is after end date
          </span>
        )}
      </fieldset>
      <NotUsedForDaysField value={draft.notUsedForDays} onChange={(v) => choose('notUsedForDays', v)} />
      <div className="filter-actions">
        <button type="submit" className="button button-primary" title="Apply what the fields hold now, without waiting for the pause in typing">
          Apply
        </button>
        <button
          type="button"
          className="button"
          title={startName ? `Empty every field; "${startName}" stays selected, marked changed` : 'Empty every field'}
          onClick={() => {
            setDraft(noFilters)
            apply(noFilters)
          }}
        >
          Clear
        </button>
        {resettable && (
          <button
            type="button"
            className="button"
            title={startName ? `Back to the saved filter "${startName}" as saved` : 'Back to the list with no filters'}
            onClick={() => {
              setDraft(start)
              onReset()
            }}
          >
            Reset
          </button>
        )}
      </div>
    </form>
  )
})
