import type { QueryClient } from '@tanstack/react-query'
import { createLoader, parseAsString } from 'nuqs'
import { DEFAULT_MICROTENANT_ID } from '../contract/primitives'
import type { Microtenant, PortalSession } from '../contract/session'
import { apiKeysQueryOptions } from '../features/api-keys/api/get-api-keys'
import { rolesQueryOptions } from '../features/api-keys/api/get-roles'
import { listParamsForView, tableViewParsers } from '../features/api-keys/hooks/use-table-view'
import { sessionQueryOptions } from '../features/session/api/get-session'
import { earlyRequestsSettled } from '../lib/api-client'

/** The shell's URL keys: the microtenant, and the table's view (a switch of microtenant clears it). */
export const shellParsers = { ...tableViewParsers, microtenantId: parseAsString }
const loadShellParams = createLoader(shellParsers)

/** The microtenant the URL names when the session has it; otherwise Default. */
export const currentMicrotenant = (session: PortalSession, microtenantParam: string | null): Microtenant =>
  session.microtenants.find((m) => m.id === microtenantParam) ??
  session.microtenants.find((m) => m.id === DEFAULT_MICROTENANT_ID) ??
  session.microtenants[0]

/**
 * Runs before the first render: waits for the session (index.html asked for it before the scripts loaded), then
 * asks for what the view in the URL shows, its page of keys and the roles, and settles when they are in the query
 * cache (failures included: the table shows them). The table's queries take them up; nothing is asked for twice.
 */
export async function preloadFirstView(queryClient: QueryClient, search: string): Promise<void> {
  const session = await queryClient.fetchQuery(sessionQueryOptions())
  // index.html may be asking for this view's page and roles itself: take those up rather than ask twice.
  await earlyRequestsSettled()
  const { microtenantId, ...view } = loadShellParams(search)
  const scope = { customerId: session.customerId, microtenantId: currentMicrotenant(session, microtenantId).id }
  await Promise.all([queryClient.prefetchQuery(apiKeysQueryOptions(scope, listParamsForView(view))), queryClient.prefetchQuery(rolesQueryOptions(scope))])
}
