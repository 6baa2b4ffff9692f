/** Starts the server: opens the store, migrates, listens. */
import type { Server } from 'node:http'
import { createApp } from './app'
import { applyRetention, auditWritten, retentionDaysFromEnv } from './audit/trail'
import { OidcSignIn, oidcConfigFromEnv, signInMethods } from './auth/oidc'
import { sessionPolicyFromEnv } from './auth/session'
import { ResultCache } from './cache/results'
import { keepComputingAhead } from './cache/warm'
import { ConfigurationError } from './configuration'
import { startConnectors } from './connectors/schedule'
import { listenControl } from './control'
import { ingestPipeline } from './ingest/push'
import { openStore, type Store, storeConfigFromEnv } from './store'
import { migrate } from './store/migrate'

export interface ServeOptions {
  port: number
  dataDir?: string
  /** Asked for the demo login (--demo, LEITSTAND_DEMO=1); LEITSTAND_SIGN_IN decides when OpenID Connect is set up too. */
  demo: boolean
  /** Runs once the store is migrated and before the server listens (loads demo data). */
  prepare?: (store: Store) => Promise<void>
}

/** LEITSTAND_PUBLIC_URL, checked: an http(s) URL or nothing. */
function publicUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.LEITSTAND_PUBLIC_URL
  if (!value) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigurationError(`LEITSTAND_PUBLIC_URL '${value}' is not a URL`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigurationError(`LEITSTAND_PUBLIC_URL '${value}' must start with https:// or http://`)
  return url.origin
}

export async function serve(options: ServeOptions): Promise<{ server: Server; store: Store }> {
  // Configuration errors stop the start before anything is opened.
  const oidcConfig = oidcConfigFromEnv()
  const methods = signInMethods(options.demo, oidcConfig !== undefined, process.env.LEITSTAND_SIGN_IN)
  const sessionPolicy = sessionPolicyFromEnv()
  const retentionDays = retentionDaysFromEnv()
  const publicUrl = publicUrlFromEnv(process.env)
  const store = await openStore(storeConfigFromEnv(process.env, options.dataDir), { lazy: true })
  try {
    await migrate(store)
    await applyRetention(store, retentionDays)
    await options.prepare?.(store)
  } catch (error) {
    if (store.kind === 'chdb') throw error
    // A ClickHouse server that is down: start anyway, answer 503, retry.
    console.error(`leitstand: ${(error as Error).message}; retrying every 10 s`)
    const retry = setInterval(() => {
      migrate(store)
        .then(() => applyRetention(store, retentionDays))
        .then(
          () => {
            clearInterval(retry)
            console.log('leitstand: store reachable again, schema is up to date')
          },
          () => undefined,
        )
    }, 10_000)
    retry.unref()
  }
  const metricsToken = process.env.LEITSTAND_METRICS_TOKEN || undefined
  if (metricsToken && metricsToken.length < 16)
    throw new Error('LEITSTAND_METRICS_TOKEN must have at least 16 characters')
  const pipeline = ingestPipeline(store)
  const cache = new ResultCache({ refresh: true })
  const stopFollowing = cache.follow(store)
  const app = createApp({
    store,
    cache,
    demo: methods.demo,
    oidc: methods.oidc && oidcConfig ? new OidcSignIn(oidcConfig) : undefined,
    sessionPolicy,
    metricsToken,
    publicUrl,
    trustProxy: process.env.LEITSTAND_TRUST_PROXY || undefined,
    pipeline,
  })
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(options.port, () => resolve(listening)).on('error', reject)
  })
  // Monitoring agents and proxies keep their connections open between pushes. A server that
  // closes an idle one (Node: after 5 s) just as the client sends on it loses that request, so
  // idle connections live longer than the usual proxies' 60 s.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  // Other leitstand commands on this data folder run through the server (it holds chDB's lock).
  const control = store.kind === 'chdb' ? await listenControl(store.location, store) : undefined
  const stopConnectors = startConnectors(store, pipeline)
  // Off for a store so large that computing ahead would keep it busy, or to measure cold answers.
  const stopAhead =
    process.env.LEITSTAND_COMPUTE_AHEAD === 'off' ? () => {} : keepComputingAhead(store, cache)
  const shutdown = () => {
    stopAhead()
    stopFollowing()
    stopConnectors()
    server.close()
    control?.close()
    // Pushes already acknowledged are stored, their derivation finished and the views' audit
    // entries written before the store closes.
    void pipeline.buffer
      .flush()
      .then(() => pipeline.completer.settled())
      .then(() => auditWritten(store))
      .finally(() => store.close().finally(() => process.exit(0)))
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
  return { server, store }
}
