/**
 * Between the mock server and the page's server render of its first view (src/entry-server.tsx, built into
 * `<static folder>-ssr/entry-server.mjs`, loaded by mock-server/first-view.ts).
 */

/** Answers one request of the page's API client as the caller whose page is rendered (the server's own handler). */
export type Transport = (url: string, init: RequestInit) => Promise<Response>

export interface FirstViewRequest {
  /** The page's path and query string, as requested ("/?page=2"). */
  url: string
  /** Where the render's requests go: the server's handler, as the caller. */
  transport: Transport
}

/** What the page's head says before its view is rendered: the server sends it at once, and renders meanwhile. */
export interface FirstViewHead {
  /** The page's document title, for the served HTML's <title>. */
  title: string
  /** The source path of the page's own module ("src/app/pages/….tsx"): the server preloads its chunk and imports. */
  pageModule: string
}

export interface FirstView {
  /** The markup of #root. */
  html: string
  /** The query cache the markup was rendered from, dehydrated, as JSON safe inside a <script> element. */
  state: string
}

/** The head of the page at a path and query string. */
export type FirstViewHeadOf = (url: string) => FirstViewHead

/** The first view, or undefined to leave it to the browser (a request failed). */
export type RenderFirstView = (request: FirstViewRequest) => Promise<FirstView | undefined>

/** What the server build exports, as `firstViewHead` and `renderFirstView`. */
export interface FirstViewRenderer {
  /** Without it, the page keeps index.html's title and preloads nothing more. */
  head?: FirstViewHeadOf
  render: RenderFirstView
}
