import { createLoader, createParser, type inferParserType } from 'nuqs'
import * as z from 'zod/mini'
import { pagingParsers, settleView } from '../../components/data-table/table-view'
import { rangeInverted } from '../../components/data-table/use-filter-draft'
import { activityProducts, adminActions } from '../../contract/activity'
import type { PageSize } from '../../contract/api-key'
import { zonedDayStart } from '../../lib/zoned-day'
import type { AuditLogListParams } from './api/query-keys'

/** A calendar day as yyyy-mm-dd (2026-02-30 is none). */
const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine((day) => {
    const [year, month, date] = day.split('-').map(Number)
    const utc = new Date(Date.UTC(year, month - 1, date))
    return utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date
  }),
)

/**
 * The one declaration of what the admin can filter the audit log by, each field with the values it accepts (empty
 * means "any"). The filters' type, the empty filters, the URL's parsers and the request's query derive from it.
 */
const auditFilterFields = {
  /** The time range, inclusive, as yyyy-mm-dd days in the admin's time zone. */
  from: isoDate,
  to: isoDate,
  /** An admin's name or an API client's address, exactly (GET /portal/auditLogs/admins lists them). */
  admin: z.string().check(z.minLength(1), z.maxLength(200)),
  action: z.enum(adminActions),
  product: z.enum(activityProducts),
}

type AuditFilterField = keyof typeof auditFilterFields
/** The time range's fields. */
export const TIME_RANGE = ['from', 'to'] as const
export const auditFilterFieldNames = Object.keys(auditFilterFields) as AuditFilterField[]

/** What the admin can filter the log by, a value of each field (or '' for "any"). */
export type AuditLogFilters = { [F in AuditFilterField]: z.output<(typeof auditFilterFields)[F]> | '' }

const mapFields = <T>(value: (field: AuditFilterField) => T) => Object.fromEntries(auditFilterFieldNames.map((field) => [field, value(field)])) as Record<AuditFilterField, T>

export const noAuditFilters = mapFields(() => '') as AuditLogFilters

/** A value its field accepts as it is; anything else in the URL is dropped. */
const parseAsFilter = (field: AuditFilterField) =>
  createParser({
    parse: (value) => {
      const parsed = auditFilterFields[field].safeParse(value)
      return parsed.success && parsed.data === value ? value : null
    },
    serialize: String,
  })

/** The page's URL keys: page, rows per page (no sort: the log is newest first, no sortBy parses), and each filter. */
export const auditLogViewParsers = { ...pagingParsers<'time'>([]), ...mapFields(parseAsFilter) }
/** The view a query string names (the server's first view reads it with this). */
export const loadAuditLogView = createLoader(auditLogViewParsers)

/** The view on screen: the URL's, with the rows per page settled. */
export type AuditLogView = Omit<inferParserType<typeof auditLogViewParsers>, 'pageSize'> & { pageSize: PageSize }
export const settleAuditLogView = (view: inferParserType<typeof auditLogViewParsers>): AuditLogView => settleView(view, undefined)

/** Every view key cleared: the newest entries, unfiltered, at the default rows per page. */
export const defaultAuditLogView = mapFields(() => null) as Record<AuditFilterField, null>

export const filtersOfView = (view: AuditLogView): AuditLogFilters => mapFields((field) => view[field] ?? '') as AuditLogFilters
/** URL values for a set of filters: empty ones leave the query string. */
export const filtersToView = (filters: AuditLogFilters) => mapFields((field) => filters[field] || null)
export const appliedFilterCount = (filters: AuditLogFilters) => auditFilterFieldNames.filter((field) => filters[field] !== '').length

/**
 * The filters as the API's query (`from`/`to` inclusive epoch seconds of the days in the admin's time zone). A range
 * that ends before it starts (a link can hold one; the bar applies none) is left out: the server would refuse it.
 */
export function auditLogQuery(filters: AuditLogFilters, timeZone: string) {
  const range = rangeInverted(filters, TIME_RANGE) ? { from: '', to: '' } : filters
  return {
    from: range.from ? String(zonedDayStart(range.from, timeZone)) : undefined,
    to: range.to ? String(zonedDayStart(range.to, timeZone, 1) - 1) : undefined,
    admin: filters.admin || undefined,
    action: filters.action || undefined,
    product: filters.product || undefined,
  }
}

/** The list request that shows a view: one definition for the table's query and the server's first view. */
export const listParamsForView = (view: AuditLogView, timeZone: string): AuditLogListParams => ({
  page: view.page,
  pageSize: view.pageSize,
  ...auditLogQuery(filtersOfView(view), timeZone),
})
