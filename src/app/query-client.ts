import { notifyManager } from '@tanstack/react-query'
import { ApiError, ApiQueryClient, type Transport } from '../lib/api-client'

// A cache change reaches the components in the same task as the click that made it (the default waits for a
// timer): a controlled checkbox or select bound to the cache never shows its old value in between.
notifyManager.setScheduler(queueMicrotask)

/** The page's query client; `transport` is the server render's (the browser's is fetch). */
export function createQueryClient(transport?: Transport) {
  return new ApiQueryClient({
    transport,
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
