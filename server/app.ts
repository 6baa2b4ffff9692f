/**
 * Builds the express app: security headers, /healthz, tRPC at /trpc and the
 * built dashboard as static files. Listening is server/main.ts's job.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createExpressMiddleware } from '@trpc/server/adapters/express'
import express from 'express'
import helmet from 'helmet'
import { readSession, type SessionKeys } from './auth/session'
import { type IngestPipeline, ingestPipeline } from './ingest/push'
import { ingestRoutes, maxBytesFromEnv } from './ingest/routes'
import { exportRoutes } from './report/export'
import { appRouter } from './router'
import type { Store } from './store'
import type { Context } from './trpc'

export const WEB_DIST = fileURLToPath(new URL('../dist/web/', import.meta.url))

export interface AppOptions {
  store: Store
  keys: SessionKeys
  /** Offers the demo login page. */
  demo: boolean
  /** The built dashboard; not served when absent. */
  webDir?: string
  /** Where pushed events go (default: a push buffer of its own). */
  pipeline?: IngestPipeline
  /** The largest ingest request body in bytes (default LEITSTAND_INGEST_MAX_BYTES or 100 MiB). */
  maxIngestBytes?: number
}

export function createApp({
  store,
  keys,
  demo,
  webDir = WEB_DIST,
  pipeline = ingestPipeline(store),
  maxIngestBytes = maxBytesFromEnv(),
}: AppOptions): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // recharts sets inline style attributes on its SVG elements.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  )

  app.get('/healthz', async (_req, res) => {
    const ping = await store.ping()
    if (ping.ok) res.json({ status: 'ok', store: store.kind })
    else res.status(503).json({ status: 'unavailable', store: store.kind, reason: ping.reason })
  })

  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      createContext: async ({ req, res }): Promise<Context> => ({
        store,
        keys,
        demo,
        user: await readSession(keys, req.headers.cookie),
        setHeader: (name, value) => res.append(name, value),
        secure: req.secure,
      }),
    }),
  )

  app.use(exportRoutes(store, keys, demo))
  app.use(ingestRoutes(store, pipeline, maxIngestBytes))

  if (existsSync(webDir)) {
    app.use(express.static(webDir, { index: false, maxAge: '1h' }))
    // The dashboard routes in the browser: every other GET gets its page.
    app.get(/^\/(?!trpc|healthz|export|api\/).*/, (_req, res) => {
      res.sendFile('index.html', { root: webDir, maxAge: 0 })
    })
  }
  return app
}
