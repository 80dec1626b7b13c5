import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { pagePreferences, type PreferencePage } from '../../../contract/preferences'
import { apiRequest } from '../../../lib/api-client'

/** Whose preferences: a page of one customer's microtenant (the customer is the session's). */
export interface PreferenceScope {
  microtenantId: string
  page: PreferencePage
}

export const preferencesPath = (page: PreferencePage) => `/portal/preferences/${page}`

export const getPreferences = (client: QueryClient, { microtenantId, page }: PreferenceScope, signal?: AbortSignal) =>
  apiRequest(client, preferencesPath(page), pagePreferences, { signal, query: { microtenantId } })

export const preferenceKeys = {
  all: ['preferences'] as const,
  of: ({ microtenantId, page }: PreferenceScope) => [...preferenceKeys.all, page, microtenantId] as const,
}

export const preferencesQueryOptions = (scope: PreferenceScope) =>
  queryOptions({
    queryKey: preferenceKeys.of(scope),
    queryFn: ({ client, signal }) => getPreferences(client, scope, signal),
    // This page writes them (put-preferences.ts keeps the cache current); nobody else changes them under it.
    staleTime: Infinity,
  })

export const usePreferences = (scope: PreferenceScope) => useQuery(preferencesQueryOptions(scope))

