/**
 * Availability budgets (issue: rollups), end to end in embedded chDB:
 * `npx tsx bench/availability.ts [scale]`, scale 1 = 30 services x 3 probes x
 * one check a minute for a year (47.3 million checks); 0.1 = 36 days.
 * - ingest through ingestFile, one file per month, including the rollup
 *   rebuild after each run: >= 150,000 checks/s;
 * - one ministry-month availability report (availabilityFigures, a ministry
 *   with all 30 services): < 500 ms;
 * - the 90-day status overview of all services: < 1 s.
 * Also prints the raw-check path of the same report, the service detail and
 * the burn rates, for comparison. A measurement, not a test.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DateTime } from 'luxon'
import { ingestFile } from '../ingest/ingest'
import { customerBasis, standardBasis } from '../server/availability/basis'
import { burnRates } from '../server/availability/burn'
import { serviceDetail } from '../server/availability/detail'
import { availabilityOverview } from '../server/availability/overview'
import { availabilityFigures } from '../server/availability/report'
import { saveCatalog } from '../server/catalog/catalog'
import { rebuildServiceStates } from '../server/derive/service-states/rebuild'
import { openStore } from '../server/store'
import { migrate } from '../server/store/migrate'
import { sql } from '../server/store/sql'
import { validateCatalog } from '../shared/catalog'

const scale = Number(process.argv[2] ?? 1)
const days = Math.max(1, Math.round(365 * scale))
const ZONE = 'Europe/Berlin'
const SERVICES = Array.from({ length: 30 }, (_, i) => `svc${i}`)
const PROBES = ['berlin', 'schwerin', 'rostock']
const CUSTOMERS = Array.from({ length: 10 }, (_, i) => `c${i}`)

const parsed = validateCatalog({
  timezone: ZONE,
  calendars: [
    { id: 'always', hours: '24x7' },
    {
      id: 'office',
      holidays: 'DE-MV',
      hours: {
        mon: '07:00-18:00',
        tue: '07:00-18:00',
        wed: '07:00-18:00',
        thu: '07:00-18:00',
        fri: '07:00-15:00',
      },
    },
  ],
  // c0 subscribes every service (the largest ministry report); the others ten each.
  customers: CUSTOMERS.map((id, i) => ({
    id,
    name: id,
    services: i === 0 ? SERVICES : SERVICES.filter((_, j) => (j + i) % 3 === 0),
  })),
  services: SERVICES.map((id) => ({ id, name: id, check_interval: 60 })),
  slas: [
    { id: 'standard', customers: '*', services: '*', availability: { target: 99.5, calendar: 'always' } },
    {
      id: 'c0-office',
      customers: ['c0'],
      services: SERVICES.slice(0, 5),
      availability: { target: 99.9, calendar: 'office' },
    },
  ],
})
if (!parsed.ok) throw new Error('bench catalog invalid')
const catalog = parsed.catalog

/**
 * The year 2025, so that runs print comparable figures. A store kept for
 * `bench:serve -- --data DIR` (BENCH_KEEP_STORE=1) holds the days up to
 * today instead, with its catalog stored, so that the server's periods (this
 * month, the last 30 days, the status overview) have data.
 */
const keep = process.env.BENCH_KEEP_STORE === '1'
const start = keep
  ? DateTime.now().setZone(ZONE).startOf('day').minus({ days })
  : DateTime.fromISO('2025-01-01T00:00:00', { zone: ZONE })
const end = start.plus({ days })

// Reproducible noise (mulberry32): per probe a short down or degraded spell about
// twice a day and a few missed checks, so the data has realistic structure.
let seed = 1
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
  return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32
}
const spells = new Map<string, { until: number; status: string }>()

/** One month of checks (clipped to the data) as NDJSON; returns how many lines. */
async function writeMonth(path: string, from: number, to: number): Promise<number> {
  const out = createWriteStream(path)
  let written = 0
  for (let at = from; at < to; at += 60_000) {
    const iso = new Date(at).toISOString()
    let chunk = ''
    for (const service of SERVICES) {
      for (const probe of PROBES) {
        const key = `${service}/${probe}`
        let spell = spells.get(key)
        if ((!spell || spell.until <= at) && random() < 1 / 720) {
          spell = {
            until: at + (1 + Math.floor(random() * 30)) * 60_000,
            status: random() < 0.5 ? 'down' : 'degraded',
          }
          spells.set(key, spell)
        }
        if (random() < 1 / 500) continue
        const status = spell && spell.until > at ? spell.status : 'up'
        chunk += `{"service":"${service}","probe":"${probe}","at":"${iso}","status":"${status}","latency_ms":${20 + Math.floor(random() * 80)}}\n`
        written++
      }
    }
    if (!out.write(chunk)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return written
}

async function time<T>(label: string, runs: number, action: () => Promise<T>): Promise<T> {
  const times: number[] = []
  let result: T | undefined
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    result = await action()
    times.push(performance.now() - started)
  }
  const sorted = [...times].sort((a, b) => a - b)
  console.log(
    `${label}: median ${sorted[Math.floor(runs / 2)]?.toFixed(0)} ms, first ${times[0]?.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms (${runs} runs)`,
  )
  return result as T
}

const dir = await mkdtemp(join(tmpdir(), 'leitstand-bench-availability-'))
try {
  const store = await openStore({ dataDir: join(dir, 'data') })
  await migrate(store)
  if (keep) await saveCatalog(store, catalog, 'bench:availability')
  console.log(
    `scale ${scale}: ${days} days from ${start.toISODate()}, ${SERVICES.length} services x ${PROBES.length} probes x 1 check/min`,
  )

  let checks = 0
  let ingestMs = 0
  for (let month = start; month < end; month = month.plus({ months: 1 })) {
    const file = join(dir, `checks-${month.toFormat('yyyy-MM')}.ndjson`)
    const lines = await writeMonth(
      file,
      month.toMillis(),
      Math.min(month.plus({ months: 1 }).toMillis(), end.toMillis()),
    )
    const started = performance.now()
    const summary = await ingestFile(store, catalog, 'checks', file)
    const elapsed = performance.now() - started
    ingestMs += elapsed
    checks += summary.stored
    await rm(file)
    console.log(
      `  ${month.toFormat('yyyy-MM')}: ${lines.toLocaleString('en')} checks in ${(elapsed / 1000).toFixed(1)} s = ${Math.round(summary.stored / (elapsed / 1000)).toLocaleString('en')} checks/s (with rollup)`,
    )
  }
  console.log(
    `ingest: ${checks.toLocaleString('en')} checks in ${(ingestMs / 1000).toFixed(1)} s = ${Math.round(checks / (ingestMs / 1000)).toLocaleString('en')} checks/s end to end, rollup included (budget >= 150,000)`,
  )

  const [lastRun] = await store.query<{ run: number }>(sql`SELECT max(run) AS run FROM ingest_runs`)
  await time('  of which the rollup of the last monthly run', 1, () =>
    rebuildServiceStates(store, catalog, { run: lastRun?.run ?? 1 }),
  )
  await time('  full rollup rebuild (all services, all days)', 1, () =>
    rebuildServiceStates(store, catalog, 'all'),
  )

  const reportMonth = end.minus({ days: 15 }).startOf('month')
  const monthFrom = reportMonth.toMillis()
  const monthTo = reportMonth.plus({ months: 1 }).toMillis()
  const figures = await time(
    `ministry-month report c0 (30 services) ${reportMonth.toFormat('yyyy-MM')}, rollup (budget < 500 ms)`,
    7,
    () => availabilityFigures(store, catalog, 'c0', monthFrom, monthTo),
  )
  const raw = await time('  same report from the raw checks', 3, () =>
    availabilityFigures(store, catalog, 'c0', monthFrom, monthTo, 'raw'),
  )
  console.log(
    `  overall ${figures.overall?.toFixed(4)} %, ${figures.services.reduce((n, s) => n + s.outages, 0)} outages; raw path ${JSON.stringify(raw) === JSON.stringify(figures) ? 'equal' : 'DIFFERENT'}`,
  )

  const now = end.toMillis() - 60_000
  await time('90-day overview, staff, all 30 services (budget < 1000 ms)', 7, () =>
    availabilityOverview(store, catalog, { customer: null, days: 90, now }),
  )
  await time('90-day overview, ministry c0', 5, () =>
    availabilityOverview(store, catalog, { customer: 'c0', days: 90, now }),
  )
  await time('burn rates, staff, all 30 services', 5, () =>
    burnRates(store, catalog, {
      customer: null,
      services: catalog.services.map((service) => ({ service, basis: standardBasis(catalog, service.id) })),
      now,
    }),
  )
  const svc0 = catalog.services[0]
  if (svc0) {
    const yearFrom = Math.max(start.toMillis(), end.minus({ days: 366 }).toMillis())
    await time(
      `service detail svc0 for c0 over ${Math.round((end.toMillis() - yearFrom) / 86_400_000)} days (latency from raw checks)`,
      3,
      () =>
        serviceDetail(store, catalog, {
          service: svc0,
          basis: customerBasis(catalog, 'c0', 'svc0'),
          from: yearFrom,
          to: end.toMillis(),
          now,
        }),
    )
  }
  await store.close()
} finally {
  // BENCH_KEEP_STORE=1 keeps the store for `npm run bench:serve -- --data DIR`.
  if (keep) console.log(`store kept in ${join(dir, 'data')}`)
  else await rm(dir, { recursive: true, force: true })
}
