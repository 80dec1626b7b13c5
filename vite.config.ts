import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { mockServerPlugin } from './mock-server/vite-plugin'

export default defineConfig({
  plugins: [react(), mockServerPlugin()],
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  build: { target: 'es2022', sourcemap: false },
})
