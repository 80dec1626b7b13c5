/** The console's pages under Administration › API Configuration › Legacy API (SPEC §4), in the console's order. */
export const legacyApiPages = [
  { label: 'Private Access API', path: '/' },
  // The next pages are one entry each: { label: 'Client Connector API', path: '/legacy-api/client-connector' },
  // { label: 'Digital Experience API', path: '/legacy-api/digital-experience' }.
] as const satisfies readonly { label: string; path: string }[]

export type LegacyApiPage = (typeof legacyApiPages)[number]

interface ConsoleNavigationProps {
  id: string
  /** The page on screen: its link is marked current. */
  current: LegacyApiPage['path']
  /** Unfolded on a narrow screen (the top bar's Navigation button); always shown on a wide one. */
  open: boolean
}

/** The console's left navigation, in the unified console's shape: section, group, then the group's pages. */
export function ConsoleNavigation({ id, current, open }: ConsoleNavigationProps) {
  return (
    <nav id={id} className="console-nav" aria-label="Console" data-open={open}>
      <p className="console-nav-section">Administration</p>
      <p className="console-nav-group">API Configuration</p>
      <p className="console-nav-subgroup" id={`${id}-legacy`}>
        Legacy API
      </p>
      <ul className="console-nav-list" aria-labelledby={`${id}-legacy`}>
        {legacyApiPages.map((page) => (
          <li key={page.path}>
            <a href={page.path} className="console-nav-link" aria-current={page.path === current ? 'page' : undefined}>
              {page.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
