import type { QueryClient } from '@tanstack/react-query'
import { createLoader, parseAsString, useQueryStates } from 'nuqs'
import { useCallback } from 'react'
import { DEFAULT_MICROTENANT_ID } from '../../contract/primitives'
import type { Microtenant, PortalSession } from '../../contract/session'
import { apiKeysQueryOptions } from '../../features/api-keys/api/get-api-keys'
import { rolesQueryOptions } from '../../features/api-keys/api/get-roles'
import { API_KEYS_PREFERENCES } from '../../features/api-keys/api/query-keys'
import { ApiKeysPage } from '../../features/api-keys/components/api-keys-page'
import { settleView } from '../../components/data-table/table-view'
import { defaultTableView, listParamsForView, tableViewParsers } from '../../features/api-keys/hooks/use-table-view'
import { preferencesQueryOptions } from '../../features/preferences/api/get-preferences'
import { sessionQueryOptions } from '../../features/session/api/get-session'
import type { ConsolePageProps } from '../console-page'

/** The page's URL keys: the microtenant, and the table's view (a switch of microtenant clears it). */
const pageParsers = { ...tableViewParsers, microtenantId: parseAsString }
const loadPageParams = createLoader(pageParsers)

/** The microtenant the URL names when the session has it; otherwise Default. */
const currentMicrotenant = (session: PortalSession, microtenantParam: string | null): Microtenant =>
  session.microtenants.find((m) => m.id === microtenantParam) ??
  session.microtenants.find((m) => m.id === DEFAULT_MICROTENANT_ID) ??
  session.microtenants[0]

/** The Private Access API page (SPEC §3) in the microtenant its URL names. */
export function Page({ session, pageName }: ConsolePageProps) {
  const [{ microtenantId: microtenantParam }, setUrl] = useQueryStates(pageParsers, { history: 'push' })
  // Another microtenant has its own keys and saved filters: start from its default view.
  const switchMicrotenant = useCallback(
    (id: string) => void setUrl({ ...defaultTableView, microtenantId: id === DEFAULT_MICROTENANT_ID ? null : id }),
    [setUrl],
  )
  // An unknown microtenant in the URL falls back to Default.
  const microtenant = currentMicrotenant(session, microtenantParam)
  return <ApiKeysPage key={microtenant.id} session={session} microtenant={microtenant} onSwitchMicrotenant={switchMicrotenant} pageName={pageName} />
}

/** The session, the admin's preferences for this page and microtenant, the view's page of keys and the roles. */
export async function loadFirstView(queryClient: QueryClient, search: string): Promise<void> {
  const session = await queryClient.fetchQuery(sessionQueryOptions())
  const { microtenantId, ...urlView } = loadPageParams(search)
  const scope = { customerId: session.customerId, microtenantId: currentMicrotenant(session, microtenantId).id }
  const preferences = await queryClient
    .fetchQuery(preferencesQueryOptions({ page: API_KEYS_PREFERENCES, microtenantId: scope.microtenantId }))
    .catch(() => undefined)
  const view = settleView(urlView, preferences?.pageSize)
  await Promise.all([queryClient.prefetchQuery(apiKeysQueryOptions(scope, listParamsForView(view))), queryClient.prefetchQuery(rolesQueryOptions(scope))])
}
