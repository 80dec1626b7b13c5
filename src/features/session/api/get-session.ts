import { queryOptions, useQuery } from '@tanstack/react-query'
import { portalSession } from '../../../contract/session'
import { apiRequest } from '../../../lib/api-client'

export const getSession = (signal?: AbortSignal) => apiRequest('/portal/session', portalSession, { signal })

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: ({ signal }) => getSession(signal),
    staleTime: Infinity,
  })

export const useSession = () => useQuery(sessionQueryOptions())
