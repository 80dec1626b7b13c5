import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { mockServerPlugin } from './mock-server/vite-plugin'

// Loaded with `--configLoader runner` (package.json): the default loader bundles this file and the mock server it
// imports, and warns about every extensionless import there.

/** The stylesheet first in the head, before the scripts' preloads: the first view's paint waits for it, not for them. */
const stylesheetFirst = (): Plugin => ({
  name: 'stylesheet-first',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => {
      const stylesheet = /\s*<link rel="stylesheet"[^>]*>/.exec(html)
      return stylesheet ? html.replace(stylesheet[0], '').replace('<!--first-view-->', () => `${stylesheet[0].trim()}\n    <!--first-view-->`) : html
    },
  },
})

/**
 * The parts the table pages show (data table, toolbar pieces, filter fields, the admin's preferences) in one chunk with
 * what they import (React, Query, zod: the entry's too). Left to the bundler, each set of pages sharing a module gets
 * a chunk: the Audit Logs page, sharing some of them, split the key pages' chunk in four, and the Private Access
 * page paid 1.7 KB gzip for the seams; in one chunk it loads 0.4 KB less than before the Audit Logs page. A module
 * loaded on demand (a dialog, the calendar) must not match, or it joins every page's first load. The key pages' View
 * Activity row action is here too: as a chunk of its own, shared by three pages, its seams cost each 0.4 KB gzip.
 */
const TABLE_PARTS =
  /node_modules\/(@tanstack\/(react-table|table-core|store|react-store)|nuqs|use-sync-external-store)\/|src\/components\/(data-table\/(?!data-table-settings-dialog|name-filter)|date-picker\.|date-range-field|filter-select|key-dialog-state|lazy-with-preload|page-header|select\.|use-media-query|use-return-focus)|src\/contract\/(api-key|preferences|search)\.ts|src\/features\/preferences\/|src\/lib\/list-params|src\/features\/key-activity\/components\/key-activity-action/

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), mockServerPlugin(), stylesheetFirst()],
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  // The server's first-view render (`vite build --ssr src/entry-server.tsx --outDir dist-ssr`) is one module with
  // its dependencies inside: the mock server imports it from wherever the build was written.
  // The browser build's manifest names each page module's chunk: the server preloads the page's own beside the entry.
  // One stylesheet, linked from index.html: a page module's own CSS would arrive after the server's first view
  // was painted, and move it. No modulepreload polyfill: a browser without rel=modulepreload loads the same modules, later.
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    sourcemap: false,
    copyPublicDir: !isSsrBuild,
    manifest: !isSsrBuild,
    cssCodeSplit: false,
    // The server's modules are named .mjs: Node loads them as the ES modules they are wherever they are written. As .js
    // outside this package (the bench's temporary folder), Node took them for CommonJS, and tsx, which the server
    // runs under, compiled each on import, wrapping every function the render creates in a naming call.
    rolldownOptions: isSsrBuild
      ? { output: { entryFileNames: '[name].mjs', chunkFileNames: 'assets/[name]-[hash].mjs' } }
      : { output: { codeSplitting: { groups: [{ name: 'table-parts', test: TABLE_PARTS }] } } },
  },
  // React 19 has useSyncExternalStore: TanStack Store's import of the pre-18 shim (dead code here) takes React's own.
  resolve: { alias: { 'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector' } },
  ssr: { noExternal: true },
  // Bundled into it, React would pick its development build from the server's environment: it is the production one.
  define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : undefined,
}))
