import type { QueryClient } from '@tanstack/react-query'
import { zdxApiKeysQueryOptions } from '../../features/zdx-api-keys/api/get-zdx-api-keys'
import { ZDX_API_KEYS_PREFERENCES } from '../../features/zdx-api-keys/api/query-keys'
import { ZdxApiKeysPage } from '../../features/zdx-api-keys/components/zdx-api-keys-page'
import { zdxTableView } from '../../features/zdx-api-keys/table-view'
import type { ConsolePageProps } from '../console-page'
import { loadNameFilteredFirstView } from '../name-filtered-first-view'

/** The Digital Experience API page (seed 003). */
export function Page({ session, pageName }: ConsolePageProps) {
  return <ZdxApiKeysPage session={session} pageName={pageName} />
}

/** The session, the admin's preferences for this page (under Default: ZDX has no microtenants), the view's page of keys. */
export const loadFirstView = (queryClient: QueryClient, search: string) =>
  loadNameFilteredFirstView(queryClient, search, { preferencesPage: ZDX_API_KEYS_PREFERENCES, tableView: zdxTableView, listQuery: zdxApiKeysQueryOptions })
