/**
 * A tenant's key activity (issue #16): one log for every product's keys, holding admin changes and client sign-ins
 * (events), per-key hourly call counts and each key's last use. Changes arrive as deltas (`ActivityDelta`), the form
 * the journal keeps them in; applying one returns its undo. Deltas commute (counts add, events keep the newest per key,
 * last use is a maximum), so the batched records of sign-ins and calls may reach the journal after the admin changes
 * they interleave with. Bounded: what is older than ACTIVITY_RETENTION_DAYS of the tenant's clock is dropped, and
 * at most MAX_EVENTS_PER_KEY events per key are kept. Never a secret: nothing here has a field that could hold one.
 */
import {
  ACTIVITY_CHART_HOURS,
  ACTIVITY_RETENTION_DAYS,
  adminActions,
  auditActorValue,
  KEY_ACTIVITY_EVENTS,
  MAX_EVENTS_PER_KEY,
  type ActivityActor,
  type ActivityEvent,
  type ActivityHour,
  type ActivityProduct,
  type AdminAction,
} from '../../src/contract/activity'

export const HOUR_SECONDS = 3600
export const DAY_SECONDS = 24 * HOUR_SECONDS
const RETENTION_SECONDS = ACTIVITY_RETENTION_DAYS * DAY_SECONDS

/** Calls of one key in one hour (its start, epoch seconds), to add. */
export type HourCount = { product: ActivityProduct; keyId: string; hour: number; succeeded: number; denied: number; limited: number }
/** A key was used at `time` (epoch seconds): its last use is the newest of these. */
export type KeyUse = { product: ActivityProduct; keyId: string; time: number }
/** What a journal record adds to a tenant's activity. */
export type ActivityDelta = { events?: ActivityEvent[]; calls?: HourCount[]; used?: KeyUse[] }

export type CallOutcome = 'succeeded' | 'denied' | 'limited'

/** How a call's status counts: 401/403 refused, 429 rate-limited, any other below 500 succeeded; a 5xx is not counted. */
export function callOutcome(status: number): CallOutcome | undefined {
  if (status === 401 || status === 403) return 'denied'
  if (status === 429) return 'limited'
  return status < 500 ? 'succeeded' : undefined
}

export const hourOf = (seconds: number) => Math.floor(seconds / HOUR_SECONDS) * HOUR_SECONDS

const isAdminAction = (action: string): action is AdminAction => (adminActions as readonly string[]).includes(action)

type Counts = { succeeded: number; denied: number; limited: number }

/** One key's part of the log. */
class KeyLog {
  /** Oldest first (by time; equal times in the order they came). */
  readonly events: ActivityEvent[] = []
  readonly hours = new Map<number, Counts>()
  lastUsed: number | null = null
  /** Its delete event was seen: once nothing else is left, the whole entry goes. */
  deleted = false

  constructor(
    readonly product: ActivityProduct,
    readonly keyId: string,
  ) {}

  isEmpty(): boolean {
    return this.events.length === 0 && this.hours.size === 0 && (this.lastUsed === null || this.deleted)
  }
}

export type AuditFilter = { from?: number; to?: number; admin?: string; action?: AdminAction; product?: ActivityProduct }

export class TenantActivity {
  readonly #logs = new Map<string, KeyLog>()
  /** Changes whenever a key's last use does: list views sorted or filtered by it are keyed with it. */
  #usedVersion = 0
  /** The admin events, newest first; rebuilt after a change to them. */
  #audit: ActivityEvent[] | undefined
  /** No event or hour is older than this (a lower bound): pruning is free until the window passes it. */
  #oldest = Infinity
  /** The order events came in (a replay's is the journal's): it orders the audit log's entries of the same second. */
  readonly #arrival = new WeakMap<ActivityEvent, number>()
  #arrivals = 0

  get usedVersion(): number {
    return this.#usedVersion
  }

  /** Adds the delta; returns what takes exactly it back out. `now` (the tenant's clock) drops what fell out of the window. */
  apply(delta: ActivityDelta, now: number): () => void {
    const undos: (() => void)[] = []
    for (const event of delta.events ?? []) undos.push(this.#addEvent(event))
    for (const count of delta.calls ?? []) undos.push(this.#addCalls(count))
    for (const use of delta.used ?? []) undos.push(this.#use(use.product, use.keyId, use.time))
    this.prune(now)
    return () => {
      for (const undo of undos.toReversed()) undo()
    }
  }

  /** The key's last use (epoch seconds), null if never. */
  lastUsed(product: ActivityProduct, keyId: string): number | null {
    return this.#logs.get(logKey(product, keyId))?.lastUsed ?? null
  }

  /** The chart's hours (the last ACTIVITY_CHART_HOURS, the current one last) and the newest events, newest first. */
  keyActivity(product: ActivityProduct, keyId: string, now: number): { hours: ActivityHour[]; events: ActivityEvent[] } {
    this.prune(now)
    const log = this.#logs.get(logKey(product, keyId))
    const first = hourOf(now) - (ACTIVITY_CHART_HOURS - 1) * HOUR_SECONDS
    const hours = Array.from({ length: ACTIVITY_CHART_HOURS }, (_, index) => {
      const start = first + index * HOUR_SECONDS
      const counts = log?.hours.get(start)
      return { start: String(start), succeeded: counts?.succeeded ?? 0, denied: counts?.denied ?? 0, limited: counts?.limited ?? 0 }
    })
    const events = log ? log.events.slice(-KEY_ACTIVITY_EVENTS).toReversed() : []
    return { hours, events }
  }

  /** Every admin event the filter lets through, newest first. */
  audit(filter: AuditFilter, now: number): ActivityEvent[] {
    this.prune(now)
    this.#audit ??= [...this.#logs.values()]
      .flatMap((log) => log.events.filter((event) => isAdminAction(event.action)))
      .toSorted((a, b) => Number(b.time) - Number(a.time) || (this.#arrival.get(b) ?? 0) - (this.#arrival.get(a) ?? 0))
    const { from, to, admin, action, product } = filter
    return this.#audit.filter(
      (event) =>
        (from === undefined || Number(event.time) >= from) &&
        (to === undefined || Number(event.time) <= to) &&
        (admin === undefined || auditActorValue(event.actor) === admin) &&
        (action === undefined || event.action === action) &&
        (product === undefined || event.product === product),
    )
  }

  /** Who appears in the audit log: the admins by name, then the API clients by address. */
  admins(now: number): ActivityActor[] {
    const byKey = new Map<string, ActivityActor>()
    for (const event of this.audit({}, now)) byKey.set(event.actor.kind === 'admin' ? `admin:${event.actor.id}` : `client:${event.actor.address}`, event.actor)
    return [...byKey.values()].toSorted((a, b) => a.kind.localeCompare(b.kind) || auditActorValue(a).localeCompare(auditActorValue(b)))
  }

  /** The whole log as deltas, one per key (a compacted journal's records). */
  *deltas(): Generator<ActivityDelta> {
    for (const log of this.#logs.values()) {
      const { product, keyId } = log
      yield {
        events: [...log.events],
        calls: [...log.hours].map(([hour, counts]) => ({ product, keyId, hour, ...counts })),
        used: log.lastUsed === null ? [] : [{ product, keyId, time: log.lastUsed }],
      }
    }
  }

  /** Drops the events and hours older than the window (the tenant's clock `now`). Not journaled: it follows from the clock. */
  prune(now: number): void {
    const cutoff = now - RETENTION_SECONDS
    if (cutoff <= this.#oldest) return
    let oldest = Infinity
    for (const [key, log] of this.#logs) {
      let drop = 0
      while (drop < log.events.length && Number(log.events[drop].time) < cutoff) drop++
      if (drop > 0) {
        if (log.events.slice(0, drop).some((event) => isAdminAction(event.action))) this.#audit = undefined
        log.events.splice(0, drop)
      }
      for (const hour of log.hours.keys()) {
        if (hour + HOUR_SECONDS <= cutoff) log.hours.delete(hour)
        else oldest = Math.min(oldest, hour)
      }
      if (log.events.length > 0) oldest = Math.min(oldest, Number(log.events[0].time))
      if (log.isEmpty()) this.#logs.delete(key)
    }
    this.#oldest = oldest
  }

  #log(product: ActivityProduct, keyId: string): KeyLog {
    const key = logKey(product, keyId)
    let log = this.#logs.get(key)
    if (!log) this.#logs.set(key, (log = new KeyLog(product, keyId)))
    return log
  }

  #addEvent(event: ActivityEvent): () => void {
    const log = this.#log(event.product, event.keyId)
    const time = Number(event.time)
    let at = log.events.length
    while (at > 0 && Number(log.events[at - 1].time) > time) at--
    log.events.splice(at, 0, event)
    this.#arrival.set(event, ++this.#arrivals)
    const evicted = log.events.length > MAX_EVENTS_PER_KEY ? log.events.shift() : undefined
    const wasDeleted = log.deleted
    if (event.action === 'delete') log.deleted = true
    const admin = isAdminAction(event.action) || (evicted !== undefined && isAdminAction(evicted.action))
    if (admin) this.#audit = undefined
    this.#oldest = Math.min(this.#oldest, time)
    return () => {
      const index = log.events.indexOf(event)
      if (index >= 0) log.events.splice(index, 1)
      if (evicted) log.events.unshift(evicted)
      log.deleted = wasDeleted
      if (admin) this.#audit = undefined
      this.#forgetIfEmpty(log)
    }
  }

  #addCalls({ product, keyId, hour, succeeded, denied, limited }: HourCount): () => void {
    const log = this.#log(product, keyId)
    const counts = log.hours.get(hour) ?? { succeeded: 0, denied: 0, limited: 0 }
    log.hours.set(hour, { succeeded: counts.succeeded + succeeded, denied: counts.denied + denied, limited: counts.limited + limited })
    this.#oldest = Math.min(this.#oldest, hour)
    return () => {
      const now = log.hours.get(hour)
      if (!now) return // pruned since
      const left = { succeeded: now.succeeded - succeeded, denied: now.denied - denied, limited: now.limited - limited }
      if (left.succeeded <= 0 && left.denied <= 0 && left.limited <= 0) log.hours.delete(hour)
      else log.hours.set(hour, left)
      this.#forgetIfEmpty(log)
    }
  }

  #use(product: ActivityProduct, keyId: string, time: number): () => void {
    const log = this.#log(product, keyId)
    const previous = log.lastUsed
    if (previous !== null && previous >= time) return () => {}
    log.lastUsed = time
    this.#usedVersion++
    return () => {
      if (log.lastUsed !== time) return // a later use since: it stays the last
      log.lastUsed = previous
      this.#usedVersion++
      this.#forgetIfEmpty(log)
    }
  }

  #forgetIfEmpty(log: KeyLog): void {
    const key = logKey(log.product, log.keyId)
    if (log.isEmpty() && log.lastUsed === null && this.#logs.get(key) === log) this.#logs.delete(key)
  }
}

const logKey = (product: ActivityProduct, keyId: string) => `${product}:${keyId}`

/** The key a synthetic history is for, as its events name it. */
export type ActivityKeyRef = Pick<ActivityEvent, 'product' | 'keyId' | 'keyName' | 'microtenantId' | 'microtenantName'>

export type SyntheticActivity = { days: number; calls: number; denied: number; limited: number; signIns: number }

/**
 * A history of `days` days up to `now` (the current hour last) with exactly the given totals: every total is spread
 * over the hours by the same daily rhythm (busy in the working day, UTC; quieter at weekends), each sign-in also
 * counting as a succeeded call. Never before the key existed: the hours start at the one of its creation (`created`)
 * if that is later, so a key made a minute ago gets its whole history in the current hour. The same input, hour and
 * creation give the same counts.
 */
export function syntheticDelta(input: SyntheticActivity, key: ActivityKeyRef, created: number, now: number, newId: () => string): ActivityDelta {
  const current = hourOf(now)
  const hourCount = Math.min(input.days * 24, Math.max(1, (current - hourOf(created)) / HOUR_SECONDS + 1))
  const starts = Array.from({ length: hourCount }, (_, index) => current - (hourCount - 1 - index) * HOUR_SECONDS)
  const weights = starts.map(rhythm)
  const [succeeded, denied, limited, signIns] = [input.calls, input.denied, input.limited, input.signIns].map((total) => allocate(total, weights))
  const { product, keyId } = key
  const events: ActivityEvent[] = []
  const calls: HourCount[] = []
  let lastUse: number | undefined
  starts.forEach((hour, index) => {
    const signInsThisHour = signIns[index]
    // Within the part of the hour after the creation and up to now.
    const first = Math.max(hour, Math.min(created, now))
    const span = Math.min(now, hour + HOUR_SECONDS - 1) - first + 1
    for (let n = 0; n < signInsThisHour; n++) {
      const time = first + Math.floor(((n + 0.5) * span) / signInsThisHour)
      const address = `198.51.100.${10 + (events.length % 20)}`
      events.push({ id: newId(), time: String(time), ...key, action: 'signIn', actor: { kind: 'client', address }, before: null, after: null })
    }
    const counts = { succeeded: succeeded[index] + signInsThisHour, denied: denied[index], limited: limited[index] }
    if (counts.succeeded + counts.denied + counts.limited === 0) return
    calls.push({ product, keyId, hour, ...counts })
    lastUse = Math.min(now, hour + HOUR_SECONDS - 1)
  })
  return { events, calls, used: lastUse === undefined ? [] : [{ product, keyId, time: lastUse }] }
}

/** How busy an hour is: a peak in the (UTC) afternoon, a floor at night, weekends at 40 %. */
function rhythm(hourStart: number): number {
  const hourOfDay = (hourStart / HOUR_SECONDS) % 24
  const dayOfWeek = (Math.floor(hourStart / DAY_SECONDS) + 4) % 7 // 1970-01-01 was a Thursday
  const weekend = dayOfWeek === 0 || dayOfWeek === 6 ? 0.4 : 1
  return weekend * (1 + 9 * Math.exp(-((hourOfDay - 14) ** 2) / 18))
}

/** `total` split in proportion to `weights`, in whole numbers that add up to it exactly (largest remainders). */
function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((weight) => (total * weight) / sum)
  const shares = exact.map(Math.floor)
  let left = total - shares.reduce((a, b) => a + b, 0)
  const order = exact.map((value, index) => ({ index, fraction: value - Math.floor(value) })).toSorted((a, b) => b.fraction - a.fraction || a.index - b.index)
  for (const { index } of order) {
    if (left <= 0) break
    shares[index]++
    left--
  }
  return shares
}
