/**
 * The Prometheus connector against the real thing: Debian's prometheus and
 * prometheus-blackbox-exporter on loopback ports, probing a small HTTP server
 * of this test that switches between up, slow and down. The availability
 * Leitstand computes from what the connector read equals what the test
 * switched, to the scrape interval.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateMapping } from '../../ingest/connectors/mapping'
import { readPrometheus } from '../../ingest/connectors/prometheus'
import { directTarget } from '../../ingest/ingest'
import { availabilityFigures } from '../../server/availability/report'
import { sql } from '../../server/store/sql'
import type { Catalog } from '../../shared/catalog'
import { openTestStore, type TestStore, testCatalog, withCatalog } from '../support/fixtures'

const PROMETHEUS = '/usr/bin/prometheus'
const BLACKBOX = '/usr/bin/prometheus-blackbox-exporter'
const available = existsSync(PROMETHEUS) && existsSync(BLACKBOX)
const SCRAPE_S = 2
const PHASE_MS = 8_000

let t: TestStore
let catalog: Catalog
const processes: ChildProcess[] = []
let app: Server
type Mode = 'up' | 'slow' | 'down'
let mode: Mode = 'up'
let prometheusUrl = ''
/** When each phase began, as the test switched it. */
const phases: Array<{ mode: Mode; at: number }> = []

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

function start(command: string, args: string[]): void {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let log = ''
  child.stderr?.on('data', (chunk) => {
    log = (log + chunk).slice(-4000)
  })
  child.on('exit', (code) => {
    if (code !== null && code !== 0) console.error(`${command} exited ${code}: ${log}`)
  })
  processes.push(child)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await sleep(250)
  }
  throw new Error(`timed out waiting for ${what}`)
}

beforeAll(async () => {
  if (!available) return
  t = await openTestStore()
  catalog = await withCatalog(
    t.store,
    testCatalog({
      services: [
        { id: 'email', name: 'E-Mail', check_interval: SCRAPE_S },
        { id: 'eakte', name: 'E-Akte', check_interval: 60 },
      ],
    }),
  )
  app = createServer((req, res) => {
    if (req.url !== '/health') return void res.writeHead(404).end('no')
    if (mode === 'down') return void res.writeHead(500).end('down')
    if (mode === 'slow') return void setTimeout(() => res.writeHead(200).end('slow'), 700)
    res.writeHead(200).end('ok')
  })
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
  const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`
  const [blackboxPort, prometheusPort] = [await freePort(), await freePort()]
  await writeFile(
    join(t.dir, 'blackbox.yml'),
    'modules:\n  http_2xx:\n    prober: http\n    timeout: 5s\n    http:\n      preferred_ip_protocol: ip4\n',
  )
  await writeFile(
    join(t.dir, 'prometheus.yml'),
    `global:
  scrape_interval: ${SCRAPE_S}s
  scrape_timeout: ${SCRAPE_S}s
scrape_configs:
  - job_name: blackbox
    metrics_path: /probe
    params: { module: [http_2xx] }
    static_configs:
      - targets: ['${appUrl}/health', '${appUrl}/unmapped']
        labels: { location: schwerin }
    relabel_configs:
      - { source_labels: [__address__], target_label: __param_target }
      - { source_labels: [__param_target], target_label: instance }
      - { target_label: __address__, replacement: '127.0.0.1:${blackboxPort}' }
`,
  )
  start(BLACKBOX, [
    `--config.file=${join(t.dir, 'blackbox.yml')}`,
    `--web.listen-address=127.0.0.1:${blackboxPort}`,
  ])
  start(PROMETHEUS, [
    `--config.file=${join(t.dir, 'prometheus.yml')}`,
    `--storage.tsdb.path=${join(t.dir, 'tsdb')}`,
    `--web.listen-address=127.0.0.1:${prometheusPort}`,
  ])
  prometheusUrl = `http://127.0.0.1:${prometheusPort}`
  await waitFor('the first probe', async () => {
    const response = await fetch(`${prometheusUrl}/api/v1/query?query=probe_success`)
    const body = (await response.json()) as { data?: { result?: unknown[] } }
    return (body.data?.result?.length ?? 0) >= 2
  })
  for (const next of ['up', 'slow', 'down', 'up'] as const) {
    mode = next
    phases.push({ mode: next, at: Date.now() })
    await sleep(PHASE_MS)
  }
  phases.push({ mode: 'up', at: Date.now() })
  // The connector reads up to two steps before now: let the last phase's scrapes land.
  await sleep(3 * SCRAPE_S * 1000)
}, 120_000)

afterAll(async () => {
  for (const child of processes) child.kill()
  app?.close()
  await t?.close()
})

const mapping = () => {
  const result = validateMapping(
    {
      prometheus: {
        probe_label: 'location',
        degraded_above_ms: 400,
        step: `${SCRAPE_S}s`,
        targets: [
          {
            match: { instance: `http://127.0.0.1:${(app.address() as AddressInfo).port}/health` },
            service: 'email',
          },
        ],
      },
    },
    catalog,
  )
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  const prometheus = result.mapping.prometheus
  if (!prometheus) throw new Error('no prometheus mapping')
  return prometheus
}

describe.skipIf(!available)('Prometheus connector', () => {
  it('turns the probes into checks whose availability is what the test switched', async () => {
    const first = phases[0]?.at ?? 0
    const last = phases.at(-1)?.at ?? 0
    const run = await readPrometheus(directTarget(t.store, catalog), {
      url: prometheusUrl,
      mapping: mapping(),
      since: first - 4_000,
    })
    expect(run?.summary.stored).toBeGreaterThan(10)
    // The second target has no mapping: quarantined once, with its labels.
    expect(run?.summary.quarantined).toBe(1)
    expect(run?.summary.problems[0]?.reason).toMatch(
      /^no target of the mapping matches the series probe_success\{.*unmapped/,
    )

    const figures = await availabilityFigures(t.store, catalog, 'im', first, last)
    const email = figures.services.find((s) => s.service === 'email')
    const seconds = (minutes: number | undefined) => (minutes ?? 0) * 60
    const tolerance = 2 * SCRAPE_S
    expect(Math.abs(seconds(email?.down_minutes) - PHASE_MS / 1000)).toBeLessThanOrEqual(tolerance)
    expect(Math.abs(seconds(email?.degraded_minutes) - PHASE_MS / 1000)).toBeLessThanOrEqual(tolerance)
    expect(Math.abs(seconds(email?.up_minutes) - (2 * PHASE_MS) / 1000)).toBeLessThanOrEqual(2 * tolerance)
    expect(email?.outages).toBe(1)
  })

  it('resumes where it stopped, and a re-read after lost state stores nothing twice', async () => {
    const count = async () => {
      const [row] = await t.store.query<{ n: number }>(
        sql`SELECT count() AS n FROM checks FINAL WHERE service = 'email'`,
      )
      return row?.n ?? 0
    }
    const before = await count()
    const target = directTarget(t.store, catalog)
    const again = await readPrometheus(target, { url: prometheusUrl, mapping: mapping(), since: 0 })
    // Only the steps since the last run are new.
    expect(again === undefined || again.summary.stored <= 4).toBe(true)
    const resumed = await count()
    expect(resumed - before).toBe(again?.summary.stored ?? 0)

    await t.store.command(sql`DELETE FROM connector_state WHERE connector = 'prometheus'`)
    const beforeReread = await count()
    const reread = await readPrometheus(target, {
      url: prometheusUrl,
      mapping: mapping(),
      since: (phases[0]?.at ?? 0) - 4_000,
    })
    expect(reread?.summary.stored).toBeGreaterThan(10)
    // Every check read again was there already (same service, probe and step-aligned time):
    // at most the one or two steps that became readable meanwhile are new.
    expect((await count()) - beforeReread).toBeLessThanOrEqual(2)
  })

  it('says when Prometheus cannot be reached, and records it for the freshness page', async () => {
    const url = `http://127.0.0.1:${await freePort()}`
    await expect(
      readPrometheus(directTarget(t.store, catalog), { url, mapping: mapping(), since: Date.now() - 60_000 }),
    ).rejects.toThrow(`Prometheus at ${url} is not reachable: ECONNREFUSED`)
    const [state] = await t.store.query<{ last_error: string }>(
      sql`SELECT last_error FROM connector_state FINAL WHERE source = ${url}`,
    )
    expect(state?.last_error).toContain('not reachable')
  })
})
