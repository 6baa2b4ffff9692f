/**
 * The dashboard build: Vite root is web/, the output goes to dist/web, which
 * server/app.ts serves. In development the API runs separately on port 3000
 * (`leitstand serve --demo`) and Vite proxies /trpc and /healthz to it.
 */
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const API = 'http://localhost:3000'

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // Government networks are not always fast: keep an eye on what the first page costs.
    reportCompressedSize: true,
  },
  server: {
    proxy: {
      '/trpc': API,
      '/healthz': API,
    },
  },
})
