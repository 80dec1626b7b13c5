/**
 * Between the mock server and the page's server-side render of its first view (src/entry-server.tsx, built into
 * `<static folder>-ssr/entry-server.js`, loaded by mock-server/first-view.ts).
 */

/** Answers one request of the page's API client as the caller whose page is rendered (the server's own handler). */
export type Transport = (url: string, init: RequestInit) => Promise<Response>

export interface FirstView {
  /** The markup of #root. */
  html: string
  /** The query cache the markup was rendered from, dehydrated, as JSON safe inside a <script> element. */
  state: string
  /**
   * A date as the server wrote it, and with which options: a browser that would write it otherwise (another locale
   * or time zone) draws its own view instead, so hydration never meets other text.
   */
  dateSample: { at: number; options: Intl.DateTimeFormatOptions; text: string }
}

/** What the server-side build exports: the first view for a query string ("" or "?…"), or undefined to leave it to the browser. */
export type RenderFirstView = (search: string, transport: Transport) => Promise<FirstView | undefined>
