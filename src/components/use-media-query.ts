import { useCallback, useSyncExternalStore } from 'react'

/**
 * Whether the media query matches. The server, and hydration, take it as not matching (the server cannot know
 * the screen): React hydrates with that answer, then renders again at once if the screen says otherwise, so the
 * first view hydrates without a mismatch. The stylesheet carries the same query for the first paint.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query],
  )
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => false)
}
