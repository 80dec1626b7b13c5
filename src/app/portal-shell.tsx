import { Suspense, useId, useState, type ComponentType } from 'react'
import { DateFormatProvider } from '../components/date-time'
import { MenuIcon } from '../components/icons'
import { TenantClockProvider } from '../components/relative-time'
import { KEYS_TABLE_ID, SkipLink } from '../components/skip-link'
import { useSession } from '../features/session/api/get-session'
import { useReportTimeZone } from '../features/session/api/put-time-zone'
import { ConsoleNavigation } from './console-navigation'
import type { ConsolePageProps } from './console-page'
import type { ConsoleRoute } from './routes'

interface PortalShellProps {
  route: ConsoleRoute
  /** The route's page component: its module loaded (the server's render), or lazy (the browser's). */
  Page: ComponentType<ConsolePageProps>
}

/** The console frame around the page: top bar, left navigation, and the session that scopes every request. */
export function PortalShell({ route, Page }: PortalShellProps) {
  const session = useSession()
  useReportTimeZone(session.data)
  const navigationId = useId()
  // Folded until asked for; the stylesheet shows the navigation regardless on a wide screen.
  const [navigationOpen, setNavigationOpen] = useState(false)

  let content: React.ReactNode
  // A Refresh asks for the session again (the tenant's clock): one that fails keeps the page on the session it has.
  if (session.data)
    content = (
      <DateFormatProvider locale={session.data.locale} timeZone={session.data.timeZone}>
        {/* The session's fetch time is the first view's "now": the server's render and the hydration share it. */}
        <TenantClockProvider
          locale={session.data.locale}
          offsetSeconds={session.data.clockOffsetSeconds}
          firstViewNow={session.dataUpdatedAt}
          resync={session.refetch}
        >
          <Suspense fallback={null}>
            <Page session={session.data} pageName={route.label} />
          </Suspense>
        </TenantClockProvider>
      </DateFormatProvider>
    )
  else if (session.isError)
    content = (
      <div className="shell-status" role="alert">
        <p>The portal session could not be started: {session.error.message}</p>
        <button type="button" className="button button-primary" onClick={() => void session.refetch()}>
          Retry
        </button>
      </div>
    )
  else content = <p className="shell-status" role="status">Signing in…</p>

  return (
    <div className="console">
      {route.path !== null && <SkipLink targetId={KEYS_TABLE_ID}>{`Skip to ${route.skipTo ?? 'API keys'} table`}</SkipLink>}
      <header className="top-bar">
        <button
          type="button"
          className="top-bar-button navigation-toggle"
          aria-label="Navigation"
          aria-expanded={navigationOpen}
          aria-controls={navigationId}
          onClick={() => setNavigationOpen((open) => !open)}
        >
          <MenuIcon />
        </button>
        <span className="brand" aria-hidden="true">
          <span className="brand-mark">Z</span>
          <span className="brand-name">zscaler</span>
          <span className="brand-product">{route.product}</span>
        </span>
        {session.data && (
          <span className="top-bar-admin">
            <span className="avatar" aria-hidden="true">
              {session.data.adminName.slice(0, 1).toUpperCase()}
            </span>
            <span className="top-bar-admin-name">{session.data.adminName}</span>
          </span>
        )}
      </header>
      <div className="console-body">
        <ConsoleNavigation id={navigationId} current={route.path} open={navigationOpen} />
        <main className="page">{content}</main>
      </div>
    </div>
  )
}
