import { useDateFormat } from '../date-time'
import { useTenantNow } from '../relative-time'
import { formatEpochSeconds } from '../../lib/format'

const UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
] as const

/**
 * A rotated key's old secret while it still signs in, on the tenant's clock: "Old secret · 23h" in the Status cell,
 * named and titled with the exact end ("Old secret valid until …"). It opens "End Grace Period".
 */
export function OldSecretMark({ validUntil, onOpen }: { validUntil: string | null; onOpen: () => void }) {
  const { now, clock } = useTenantNow()
  const format = useDateFormat()
  const left = validUntil === null ? 0 : Number(validUntil) - now
  if (validUntil === null || left <= 0) return null
  // The largest unit it nearly fills (a 24-hour grace just begun reads "1d", not "23h"), rounded.
  const [unit, seconds] = UNITS.find(([, size]) => left >= size - 60) ?? UNITS[2]
  const remaining = new Intl.NumberFormat(clock.format.resolvedOptions().locale, { style: 'unit', unit, unitDisplay: 'narrow' }).format(Math.max(1, Math.round(left / seconds)))
  const label = `Old secret valid until ${formatEpochSeconds(format, validUntil)}`
  return (
    // The browser's ICU may space a date or a unit otherwise than the server's: its render keeps the server's text.
    <button type="button" className="badge badge-grace" aria-label={label} title={label} onClick={onOpen} suppressHydrationWarning>
      Old secret · {remaining}
    </button>
  )
}
