/**
 * Serving under load (issue 12): `npm run bench:serve -- [--data DIR] [--users 20] [--seconds 40]`.
 *
 * Starts the real server (`leitstand serve --demo`) as its own process on a
 * store folder: by default the demo store, generated on first use into a
 * folder under the system's temporary directory and kept for later runs;
 * `--data DIR` points it at an existing store instead (e.g. the one of
 * bench:tickets or bench:availability). Then:
 *
 * - cold: a fresh server that computes nothing ahead (empty caches), one
 *   user of each audience, every main page once with its default inputs, all
 *   of a page's calls at once as the browser sends them; budget < 300 ms per
 *   page. The server's code has run once before on the dated pages two years
 *   earlier (inputs and answers the measured calls do not share), so the
 *   first page does not carry the JavaScript engine's warm-up;
 * - load: a fresh server as in production, once it has computed ahead the
 *   views one click away (its log says when; the time is printed), then
 *   `--users` signed-in demo users of all three audiences, each going through
 *   the main pages with no pause over varied ministries, services, filters,
 *   the period picker's presets and the last whole months for `--seconds`
 *   (60); budget p95 < 250 ms for every call in the second half of the run
 *   (the first half is reported too).
 *
 * Prints p50/p95/max per call and per page, and every error.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createTRPCClient, httpBatchStreamLink } from '@trpc/client'
import { mulberry32 } from '../ingest/demo/random'
import type { AppRouter } from '../server/router'
import { MAX_BATCH_CALLS } from '../shared/api'
import { today as todayIn } from '../shared/local-dates'
import {
  last30Days,
  monthsBefore,
  PERIOD_PRESETS,
  presetPeriod,
  quartersBefore,
} from '../shared/period-presets'

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    users: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '60' },
  },
})
const USERS = Number(values.users)
const SECONDS = Number(values.seconds)
const dataDir = values.data ?? join(tmpdir(), 'leitstand-bench-serve-demo')
const CALL_BUDGET_MS = 250
const COLD_PAGE_BUDGET_MS = 300

// ---- the server, in its own process as in production ----

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })
}

interface Server {
  base: string
  process: ChildProcess
  /** Resolves with the first line of the server's log that holds `text`, once there is one. */
  logged: (text: string) => Promise<string>
}

/** `ahead`: the server computes the default views ahead as in production; without, every cache starts and stays empty until asked. */
async function startServer(ahead: boolean): Promise<Server> {
  const port = await freePort()
  // The command itself, so that it runs with the Node flags of its first line, as `leitstand serve` does.
  const child = spawn(
    'server/bin/leitstand.mjs',
    ['--data', dataDir, 'serve', '--demo', '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, PORT: String(port), LEITSTAND_COMPUTE_AHEAD: ahead ? 'on' : 'off' },
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const logged = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`server exited with ${code}:\n${output}`))
      child.once('exit', exited)
      const poll = setInterval(() => {
        const line = output.split('\n').find((candidate) => candidate.includes(text))
        if (line === undefined) return
        clearInterval(poll)
        child.off('exit', exited)
        resolve(line)
      }, 100)
    })
  const started = Date.now()
  await logged('Leitstand läuft')
  console.log(
    `server on port ${port} ready after ${((Date.now() - started) / 1000).toFixed(1)} s (${dataDir})`,
  )
  return { base: `http://127.0.0.1:${port}`, process: child, logged }
}

async function stopServer(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.process.once('exit', resolve))
  server.process.kill('SIGTERM')
  await exited
}

// ---- calls ----

interface Call {
  path: string
  input?: unknown
}

interface Outcome {
  ms: number
  error?: string
}

type Client = Record<string, Record<string, { query: (input?: unknown) => Promise<unknown> }>>

/**
 * A signed-in user's tRPC client as the browser has it (web/src/trpc.ts): the
 * calls made at once go in one request, and each answer arrives as soon as it
 * is ready.
 */
function clientFor(base: string, cookie: string): Client {
  const client = createTRPCClient<AppRouter>({
    links: [httpBatchStreamLink({ url: `${base}/trpc`, maxItems: MAX_BATCH_CALLS, headers: { cookie } })],
  })
  return client as unknown as Client
}

/** One call; its time runs from `started` (when the page asked) until its answer arrived. */
async function call(client: Client, { path, input }: Call, started = performance.now()): Promise<Outcome> {
  const [namespace = '', name = ''] = path.split('.')
  try {
    await client[namespace]?.[name]?.query(input)
    return { ms: performance.now() - started }
  } catch (error) {
    return { ms: performance.now() - started, error: `${path}: ${(error as Error).message.slice(0, 200)}` }
  }
}

interface DemoUser {
  id: string
  role: 'leadership' | 'service_manager' | 'ministry'
  customer?: string
}

async function signIn(base: string, user: DemoUser): Promise<string> {
  const response = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: user.id }),
  })
  if (!response.ok) throw new Error(`sign-in of ${user.id} failed: ${response.status}`)
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

async function data<T>(base: string, cookie: string, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`
  const response = await fetch(`${base}/trpc/${path}${query}`, { headers: { cookie } })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { result: { data: T } }).result.data
}

// ---- the pages and their inputs, as web/src/pages/ asks for them ----

const PAGES = [
  'Ziele',
  'Lage',
  'Verfügbarkeit',
  'Dienst',
  'Zufriedenheit',
  'Ressortbericht',
  'SLA-Board',
  'SLA-Einhaltung',
  'Ticket-Verlauf',
] as const
type Page = (typeof PAGES)[number]

interface Viewer {
  user: DemoUser
  cookie: string
  client: Client
  customers: string[]
  services: string[]
  /** The services each visible ministry subscribes to. */
  subscribed: Map<string, string[]>
  tickets: string[]
}

/** The periods a user picks: the period picker's presets, the service page's default 30 days, recent whole months and quarters (the report's archive, the goals). */
function periods(today: string) {
  return {
    presets: PERIOD_PRESETS.map((preset) => presetPeriod(preset, today)),
    months: monthsBefore(today, 6),
    quarters: quartersBefore(today, 2),
    last30Days: last30Days(today),
  }
}

function pagesOf(user: DemoUser): Page[] {
  return user.role === 'ministry' ? PAGES.filter((page) => page !== 'Ziele' && page !== 'Lage') : [...PAGES]
}

/** A page's calls; `pick` chooses among the variants (the first of each list is the page's default view). */
function pageCalls(page: Page, viewer: Viewer, pick: <T>(list: readonly T[]) => T, today: string): Call[] {
  const staff = viewer.user.role !== 'ministry'
  const p = periods(today)
  const customer = staff ? pick([undefined, ...viewer.customers]) : undefined
  const customers = customer ? [customer] : undefined
  const overview: Call = { path: 'catalog.overview' }
  const me: Call = { path: 'auth.me' }
  switch (page) {
    case 'Ziele': {
      const period = pick([...p.months, ...p.quarters])
      return [me, overview, { path: 'goals.cockpit', input: period }]
    }
    case 'Lage':
      return [me, overview, { path: 'situation.now' }]
    case 'Verfügbarkeit':
      return [me, overview, { path: 'availability.overview', input: { days: 90, customer } }]
    case 'Dienst': {
      // Staff looking through a ministry's eyes pick among its services.
      const service = pick((customer && viewer.subscribed.get(customer)) || viewer.services)
      const period = pick([p.last30Days, ...p.presets])
      return [
        me,
        overview,
        { path: 'availability.service', input: { ...period, service, customer } },
        { path: 'services.page', input: { ...period, service, customer } },
        { path: 'availability.burn', input: { service, customer } },
        { path: 'availability.overview', input: { days: 90, customer } },
      ]
    }
    case 'Zufriedenheit': {
      const period = pick(p.presets)
      const scope = { ...period, customers }
      return [
        me,
        overview,
        { path: 'satisfaction.trend', input: scope },
        { path: 'satisfaction.summary', input: { ...scope, byService: pick([false, true]) } },
        { path: 'satisfaction.bySlaOutcome', input: scope },
        { path: 'satisfaction.comments', input: { ...scope, limit: 100 } },
      ]
    }
    case 'Ressortbericht': {
      const period = pick([...p.months, ...p.presets])
      const reportCustomer = staff ? pick(viewer.customers) : viewer.user.customer
      const report = { customer: reportCustomer, ...period }
      return [
        me,
        overview,
        { path: 'report.get', input: report },
        { path: 'report.verdict', input: report },
        { path: 'report.agreements', input: report },
      ]
    }
    case 'SLA-Board':
      return [me, overview, { path: 'sla.board', input: { customers } }]
    case 'SLA-Einhaltung': {
      const period = pick(p.presets)
      const scope = { ...period, customers }
      const groupBy = pick(
        staff ? ['none', 'customer', 'service', 'priority'] : ['none', 'service', 'priority'],
      )
      return [
        me,
        overview,
        { path: 'sla.compliance', input: { ...scope, bucket: pick(['month', 'week']), groupBy } },
        { path: 'sla.compliance', input: { ...scope, bucket: 'month', groupBy: 'customer_service' } },
        { path: 'sla.stats', input: scope },
      ]
    }
    case 'Ticket-Verlauf':
      return [me, overview, { path: 'sla.timeline', input: { ticket: pick(viewer.tickets) } }]
  }
}

// ---- statistics ----

class Tally {
  readonly samples = new Map<string, number[]>()
  readonly errors: string[] = []
  add(name: string, outcome: Outcome) {
    const list = this.samples.get(name) ?? []
    list.push(outcome.ms)
    this.samples.set(name, list)
    if (outcome.error) this.errors.push(outcome.error)
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0

function table(title: string, samples: Map<string, number[]>, budget: number, column = 'call'): boolean {
  const rows = [...samples.entries()].sort(([a], [b]) => a.localeCompare(b))
  const width = Math.max(column.length, ...rows.map(([name]) => name.length))
  console.log(`\n${title}`)
  console.log(
    `${column.padEnd(width)}  ${'n'.padStart(6)}  ${'p50'.padStart(7)}  ${'p95'.padStart(7)}  ${'max'.padStart(7)}`,
  )
  let within = true
  for (const [name, list] of rows) {
    const sorted = [...list].sort((a, b) => a - b)
    const p95 = quantile(sorted, 0.95)
    if (p95 >= budget) within = false
    const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(7)
    console.log(
      `${name.padEnd(width)}  ${String(list.length).padStart(6)}  ${ms(quantile(sorted, 0.5))}  ${ms(p95)}  ${ms(sorted.at(-1) ?? 0)}${p95 >= budget ? '  over budget' : ''}`,
    )
  }
  return within
}

/** All of a page's calls at once, in one request as the browser sends them; the page is ready when the last answer is. */
async function visit(viewer: Viewer, page: string, calls: Call[], tally: Tally, pages: Tally) {
  const started = performance.now()
  await Promise.all(calls.map(async (c) => tally.add(c.path, await call(viewer.client, c, started))))
  pages.add(page, { ms: performance.now() - started })
}

async function viewerOf(base: string, user: DemoUser): Promise<Viewer> {
  const cookie = await signIn(base, user)
  const overview = await data<{
    customers: Array<{ id: string; services: string[] }>
    services: Array<{ id: string }>
  }>(base, cookie, 'catalog.overview')
  return {
    user,
    cookie,
    client: clientFor(base, cookie),
    customers: overview.customers.map((c) => c.id),
    services: overview.services.map((s) => s.id),
    subscribed: new Map(overview.customers.map((c) => [c.id, c.services])),
    tickets: [],
  }
}

async function ticketsOf(base: string, viewer: Viewer, today: string): Promise<string[]> {
  // Resolved in the last three whole months.
  const [latest, , earliest] = monthsBefore(today, 3)
  const list = await data<{ tickets: Array<{ ticket: string }> } | Array<{ ticket: string }>>(
    base,
    viewer.cookie,
    'sla.tickets',
    { from: earliest?.from, to: latest?.to, outcome: 'resolved', limit: 40 },
  )
  const rows = Array.isArray(list) ? list : list.tickets
  return rows.map((row) => row.ticket)
}

// ---- the run ----

const today = todayIn()
if (!existsSync(dataDir)) console.log(`generating the demo store into ${dataDir} (once) …`)
let server = await startServer(false)
try {
  const demoUsers = await data<DemoUser[]>(server.base, '', 'auth.demoUsers')
  const staff = demoUsers.filter((u) => u.role !== 'ministry')
  const ministries = demoUsers.filter((u) => u.role === 'ministry')
  const leadership = staff.find((u) => u.role === 'leadership')
  if (!leadership || ministries.length === 0) throw new Error('the demo login offers no users')

  // Cold: a fresh server, one user at a time, each page's default view once. Its code has run
  // before (not measured), on inputs no measured call asks for: the dated pages two years
  // earlier, the live ones (the board and the status overview, the situation's parts) for one
  // service and a week. The measured calls are each asked for the first time.
  const twoYearsAgo = `${Number(today.slice(0, 4)) - 2}${today.slice(4)}`
  const first = <T>(list: readonly T[]): T => list[0] as T
  const warmUp = await viewerOf(server.base, leadership)
  for (const page of pagesOf(leadership)) {
    const dated = pageCalls(page, warmUp, first, twoYearsAgo).filter(
      (c) => typeof c.input === 'object' && c.input !== null && 'from' in c.input,
    )
    await Promise.all(dated.map((c) => call(warmUp.client, c)))
  }
  const someServices = (warmUp.subscribed.get(first(warmUp.customers)) ?? []).slice(0, 1)
  await Promise.all(
    [
      { path: 'sla.board', input: { services: someServices } },
      { path: 'availability.overview', input: { days: 7 } },
    ].map((c) => call(warmUp.client, c)),
  )
  const cold = new Tally()
  const coldPages = new Tally()
  for (const user of [leadership, ministries[0] as DemoUser]) {
    const viewer = await viewerOf(server.base, user)
    // The timeline's ticket is found first, outside the measurement (it warms nothing the timeline reads).
    viewer.tickets = (await ticketsOf(server.base, viewer, today)).slice(0, 1)
    for (const page of pagesOf(user)) {
      // A store without tickets (bench:availability's) has no timeline to open.
      if (page === 'Ticket-Verlauf' && viewer.tickets.length === 0) continue
      const calls = pageCalls(page, viewer, first, today)
      await visit(viewer, `${user.role}: ${page}`, calls, cold, coldPages)
    }
  }
  // Restart for the load run too: its numbers then include the first computation of each input.
  await stopServer(server)
  server = await startServer(true)
  const base = server.base
  const computing = Date.now()
  const ready = await server.logged('[compute-ahead]')
  console.log(
    `views one click away computed ahead after ${((Date.now() - computing) / 1000).toFixed(0)} s: ${ready}`,
  )

  // 20 users of all three audiences: a fifth leadership, a fifth service management, the rest ministries.
  const users = Array.from({ length: USERS }, (_, i): DemoUser => {
    if (i % 5 === 0) return leadership
    if (i % 5 === 1) return staff.find((u) => u.role === 'service_manager') ?? leadership
    return ministries[i % ministries.length] as DemoUser
  })
  const viewers = await Promise.all(users.map((user) => viewerOf(base, user)))
  for (const viewer of viewers) viewer.tickets = await ticketsOf(base, viewer, today)
  const load = new Tally()
  const loadPages = new Tally()
  // The second half apart: by then every input has been asked for about once.
  const steady = new Tally()
  const steadyPages = new Tally()
  const until = Date.now() + SECONDS * 1000
  const half = until - (SECONDS * 1000) / 2
  console.log(`\n${USERS} users, ${SECONDS} s, no pause …`)
  await Promise.all(
    viewers.map(async (viewer, index) => {
      const random = mulberry32(1000 + index)
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
      const pages = pagesOf(viewer.user)
      while (Date.now() < until) {
        const page = pick(pages)
        if (page === 'Ticket-Verlauf' && viewer.tickets.length === 0) continue
        const calls = pageCalls(page, viewer, pick, today)
        if (Date.now() < half) await visit(viewer, page, calls, load, loadPages)
        else await visit(viewer, page, calls, steady, steadyPages)
      }
    }),
  )

  const coldOk = table(
    `Cold (fresh server, one user, first request of each input), budget < ${COLD_PAGE_BUDGET_MS} ms per page`,
    coldPages.samples,
    COLD_PAGE_BUDGET_MS,
    'page',
  )
  table('Cold, per call', cold.samples, Number.POSITIVE_INFINITY)
  table(`${USERS} users at once, first half of the run, per call`, load.samples, CALL_BUDGET_MS)
  const callsOk = table(
    `${USERS} users at once, second half of the run, per call, budget p95 < ${CALL_BUDGET_MS} ms`,
    steady.samples,
    CALL_BUDGET_MS,
  )
  table(`${USERS} users at once, first half, per page`, loadPages.samples, Number.POSITIVE_INFINITY, 'page')
  table(
    `${USERS} users at once, second half, per page`,
    steadyPages.samples,
    Number.POSITIVE_INFINITY,
    'page',
  )
  const requests = [...load.samples.values(), ...steady.samples.values()].reduce(
    (sum, list) => sum + list.length,
    0,
  )
  console.log(`\n${requests} calls in ${SECONDS} s (${(requests / SECONDS).toFixed(0)}/s)`)
  const errors = [...cold.errors, ...load.errors, ...steady.errors]
  console.log(`errors: ${errors.length}`)
  for (const error of errors.slice(0, 20)) console.log(`  ${error}`)
  console.log(
    `\nbudgets: cold pages ${coldOk ? 'met' : 'MISSED'}, calls under load ${callsOk ? 'met' : 'MISSED'}, errors ${errors.length === 0 ? 'none' : 'SOME'}`,
  )
  process.exitCode = coldOk && callsOk && errors.length === 0 ? 0 : 1
} finally {
  await stopServer(server)
}
