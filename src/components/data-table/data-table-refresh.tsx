import { RefreshIcon } from '../icons'
import { useResyncTenantClock } from '../relative-time'

/** "Refresh": asks the server for the rows again, and for the tenant's clock they are read against; its icon spins while it does. */
export function DataTableRefresh({ isRefreshing, onRefresh }: { isRefreshing: boolean; onRefresh: () => void }) {
  const resyncClock = useResyncTenantClock()
  return (
    <button
      type="button"
      className="button toolbar-refresh"
      onClick={() => {
        onRefresh()
        resyncClock()
      }}
      aria-busy={isRefreshing}
      title="Refresh"
    >
      <span className={isRefreshing ? 'refresh-icon spinning' : 'refresh-icon'}>
        <RefreshIcon />
      </span>
      <span className="button-label">Refresh</span>
    </button>
  )
}
