import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { roleList } from '../../../contract/role'
import { apiRequest, customerPath } from '../../../lib/api-client'
import { roleKeys, type TenantScope } from './query-keys'

export const getRoles = (client: QueryClient, scope: TenantScope, signal?: AbortSignal) =>
  apiRequest(client, `${customerPath(scope.customerId)}/roles`, roleList, { signal, query: { microtenantId: scope.microtenantId } })

export const rolesQueryOptions = (scope: TenantScope) =>
  queryOptions({
    queryKey: roleKeys.list(scope),
    queryFn: ({ client, signal }) => getRoles(client, scope, signal),
    staleTime: 5 * 60_000,
  })

export const useRoles = (scope: TenantScope) => useQuery(rolesQueryOptions(scope))
