/**
 * Ticket scale (issue 3): `npx tsx bench/tickets.ts [tickets]` (default
 * 1,000,000 tickets, about 6 events each, 10 ministries, two years) into
 * embedded chDB, then times the queries that have budgets:
 * one ministry-month report < 300 ms; the compliance trend for all
 * ministries over 12 months < 1.5 s; the SLA board < 300 ms.
 */

import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mulberry32 } from '../ingest/demo/random'
import { ingestFile } from '../ingest/ingest'
import { saveCatalog } from '../server/catalog/catalog'
import { rebuildTicketHistory } from '../server/derive/ticket-history/rebuild'
import { buckets } from '../server/period'
import { buildReport } from '../server/report/report'
import { slaBoard } from '../server/sla/board'
import { compliance } from '../server/sla/compliance'
import { openStore } from '../server/store'
import { migrate } from '../server/store/migrate'
import { validateCatalog } from '../shared/catalog'

const ticketCount = Number(process.argv[2] ?? 1_000_000)
const CUSTOMERS = Array.from({ length: 10 }, (_, i) => `r${i}`)
const SERVICES = Array.from({ length: 20 }, (_, i) => `s${i}`)
const parsed = validateCatalog({
  timezone: 'Europe/Berlin',
  calendars: [
    {
      id: 'buero',
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
  customers: CUSTOMERS.map((id) => ({ id, name: `Ressort ${id}`, services: SERVICES })),
  services: SERVICES.map((id) => ({ id, name: id })),
  slas: [
    {
      id: 'standard',
      customers: '*',
      services: '*',
      response: { calendar: 'buero', P1: '30m', P2: '2h', P3: '4h', P4: '8h' },
      resolution: { calendar: 'buero', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
    },
  ],
})
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
const catalog = parsed.catalog

const HOUR = 3_600_000
const START = Date.parse('2025-01-01T00:00:00+01:00')
const SPAN = 2 * 365 * 24 * HOUR

const dir = await mkdtemp(join(tmpdir(), 'leitstand-bench-tickets-'))
const file = join(dir, 'tickets.ndjson')
const out = createWriteStream(file)
const next = mulberry32(7)
const write = async (line: string) => {
  if (!out.write(`${line}\n`)) await once(out, 'drain')
}
for (let n = 0; n < ticketCount; n++) {
  const ticket = `T${n}`
  let at = START + Math.floor((n / ticketCount) * SPAN)
  const iso = () => new Date(at).toISOString()
  let e = 0
  const id = () => `${ticket}-${e++}`
  await write(
    `{"id":"${id()}","ticket":"${ticket}","at":"${iso()}","type":"created","customer":"${CUSTOMERS[n % 10]}","service":"${SERVICES[n % 20]}","priority":"P${1 + Math.floor(next() * 4)}","channel":"portal"}`,
  )
  at += Math.floor(next() * 3 * HOUR)
  await write(`{"id":"${id()}","ticket":"${ticket}","at":"${iso()}","type":"responded"}`)
  at += Math.floor(next() * 5 * HOUR)
  await write(`{"id":"${id()}","ticket":"${ticket}","at":"${iso()}","type":"status","status":"in_progress"}`)
  if (next() < 0.3) {
    at += Math.floor(next() * 20 * HOUR)
    await write(`{"id":"${id()}","ticket":"${ticket}","at":"${iso()}","type":"status","status":"waiting"}`)
    at += Math.floor(next() * 30 * HOUR)
    await write(
      `{"id":"${id()}","ticket":"${ticket}","at":"${iso()}","type":"status","status":"in_progress"}`,
    )
  }
  at += Math.floor(next() * 40 * HOUR)
  if (at < START + SPAN - 200 * HOUR || next() < 0.5) {
    await write(`{"id":"${id()}","ticket":"${ticket}","at":"${iso()}","type":"status","status":"resolved"}`)
    at += Math.floor(next() * 72 * HOUR)
    await write(`{"id":"${id()}","ticket":"${ticket}","at":"${iso()}","type":"status","status":"closed"}`)
  }
}
out.end()
await once(out, 'finish')

const store = await openStore({ dataDir: join(dir, 'data') })
await migrate(store)
await saveCatalog(store, catalog, 'bench')
let started = performance.now()
const summary = await ingestFile(store, catalog, 'tickets', file)
const seconds = (performance.now() - started) / 1000
console.log(
  `ingest + ticket history: ${summary.stored.toLocaleString('en')} events of ${ticketCount.toLocaleString('en')} tickets in ${seconds.toFixed(1)} s = ${Math.round(summary.stored / seconds).toLocaleString('en')} events/s`,
)

async function time(label: string, runs: number, action: (i: number) => Promise<unknown>) {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    started = performance.now()
    await action(i)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  console.log(
    `${label}: median ${times[Math.floor(runs / 2)]?.toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms (${runs} runs)`,
  )
}

const month = (i: number) =>
  [
    Date.parse(`2026-${String(1 + (i % 12)).padStart(2, '0')}-01T00:00:00+01:00`),
    Date.parse(`2026-${String(1 + (i % 12)).padStart(2, '0')}-28T00:00:00+01:00`),
  ] as const
await time('one ministry-month report', 12, (i) =>
  buildReport(store, catalog, CUSTOMERS[i % 10] as string, ...month(i)),
)
const year = buckets(
  Date.parse('2026-01-01T00:00:00+01:00'),
  Date.parse('2027-01-01T00:00:00+01:00'),
  'month',
  'Europe/Berlin',
)
await time('compliance trend, all ministries, 12 months', 5, () =>
  compliance(store, { customers: CUSTOMERS, buckets: year, groupBy: 'customer' }),
)
// The board as of the end of the data: the open backlog then.
await time('SLA board, all ministries', 5, () =>
  slaBoard(store, catalog, { customers: CUSTOMERS, limit: 100, now: START + SPAN }),
)

// Catalog loads (issue 15): today's full recompute of every ticket's clocks against a load
// that adds an SLA change, which recomputes only the tickets created from its date on.
started = performance.now()
const all = await rebuildTicketHistory(store, catalog, 'all')
console.log(
  `full recompute of every ticket: ${all.toLocaleString('en')} tickets in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
const standard = catalog.slas[0] as (typeof catalog.slas)[number]
const withChanges = (changes: Array<{ from: string }>) => ({
  ...catalog,
  slas: [{ ...standard, changes: changes.map((change) => ({ ...change, resolution: { P1: 180 } })) }],
})
for (const changes of [[{ from: '2026-12-01' }], [{ from: '2026-12-01' }, { from: '2027-02-01' }]]) {
  started = performance.now()
  const saved = await saveCatalog(store, withChanges(changes), 'bench')
  console.log(
    `catalog load adding a change from ${changes.at(-1)?.from}: ${saved.recomputedTickets.toLocaleString('en')} tickets recomputed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
}
await store.close()
// BENCH_KEEP_STORE=1 keeps the store for `npm run bench:serve -- --data DIR`.
if (process.env.BENCH_KEEP_STORE === '1') console.log(`store kept in ${join(dir, 'data')}`)
else await rm(dir, { recursive: true, force: true })
