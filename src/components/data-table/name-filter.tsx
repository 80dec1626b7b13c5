import { memo, useId } from 'react'
import { FilterActions, FilterBarForm } from './filter-bar'
import { NotUsedForDaysField, type NotUsedForDays } from './not-used-filter'
import { useFilterDraft } from './use-filter-draft'

export { NAME_FILTER_DELAY_MS } from './use-filter-draft'

/** The filters of a page whose table has Name (contains) and "Not used for" ('' for none). */
export type NameFilters = {
  name: string
  notUsedForDays: NotUsedForDays | ''
}

const TYPED = ['name'] as const
export const NO_NAME_FILTERS: NameFilters = { name: '', notUsedForDays: '' }

interface NameFilterProps {
  /** The filters the view applies; stable between renders while they do not change. */
  applied: NameFilters
  onApply: (filters: NameFilters) => void
}

/**
 * A filter bar of Name (contains) and Not used for: Name applies itself after a pause in typing, a span as soon as
 * it is chosen; "Apply" (or Enter) at once, "Clear" empties both. A filter applied from outside (Back, a link) takes
 * its field unless the bar sent it.
 */
export const NameFilter = memo(function NameFilter({ applied, onApply }: NameFilterProps) {
  const id = useId()
  const { draft, setDraft, apply, choose, applyFields } = useFilterDraft({ applied, onApply, typed: TYPED })
  return (
    <FilterBarForm onApply={applyFields}>
      <div className="filter-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          type="search"
          value={draft.name}
          placeholder="Contains…"
          maxLength={200}
          onChange={(e) => setDraft((current) => ({ ...current, name: e.target.value }))}
        />
      </div>
      <NotUsedForDaysField value={draft.notUsedForDays} onChange={(notUsedForDays) => choose('notUsedForDays', notUsedForDays)} />
      <FilterActions
        applyTitle="Apply what the fields hold now, without waiting for the pause in typing"
        onClear={() => {
          setDraft(NO_NAME_FILTERS)
          apply(NO_NAME_FILTERS)
        }}
      />
    </FilterBarForm>
  )
})
