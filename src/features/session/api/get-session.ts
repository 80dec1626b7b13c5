import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { portalSession } from '../../../contract/session'
import { apiRequest } from '../../../lib/api-client'

export const getSession = (client: QueryClient, signal?: AbortSignal) => apiRequest(client, '/portal/session', portalSession, { signal })

export const sessionKeys = { all: ['session'] as const }

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.all,
    queryFn: ({ client, signal }) => getSession(client, signal),
    staleTime: Infinity,
  })

export const useSession = () => useQuery(sessionQueryOptions())
