/**
 * Leitstand's own metrics for Prometheus, served at /metrics behind a bearer
 * token (LEITSTAND_METRICS_TOKEN). Request and store timings are counted in
 * this process; ingest and quarantine figures are read from the store when
 * scraped, so they are the same whichever instance or CLI process ingested.
 */
import { timingSafeEqual } from 'node:crypto'
import type { RequestHandler } from 'express'
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import type { Store } from './store'
import { sql } from './store/sql'

export const registry = new Registry()
collectDefaultMetrics({ register: registry, prefix: 'leitstand_' })

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

export const procedureDuration = new Histogram({
  name: 'leitstand_procedure_duration_seconds',
  help: 'Duration of tRPC procedure calls, by procedure and outcome (ok or the tRPC error code)',
  labelNames: ['procedure', 'outcome'] as const,
  buckets: SECONDS,
  registers: [registry],
})

export const storeDuration = new Histogram({
  name: 'leitstand_store_duration_seconds',
  help: 'Duration of store statements, by operation (query, command, insert) and outcome',
  labelNames: ['operation', 'outcome'] as const,
  buckets: SECONDS,
  registers: [registry],
})

export const cacheLookups = new Counter({
  name: 'leitstand_cache_lookups_total',
  help: 'Result cache lookups, by result (hit or miss); the hit rate is hit / (hit + miss)',
  labelNames: ['result'] as const,
  registers: [registry],
})

export const auditFailures = new Counter({
  name: 'leitstand_audit_failures_total',
  help: 'Audit entries of views and downloads the store did not take (each is in the server log in full)',
  registers: [registry],
})

/** The store the scrape-time figures are read from (the app's, set by metricsRoute). */
let scraped: Store | undefined

async function fromStore<Row>(statement: ReturnType<typeof sql>): Promise<Row[]> {
  return scraped ? scraped.query<Row>(statement) : []
}

new Gauge({
  name: 'leitstand_ingest_runs',
  help: 'Ingest runs recorded in the store, by kind and state',
  labelNames: ['kind', 'state'] as const,
  registers: [registry],
  async collect() {
    this.reset()
    const rows = await fromStore<{ kind: string; state: string; runs: number }>(
      sql`SELECT kind, state, count() AS runs FROM ingest_runs FINAL GROUP BY kind, state`,
    )
    for (const row of rows) this.set({ kind: row.kind, state: row.state }, row.runs)
  },
})

new Gauge({
  name: 'leitstand_ingest_records',
  help: 'Records of all ingest runs, by kind and outcome (read, stored, quarantined)',
  labelNames: ['kind', 'outcome'] as const,
  registers: [registry],
  async collect() {
    this.reset()
    const rows = await fromStore<{ kind: string; read: number; stored: number; quarantined: number }>(
      sql`SELECT kind, sum(read) AS read, sum(stored) AS stored, sum(quarantined) AS quarantined
          FROM ingest_runs FINAL GROUP BY kind`,
    )
    for (const row of rows) {
      this.set({ kind: row.kind, outcome: 'read' }, row.read)
      this.set({ kind: row.kind, outcome: 'stored' }, row.stored)
      this.set({ kind: row.kind, outcome: 'quarantined' }, row.quarantined)
    }
  },
})

new Gauge({
  name: 'leitstand_quarantine_records',
  help: 'Records in the quarantine now (the latest run of each file), by kind',
  labelNames: ['kind'] as const,
  registers: [registry],
  async collect() {
    this.reset()
    const rows = await fromStore<{ kind: string; records: number }>(
      sql`SELECT kind, count() AS records FROM quarantine FINAL
          WHERE (source, run) IN (SELECT source, max(run) FROM ingest_runs FINAL GROUP BY source)
          GROUP BY kind`,
    )
    for (const row of rows) this.set({ kind: row.kind }, row.records)
  },
})

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/** GET /metrics: Prometheus text format for a scraper with the bearer token. */
export function metricsRoute(store: Store, token: string): RequestHandler {
  scraped = store
  return async (req, res) => {
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
    if (!sameText(given, token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('Bearer token required\n')
      return
    }
    try {
      res.type(registry.contentType).send(await registry.metrics())
    } catch (error) {
      res
        .status(503)
        .type('text/plain')
        .send(`metrics unavailable: ${(error as Error).message.split('\n')[0]}\n`)
    }
  }
}
