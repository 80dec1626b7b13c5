import type { QueryClient } from '@tanstack/react-query'
import { zccApiKeysQueryOptions } from '../../features/zcc-api-keys/api/get-zcc-api-keys'
import { ZCC_API_KEYS_PREFERENCES } from '../../features/zcc-api-keys/api/query-keys'
import { ZccApiKeysPage } from '../../features/zcc-api-keys/components/zcc-api-keys-page'
import { zccTableView } from '../../features/zcc-api-keys/table-view'
import type { ConsolePageProps } from '../console-page'
import { loadNameFilteredFirstView } from '../name-filtered-first-view'

/** The Client Connector API page (seed 004). */
export function Page({ session, pageName }: ConsolePageProps) {
  return <ZccApiKeysPage session={session} pageName={pageName} />
}

/** The session, the admin's preferences for this page (under Default: ZCC has no microtenants), the view's page of keys. */
export const loadFirstView = (queryClient: QueryClient, search: string) =>
  loadNameFilteredFirstView(queryClient, search, { preferencesPage: ZCC_API_KEYS_PREFERENCES, tableView: zccTableView, listQuery: zccApiKeysQueryOptions })
