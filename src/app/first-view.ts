import type { QueryClient } from '@tanstack/react-query'
import { createLoader, parseAsString } from 'nuqs'
import { DEFAULT_MICROTENANT_ID } from '../contract/primitives'
import type { Microtenant, PortalSession } from '../contract/session'
import { apiKeysQueryOptions } from '../features/api-keys/api/get-api-keys'
import { rolesQueryOptions } from '../features/api-keys/api/get-roles'
import { API_KEYS_PREFERENCES } from '../features/api-keys/api/query-keys'
import { listParamsForView, settleView, tableViewParsers } from '../features/api-keys/hooks/use-table-view'
import { preferencesQueryOptions } from '../features/preferences/api/get-preferences'
import { sessionQueryOptions } from '../features/session/api/get-session'

/** The shell's URL keys: the microtenant, and the table's view (a switch of microtenant clears it). */
export const shellParsers = { ...tableViewParsers, microtenantId: parseAsString }
const loadShellParams = createLoader(shellParsers)

/** The microtenant the URL names when the session has it; otherwise Default. */
export const currentMicrotenant = (session: PortalSession, microtenantParam: string | null): Microtenant =>
  session.microtenants.find((m) => m.id === microtenantParam) ??
  session.microtenants.find((m) => m.id === DEFAULT_MICROTENANT_ID) ??
  session.microtenants[0]

/**
 * The page's loader: fills the query cache with what the view in the URL shows (the session, the admin's
 * preferences for this page and microtenant, the view's page of keys and the roles), through the client's own
 * transport, with the same query options the components read. The server runs it before rendering the first view;
 * failures stay in the cache as the components would have had them.
 */
export async function loadFirstView(queryClient: QueryClient, search: string): Promise<void> {
  const session = await queryClient.fetchQuery(sessionQueryOptions())
  const { microtenantId, ...urlView } = loadShellParams(search)
  const scope = { customerId: session.customerId, microtenantId: currentMicrotenant(session, microtenantId).id }
  const preferences = await queryClient
    .fetchQuery(preferencesQueryOptions({ page: API_KEYS_PREFERENCES, microtenantId: scope.microtenantId }))
    .catch(() => undefined)
  const view = settleView(urlView, preferences?.pageSize)
  await Promise.all([queryClient.prefetchQuery(apiKeysQueryOptions(scope, listParamsForView(view))), queryClient.prefetchQuery(rolesQueryOptions(scope))])
}
