import { memo } from 'react'
import { useFilterDraft } from '../../../components/data-table/use-filter-draft'
import { FilterActions, FilterBarForm } from '../../../components/data-table/filter-bar'
import { DateRangeField } from '../../../components/date-range-field'
import { FilterSelect } from '../../../components/filter-select'
import type { SelectOption } from '../../../components/select'
import { activityProductLabels, activityProducts, adminActions, auditActionLabels, auditActorLabel, auditActorValue } from '../../../contract/activity'
import { useAuditLogAdmins } from '../api/get-audit-log-admins'
import { noAuditFilters, TIME_RANGE, type AuditLogFilters } from '../filters'

const ACTION_OPTIONS = adminActions.map((value) => ({ value, label: auditActionLabels[value] }))
const PRODUCT_OPTIONS = activityProducts.map((value) => ({ value, label: activityProductLabels[value] }))
const TIME_RANGE_LABELS = ['Time from', 'Time to'] as const
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
  const admins = useAuditLogAdmins()
  const { draft, setDraft, apply, choose, applyFields, rangeInverted: inverted } = useFilterDraft({ applied, onApply, typed: TYPED, range: TIME_RANGE })

  // A person by name, automation as "API client <address>": both filter by the value the log matches.
  const adminOptions: SelectOption[] = admins.data?.map((actor) => ({ value: auditActorValue(actor), label: auditActorLabel(actor) })) ?? []
  // An admin or client the list does not (yet) have still shows as chosen.
  if (draft.admin && !adminOptions.some((option) => option.value === draft.admin)) adminOptions.unshift({ value: draft.admin, label: draft.admin })

  return (
    <FilterBarForm onApply={applyFields}>
      <DateRangeField
        legend="Time"
        dayLabels={TIME_RANGE_LABELS}
        from={draft.from}
        to={draft.to}
        onFromChange={(day) => choose('from', day)}
        onToChange={(day) => choose('to', day)}
        inverted={inverted}
      />
      <FilterSelect label="Admin" value={draft.admin} onChange={(value) => choose('admin', value)} options={adminOptions} />
      <FilterSelect label="Action" value={draft.action} onChange={(value) => choose('action', value)} options={ACTION_OPTIONS} />
      <FilterSelect label="Product" value={draft.product} onChange={(value) => choose('product', value)} options={PRODUCT_OPTIONS} />
      <FilterActions
        applyTitle="Apply what the fields hold now"
        clearTitle="Empty every field"
        onClear={() => {
          setDraft(noAuditFilters)
          apply(noAuditFilters)
        }}
        reset={
          onReset && {
            title: 'Back to the newest entries with no filters, at the default rows per page',
            onReset: () => {
              setDraft(noAuditFilters)
              onReset()
            },
          }
        }
      />
    </FilterBarForm>
  )
})
