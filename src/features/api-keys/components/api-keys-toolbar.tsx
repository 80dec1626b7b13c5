interface ApiKeysToolbarProps {
  isRefreshing: boolean
  onRefresh: () => void
}

export function ApiKeysToolbar({ isRefreshing, onRefresh }: ApiKeysToolbarProps) {
  return (
    <div className="toolbar" role="toolbar" aria-label="API key actions">
      <div className="toolbar-end">
        <button type="button" className="button" onClick={onRefresh} aria-busy={isRefreshing} disabled={isRefreshing}>
          <span className={isRefreshing ? 'refresh-icon spinning' : 'refresh-icon'} aria-hidden="true">
            ⟳
          </span>
          Refresh
        </button>
      </div>
    </div>
  )
}
