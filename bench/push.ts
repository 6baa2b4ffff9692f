/**
 * Many small pushes into a running server: `npm run bench:push -- [--minutes N] [--rate R]`.
 * Starts `leitstand serve` on a fresh embedded store in its own process and
 * sends R requests a second (default 200) of 10 checks each, for N minutes
 * (default 10), over keep-alive connections. A marker service flips between
 * down and up once a second; the status overview is polled to see how long
 * a push takes to show there. At the end the server is stopped and the store
 * opened here: every check sent must be stored once, and the active parts of
 * the checks table are counted.
 * Budget (issue 11): p95 acknowledgement < 150 ms; pushes visible in the
 * status overview within 5 s; the checks table's parts bounded.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { Agent, request } from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { saveCatalog } from '../server/catalog/catalog'
import { runThroughServer } from '../server/control'
import { openStore } from '../server/store'
import { migrate } from '../server/store/migrate'
import { sql } from '../server/store/sql'
import { validateCatalog } from '../shared/catalog'

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '10' }, rate: { type: 'string', default: '200' } },
})
const minutes = Number(values.minutes)
const rate = Number(values.rate)
const CHECKS_PER_REQUEST = 10
const SERVICES = Array.from({ length: 20 }, (_, i) => `svc${i}`)
const MARKER = 'marker'

const dir = await mkdtemp(join(tmpdir(), 'leitstand-bench-push-'))
const data = join(dir, 'data')

function startServer(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []),
      '--max-semi-space-size=64',
      'server/bin/leitstand.mjs',
      '--data',
      data,
      'serve',
      '--demo',
      '--port',
      '0',
    ],
    { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return new Promise((resolve, reject) => {
    let log = ''
    child.stdout?.on('data', (chunk) => {
      log += chunk
      const match = /http:\/\/localhost:(\d+)/.exec(log)
      if (match) resolve({ child, base: `http://127.0.0.1:${match[1]}` })
    })
    child.once('exit', () => reject(new Error(`server ended: ${log}`)))
  })
}

// The catalog goes in before the server starts, so that --demo (for the demo sign-in) loads no demo data.
const catalog = validateCatalog({
  timezone: 'Europe/Berlin',
  customers: [{ id: 'im', name: 'IM', services: [...SERVICES, MARKER] }],
  services: [...SERVICES, MARKER].map((id) => ({ id, name: id, check_interval: 60 })),
})
if (!catalog.ok) throw new Error('bench catalog invalid')
const setup = await openStore({ dataDir: data })
await migrate(setup)
await saveCatalog(setup, catalog.catalog, 'bench')
await setup.close()

const { child, base } = await startServer()
// The server goes down with the bench, also when the bench fails.
process.on('exit', () => child.kill('SIGTERM'))
let token = ''
await runThroughServer(data, ['token', 'create', 'bench', '--kinds', 'checks'], process.cwd(), {
  out: (text) => {
    token += text.trim()
  },
  err: () => undefined,
})
const signIn = await fetch(`${base}/trpc/auth.login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ userId: 'servicemanagement' }),
})
const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
if (!signIn.ok || !token)
  throw new Error(`setup failed: sign-in ${signIn.status}, token ${token ? 'ok' : 'missing'}`)

const agent = new Agent({ keepAlive: true, maxSockets: 256 })
/** Why requests failed, the first few of each kind: a status with the server's reason, or a connection error. */
const failures = new Map<string, number>()
function noteFailure(reason: string) {
  failures.set(reason, (failures.get(reason) ?? 0) + 1)
}

function post(body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request(
      `${base}/api/v1/events/checks`,
      {
        method: 'POST',
        agent,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/x-ndjson' },
      },
      (response) => {
        let text = ''
        response.on('data', (chunk) => {
          if (response.statusCode !== 200) text += chunk
        })
        response.on('end', () => {
          if (response.statusCode !== 200) noteFailure(`${response.statusCode} ${text.slice(0, 160)}`)
          resolve(response.statusCode ?? 0)
        })
      },
    )
    call.on('error', reject)
    call.end(body)
  })
}

const latencies: number[] = []
let sent = 0
let failed = 0
let requestNumber = 0
const inFlight = new Set<Promise<unknown>>()
// Probes per service: consecutive requests of a service use other probes, so no two checks share an identity.
const probesPerService = 1000

function checksBody(): string {
  const n = requestNumber++
  const service = SERVICES[n % SERVICES.length]
  const at = new Date().toISOString()
  const lines: string[] = []
  for (let i = 0; i < CHECKS_PER_REQUEST; i++) {
    const probe = `p${(Math.floor(n / SERVICES.length) * CHECKS_PER_REQUEST + i) % probesPerService}`
    lines.push(
      `{"service":"${service}","probe":"${probe}","at":"${at}","status":"up","latency_ms":${20 + (n % 50)}}`,
    )
  }
  return `${lines.join('\n')}\n`
}

let requestsSent = 0
function send(body: string, checks: number) {
  requestsSent++
  const started = performance.now()
  const done = post(body).then(
    (status) => {
      if (status === 200) {
        latencies.push(performance.now() - started)
        sent += checks
      } else failed++
    },
    (error: NodeJS.ErrnoException) => {
      noteFailure(`connection: ${error.code ?? error.message}`)
      failed++
    },
  )
  inFlight.add(done)
  void done.finally(() => inFlight.delete(done))
}

// Markers: all ten probes of the marker service down, then up, once a second.
const markers: Array<{ at: number; sentAt: number; seenAt?: number }> = []
function sendMarker() {
  const at = Date.now()
  const status = markers.length % 2 === 0 ? 'down' : 'up'
  const lines = Array.from(
    { length: CHECKS_PER_REQUEST },
    (_, i) =>
      `{"service":"${MARKER}","probe":"m${i}","at":"${new Date(at).toISOString()}","status":"${status}"}`,
  )
  markers.push({ at, sentAt: Date.now() })
  send(`${lines.join('\n')}\n`, CHECKS_PER_REQUEST)
}

async function pollOverview() {
  const input = encodeURIComponent(JSON.stringify({ days: 1 }))
  const response = await fetch(`${base}/trpc/availability.overview?input=${input}`, { headers: { cookie } })
  if (!response.ok) return
  const { result } = (await response.json()) as {
    result: { data: { services: Array<{ service: string; state_since: string | null }> } }
  }
  const since = result.data.services.find((service) => service.service === MARKER)?.state_since
  if (!since) return
  const shown = Date.parse(since)
  const now = Date.now()
  for (const marker of markers) if (marker.seenAt === undefined && marker.at <= shown) marker.seenAt = now
}

const loadStart = loadavg()
  .map((load) => load.toFixed(1))
  .join(' ')
const durationMs = minutes * 60_000
const started = Date.now()
const TICK_MS = 50
console.log(
  `bench:push: ${rate} requests/s of ${CHECKS_PER_REQUEST} checks for ${minutes} min against ${base}`,
)
let lastReport = started
let lastMarker = started
while (Date.now() - started < durationMs) {
  const tickStart = Date.now()
  const due = Math.round(((tickStart - started) / 1000) * rate) - requestNumber
  for (let i = 0; i < due; i++) send(checksBody(), CHECKS_PER_REQUEST)
  if (tickStart - lastMarker >= 1000) {
    lastMarker = tickStart
    sendMarker()
    void pollOverview().catch(() => undefined)
  }
  if (tickStart - lastReport >= 30_000) {
    lastReport = tickStart
    const recent = latencies.slice(-rate * 30).sort((a, b) => a - b)
    console.log(
      `  ${Math.round((tickStart - started) / 1000)} s: ${sent.toLocaleString('en')} checks acknowledged, p95 of the last 30 s ${recent[Math.floor(recent.length * 0.95)]?.toFixed(0)} ms, ${inFlight.size} in flight, ${failed} failed`,
    )
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, TICK_MS - (Date.now() - tickStart))))
}
const elapsed = (Date.now() - started) / 1000
await Promise.all(inFlight)
// Let the last markers show.
const waitUntil = Date.now() + 10_000
while (markers.some((marker) => marker.seenAt === undefined) && Date.now() < waitUntil) {
  await pollOverview().catch(() => undefined)
  await new Promise((resolve) => setTimeout(resolve, 250))
}
agent.destroy()

// The server's CPU time (user + system) from /proc, where there is one.
const serverCpuSeconds = await readFile(`/proc/${child.pid}/stat`, 'utf8').then(
  (stat) => {
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  },
  () => Number.NaN,
)
child.kill('SIGTERM')
await once(child, 'exit')
const store = await openStore({ dataDir: data })
const [stored] = await store.query<{ n: number }>(sql`SELECT count() AS n FROM checks FINAL`)
const parts = await store.query<{ table: string; parts: number }>(sql`
  SELECT table, count() AS parts FROM system.parts
  WHERE database = currentDatabase() AND active AND table IN ('checks', 'ingest_runs', 'service_states')
  GROUP BY table ORDER BY table`)
await store.close()
await rm(dir, { recursive: true, force: true })

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN
const sorted = [...latencies].sort((a, b) => a - b)
const visible = markers.filter((marker) => marker.seenAt !== undefined).map((m) => (m.seenAt ?? 0) - m.sentAt)
const visibleSorted = [...visible].sort((a, b) => a - b)
console.log(`
requests:        ${requestsSent.toLocaleString('en')} sent, ${latencies.length.toLocaleString('en')} acknowledged in ${elapsed.toFixed(0)} s (${(latencies.length / elapsed).toFixed(0)}/s), ${failed} failed
acknowledgement: p50 ${percentile(sorted, 0.5).toFixed(0)} ms, p95 ${percentile(sorted, 0.95).toFixed(0)} ms, p99 ${percentile(sorted, 0.99).toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms (budget p95 < 150 ms)
in the overview: ${visible.length} of ${markers.length} marker pushes seen; after p50 ${percentile(visibleSorted, 0.5).toFixed(0)} ms, p95 ${percentile(visibleSorted, 0.95).toFixed(0)} ms, max ${visibleSorted.at(-1)?.toFixed(0)} ms (budget 5 s; polled every second)
stored:          ${stored?.n.toLocaleString('en')} checks of ${sent.toLocaleString('en')} acknowledged ${stored?.n === sent ? '(every one, once)' : '(MISMATCH)'}
server CPU:      ${serverCpuSeconds.toFixed(0)} s in ${elapsed.toFixed(0)} s (Node and chDB)
load average:    ${loadStart} at the start, ${loadavg()
  .map((load) => load.toFixed(1))
  .join(' ')} at the end (1, 5, 15 min; the machine is shared)
active parts:    ${parts.map((row) => `${row.table} ${row.parts}`).join(', ')}`)
for (const [reason, count] of failures) console.log(`failed:          ${count} × ${reason}`)
