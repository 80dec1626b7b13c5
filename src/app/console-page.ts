import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import type { PortalSession } from '../contract/session'

/** What the shell gives a page. */
export interface ConsolePageProps {
  session: PortalSession
  /** The page's name: the last crumb of its breadcrumb. */
  pageName: string
}

/** A page's module, loaded on its own (its code is not in the other pages' first load). */
export interface ConsolePageModule {
  Page: ComponentType<ConsolePageProps>
  /**
   * Fills the query cache with what the page's first view shows for this query string, with the same query options
   * its components read. The server runs it before rendering the first view; failures stay in the cache.
   */
  loadFirstView: (queryClient: QueryClient, search: string) => Promise<void>
}
