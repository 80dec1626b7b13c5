/** `npm run dev`: the mock API inside Vite's dev server, in memory, on the page's own origin. */
import { getRequestListener } from '@hono/node-server'
import type { Plugin } from 'vite'
import { createApp } from './app'
import { isApiPath } from './paths'
import { createStore } from './store/store'

export function mockServerPlugin(): Plugin {
  return {
    name: 'zpa-mock-server',
    apply: 'serve',
    async configureServer(server) {
      const store = await createStore({ mode: 'memory' })
      const app = createApp({ store, control: process.env.MOCK_CONTROL !== 'off' })
      // Leave Vite's process globals alone (node-server would swap in its own Request/Response).
      const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false })
      server.middlewares.use((req, res, next) => {
        if (!isApiPath(new URL(req.url ?? '/', 'http://localhost').pathname)) return next()
        listener(req, res).catch(next)
      })
      server.httpServer?.once('close', () => void store.close())
    },
  }
}
