/**
 * Builds the express app: security headers, /healthz, tRPC at /trpc and the
 * built dashboard as static files. Listening is server/main.ts's job.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createExpressMiddleware } from '@trpc/server/adapters/express'
import express from 'express'
import helmet from 'helmet'
import { auditExportRoutes } from './audit/export'
import { requestContext, type SignInSetup } from './auth/context'
import type { OidcSignIn } from './auth/oidc'
import { type SignInLimits, signInLimits } from './auth/rate-limit'
import { oidcRoutes } from './auth/routes'
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/session'
import { ResultCache } from './cache/results'
import { type IngestPipeline, ingestPipeline } from './ingest/push'
import { ingestRoutes, maxBytesFromEnv } from './ingest/routes'
import { metricsRoute } from './metrics'
import { exportRoutes } from './report/export'
import { appRouter } from './router'
import type { Store } from './store'

export const WEB_DIST = fileURLToPath(new URL('../dist/web/', import.meta.url))

export interface AppOptions {
  store: Store
  /** Offers the demo login page. */
  demo: boolean
  /** Offers sign-in with OpenID Connect. */
  oidc?: OidcSignIn
  /** Idle and absolute timeout of sessions (default 30 min and 8 h). */
  sessionPolicy?: SessionPolicy
  /** Sign-in attempt limits (default: signInLimits()). */
  signInLimits?: SignInLimits
  /** The built dashboard; not served when absent. */
  webDir?: string
  /** Bearer token of GET /metrics (LEITSTAND_METRICS_TOKEN); no /metrics without it. */
  metricsToken?: string
  /** The result cache of the data procedures; by default a new one following the store's changes. */
  cache?: ResultCache
  /** Where pushed events go (default: a push buffer of its own). */
  pipeline?: IngestPipeline
  /** The largest ingest request body in bytes (default LEITSTAND_INGEST_MAX_BYTES or 100 MiB). */
  maxIngestBytes?: number
}

export function createApp({
  store,
  demo,
  oidc,
  sessionPolicy = DEFAULT_SESSION_POLICY,
  signInLimits: limits = signInLimits(),
  webDir = WEB_DIST,
  metricsToken,
  cache,
  pipeline = ingestPipeline(store),
  maxIngestBytes = maxBytesFromEnv(),
}: AppOptions): express.Express {
  const setup: SignInSetup = { demo, oidc, policy: sessionPolicy, limits }
  const results = cache ?? new ResultCache()
  if (!cache) results.follow(store)
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

  if (metricsToken) app.get('/metrics', metricsRoute(store, metricsToken))

  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      createContext: async ({ req, res }) => ({
        ...(await requestContext(store, setup, req, res)),
        cache: results,
      }),
    }),
  )

  if (oidc) app.use(oidcRoutes(store, oidc, sessionPolicy, setup.limits))
  app.use(exportRoutes(store, setup, results))
  app.use(auditExportRoutes(store, setup))
  app.use(ingestRoutes(store, pipeline, maxIngestBytes))

  if (existsSync(webDir)) {
    app.use(express.static(webDir, { index: false, maxAge: '1h' }))
    // The dashboard routes in the browser: every other GET gets its page.
    app.get(/^\/(?!trpc|healthz|export|metrics|auth\/|api\/).*/, (_req, res) => {
      res.sendFile('index.html', { root: webDir, maxAge: 0 })
    })
  }
  return app
}
