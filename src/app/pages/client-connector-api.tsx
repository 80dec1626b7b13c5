import type { QueryClient } from '@tanstack/react-query'
import { sessionQueryOptions } from '../../features/session/api/get-session'
import type { ConsolePageProps } from '../console-page'

export function Page({ pageName }: ConsolePageProps) {
  return <h1>{pageName}</h1>
}

export async function loadFirstView(queryClient: QueryClient): Promise<void> {
  await queryClient.prefetchQuery(sessionQueryOptions())
}
