import { memo, useCallback, useEffect, useId, useState } from 'react'
import { useRoles } from '../api/get-roles'
import { hasFilters, noFilters, type ApiKeyFilters } from '../filters'
import { useTenantScope } from '../tenant-scope'

interface FilterBarProps {
  applied: ApiKeyFilters
  onApply: (filters: ApiKeyFilters) => void
  /** Back to the unfiltered default view. */
  onReset: () => void
}

type Option<V extends string> = { value: V; label: string }
const STATUS_OPTIONS: Option<ApiKeyFilters['status']>[] = [
  { value: 'enabled', label: 'Enabled' },
  { value: 'disabled', label: 'Disabled' },
]
const NAME_MATCH_OPTIONS: Option<ApiKeyFilters['nameMatch']>[] = [
  { value: 'startswith', label: 'Starts with' },
  { value: 'endswith', label: 'Ends with' },
]
const LOCKED_OPTIONS: Option<ApiKeyFilters['locked']>[] = [
  { value: 'locked', label: 'Locked' },
  { value: 'unlocked', label: 'Not locked' },
]

/** A labelled select whose empty value means "Any" (or `emptyLabel`). */
function FilterSelect<V extends string>(props: {
  label: string
  value: V | ''
  onChange: (value: V | '') => void
  options: Option<V>[]
  emptyLabel?: string
}) {
  const id = useId()
  return (
    <div className="filter-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as V | '')}>
        <option value="">{props.emptyLabel ?? 'Any'}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

const NAME_PLACEHOLDERS: Record<ApiKeyFilters['nameMatch'], string> = { '': 'Contains…', startswith: 'Starts with…', endswith: 'Ends with…' }

/** Pause after the last keystroke in Name before the list is asked again: one request per pause, not per key. */
export const NAME_FILTER_DELAY_MS = 350

/**
 * The filter fields edit a draft; Apply sends it. Name also applies itself after a pause in typing.
 * When the applied filters change from outside (Back, a saved filter, Reset), the fields that changed
 * take the new values and any other unapplied edit is kept. A change the bar sent itself leaves the draft
 * alone: the admin may have typed on while it was applied. Memoised: its props only change when the applied
 * filters do, not with every page or sort.
 */
export const FilterBar = memo(function FilterBar({ applied, onApply, onReset }: FilterBarProps) {
  const id = useId()
  const roles = useRoles(useTenantScope())
  const [draft, setDraft] = useState(applied)
  const [lastApplied, setLastApplied] = useState(applied)
  /** What the bar itself last sent to be applied, until the applied filters reflect it. */
  const [sent, setSent] = useState<ApiKeyFilters | null>(null)
  if (lastApplied !== applied) {
    setLastApplied(applied)
    setSent(null)
    setDraft((current) => {
      const next = { ...current }
      for (const field of Object.keys(applied) as (keyof ApiKeyFilters)[]) {
        const changed = applied[field] !== lastApplied[field]
        const ownChange = sent !== null && sent[field] === applied[field]
        if (changed && !ownChange) (next as Record<string, string>)[field] = applied[field]
      }
      return next
    })
  }
  const apply = useCallback(
    (filters: ApiKeyFilters) => {
      setSent(filters)
      onApply(filters)
    },
    [onApply],
  )
  const set = <F extends keyof ApiKeyFilters>(field: F, value: ApiKeyFilters[F]) => setDraft((d) => ({ ...d, [field]: value }))

  // Name, and how it matches, apply themselves after a pause.
  useEffect(() => {
    if (draft.name === applied.name && draft.nameMatch === applied.nameMatch) return
    const timer = setTimeout(() => apply({ ...applied, name: draft.name, nameMatch: draft.nameMatch }), NAME_FILTER_DELAY_MS)
    return () => clearTimeout(timer)
  }, [draft.name, draft.nameMatch, applied, apply])

  const roleOptions = roles.data?.map((role) => ({ value: role.id, label: role.name })) ?? []
  const dateRangeInvalid = draft.createdFrom !== '' && draft.createdTo !== '' && draft.createdFrom > draft.createdTo

  return (
    <form
      className="filter-bar"
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault()
        if (!dateRangeInvalid) apply(draft)
      }}
    >
      <div className="filter-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} type="search" value={draft.name} placeholder={NAME_PLACEHOLDERS[draft.nameMatch]} onChange={(e) => set('name', e.target.value)} />
      </div>
      <FilterSelect label="Match" value={draft.nameMatch} onChange={(v) => set('nameMatch', v)} options={NAME_MATCH_OPTIONS} emptyLabel="Contains" />
      <FilterSelect label="Status" value={draft.status} onChange={(v) => set('status', v)} options={STATUS_OPTIONS} />
      <FilterSelect label="Role" value={draft.roleId} onChange={(v) => set('roleId', v)} options={roleOptions} />
      <FilterSelect label="Locked" value={draft.locked} onChange={(v) => set('locked', v)} options={LOCKED_OPTIONS} />
      <fieldset className="filter-field filter-dates">
        <legend>Creation Date</legend>
        <label htmlFor={`${id}-from`} className="visually-hidden">
          Created from
        </label>
        <input
          id={`${id}-from`}
          type="date"
          value={draft.createdFrom}
          max={draft.createdTo || undefined}
          onChange={(e) => set('createdFrom', e.target.value)}
          aria-invalid={dateRangeInvalid || undefined}
          aria-describedby={dateRangeInvalid ? `${id}-date-error` : undefined}
        />
        <span aria-hidden="true">–</span>
        <label htmlFor={`${id}-to`} className="visually-hidden">
          Created to
        </label>
        <input
          id={`${id}-to`}
          type="date"
          value={draft.createdTo}
          min={draft.createdFrom || undefined}
          onChange={(e) => set('createdTo', e.target.value)}
          aria-invalid={dateRangeInvalid || undefined}
        />
        {dateRangeInvalid && (
          <span id={`${id}-date-error`} className="field-error" role="alert">
            The start date is after the end date.
          </span>
        )}
      </fieldset>
      <div className="filter-actions">
        <button type="submit" className="button button-primary" disabled={dateRangeInvalid}>
          Apply
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft(noFilters)
            apply(noFilters)
          }}
        >
          Clear
        </button>
        {hasFilters(applied) && (
          <button type="button" className="button" onClick={onReset}>
            Reset
          </button>
        )}
      </div>
    </form>
  )
})
