import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { PortalSession } from '../../../contract/session'
import { apiRequestNoContent } from '../../../lib/api-client'
import { sessionKeys } from './get-session'

/** PUT /portal/time-zone: the admin's IANA time zone, which the server renders dates in (204 once durable). */
export const putTimeZone = (client: QueryClient, timeZone: string) =>
  apiRequestNoContent(client, '/portal/time-zone', { method: 'PUT', body: { timeZone } })

/** This runtime's own zone, asked once (making a formatter to ask it costs more than a render of the hook). */
let ownTimeZone: string | undefined
const localTimeZone = () => (ownTimeZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone)

/**
 * The browser tells the server its time zone when the server writes dates in another (a first visit, or a trip):
 * from then on the server's first view shows them as this browser does, and so does this page, once it is kept.
 */
export function useReportTimeZone(session: PortalSession | undefined) {
  const client = useQueryClient()
  const browserTimeZone = localTimeZone()
  const serverTimeZone = session?.timeZone
  useEffect(() => {
    if (serverTimeZone === undefined || !browserTimeZone || browserTimeZone === serverTimeZone) return
    // Fire and forget: a failure leaves the server's zone, and the next visit tells it again.
    putTimeZone(client, browserTimeZone).then(
      () => client.setQueryData<PortalSession>(sessionKeys.all, (current) => current && { ...current, timeZone: browserTimeZone }),
      () => undefined,
    )
  }, [serverTimeZone, browserTimeZone, client])
}
