/**
 * Key activity and audit logs (issue #16): the mock's own API, with §2's envelope, id, time and error conventions.
 *
 * One log per tenant holds every event of every product's keys: what admins did (create, update, delete, unlock,
 * rotate: the audit log) and what clients did (sign-ins, failed sign-ins, the lock they cause), plus per-hour counts
 * of each key's API calls. Times are the tenant's mock clock. A secret is never in any of it.
 *
 * - `GET {product base}/apiKeys/{id}/activity` (ZPA: `?microtenantId=`) → `keyActivity`: the chart's 168 hours and
 *   the key's newest events. Product bases: ZPA `/mgmtconfig/v1/admin/customers/{customerId}`, ZCC
 *   `/zcc/v1/admin/customers/{customerId}`, ZDX `/zdx/v1/admin/customers/{customerId}`.
 * - Every product's key list and key object carry `lastUsedTime`; the lists sort by it (`sortBy=lastUsedTime`) and
 *   take `notUsedForDays=N` (the keys with no sign-in or call in the last N days of the tenant's clock, never-used
 *   ones included).
 * - `GET /portal/auditLogs` (the session's customer, every product and microtenant) → `auditLogPage`, newest first;
 *   `GET /portal/auditLogs/export?format=csv|json` (same filters, every matching entry, as a download);
 *   `GET /portal/auditLogs/admins` → who appears in the log: its admins and its API clients (actors).
 * - `POST /__mock/activity` (the caller's tenant) writes synthetic history: `syntheticActivityInput`.
 */
import * as z from 'zod/mini'
import { _default as withDefault } from 'zod/mini'
import { epochString, idString, lastUsedTime, MAX_NOT_USED_FOR_DAYS } from './primitives'

/** The products whose keys have activity; the labels are the console's. */
export const activityProducts = ['zpa', 'zcc', 'zdx'] as const
export type ActivityProduct = (typeof activityProducts)[number]
export const activityProductLabels: Record<ActivityProduct, string> = {
  zpa: 'Private Access',
  zcc: 'Client Connector',
  zdx: 'Digital Experience',
}

/** What an admin did to a key: the audit log's actions. */
export const adminActions = ['create', 'update', 'delete', 'unlock', 'rotate'] as const
export type AdminAction = (typeof adminActions)[number]
/** What a client did with a key (and what it caused). */
export const clientActions = ['signIn', 'signInFailed', 'lock'] as const
export type ClientAction = (typeof clientActions)[number]
export const activityActions = [...adminActions, ...clientActions] as const
export type ActivityAction = (typeof activityActions)[number]

/** The Audit Logs page's Action column and filter. */
export const auditActionLabels: Record<AdminAction, string> = {
  create: 'Create',
  update: 'Update',
  delete: 'Delete',
  unlock: 'Unlock',
  rotate: 'Rotate',
}

/** A key's activity panel's event names. */
export const keyEventLabels: Record<ActivityAction, string> = {
  create: 'Created',
  update: 'Edited',
  delete: 'Deleted',
  unlock: 'Unlocked',
  rotate: 'Secret rotated',
  signIn: 'Signed in',
  signInFailed: 'Sign-in failed',
  lock: 'Locked',
}

/** Who did it: an admin of the portal, or an API client (by its address). */
export const activityActor = z.union([
  z.object({ kind: z.literal('admin'), id: idString, name: z.string() }),
  z.object({ kind: z.literal('client'), address: z.string() }),
])
export type ActivityActor = z.infer<typeof activityActor>

/** A key's editable values as the audit log shows them before and after a change (never a secret). */
export const auditValues = z.record(z.string(), z.union([z.string(), z.boolean(), z.null()]))
export type AuditValues = z.infer<typeof auditValues>

type AuditValue = AuditValues[string]

/** Epoch seconds as `2026-03-01 13:00:00 UTC`. */
const utcTime = (epochSeconds: string): string => `${new Date(Number(epochSeconds) * 1000).toISOString().slice(0, 19).replace('T', ' ')} UTC`
const yesNo = (value: AuditValue) => (value === true ? 'Yes' : value === false ? 'No' : value)

/**
 * The key's fields as the key pages name them, and their values as those pages show them. A field not named here
 * shows as the API names it; the role's id goes unshown beside its name.
 */
const auditFields: Record<string, { label: string; value?: (value: AuditValue) => AuditValue }> = {
  name: { label: 'Name' },
  enabled: { label: 'Status', value: (value) => (value === true ? 'Enabled' : value === false ? 'Disabled' : value) },
  // The full name, as the key's form and its activity panel write it (the table header's short one reads as another field).
  tokenExpiryTimeInSec: { label: 'Session Validity Interval (In Seconds)' },
  roleName: { label: 'Role' },
  // Client Connector's READ and WRITE, as its page writes them (Read, Write).
  role: { label: 'Role', value: (value) => (typeof value === 'string' ? value.charAt(0) + value.slice(1).toLowerCase() : value) },
  isLocked: { label: 'Locked', value: yesNo },
  // A rotation's (issue #17): the grace chosen, and until when the old secret signs in (a time in UTC, as the CSV's).
  gracePeriodInSec: { label: 'Old secret valid for (In Seconds)' },
  oldSecretValidUntil: { label: 'Old secret valid until', value: (value) => (typeof value === 'string' ? utcTime(value) : value) },
}

/** A field's name as the key pages write it. */
export const auditFieldLabel = (field: string): string => auditFields[field]?.label ?? field

/** A field's value as the key pages write it ("none" for an empty one). */
export function auditValueText(field: string, value: AuditValue | undefined): string {
  const shown = value === undefined ? null : (auditFields[field]?.value ?? yesNo)(value)
  return shown === null ? 'none' : String(shown)
}

/** The fields worth showing of values before or after a change: the role's id goes unshown beside its name. */
export const shownAuditFields = (values: AuditValues): string[] =>
  Object.keys(values).filter((field) => field !== 'roleId' || !('roleName' in values))

/** Values before or after a change as the Audit Logs page and its CSV write them: a `field: value` line each. */
export function auditValueLines(values: AuditValues | null): { field: string; text: string }[] {
  if (!values) return []
  return shownAuditFields(values).map((field) => ({ field, text: `${auditFieldLabel(field)}: ${auditValueText(field, values[field])}` }))
}

export const activityEvent = z.object({
  id: idString,
  time: epochString,
  product: z.enum(activityProducts),
  action: z.enum(activityActions),
  keyId: idString,
  /** The key's name when it happened. */
  keyName: z.string(),
  /** ZPA keys only: the key's microtenant. */
  microtenantId: z.optional(idString),
  microtenantName: z.optional(z.string()),
  actor: activityActor,
  /** Admin actions: the values before (null for create) and after (null for delete); update holds the changed ones only. */
  before: z.nullable(auditValues),
  after: z.nullable(auditValues),
})
export type ActivityEvent = z.infer<typeof activityEvent>

/** One hour of a key's API calls (sign-ins included): succeeded, refused (401/403) and rate-limited (429). */
export const activityHour = z.object({
  start: epochString,
  succeeded: z.number().check(z.int(), z.minimum(0)),
  denied: z.number().check(z.int(), z.minimum(0)),
  limited: z.number().check(z.int(), z.minimum(0)),
})
export type ActivityHour = z.infer<typeof activityHour>

export const ACTIVITY_CHART_HOURS = 7 * 24
/** At most this many of a key's newest events come with its activity. */
export const KEY_ACTIVITY_EVENTS = 200

/** GET …/apiKeys/{id}/activity. */
export const keyActivity = z.object({
  keyId: idString,
  keyName: z.string(),
  product: z.enum(activityProducts),
  /** The tenant's mock time when answered. */
  now: epochString,
  lastUsedTime: z.nullable(epochString),
  /** The last 7 days of the tenant's clock, oldest first: ACTIVITY_CHART_HOURS whole hours, the last one the current. */
  hours: z.array(activityHour),
  /** Newest first, at most KEY_ACTIVITY_EVENTS. */
  events: z.array(activityEvent),
})
export type KeyActivity = z.infer<typeof keyActivity>

// Defined beside the other primitives (the key pages' first load takes them without this module); the same values.
export { lastUsedTime, MAX_NOT_USED_FOR_DAYS }

/** The query of GET /portal/auditLogs and its export: every filter optional, `from`/`to` inclusive epoch seconds. */
export const auditLogFilterShape = {
  from: z.optional(epochString),
  to: z.optional(epochString),
  /** An admin's name or an API client's address, exactly (auditActorValue). */
  admin: z.optional(z.string()),
  action: z.optional(z.enum(adminActions)),
  product: z.optional(z.enum(activityProducts)),
}

export const auditLogPage = z.object({
  totalPages: z.string(),
  totalCount: z.string(),
  list: z.array(activityEvent),
})
export type AuditLogPage = z.infer<typeof auditLogPage>

/** GET /portal/auditLogs/admins: every actor of the log, the admins and the API clients (a change made with a key's token). */
export const auditLogAdmins = z.array(activityActor)

/** The value of the audit log's `admin` filter that selects an actor: an admin's name, a client's address. */
export const auditActorValue = (actor: ActivityActor): string => (actor.kind === 'admin' ? actor.name : actor.address)
/** An actor as the Audit Logs page and its CSV name it: a person by name, automation as such. */
export const auditActorLabel = (actor: ActivityActor): string => (actor.kind === 'admin' ? actor.name : `API client ${actor.address}`)

/** How long the log keeps events and hourly counts (the tenant's clock), and the most events it keeps per key. */
export const ACTIVITY_RETENTION_DAYS = 30
export const MAX_EVENTS_PER_KEY = 1000

const count = (max: number) => z.number().check(z.int(), z.minimum(0), z.maximum(max))

/**
 * POST /__mock/activity: synthetic history for one key, spread over the last `days` of the tenant's clock (a daily
 * rhythm, deterministic), so that demos and tests get a full chart without waiting; never before the key's creation
 * (a key made now gets it all in the current hour). Answers 201 with the key's activity.
 */
export const syntheticActivityInput = z.object({
  product: z.enum(activityProducts),
  keyId: idString,
  /** ZPA: the key's microtenant; Default when absent. */
  microtenantId: z.optional(idString),
  days: withDefault(z.number().check(z.int(), z.minimum(1), z.maximum(ACTIVITY_RETENTION_DAYS)), 7),
  /** Calls that succeeded. */
  calls: withDefault(count(1_000_000), 0),
  /** Calls refused with 401 or 403. */
  denied: withDefault(count(1_000_000), 0),
  /** Calls refused with 429. */
  limited: withDefault(count(1_000_000), 0),
  /** Sign-in events (each also counts as a succeeded call). */
  signIns: withDefault(count(MAX_EVENTS_PER_KEY), 0),
})
export type SyntheticActivityInput = z.input<typeof syntheticActivityInput>
