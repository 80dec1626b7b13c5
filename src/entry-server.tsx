/**
 * The first view, rendered on the server (mock-server/first-view.ts loads its build from dist-ssr/).
 * It asks for what the page would ask for first (the session, the view's page of keys, the roles) through the
 * server itself, renders the same tree the browser will hydrate, and hands back the query cache that tree was
 * rendered from. The first rows are then in the HTML: they show at first paint, before any script has run.
 */
import { dehydrate } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { App } from './app/app'
import { preloadFirstView } from './app/first-view'
import { createQueryClient } from './app/query-client'
import { setTransport } from './lib/api-client'
import type { FirstView, RenderFirstView, Transport } from './contract/first-view'
import { DATE_FORMAT_OPTIONS, formatEpochSeconds } from './lib/format'

const DATE_SAMPLE_AT = Date.UTC(2023, 10, 14, 22, 13)

/** JSON that cannot end its <script> element or open a comment there. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

async function render(search: string, transport: Transport): Promise<FirstView | undefined> {
  const queryClient = createQueryClient()
  setTransport(transport)
  try {
    await preloadFirstView(queryClient, search)
  } finally {
    setTransport(undefined)
  }
  // A failed answer is the browser's to show (and to retry): it renders that view itself.
  const queries = queryClient.getQueryCache().getAll()
  if (queries.some((query) => query.state.status !== 'success')) return undefined
  const html = renderToString(<App queryClient={queryClient} search={search} />)
  return {
    html,
    state: scriptSafeJson(dehydrate(queryClient)),
    dateSample: { at: DATE_SAMPLE_AT, options: DATE_FORMAT_OPTIONS, text: formatEpochSeconds(String(DATE_SAMPLE_AT / 1000)) },
  }
}

// One render at a time: the API client's transport is module state, and each render is a few milliseconds.
let queue: Promise<unknown> = Promise.resolve()

export const renderFirstView: RenderFirstView = (search, transport) => {
  const result = queue.then(() => render(search, transport))
  queue = result.catch(() => undefined)
  return result
}
