/**
 * Builds the express app: security headers, /healthz, tRPC at /trpc and the
 * built dashboard as static files. Listening is server/main.ts's job.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createExpressMiddleware } from '@trpc/server/adapters/express'
import express from 'express'
import helmet from 'helmet'
import { MAX_BATCH_CALLS } from '../shared/api'
import { auditExportRoutes } from './audit/export'
import { requestContext, type SignInSetup } from './auth/context'
import type { OidcSignIn } from './auth/oidc'
import { type SignInLimits, signInLimits } from './auth/rate-limit'
import { oidcRoutes } from './auth/routes'
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/session'
import { ResultCache } from './cache/results'
import { type ConnectorSettings, connectorRoutes, connectorSettingsFromEnv } from './connectors/routes'
import { httpsPublicUrl, jsonOnlyGuard, noStore, sameOriginGuard } from './http-guards'
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
  /**
   * The address users reach the dashboard at (LEITSTAND_PUBLIC_URL), e.g.
   * https://leitstand.example.de: state-changing requests must come from its
   * origin, and when it is https the session cookie is always `Secure`.
   */
  publicUrl?: string
  /** Express's `trust proxy` (LEITSTAND_TRUST_PROXY): which proxies' X-Forwarded-* headers count. */
  trustProxy?: string
  /** Where pushed events go (default: a push buffer of its own). */
  pipeline?: IngestPipeline
  /** The largest ingest request body in bytes (default LEITSTAND_INGEST_MAX_BYTES or 100 MiB). */
  maxIngestBytes?: number
  /** The connectors' mapping file and Zammad's secret (default from the environment). */
  connectors?: ConnectorSettings
}

/** How long /healthz waits for the store before it answers without it. */
const HEALTH_DEADLINE_MS = 2000

/** `trust proxy` from its text form: true/false, a hop count, or addresses and names such as `loopback`. */
function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true'
  return /^\d+$/.test(value) ? Number(value) : value
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
  publicUrl,
  trustProxy = 'loopback',
  pipeline = ingestPipeline(store),
  maxIngestBytes = maxBytesFromEnv(),
  connectors = connectorSettingsFromEnv(),
}: AppOptions): express.Express {
  const setup: SignInSetup = { demo, oidc, policy: sessionPolicy, limits }
  const results = cache ?? new ResultCache({ refresh: true })
  if (!cache) results.follow(store)
  const publicOrigin = publicUrl ? new URL(publicUrl) : undefined
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxySetting(trustProxy))
  if (publicOrigin?.protocol === 'https:') app.use(httpsPublicUrl)
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

  let lastHealth = 'ok'
  app.get('/healthz', async (_req, res) => {
    const ping = await Promise.race([
      store.ping(),
      new Promise<'late'>((resolve) => setTimeout(resolve, HEALTH_DEADLINE_MS, 'late').unref()),
    ])
    // The embedded store runs one statement at a time: a long one holds it, but it is alive.
    const status =
      ping === 'late' ? (store.kind === 'chdb' ? 'busy' : 'unavailable') : ping.ok ? 'ok' : 'unavailable'
    if (status !== lastHealth) {
      // The reason names hosts and paths: it goes to the server's log, not to whoever asks.
      // (Sessions live in the store, so when it is down nobody can be recognised as staff.)
      const reason =
        ping === 'late' ? `no answer within ${HEALTH_DEADLINE_MS} ms` : ping.ok ? '' : ping.reason
      console.error(`[healthz] ${lastHealth} -> ${status}${reason ? `: ${reason}` : ''}`)
      lastHealth = status
    }
    res.status(status === 'unavailable' ? 503 : 200).json({ status, store: store.kind })
  })

  if (metricsToken) app.get('/metrics', metricsRoute(store, metricsToken))

  // Every state-changing request, wherever it goes, comes from this site.
  app.use(sameOriginGuard(publicOrigin))

  app.use(
    '/trpc',
    noStore,
    jsonOnlyGuard,
    createExpressMiddleware({
      router: appRouter,
      maxBatchSize: MAX_BATCH_CALLS,
      createContext: async ({ req, res }) => ({
        ...(await requestContext(store, setup, req, res)),
        cache: results,
      }),
    }),
  )

  if (oidc) app.use(oidcRoutes(store, oidc, sessionPolicy, setup.limits))
  app.use('/export', noStore)
  app.use(exportRoutes(store, setup, results))
  app.use(auditExportRoutes(store, setup))
  app.use(ingestRoutes(store, pipeline, maxIngestBytes))
  app.use(connectorRoutes(store, pipeline, connectors))

  if (existsSync(webDir)) {
    app.use(express.static(webDir, { index: false, maxAge: '1h' }))
    // The dashboard routes in the browser: every other GET gets its page.
    app.get(/^\/(?!trpc|healthz|export|metrics|auth\/|api\/).*/, (_req, res) => {
      res.sendFile('index.html', { root: webDir, maxAge: 0 })
    })
  }
  return app
}
