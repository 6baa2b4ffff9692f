/**
 * Ingest throughput, end to end from NDJSON files through the CLI's code path
 * into embedded chDB: `npx tsx bench/ingest.ts [checks] [ticketEvents]`.
 * Budget (issue 2): >= 150,000 checks/s, >= 50,000 ticket events/s, bounded memory.
 */

import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ingestFile } from '../ingest/ingest'
import { openStore } from '../server/store'
import { migrate } from '../server/store/migrate'
import { validateCatalog } from '../shared/catalog'

const checkCount = Number(process.argv[2] ?? 2_000_000)
const ticketEventCount = Number(process.argv[3] ?? 1_000_000)

const SERVICES = Array.from({ length: 30 }, (_, i) => `svc${i}`)
const CUSTOMERS = Array.from({ length: 10 }, (_, i) => `c${i}`)
const parsed = validateCatalog({
  timezone: 'Europe/Berlin',
  customers: CUSTOMERS.map((id) => ({ id, name: id, services: SERVICES })),
  services: SERVICES.map((id) => ({ id, name: id })),
})
if (!parsed.ok) throw new Error('bench catalog invalid')

async function writeLines(path: string, count: number, line: (i: number) => string) {
  const out = createWriteStream(path)
  for (let i = 0; i < count; i++) {
    if (!out.write(`${line(i)}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

const start = Date.UTC(2025, 0, 1)
const dir = await mkdtemp(join(tmpdir(), 'leitstand-bench-'))
const checksFile = join(dir, 'checks.ndjson')
const ticketsFile = join(dir, 'tickets.ndjson')
await writeLines(checksFile, checkCount, (i) =>
  JSON.stringify({
    service: SERVICES[i % 30],
    probe: `p${Math.floor(i / 30) % 3}`,
    at: new Date(start + Math.floor(i / 90) * 60_000).toISOString(),
    status: i % 997 === 0 ? 'down' : 'up',
    latency_ms: 20 + (i % 50),
  }),
)
const TYPES = ['created', 'responded', 'status', 'status', 'priority', 'status']
await writeLines(ticketsFile, ticketEventCount, (i) => {
  const ticket = Math.floor(i / 6)
  const type = TYPES[i % 6]
  const at = new Date(start + ticket * 30_000 + (i % 6) * 3_600_000).toISOString()
  const base = { id: `e${i}`, ticket: `T${ticket}`, at, type }
  if (type === 'created')
    return JSON.stringify({
      ...base,
      customer: CUSTOMERS[ticket % 10],
      service: SERVICES[ticket % 30],
      priority: 'P3',
      channel: 'portal',
      category: 'incident',
    })
  if (type === 'status') return JSON.stringify({ ...base, status: i % 6 === 5 ? 'resolved' : 'in_progress' })
  if (type === 'priority') return JSON.stringify({ ...base, priority: 'P2' })
  return JSON.stringify(base)
})

const store = await openStore({ dataDir: join(dir, 'data') })
await migrate(store)
let peakRss = 0
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}, 100)
for (const [kind, file, count] of [
  ['checks', checksFile, checkCount],
  ['tickets', ticketsFile, ticketEventCount],
] as const) {
  const started = performance.now()
  let derivationStarted = 0
  const summary = await ingestFile(store, parsed.catalog, kind, file, {
    onDerive: () => {
      derivationStarted = performance.now()
      console.log(`  peak RSS while storing: ${(peakRss / 2 ** 20).toFixed(0)} MiB`)
    },
  })
  const ended = performance.now()
  const seconds = (ended - started) / 1000
  // The derived state (ticket history, availability timelines) is part of the run: the rate counts it.
  const split = derivationStarted
    ? ` (storing ${((derivationStarted - started) / 1000).toFixed(1)} s, deriving ${((ended - derivationStarted) / 1000).toFixed(1)} s)`
    : ''
  console.log(
    `${kind}: ${summary.stored.toLocaleString('en')} of ${count.toLocaleString('en')} stored in ${seconds.toFixed(1)} s${split} = ${Math.round(summary.stored / seconds).toLocaleString('en')} records/s`,
  )
}
clearInterval(sampler)
console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`)
await store.close()
await rm(dir, { recursive: true, force: true })
