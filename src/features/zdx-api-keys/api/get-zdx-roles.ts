import { queryOptions, useQuery } from '@tanstack/react-query'
import { zdxRoleList } from '../../../contract/zdx-api-key'
import { apiRequest } from '../../../lib/api-client'
import { zdxApiKeyKeys, zdxRolesPath, type ZdxScope } from './query-keys'

/** GET …/roles: the ZDX admin roles, for Select Role. */
export const zdxRolesQueryOptions = (scope: ZdxScope) =>
  queryOptions({
    queryKey: zdxApiKeyKeys.roles(scope),
    queryFn: ({ client, signal }) => apiRequest(client, zdxRolesPath(scope.customerId), zdxRoleList, { signal }),
    staleTime: 5 * 60_000,
  })

export const useZdxRoles = (scope: ZdxScope) => useQuery(zdxRolesQueryOptions(scope))
