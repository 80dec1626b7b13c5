/**
 * Between the mock server and the page's server render of its first view (src/entry-server.tsx, built into
 * `<static folder>-ssr/entry-server.js`, loaded by mock-server/first-view.ts).
 */

/** Answers one request of the page's API client as the caller whose page is rendered (the server's own handler). */
export type Transport = (url: string, init: RequestInit) => Promise<Response>

export interface FirstViewRequest {
  /** The page's path and query string, as requested ("/?page=2"). */
  url: string
  /** Where the render's requests go: the server's handler, as the caller. */
  transport: Transport
}

export interface FirstView {
  /** The markup of #root. */
  html: string
  /** The query cache the markup was rendered from, dehydrated, as JSON safe inside a <script> element. */
  state: string
  /** The page's document title, for the served HTML's <title>. */
  title?: string
  /** The source path of the page's own module ("src/app/pages/….tsx"): the server preloads its chunk and imports. */
  pageModule?: string
}

/** What the server build exports: the first view, or undefined to leave it to the browser (a request failed). */
export type RenderFirstView = (request: FirstViewRequest) => Promise<FirstView | undefined>
