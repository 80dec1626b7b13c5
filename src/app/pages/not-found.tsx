import type { QueryClient } from '@tanstack/react-query'
import { sessionQueryOptions } from '../../features/session/api/get-session'
import type { ConsolePageProps } from '../console-page'

/** A path the console does not have (the server answers it 404): says so, beside the navigation to the pages it has. */
export function Page({ pageName }: ConsolePageProps) {
  return (
    <section className="card not-found">
      <h1>{pageName}</h1>
      <p>
        The console has no page at this address. Choose a page in the navigation, or go to the <a href="/">Private Access API</a> keys.
      </p>
    </section>
  )
}

/** Only the session, for the shell around it. */
export async function loadFirstView(queryClient: QueryClient): Promise<void> {
  await queryClient.prefetchQuery(sessionQueryOptions())
}
