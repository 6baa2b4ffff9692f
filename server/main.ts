/** Starts the server: opens the store, migrates, listens. */
import type { Server } from 'node:http'
import { createApp } from './app'
import { sessionKeys } from './auth/session'
import { listenControl } from './control'
import { ingestPipeline } from './ingest/push'
import { openStore, type Store, storeConfigFromEnv } from './store'
import { migrate } from './store/migrate'

export interface ServeOptions {
  port: number
  dataDir?: string
  demo: boolean
  /** Runs once the store is migrated and before the server listens (loads demo data). */
  prepare?: (store: Store) => Promise<void>
}

export async function serve(options: ServeOptions): Promise<{ server: Server; store: Store }> {
  const store = await openStore(storeConfigFromEnv(process.env, options.dataDir), { lazy: true })
  try {
    await migrate(store)
    await options.prepare?.(store)
  } catch (error) {
    if (store.kind === 'chdb') throw error
    // A ClickHouse server that is down: start anyway, answer 503, retry.
    console.error(`leitstand: ${(error as Error).message}; retrying every 10 s`)
    const retry = setInterval(() => {
      migrate(store).then(
        () => {
          clearInterval(retry)
          console.log('leitstand: store reachable again, schema is up to date')
        },
        () => undefined,
      )
    }, 10_000)
    retry.unref()
  }
  const pipeline = ingestPipeline(store)
  const app = createApp({ store, keys: sessionKeys(), demo: options.demo, pipeline })
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(options.port, () => resolve(listening)).on('error', reject)
  })
  // Other leitstand commands on this data folder run through the server (it holds chDB's lock).
  const control = store.kind === 'chdb' ? await listenControl(store.location, store) : undefined
  const shutdown = () => {
    server.close()
    control?.close()
    // Pushes already acknowledged are stored; their derivation is finished before the store closes.
    void pipeline.buffer
      .flush()
      .then(() => pipeline.completer.settled())
      .finally(() => store.close().finally(() => process.exit(0)))
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
  return { server, store }
}
