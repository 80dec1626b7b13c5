/**
 * Key activity and audit logs over HTTP (issue #16): who a change or a sign-in is recorded as, the counting of calls
 * made with a key's token, `GET …/apiKeys/{id}/activity` of each product, and /portal/auditLogs (list, export, admins).
 */
import { getConnInfo } from '@hono/node-server/conninfo'
import { Hono, type Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import * as z from 'zod/mini'
import { _default as withDefault } from 'zod/mini'
import {
  activityProductLabels,
  auditActionLabels,
  auditActorLabel,
  auditLogFilterShape,
  auditValueLines,
  type ActivityActor,
  type ActivityEvent,
  type ActivityProduct,
  type AdminAction,
  type AuditValues,
} from '../../src/contract/activity'
import { pageNumber, pageSize, withOnePageSize } from '../../src/contract/list-query'
import { requestedMicrotenantId, type AppEnv } from '../auth'
import { parseWith } from '../body'
import { methodNotAllowed } from '../errors'
import { UNKNOWN_ADDRESS, type Store } from '../store/store'
import { keyIdParam } from './product-keys'

/** The client's address: the first of `X-Forwarded-For` (a proxy in front), else the connection's. */
export function clientAddress(c: Context): string {
  const forwarded = c.req.header('X-Forwarded-For')?.split(',', 1)[0].trim()
  if (forwarded) return forwarded.slice(0, 64)
  const env = c.env as { incoming?: unknown; server?: unknown } | undefined
  if (!env?.incoming && !env?.server) return UNKNOWN_ADDRESS // called without a socket (tests' app.request)
  return getConnInfo(c).remote.address ?? UNKNOWN_ADDRESS
}

/** Who a change is recorded as: the portal session is the tenant's admin (the store's default), a token its client. */
export const actorOf = (c: Context<AppEnv>): ActivityActor | undefined =>
  c.var.principal.kind === 'token' ? { kind: 'client', address: clientAddress(c) } : undefined

/**
 * Counts the calls made with a key's token (after the sign-in middleware, around everything else): the answer's status
 * decides how (`callOutcome`). Noted in memory, batched to the journal: the answer does not wait.
 */
export const countCalls = (store: Store, product: ActivityProduct) =>
  createMiddleware<AppEnv>(async (c, next) => {
    await next()
    const { principal } = c.var
    if (principal.kind === 'token') store.noteCall(principal.customerId, product, principal.actorId, c.res.status)
  })

/** GET …/apiKeys/{id}/activity of a product; ZPA's in the request's microtenant. */
export const keyActivityHandler = (store: Store, product: ActivityProduct) => (c: Context<AppEnv>) => {
  const microtenantId = product === 'zpa' ? (c.var.scope?.microtenantId ?? requestedMicrotenantId(c)) : undefined
  return c.json(store.keyActivity(c.var.principal.customerId, product, keyIdParam(c), microtenantId))
}

const auditFilter = z.object(auditLogFilterShape).check(
  z.refine((filter) => filter.from === undefined || filter.to === undefined || Number(filter.from) <= Number(filter.to), {
    error: 'from must not be after to',
    path: ['from'],
  }),
)

export const auditLogQuery = z.pipe(
  z.extend(auditFilter, { page: withDefault(pageNumber, 1), pagesize: z.optional(pageSize), pageSize: z.optional(pageSize) }),
  z.transform(withOnePageSize),
)
export const auditExportFormats = ['csv', 'json'] as const
export const auditExportQuery = z.extend(auditFilter, { format: z.enum(auditExportFormats) })

/** The query's filters as the store takes them. */
const filterOf = ({ from, to, admin, action, product }: z.output<typeof auditFilter>) => ({
  from: from === undefined ? undefined : Number(from),
  to: to === undefined ? undefined : Number(to),
  admin,
  action,
  product,
})

/** /portal/auditLogs, /portal/auditLogs/export and /portal/auditLogs/admins; the caller puts them behind the portal session. */
export const auditLogRoutes = (store: Store) =>
  new Hono<AppEnv>()
    .get('/', (c) => {
      const query = parseWith(auditLogQuery, c.req.query())
      const entries = store.auditLog(c.var.principal.customerId, filterOf(query))
      const start = (query.page - 1) * query.pageSize
      return c.json({
        totalPages: String(Math.ceil(entries.length / query.pageSize)),
        totalCount: String(entries.length),
        list: entries.slice(start, start + query.pageSize),
      })
    })
    .all('/', methodNotAllowed('GET'))
    .get('/export', (c) => {
      const query = parseWith(auditExportQuery, c.req.query())
      const entries = store.auditLog(c.var.principal.customerId, filterOf(query))
      const tenant = store.tenant(c.var.principal.customerId)
      const date = new Date((tenant?.clock.nowSeconds() ?? Date.now() / 1000) * 1000).toISOString().slice(0, 10)
      const headers = { 'Content-Disposition': `attachment; filename="audit-logs-${date}.${query.format}"`, 'Cache-Control': 'no-store' }
      if (query.format === 'json') return c.body(JSON.stringify(entries, null, 2), 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' })
      return c.body(auditCsv(entries), 200, { ...headers, 'Content-Type': 'text/csv; charset=utf-8' })
    })
    .all('/export', methodNotAllowed('GET'))
    .get('/admins', (c) => c.json(store.auditAdmins(c.var.principal.customerId)))
    .all('/admins', methodNotAllowed('GET'))

export const AUDIT_CSV_COLUMNS = ['Time', 'Admin', 'Action', 'Product', 'Resource', 'Microtenant', 'Before', 'After'] as const

/** The audit log as CSV (RFC 4180, CRLF, a UTF-8 byte order mark for spreadsheets), one row per entry. */
export function auditCsv(entries: readonly ActivityEvent[]): string {
  const rows = entries.map((event) => [
    new Date(Number(event.time) * 1000).toISOString(),
    auditActorLabel(event.actor),
    auditActionLabels[event.action as AdminAction] ?? event.action,
    activityProductLabels[event.product],
    event.keyName,
    event.microtenantName ?? '',
    valuesText(event.before),
    valuesText(event.after),
  ])
  return `\uFEFF${[AUDIT_CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** Before or After as the page writes it, `Name: x; Status: Enabled` (the JSON export keeps the raw values). */
const valuesText = (values: AuditValues | null) =>
  auditValueLines(values)
    .map((line) => line.text)
    .join('; ')

/**
 * One cell: a text a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return before
 * one) is prefixed with `'`; then quoted when it holds a comma, a quote or a line break.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
