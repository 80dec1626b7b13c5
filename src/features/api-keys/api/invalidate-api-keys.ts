import type { QueryClient } from '@tanstack/react-query'
import { apiKeyKeys, roleKeys } from './query-keys'

/**
 * After any change to a key: refetch whatever shows keys, and the roles (they count their keys).
 * Returns when done, so a mutation that returns this settles only once the table is current.
 */
export const invalidateApiKeys = (queryClient: QueryClient) =>
  Promise.all([queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }), queryClient.invalidateQueries({ queryKey: roleKeys.all })])
