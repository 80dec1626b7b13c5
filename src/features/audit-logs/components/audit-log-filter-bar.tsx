import { memo, useCallback, useId } from 'react'
import { useFilterDraft } from '../../../components/data-table/use-filter-draft'
import { DatePicker } from '../../../components/date-picker'
import { FilterSelect } from '../../../components/filter-select'
import type { SelectOption } from '../../../components/select'
import { activityProductLabels, activityProducts, adminActions, auditActionLabels } from '../../../contract/activity'
import { useAuditLogAdmins } from '../api/get-audit-log-admins'
import { noAuditFilters, rangeInverted, sameAuditFilters, type AuditLogFilters } from '../filters'

const ACTION_OPTIONS = adminActions.map((value) => ({ value, label: auditActionLabels[value] }))
const PRODUCT_OPTIONS = activityProducts.map((value) => ({ value, label: activityProductLabels[value] }))
/** No field is typed into: each applies as it is chosen. */
const TYPED = [] as const

interface AuditLogFilterBarProps {
  applied: AuditLogFilters
  onApply: (filters: AuditLogFilters) => void
  /** Back to the log's first view: no filters, the first page, the default rows per page. */
  onReset?: () => void
}

/**
 * The log's filters, as the API keys' filter bar has them: a choice or a day applies at once, Apply (or Enter)
 * applies what the fields hold, Clear empties every field, Reset (once the view is not the first one) goes back to
 * it. A time range that ends before it starts says so and is not applied; the other fields still are.
 */
export const AuditLogFilterBar = memo(function AuditLogFilterBar({ applied, onApply, onReset }: AuditLogFilterBarProps) {
  const id = useId()
  const admins = useAuditLogAdmins()
  /** An inverted range keeps the days that were applied. */
  const applicable = useCallback((fields: AuditLogFilters): AuditLogFilters => (rangeInverted(fields) ? { ...fields, from: applied.from, to: applied.to } : fields), [applied])
  const { draft, setDraft, apply } = useFilterDraft({ applied, onApply, typed: TYPED, applicable })
  const inverted = rangeInverted(draft)
  const choose = <F extends keyof AuditLogFilters>(field: F, value: AuditLogFilters[F]) => {
    const next = { ...draft, [field]: value }
    setDraft(next)
    const filters = applicable(next)
    if (!sameAuditFilters(filters, applied)) apply(filters)
  }

  const adminOptions: SelectOption[] = admins.data?.map((admin) => ({ value: admin.name, label: admin.name })) ?? []
  // An admin the list does not (yet) have still shows as chosen.
  if (draft.admin && !adminOptions.some((option) => option.value === draft.admin)) adminOptions.unshift({ value: draft.admin, label: draft.admin })
  const dayProps = (field: 'from' | 'to') => ({
    id: `${id}-${field}`,
    value: draft[field],
    onValueChange: (day: string) => choose(field, day),
    'aria-invalid': inverted || undefined,
    'aria-describedby': inverted ? `${id}-range-error` : undefined,
  })

  return (
    <form
      className="filter-bar"
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault()
        apply(applicable(draft))
      }}
    >
      <fieldset className="filter-field filter-dates">
        <legend>Time</legend>
        <label htmlFor={`${id}-from`} className="visually-hidden">
          Time from
        </label>
        <DatePicker {...dayProps('from')} label="Time from" placeholder="From" openingMonth={draft.to || undefined} />
        <span aria-hidden="true">–</span>
        <label htmlFor={`${id}-to`} className="visually-hidden">
          Time to
        </label>
        <DatePicker {...dayProps('to')} label="Time to" placeholder="To" openingMonth={draft.from || undefined} />
        {inverted && (
          <span id={`${id}-range-error`} className="filter-date-error" role="alert">
            Start date is after end date
          </span>
        )}
      </fieldset>
      <FilterSelect label="Admin" value={draft.admin} onChange={(value) => choose('admin', value)} options={adminOptions} />
      <FilterSelect label="Action" value={draft.action} onChange={(value) => choose('action', value)} options={ACTION_OPTIONS} />
      <FilterSelect label="Product" value={draft.product} onChange={(value) => choose('product', value)} options={PRODUCT_OPTIONS} />
      <div className="filter-actions">
        <button type="submit" className="button button-primary" title="Apply what the fields hold now">
          Apply
        </button>
        <button
          type="button"
          className="button"
          title="Empty every field"
          onClick={() => {
            setDraft(noAuditFilters)
            apply(noAuditFilters)
          }}
        >
          Clear
        </button>
        {onReset && (
          <button
            type="button"
            className="button"
            title="Back to the newest entries with no filters, at the default rows per page"
            onClick={() => {
              setDraft(noAuditFilters)
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
