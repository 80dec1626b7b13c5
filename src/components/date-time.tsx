import { createContext, use, useMemo, type ReactNode } from 'react'
import { dateTimeFormat, formatEpochSeconds } from '../lib/format'

const DateFormatContext = createContext<Intl.DateTimeFormat | undefined>(undefined)

/** The admin's locale and time zone for every date below: one formatter for a whole table, not one a cell. */
export function DateFormatProvider({ locale, timeZone, children }: { locale: string; timeZone: string; children: ReactNode }) {
  const format = useMemo(() => dateTimeFormat(locale, timeZone), [locale, timeZone])
  return <DateFormatContext value={format}>{children}</DateFormatContext>
}

/**
 * A date and time from epoch seconds, as the admin reads them. The server's render wrote it with the same locale
 * and zone; its text may still differ from this browser's by the ICU data's spacing, so hydration keeps the
 * server's text rather than failing over it (one level deep: this text only).
 */
export function DateTime({ epochSeconds, className }: { epochSeconds: string; className?: string }) {
  const format = use(DateFormatContext) ?? dateTimeFormat('en-US', 'UTC')
  return (
    <time className={className} dateTime={new Date(Number(epochSeconds) * 1000).toISOString()} suppressHydrationWarning>
      {formatEpochSeconds(format, epochSeconds)}
    </time>
  )
}
