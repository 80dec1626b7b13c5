import { createContext, use, useMemo, type ReactNode } from 'react'
import { dateTimeFormat, formatEpochSeconds } from '../lib/format'

/** The admin's formats: to the minute (every date's), and to the second (a log's, whose entries may be seconds apart). */
type DateFormats = Record<DateTimePrecision, Intl.DateTimeFormat>
type DateTimePrecision = 'minute' | 'second'

const formatsFor = (locale: string, timeZone: string): DateFormats => ({
  minute: dateTimeFormat(locale, timeZone),
  second: dateTimeFormat(locale, timeZone, 'medium'),
})

const DateFormatContext = createContext<DateFormats | undefined>(undefined)

/** The admin's locale and time zone for every date below: one formatter for a whole table, not one a cell. */
export function DateFormatProvider({ locale, timeZone, children }: { locale: string; timeZone: string; children: ReactNode }) {
  const formats = useMemo(() => formatsFor(locale, timeZone), [locale, timeZone])
  return <DateFormatContext value={formats}>{children}</DateFormatContext>
}

const useDateFormats = (): DateFormats => use(DateFormatContext) ?? formatsFor('en-US', 'UTC')

/** The admin's date format (locale and time zone in its resolvedOptions), for a view that writes dates its own way. */
export const useDateFormat = (): Intl.DateTimeFormat => useDateFormats().minute

/**
 * A date and time from epoch seconds, as the admin reads them: in the session's locale (the request's
 * Accept-Language) and time zone, which the server's render used too. Node's and the browser's ICU data may still
 * space the same date differently, so hydration keeps the server's text rather than failing over it (this text
 * only). On a first visit from another zone than the server knows, the dates are drawn again once the browser has
 * told it its zone (put-time-zone.ts): the one redraw the server cannot avoid, since a first request carries no zone.
 */
export function DateTime({ epochSeconds, className, precision = 'minute' }: { epochSeconds: string; className?: string; precision?: DateTimePrecision }) {
  const format = useDateFormats()[precision]
  return (
    <time className={className} dateTime={new Date(Number(epochSeconds) * 1000).toISOString()} suppressHydrationWarning>
      {formatEpochSeconds(format, epochSeconds)}
    </time>
  )
}
