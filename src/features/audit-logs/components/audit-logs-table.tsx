import { useQueryClient } from '@tanstack/react-query'
import { useQueryStates } from 'nuqs'
import { useCallback, useMemo, useState } from 'react'
import { DataTableRefresh } from '../../../components/data-table/data-table-refresh'
import { DataTableView } from '../../../components/data-table/data-table-view'
import { useDataTable } from '../../../components/data-table/use-data-table'
import { FOLD_FILTERS_QUERY } from '../../../components/data-table/use-filter-draft'
import { FilterIcon } from '../../../components/icons'
import { useMediaQuery } from '../../../components/use-media-query'
import type { ActivityEvent } from '../../../contract/activity'
import { PAGE_SIZES } from '../../../contract/api-key'
import { defaultTableSettings, type TableSettings } from '../../../contract/preferences'
import { buildUrl } from '../../../lib/api-client'
import { auditLogsQueryOptions, useAuditLogs } from '../api/get-audit-logs'
import { AUDIT_LOGS_PATH } from '../api/query-keys'
import {
  appliedFilterCount,
  auditFilterFieldNames,
  auditLogQuery,
  auditLogViewParsers,
  defaultAuditLogView,
  filtersOfView,
  filtersToView,
  listParamsForView,
  noAuditFilters,
  settleAuditLogView,
  type AuditLogFilters,
} from '../filters'
import { AuditLogFilterBar } from './audit-log-filter-bar'
import { auditLogColumns } from './columns'

const noRows: ActivityEvent[] = []
const keepPageSize = () => undefined
const EMPTY_LOG = { title: 'No audit entries', detail: 'Every change an admin makes to an API key, on every product, shows here.' }

/**
 * The view (filters, page, rows per page) lives in the query string: a copied link reopens it, Back/Forward move
 * through it, and values the parsers refuse fall back to the defaults.
 */
function useAuditLogView() {
  const [urlView, setView] = useQueryStates(auditLogViewParsers, { history: 'push' })
  const view = settleAuditLogView(urlView)
  const filterKey = auditFilterFieldNames.map((field) => urlView[field] ?? '').join('\u0000')
  // Only the filter fields: a new page keeps the same filters object (the filter bar is memoised on it).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => filtersOfView(view), [filterKey])
  const firstView = auditFilterFieldNames.every((field) => urlView[field] === null) && urlView.page === 1 && urlView.pageSize === null
  return { view, filters, setView, firstView }
}

/** The audit log's table: newest first, paged and filtered by the server, with its exports. */
export function AuditLogsTable({ timeZone }: { timeZone: string }) {
  const { view, filters, setView, firstView } = useAuditLogView()
  // Until the admin toggles the bar, the screen decides.
  const [filtersChoice, setFiltersChoice] = useState<boolean | null>(null)
  const foldFilters = useMediaQuery(FOLD_FILTERS_QUERY)
  const filtersShown = filtersChoice ?? !foldFilters
  const appliedCount = appliedFilterCount(filters)
  const queryClient = useQueryClient()
  const query = useAuditLogs(listParamsForView(view, timeZone))
  const listed = query.data?.list ?? noRows
  // The layout is this visit's: the log keeps no preferences.
  const [settings, setSettings] = useState<TableSettings>(defaultTableSettings)
  const applyFilters = useCallback((next: AuditLogFilters) => void setView({ ...filtersToView(next), page: null }), [setView])
  const reset = useCallback(() => void setView({ ...defaultAuditLogView, page: null, pageSize: null }), [setView])

  const table = useDataTable({
    columns: auditLogColumns,
    data: listed,
    getRowId: (entry) => entry.id,
    rowCount: query.data ? Number(query.data.totalCount) : 0,
    view,
    setView,
    prefetch: (next) => void queryClient.prefetchQuery(auditLogsQueryOptions(listParamsForView({ ...view, ...next }, timeZone))),
    settings,
    setSettings,
    setPageSize: keepPageSize,
  })
  const exportUrl = (format: 'csv' | 'json') => buildUrl(`${AUDIT_LOGS_PATH}/export`, { format, ...auditLogQuery(filters, timeZone) })

  return (
    <section className="card audit-log" aria-label="Audit log">
      <div className="toolbar" role="toolbar" aria-label="Audit log actions">
        <div className="toolbar-start">
          <button type="button" className="button filters-toggle" aria-expanded={filtersShown} onClick={() => setFiltersChoice(!filtersShown)}>
            <FilterIcon />
            {filtersShown ? 'Hide Filters' : 'Show Filters'}
          </button>
          {/* With the bar folded, the rows still say they are filtered. */}
          {!filtersShown && appliedCount > 0 && <span className="badge badge-filters">{appliedCount === 1 ? '1 filter applied' : `${appliedCount} filters applied`}</span>}
        </div>
        <div className="toolbar-end">
          <DataTableRefresh isRefreshing={query.isFetching && !query.isPending} onRefresh={() => void query.refetch()} />
          {/* Downloads of every entry the filters match (the server's file, never a secret: the log holds none). */}
          <a className="button" href={exportUrl('csv')} download>
            Export CSV
          </a>
          <a className="button" href={exportUrl('json')} download>
            Export JSON
          </a>
        </div>
      </div>
      {filtersShown && (
        // Before hydration, the stylesheet folds the screen's default on a narrow screen (the server cannot know it).
        <div className={filtersChoice === null ? 'filters-by-screen' : undefined}>
          <AuditLogFilterBar applied={filters} onApply={applyFilters} onReset={firstView ? undefined : reset} />
        </div>
      )}
      <DataTableView
        table={table}
        query={query}
        listedCount={listed.length}
        filtered={appliedCount > 0}
        onClearFilters={() => applyFilters(noAuditFilters)}
        rowsName="audit entries"
        emptyWording={EMPTY_LOG}
        pageSizes={PAGE_SIZES}
      />
    </section>
  )
}
