import { createContext, use, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import { DateTime } from './date-time'

/** How often a relative time ("5 minutes ago") is written again. */
const TICK_MS = 15_000

interface TenantClock {
  /** The first view's "now" (ms, real time): the server's render and the hydration write relative times against it. */
  firstViewNow: number
  /** How far the tenant's mock clock is ahead of real time (the session's `clockOffsetSeconds`). */
  offsetSeconds: number
  /** "5 minutes ago", "yesterday", "now". */
  format: Intl.RelativeTimeFormat
  /** Asks the server for the tenant's offset again (POST /__mock/clock may have moved its clock). */
  resync: () => unknown
}

const TenantClockContext = createContext<TenantClock | undefined>(undefined)

function relativeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  try {
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  } catch {
    // A locale this runtime does not know: its own.
    return relativeFormat(undefined)
  }
}

/**
 * The tenant's clock for every relative time below: the browser's clock plus the tenant's offset, in the admin's
 * locale. `firstViewNow` is carried with the first view's data (the session's fetch time), so that the server's
 * render and the hydration write the same text; the browser's clock takes over right after.
 */
export function TenantClockProvider({
  locale,
  offsetSeconds,
  firstViewNow,
  resync,
  children,
}: {
  locale: string
  offsetSeconds: number
  firstViewNow: number
  resync: () => unknown
  children: ReactNode
}) {
  const clock = useMemo(() => ({ firstViewNow, offsetSeconds, format: relativeFormat(locale), resync }), [firstViewNow, offsetSeconds, locale, resync])
  return <TenantClockContext value={clock}>{children}</TenantClockContext>
}

const noResync = () => undefined

/** What a page's Refresh calls to read its times against the tenant's clock as it is now, not as it was at sign-in. */
export const useResyncTenantClock = () => use(TenantClockContext)?.resync ?? noResync

/** The real time, to the next tick: stable between two ticks, as useSyncExternalStore needs; rounded up so that nothing reads younger than it is. */
const currentTick = () => Math.ceil(Date.now() / TICK_MS) * TICK_MS
function subscribeToTicks(onTick: () => void) {
  const timer = setInterval(onTick, TICK_MS)
  return () => clearInterval(timer)
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
]

/** "5 minutes ago", "3 days ago", "now" (under a minute) for a time `elapsed` seconds before now. */
export function formatElapsed(format: Intl.RelativeTimeFormat, elapsed: number): string {
  for (const [unit, seconds] of UNITS) {
    const count = Math.trunc(elapsed / seconds)
    if (count !== 0) return format.format(-count, unit)
  }
  return format.format(0, 'second')
}

/**
 * Now on the tenant's clock (epoch seconds), to the tick: the first view's "now" until hydrated (the server's render
 * used it too), then the ticking browser clock.
 */
export function useTenantNow() {
  const clock = use(TenantClockContext) ?? { firstViewNow: currentTick(), offsetSeconds: 0, format: relativeFormat('en-US'), resync: noResync }
  return { now: Math.floor(useSyncExternalStore(subscribeToTicks, currentTick, () => clock.firstViewNow) / 1000) + clock.offsetSeconds, clock }
}

/**
 * When something happened, relative to now on the tenant's clock ("5 minutes ago"), with the exact date and time
 * (the admin's zone) shown on hover and on keyboard focus, and said after it to a screen reader; "Never" for none.
 * In a table cell it is a `.cell-text` whose hint is always there (use-clipped-text.ts leaves `data-hint` ones alone).
 */
export function RelativeTime({ epochSeconds, className = 'cell-text' }: { epochSeconds: string | null; className?: string }) {
  const { now, clock } = useTenantNow()
  if (epochSeconds === null) return <span className={`${className} muted`}>Never</span>
  return (
    // Focusable so that the keyboard can show the exact time, as a clipped cell's text is.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <span className={`${className} relative-time`} tabIndex={0} data-hint="">
      <span className="relative-time-text">{formatElapsed(clock.format, now - Number(epochSeconds))}</span>
      <span className="relative-time-exact">
        <span className="visually-hidden">, </span>
        <DateTime epochSeconds={epochSeconds} />
      </span>
    </span>
  )
}
