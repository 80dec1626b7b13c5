import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../lib/api-client'

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // A 4xx will not change on retry; outages and network errors get one more try.
        retry: (failureCount, error) => failureCount < 1 && !(error instanceof ApiError && !error.retryable),
        refetchOnWindowFocus: false,
      },
    },
  })
}
