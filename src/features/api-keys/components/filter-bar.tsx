import { memo, useId } from 'react'
import { NotUsedForDaysField } from '../../../components/data-table/not-used-filter'
import { useFilterDraft } from '../../../components/data-table/use-filter-draft'
import { FilterActions, FilterBarForm } from '../../../components/data-table/filter-bar'
import { DateRangeField } from '../../../components/date-range-field'
import { FilterSelect } from '../../../components/filter-select'
import type { SelectOption } from '../../../components/select'
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

const NAME_PLACEHOLDERS: Record<ApiKeyFilters['nameMatch'], string> = { '': 'Contains…', startswith: 'Starts with…', endswith: 'Ends with…' }

const CREATION_DATE = ['createdFrom', 'createdTo'] as const
const CREATION_DATE_LABELS = ['Created from', 'Created to'] as const

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
  const { draft, setDraft, apply, choose, applyFields, rangeInverted: dateRangeInvalid } = useFilterDraft({ applied, onApply, typed: TYPED, range: CREATION_DATE })

  const roleOptions: SelectOption[] = roles.data?.map((role) => ({ value: role.id, label: role.name })) ?? []
  // A role the list does not (yet) have still shows as chosen.
  if (draft.roleId && !roleOptions.some((option) => option.value === draft.roleId))
    roleOptions.unshift({ value: draft.roleId, label: roles.isPending ? 'Loading roles…' : `Role ${draft.roleId}` })
  const resettable = !sameFilters(applied, start)

  return (
    <FilterBarForm onApply={applyFields}>
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
      <DateRangeField
        legend="Creation Date"
        dayLabels={CREATION_DATE_LABELS}
        from={draft.createdFrom}
        to={draft.createdTo}
        onFromChange={(day) => choose('createdFrom', day)}
        onToChange={(day) => choose('createdTo', day)}
        inverted={dateRangeInvalid}
      />
      <NotUsedForDaysField value={draft.notUsedForDays} onChange={(v) => choose('notUsedForDays', v)} />
      <FilterActions
        applyTitle="Apply what the fields hold now, without waiting for the pause in typing"
        clearTitle={startName ? `Empty every field; "${startName}" stays selected, marked changed` : 'Empty every field'}
        onClear={() => {
          setDraft(noFilters)
          apply(noFilters)
        }}
        reset={
          resettable
            ? {
                title: startName ? `Back to the saved filter "${startName}" as saved` : 'Back to the list with no filters',
                onReset: () => {
                  setDraft(start)
                  onReset()
                },
              }
            : undefined
        }
      />
    </FilterBarForm>
  )
})
