import { useQueryStates } from 'nuqs'
import { useCallback } from 'react'
import { DateFormatProvider } from '../components/date-time'
import { DEFAULT_MICROTENANT_ID } from '../contract/primitives'
import { ApiKeysPage } from '../features/api-keys/components/api-keys-page'
import { defaultTableView } from '../features/api-keys/hooks/use-table-view'
import { useSession } from '../features/session/api/get-session'
import { useReportTimeZone } from '../features/session/api/put-time-zone'
import { currentMicrotenant, shellParsers } from './first-view'

/** The portal frame around the page: top bar, and the session that scopes every request. */
export function PortalShell() {
  const session = useSession()
  useReportTimeZone(session.data)
  const [{ microtenantId: microtenantParam }, setUrl] = useQueryStates(shellParsers, { history: 'push' })
  // Another microtenant has its own keys and saved filters: start from its default view.
  const switchMicrotenant = useCallback(
    (id: string) => void setUrl({ ...defaultTableView, microtenantId: id === DEFAULT_MICROTENANT_ID ? null : id }),
    [setUrl],
  )

  let content: React.ReactNode
  if (session.isPending) content = <p className="shell-status" role="status">Signing in…</p>
  else if (session.isError)
    content = (
      <div className="shell-status" role="alert">
        <p>The portal session could not be started: {session.error.message}</p>
        <button type="button" className="button button-primary" onClick={() => void session.refetch()}>
          Retry
        </button>
      </div>
    )
  else {
    // An unknown microtenant in the URL falls back to Default.
    const microtenant = currentMicrotenant(session.data, microtenantParam)
    content = (
      <DateFormatProvider locale={session.data.locale} timeZone={session.data.timeZone}>
        <ApiKeysPage key={microtenant.id} session={session.data} microtenant={microtenant} onSwitchMicrotenant={switchMicrotenant} />
      </DateFormatProvider>
    )
  }

  return (
    <>
      <header className="top-bar">
        <span className="brand" aria-hidden="true">
          <span className="brand-mark">Z</span> Zscaler Private Access
        </span>
        {session.data && <span className="top-bar-admin">{session.data.adminName}</span>}
      </header>
      <main className="page">{content}</main>
    </>
  )
}
