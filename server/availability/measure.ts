/**
 * Time of the availability figures for one ministry-month at full scale:
 * `npx tsx server/availability/measure.ts [services] [probes] [days]`
 * (default 10 services x 3 probes x 31 days of one-minute checks = 1,339,200
 * checks, March 2026). Loads them through the ingest path into a temporary
 * embedded chDB, then times `availabilityFigures` and, for comparison, the
 * same figures from raw checks moved to JS. A measurement, not a test.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ingestFile } from '../../ingest/ingest'
import {
  type CheckStatus,
  type Interval,
  probeSegments,
  serviceAvailability,
  stateTimeline,
} from '../../shared/availability'
import { createCalendar } from '../../shared/calendar'
import { validateCatalog } from '../../shared/catalog'
import { openStore } from '../store'
import { migrate } from '../store/migrate'
import { sql } from '../store/sql'
import { maintenanceOf } from './queries'
import { availabilityFigures } from './report'

const serviceCount = Number(process.argv[2] ?? 10)
const probeCount = Number(process.argv[3] ?? 3)
const days = Number(process.argv[4] ?? 31)

const SERVICES = Array.from({ length: serviceCount }, (_, i) => `svc${i}`)
const PROBES = Array.from({ length: probeCount }, (_, i) => `probe${i}`)
const parsed = validateCatalog({
  timezone: 'Europe/Berlin',
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
  customers: [{ id: 'im', name: 'Ministerium für Inneres', services: SERVICES }],
  services: SERVICES.map((id) => ({ id, name: id, check_interval: 60 })),
  slas: [
    { id: 'standard', customers: '*', services: '*', availability: { target: 99.5, calendar: 'always' } },
    { id: 'im-0', customers: ['im'], services: ['svc0'], availability: { target: 99.9, calendar: 'office' } },
  ],
})
if (!parsed.ok) throw new Error('measure catalog invalid')
const catalog = parsed.catalog

// March 2026 in Berlin (contains the spring DST switch).
const from = Date.parse('2026-03-01T00:00:00+01:00')
const to = from + days * 86_400_000
const minutes = (to - from) / 60_000

// Reproducible noise: per probe a short down or degraded spell about twice a day,
// and a few missed checks, so the data has realistic structure rather than one segment per probe.
// mulberry32: small, seeded, good enough for noise.
let seed = 1
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
  return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32
}

const dir = await mkdtemp(join(tmpdir(), 'leitstand-availability-'))
try {
  const file = join(dir, 'checks.ndjson')
  const out = createWriteStream(file)
  const spells = new Map<string, { until: number; status: CheckStatus }>()
  let written = 0
  for (let minute = 0; minute < minutes; minute++) {
    const at = new Date(from + minute * 60_000).toISOString()
    for (const service of SERVICES) {
      for (const probe of PROBES) {
        const key = `${service}/${probe}`
        let spell = spells.get(key)
        if ((!spell || spell.until <= minute) && random() < 1 / 720) {
          spell = {
            until: minute + 1 + Math.floor(random() * 30),
            status: random() < 0.5 ? 'down' : 'degraded',
          }
          spells.set(key, spell)
        }
        if (random() < 1 / 500) continue // a missed check
        const status = spell && spell.until > minute ? spell.status : 'up'
        const line = `{"service":"${service}","probe":"${probe}","at":"${at}","status":"${status}","latency_ms":${20 + Math.floor(random() * 80)}}\n`
        written++
        if (!out.write(line)) await once(out, 'drain')
      }
    }
  }
  out.end()
  await once(out, 'finish')

  const store = await openStore({ dataDir: join(dir, 'data') })
  await migrate(store)
  let started = performance.now()
  const summary = await ingestFile(store, catalog, 'checks', file)
  const ingestSeconds = (performance.now() - started) / 1000
  console.log(
    `${written.toLocaleString('en')} checks (${serviceCount} services x ${probeCount} probes x ${days} days) ingested in ${ingestSeconds.toFixed(1)} s (${summary.stored} stored)`,
  )

  const time = async <T>(label: string, runs: number, action: () => Promise<T>): Promise<T> => {
    const times: number[] = []
    let result: T | undefined
    for (let run = 0; run < runs; run++) {
      started = performance.now()
      result = await action()
      times.push(performance.now() - started)
    }
    const sorted = [...times].sort((a, b) => a - b)
    console.log(
      `${label}: first ${times[0]?.toFixed(0)} ms, median ${sorted[Math.floor(runs / 2)]?.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms (${runs} runs)`,
    )
    return result as T
  }

  const figures = await time('availabilityFigures (segments in SQL)', 7, () =>
    availabilityFigures(store, catalog, 'im', from, to),
  )
  console.log(
    `  overall ${figures.overall?.toFixed(4)} %, ${figures.services.reduce((n, s) => n + s.outages, 0)} outages`,
  )

  // For comparison: every check to JS (compact rows), segments and figures there.
  const fromRaw = await time('same figures from raw checks in JS', 2, async () => {
    const rows = await store.query<{
      service: string
      probe: string
      at_ms: number
      status: CheckStatus
    }>(sql`
      SELECT service, probe, toUnixTimestamp64Milli(at) AS at_ms, status
      FROM checks FINAL
      WHERE service IN ${SERVICES} AND at >= ${new Date(from - 120_000)} AND at < ${new Date(to)}`)
    const maintenance = await maintenanceOf(store, SERVICES, from, to)
    return SERVICES.map((service) => {
      const checks = rows.filter((row) => row.service === service).map((row) => ({ ...row, at: row.at_ms }))
      const open: Interval[] = service === 'svc0' ? catalogOpen(from, to) : [[from, to]]
      return serviceAvailability({
        service,
        target: service === 'svc0' ? 99.9 : 99.5,
        timeline: stateTimeline(probeSegments(checks, 120_000)),
        open,
        maintenance: maintenance.get(service) ?? [],
        from,
        to,
      })
    })
  })
  const same = JSON.stringify(fromRaw) === JSON.stringify(figures.services)
  console.log(`  raw-check figures ${same ? 'equal' : 'DIFFER FROM'} the SQL-segment figures`)
  await store.close()
} finally {
  await rm(dir, { recursive: true, force: true })
}

function catalogOpen(fromMs: number, toMs: number): Interval[] {
  const office = catalog.calendars.find((c) => c.id === 'office')
  if (!office) throw new Error('no office calendar')
  return createCalendar(office, catalog.timezone).openIntervals(fromMs, toMs)
}
