import type { QueryClient } from '@tanstack/react-query'
import { settleView } from '../../components/data-table/table-view'
import { DEFAULT_MICROTENANT_ID } from '../../contract/primitives'
import { preferencesQueryOptions } from '../../features/preferences/api/get-preferences'
import { sessionQueryOptions } from '../../features/session/api/get-session'
import { zccApiKeysQueryOptions } from '../../features/zcc-api-keys/api/get-zcc-api-keys'
import { ZCC_API_KEYS_PREFERENCES } from '../../features/zcc-api-keys/api/query-keys'
import { ZccApiKeysPage } from '../../features/zcc-api-keys/components/zcc-api-keys-page'
import { listParamsForZccView, loadZccTableView } from '../../features/zcc-api-keys/table-view'
import type { ConsolePageProps } from '../console-page'

/** The Client Connector API page (seed 004). */
export function Page({ session, pageName }: ConsolePageProps) {
  return <ZccApiKeysPage session={session} pageName={pageName} />
}

/** The session, the admin's preferences for this page (under Default: ZCC has no microtenants), the view's page of keys. */
export async function loadFirstView(queryClient: QueryClient, search: string): Promise<void> {
  const session = await queryClient.fetchQuery(sessionQueryOptions())
  const preferences = await queryClient
    .fetchQuery(preferencesQueryOptions({ page: ZCC_API_KEYS_PREFERENCES, microtenantId: DEFAULT_MICROTENANT_ID }))
    .catch(() => undefined)
  const view = settleView(loadZccTableView(search), preferences?.pageSize)
  await queryClient.prefetchQuery(zccApiKeysQueryOptions({ customerId: session.customerId }, listParamsForZccView(view)))
}
