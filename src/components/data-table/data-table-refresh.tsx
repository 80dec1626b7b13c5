import { RefreshIcon } from '../icons'

/** "Refresh": asks the server for the rows again; its icon spins while it does. */
export function DataTableRefresh({ isRefreshing, onRefresh }: { isRefreshing: boolean; onRefresh: () => void }) {
  return (
    <button type="button" className="button toolbar-refresh" onClick={onRefresh} aria-busy={isRefreshing} title="Refresh">
      <span className={isRefreshing ? 'refresh-icon spinning' : 'refresh-icon'}>
        <RefreshIcon />
      </span>
      <span className="button-label">Refresh</span>
    </button>
  )
}
