import type { ConsolePagePath } from '../contract/console-pages'
import { legacyApiRoutes } from './routes'

interface ConsoleNavigationProps {
  id: string
  /** The page on screen: its link is marked current (none on a path the console does not have). */
  current: ConsolePagePath | null
  /** Unfolded on a narrow screen (the top bar's Navigation button); always shown on a wide one. */
  open: boolean
}

/**
 * The console's left navigation, in the unified console's shape: section, group, then the group's pages (the route
 * table's). Plain links: each page is a full load whose first view the server renders.
 */
export function ConsoleNavigation({ id, current, open }: ConsoleNavigationProps) {
  return (
    <nav id={id} className="console-nav" aria-label="Console" data-open={open}>
      <p className="console-nav-section">Administration</p>
      <p className="console-nav-group">API Configuration</p>
      <p className="console-nav-subgroup" id={`${id}-legacy`}>
        Legacy API
      </p>
      <ul className="console-nav-list" aria-labelledby={`${id}-legacy`}>
        {legacyApiRoutes.map((page) => (
          <li key={page.path}>
            <a href={page.path ?? '/'} className="console-nav-link" aria-current={page.path === current ? 'page' : undefined}>
              {page.label}
            </a>
          </li>
        ))}
      </ul>
      <a href="/audit-logs" className="console-nav-link console-nav-top" aria-current={current === '/audit-logs' ? 'page' : undefined}>
        Audit Logs
      </a>
    </nav>
  )
}
