import { memo, useCallback, useId, useMemo } from 'react'
import { FilterActions, FilterBarForm } from './filter-bar'
import { useFilterDraft } from './use-filter-draft'

export { NAME_FILTER_DELAY_MS } from './use-filter-draft'

const TYPED = ['name'] as const
const NO_NAME = { name: '' }

interface NameFilterProps {
  /** The name the view filters by ('' for none). */
  applied: string
  onApply: (name: string) => void
}

/**
 * A filter bar of one field, Name (contains): it applies itself after a pause in typing; "Apply" (or Enter) at
 * once, "Clear" empties it. A name applied from outside (Back, a link) takes the field unless the bar sent it.
 */
export const NameFilter = memo(function NameFilter({ applied, onApply }: NameFilterProps) {
  const id = useId()
  const appliedFilters = useMemo(() => ({ name: applied }), [applied])
  const applyName = useCallback((filters: { name: string }) => onApply(filters.name), [onApply])
  const { draft, setDraft, apply, applyFields } = useFilterDraft({ applied: appliedFilters, onApply: applyName, typed: TYPED })
  return (
    <FilterBarForm onApply={applyFields}>
      <div className="filter-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} type="search" value={draft.name} placeholder="Contains…" maxLength={200} onChange={(e) => setDraft({ name: e.target.value })} />
      </div>
      <FilterActions
        applyTitle="Apply what the field holds now, without waiting for the pause in typing"
        onClear={() => {
          setDraft(NO_NAME)
          apply(NO_NAME)
        }}
      />
    </FilterBarForm>
  )
})
