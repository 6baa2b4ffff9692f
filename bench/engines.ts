/**
 * Leitstand's heaviest figures on the engines a team would pick instead
 * (issue 16): `npm run bench:engines -- [--scale 0.05]`.
 *
 * Scale 1 is the size of bench:tickets and bench:availability: 1M tickets
 * over two years and 30 services x 3 probes x one check a minute for a year
 * (47M checks); the default 0.05 (50,000 tickets, 35 days of checks) took
 * about 17 minutes on the loaded 2-core machine, most of it chDB's ingest and
 * PostgreSQL's raw-check report. The same raw data, written once as
 * CSV, is loaded into
 * - embedded chDB the way Leitstand loads it (ingest with validation, ticket
 *   histories and the daily state rollup);
 * - DuckDB (@duckdb/node-api, a file), each table sorted by its key;
 * - PostgreSQL (Debian's `postgresql`, a temporary cluster on a loopback
 *   port, removed afterwards), with proper types, B-tree and BRIN indexes.
 * The derived tables (ticket checkpoints, the daily state rollup) are
 * computed by Leitstand's TypeScript (business time, ticket clocks), so they
 * are copied from chDB into the others, normalised (a row per checkpoint and
 * per span), as each engine would keep them.
 *
 * Leitstand's own figures come from its tRPC procedures (a leadership caller
 * on the chDB store); each engine computes the same figures in its own SQL,
 * then the same shared TypeScript (clocks, business-time windows) where
 * Leitstand uses it too, and must give exactly the procedures' rows. Medians
 * of 5 runs after one warm-up; for each chDB figure also a bare scan of the
 * columns it reads over the same rows: the distance to the physical limit.
 */
import { deepStrictEqual } from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream, existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DuckDBInstance } from '@duckdb/node-api'
import { DateTime } from 'luxon'
import pg from 'pg'
import { mulberry32 } from '../ingest/demo/random'
import { ingestFile } from '../ingest/ingest'
import { customerBasis, measuredTerms, openTimeOf, servicesInView } from '../server/availability/basis'
import { type MonitoredService, monitoredService } from '../server/availability/queries'
import { availabilityFigures } from '../server/availability/report'
import { saveCatalog } from '../server/catalog/catalog'
import { createCaller } from '../server/router'
import { boardCounts, mostUrgentClocks } from '../server/sla/board'
import { complianceRow } from '../server/sla/compliance'
import { openStore, type Store } from '../server/store'
import { migrate } from '../server/store/migrate'
import { sql, typed } from '../server/store/sql'
import {
  type AvailabilityFigures,
  type CheckStatus,
  overallAvailability,
  type ProbeSegment,
  type StateSpan,
  serviceAvailability,
  stateTimeline,
} from '../shared/availability'
import { boardOrder } from '../shared/board-order'
import { validateCatalog } from '../shared/catalog'
import { MIN_MEANINGFUL_RESPONSES, satisfactionFigures } from '../shared/satisfaction'
import { catalogSlaResolver, evaluateTickets, type TicketEvent } from '../shared/ticket-clock'

const { values: args } = parseArgs({
  options: { scale: { type: 'string', default: '0.05' }, services: { type: 'string', default: '30' } },
})
const scale = Number(args.scale)
if (!(scale > 0 && scale <= 1)) throw new Error('--scale must be a number in (0, 1]')

const PG_BIN = '/usr/lib/postgresql/15/bin'
if (!existsSync(join(PG_BIN, 'initdb')))
  throw new Error(`PostgreSQL not found in ${PG_BIN}: apt-get install postgresql (Debian's, version 15)`)

const RUNS = 5
const ZONE = 'Europe/Berlin'
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const CUSTOMERS = Array.from({ length: 10 }, (_, i) => `r${i}`)
/** Fewer than 30 (`--services 3`) makes a quick check of the engines' SQL. */
const SERVICES = Array.from({ length: Number(args.services) }, (_, i) => `s${i}`)
const PROBES = ['berlin', 'schwerin', 'rostock']
const TICKETS = Math.round(1_000_000 * scale)
const CHECK_DAYS = Math.max(35, Math.round(365 * scale))
/** The ministry whose report is measured: it subscribes all 30 services. */
const REPORT_CUSTOMER = 'r0'

// Anchored on the present, so that the SLA board (always "now") sees open tickets.
const thisMonth = DateTime.now().setZone(ZONE).startOf('month')
const period = (from: DateTime, to: DateTime) => ({
  from: from.toISODate() as string,
  to: to.toISODate() as string,
})
const reportPeriod = period(thisMonth.minus({ months: 1 }), thisMonth)
const yearPeriod = period(thisMonth.minus({ months: 12 }), thisMonth)
const month = { from: thisMonth.minus({ months: 1 }).toMillis(), to: thisMonth.toMillis() }
const ticketsEnd = Date.now() - MINUTE
const ticketsStart = ticketsEnd - 2 * 365 * DAY
const checksStart = month.to - CHECK_DAYS * DAY

/** Months in the catalog's zone, as the compliance and satisfaction procedures cut them. */
const year = Array.from({ length: 12 }, (_, i) => {
  const start = thisMonth.minus({ months: 12 - i })
  return {
    label: start.toISODate() as string,
    from: start.toMillis(),
    to: start.plus({ months: 1 }).toMillis(),
  }
})

const parsed = validateCatalog({
  timezone: ZONE,
  calendars: [
    { id: 'always', hours: '24x7' },
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
  customers: CUSTOMERS.map((id, i) => ({
    id,
    name: `Ressort ${id}`,
    services: i === 0 ? SERVICES : SERVICES.filter((_, j) => (j + i) % 3 === 0),
  })),
  services: SERVICES.map((id) => ({ id, name: id, check_interval: 60 })),
  slas: [
    {
      id: 'standard',
      customers: '*',
      services: '*',
      availability: { target: 99.5, calendar: 'always' },
      response: { calendar: 'buero', P1: '30m', P2: '2h', P3: '4h', P4: '8h' },
      resolution: { calendar: 'buero', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
    },
    {
      id: 'r0-buero',
      customers: ['r0'],
      services: SERVICES.slice(0, 5),
      availability: { target: 99.9, calendar: 'buero' },
    },
  ],
})
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
const catalog = parsed.catalog

// ---------------------------------------------------------------- the raw data, as CSV

/** Writes the generator's lines under a header, a megabyte at a time, waiting while the disk catches up. */
async function writeCsv(path: string, header: string, lines: Iterable<string>) {
  const out = createWriteStream(path)
  let chunk = `${header}\n`
  for (const line of lines) {
    chunk += `${line}\n`
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain')
      chunk = ''
    }
  }
  out.end(chunk)
  await once(out, 'finish')
}

const iso = (ms: number) => new Date(ms).toISOString()

/** Tickets, checks and surveys with the structure of bench:tickets and bench:availability. */
async function generate(dir: string) {
  const next = mulberry32(11)
  await writeCsv(
    join(dir, 'tickets.csv'),
    'id,ticket,at,type,customer,service,priority,status',
    ticketLines(next),
  )
  await writeCsv(join(dir, 'checks.csv'), 'service,probe,at,status,latency_ms', checkLines(next))
  await writeCsv(join(dir, 'surveys.csv'), 'id,at,customer,kind,score', surveyLines(next))
}

function* ticketLines(next: () => number) {
  for (let n = 0; n < TICKETS; n++) {
    const ticket = `T${n}`
    let at = ticketsStart + Math.floor((n / TICKETS) * (ticketsEnd - ticketsStart))
    // A ticket's history stops at the present: the newest tickets are still open.
    const events: string[] = []
    const event = (type: string, fields: string) => {
      if (at < ticketsEnd) events.push(`${ticket}-${events.length},${ticket},${iso(at)},${type},${fields}`)
    }
    event(
      'created',
      `${CUSTOMERS[n % 10]},${SERVICES[n % Math.min(20, SERVICES.length)]},P${1 + Math.floor(next() * 4)},`,
    )
    at += Math.floor(next() * 3 * HOUR)
    event('responded', ',,,')
    at += Math.floor(next() * 5 * HOUR)
    event('status', ',,,in_progress')
    if (next() < 0.3) {
      at += Math.floor(next() * 20 * HOUR)
      event('status', ',,,waiting')
      at += Math.floor(next() * 30 * HOUR)
      event('status', ',,,in_progress')
    }
    at += Math.floor(next() * 40 * HOUR)
    event('status', ',,,resolved')
    at += Math.floor(next() * 72 * HOUR)
    event('status', ',,,closed')
    yield* events
  }
}

/** Per probe a short down or degraded spell about twice a day, and a few missed checks. */
function* checkLines(next: () => number) {
  const spells = new Map<string, { until: number; status: string }>()
  for (let at = checksStart; at < month.to; at += MINUTE) {
    const instant = iso(at)
    for (const service of SERVICES) {
      for (const probe of PROBES) {
        const key = `${service}/${probe}`
        let spell = spells.get(key)
        if ((!spell || spell.until <= at) && next() < 1 / 720) {
          spell = {
            until: at + (1 + Math.floor(next() * 30)) * MINUTE,
            status: next() < 0.5 ? 'down' : 'degraded',
          }
          spells.set(key, spell)
        }
        if (next() < 1 / 500) continue
        const status = spell && spell.until > at ? spell.status : 'up'
        yield `${service},${probe},${instant},${status},${20 + Math.floor(next() * 80)}`
      }
    }
  }
}

function* surveyLines(next: () => number) {
  const surveys = Math.round(TICKETS / 2)
  for (let n = 0; n < surveys; n++) {
    const kind = n % 3 === 0 ? 'nps' : 'csat'
    const score = kind === 'nps' ? Math.floor(next() * 11) : 1 + Math.floor(next() * 5)
    const at = ticketsStart + Math.floor((n / surveys) * (ticketsEnd - ticketsStart))
    yield `S${n},${iso(at)},${CUSTOMERS[n % 10]},${kind},${score}`
  }
}

// ---------------------------------------------------------------- timing

const median = (times: number[]) =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN

/** One warm-up, then the median of RUNS runs; the last run's result. */
async function timed<T>(action: () => Promise<T>): Promise<{ result: T; ms: number }> {
  let result = await action()
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now()
    result = await action()
    times.push(performance.now() - started)
  }
  return { result, ms: median(times) }
}

// ---------------------------------------------------------------- the figures, engine-neutral

const FIGURES = [
  'availability, raw checks',
  'availability, daily rollup',
  'compliance trend, 12 months',
  'SLA board',
  'satisfaction summary',
] as const
type Figure = (typeof FIGURES)[number]

/** The services of the measured report (in the catalog's order), with how long a check holds. */
const reportServices = servicesInView(catalog, REPORT_CUSTOMER, month).map(monitoredService)
const longestHold = Math.max(...reportServices.map((s) => s.holdMs))
const openTime = openTimeOf(catalog)

/** The report's availability from the services' state timelines, as availabilityFigures assembles it (no maintenance in this data). */
function availabilityFrom(timelines: ReadonlyMap<string, StateSpan[]>): AvailabilityFigures {
  const services = servicesInView(catalog, REPORT_CUSTOMER, month).map((service) => {
    const basis = customerBasis(catalog, REPORT_CUSTOMER, service.id, month.to - 1)
    return serviceAvailability({
      service: service.id,
      target: basis.target,
      ...measuredTerms(catalog, basis, service.id, month.from, month.to, openTime),
      timeline: timelines.get(service.id) ?? [],
      maintenance: [],
      from: month.from,
      to: month.to,
    })
  })
  return { overall: overallAvailability(services), services }
}

type Row = Record<string, unknown>
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value))
const int = (value: unknown) => Number(value ?? 0)

function timelinesFromSegments(rows: Row[]) {
  const segments = new Map<string, ProbeSegment[]>(reportServices.map((s) => [s.id, []]))
  for (const row of rows)
    segments.get(String(row.service))?.push({
      probe: String(row.probe),
      start: int(row.start_ms),
      end: int(row.end_ms),
      status: row.status as CheckStatus,
    })
  return new Map(reportServices.map((s) => [s.id, stateTimeline(segments.get(s.id) ?? [])]))
}

/** Day rows' spans clipped to the month, touching equal spans merged (as the rollup's reader does). */
function timelinesFromSpans(rows: Row[]) {
  const timelines = new Map<string, StateSpan[]>(reportServices.map((s) => [s.id, []]))
  for (const row of rows) {
    const spans = timelines.get(String(row.service))
    if (!spans) continue
    const start = Math.max(int(row.start_ms), month.from)
    const end = Math.min(int(row.end_ms), month.to)
    if (!(end > start)) continue
    const last = spans.at(-1)
    if (last && last.state === row.state && last.end === start) last.end = end
    else spans.push({ start, end, state: row.state as CheckStatus })
  }
  return timelines
}

/** Compliance rows as sla.compliance answers them: every month for every ministry with stopped clocks. */
function complianceFrom(rows: Row[]) {
  const byKey = new Map(rows.map((row) => [`${row.b}|${row.grp}`, row]))
  const groups = [...new Set(rows.map((row) => String(row.grp)))].sort()
  return year.flatMap((bucket, index) =>
    groups.map((group) => {
      const row = byKey.get(`${index + 1}|${group}`) ?? {}
      const mttrCount = int(row.mttr_count)
      return complianceRow(bucket.label, group, {
        resolved: int(row.resolved),
        resolution_met: int(row.resolution_met),
        resolution_breached: int(row.resolution_breached),
        response_met: int(row.response_met),
        response_breached: int(row.response_breached),
        mttr_mean_ms: mttrCount === 0 ? null : int(row.mttr_sum_ms) / mttrCount,
        mttr_median_ms: num(row.mttr_median_ms),
        mttr_p90_ms: num(row.mttr_p90_ms),
      })
    }),
  )
}

/** The events of the unsettled tickets as the clock engine takes them (customer and service only on `created`). */
function eventsFrom(rows: Row[]): TicketEvent[] {
  const text = (value: unknown) =>
    value === null || value === undefined || value === '' ? undefined : String(value)
  return rows.map((row) => ({
    id: String(row.id),
    ticket: String(row.ticket),
    at: int(row.at_ms),
    type: row.type as TicketEvent['type'],
    customer: row.type === 'created' ? text(row.customer) : undefined,
    service: row.type === 'created' ? text(row.service) : undefined,
    priority: text(row.priority) as TicketEvent['priority'],
    status: text(row.status) as TicketEvent['status'],
  }))
}

/**
 * The SLA board from the unsettled tickets' events, evaluated at `asOf`: each
 * ticket's most urgent running clock, breached or at risk, in the board's
 * order; the generated tickets carry no subject or group (only connectors send them).
 */
function boardFrom(events: TicketEvent[], asOf: number, limit: number) {
  const resolver = catalogSlaResolver(catalog)
  const evaluated = evaluateTickets(events, asOf, resolver).filter(
    (ticket) => ticket.resolvedAt === null && CUSTOMERS.includes(ticket.customer),
  )
  const perTicket = mostUrgentClocks(evaluated, resolver, asOf)
  return {
    asOf,
    open: evaluated.length,
    breached: perTicket.filter((e) => e.state === 'breached').length,
    atRisk: perTicket.filter((e) => e.state === 'at_risk').length,
    counts: boardCounts(perTicket),
    tickets: perTicket.sort(boardOrder).slice(0, limit),
  }
}

/** satisfaction.summary's rows: CSAT and NPS per month and ministry. */
function satisfactionFrom(rows: Row[]) {
  return rows.map((row) => {
    const figures = satisfactionFigures({
      csat_responses: int(row.csat_responses),
      csat_satisfied: int(row.csat_satisfied),
      nps_responses: int(row.nps_responses),
      promoters: int(row.promoters),
      detractors: int(row.detractors),
    })
    return {
      bucket: year[int(row.b) - 1]?.label ?? '',
      customer: String(row.customer),
      service: '',
      ...figures,
      csat_meaningful: figures.csat_responses >= MIN_MEANINGFUL_RESPONSES,
      nps_meaningful: figures.nps_responses >= MIN_MEANINGFUL_RESPONSES,
    }
  })
}

// ---------------------------------------------------------------- the figures in standard SQL

/**
 * The two dialects differ in timestamps only. Every value below is a number
 * or an id generated by this script (`[a-z0-9]+`), written into the SQL.
 */
interface Dialect {
  /** A timestamp column as epoch milliseconds (BIGINT). */
  ms(column: string): string
  /** An instant as a timestamp literal. */
  at(ms: number): string
  /** A day as a date literal. */
  day(ms: number): string
}

const quoted = (ids: readonly string[]) => ids.map((id) => `'${id}'`).join(', ')
const holds = (services: readonly MonitoredService[]) =>
  services.map((s) => `('${s.id}', ${s.holdMs})`).join(', ')

/**
 * The probe segments of metrics.md section 4 with window functions, step by
 * step as server/availability/queries.ts computes them in ClickHouse: a check
 * holds until the probe's next one (at most hold_ms); the worst check of an
 * instant holds; touching equal checks are one segment, clipped to the month.
 */
function segmentsSql(d: Dialect) {
  const { from, to } = month
  return `
  WITH holds(service, hold_ms) AS (VALUES ${holds(reportServices)}),
  c AS (
    SELECT service, probe, ${d.ms('"at"')} AS at_ms, status,
      CASE status WHEN 'up' THEN 1 WHEN 'degraded' THEN 2 ELSE 3 END AS status_rank, hold_ms
    FROM checks JOIN holds USING (service)
    WHERE "at" >= ${d.at(from - longestHold)} AND "at" < ${d.at(to)}
  ),
  held AS (
    SELECT service, probe, at_ms, status,
      LEAST(COALESCE(LEAD(at_ms) OVER (PARTITION BY service, probe ORDER BY at_ms, status_rank), ${to}),
        at_ms + hold_ms, ${to}) AS held_until_ms
    FROM c
  ),
  marked AS (
    SELECT service, probe, at_ms, held_until_ms, status,
      COALESCE(LAG(held_until_ms) OVER w, -1) <> at_ms OR LAG(status) OVER w IS DISTINCT FROM status AS starts_segment,
      COALESCE(LEAD(at_ms) OVER w, -1) <> held_until_ms OR LEAD(status) OVER w IS DISTINCT FROM status AS ends_segment
    FROM held
    WHERE held_until_ms > at_ms
    WINDOW w AS (PARTITION BY service, probe ORDER BY at_ms)
  ),
  edges AS (
    SELECT service, probe, at_ms, status, starts_segment,
      CASE WHEN ends_segment THEN held_until_ms
        ELSE LEAD(held_until_ms) OVER (PARTITION BY service, probe ORDER BY at_ms) END AS end_ms
    FROM marked WHERE starts_segment OR ends_segment
  )
  SELECT service, probe, GREATEST(at_ms, ${from}) AS start_ms, end_ms, status
  FROM edges
  WHERE starts_segment AND end_ms > GREATEST(at_ms, ${from})
  ORDER BY service, probe, start_ms`
}

/** The rollup's spans of the month's UTC days, one row per span. */
function spansSql(d: Dialect) {
  return `
  WITH holds(service, hold_ms) AS (VALUES ${holds(reportServices)})
  SELECT service, ${d.ms('span_start')} AS start_ms, ${d.ms('span_end')} AS end_ms, state
  FROM spans JOIN holds USING (service, hold_ms)
  WHERE day >= ${d.day(month.from)} AND day <= ${d.day(month.to - 1)}
  ORDER BY service, day, span_start`
}

/**
 * Compliance per month and ministry from the checkpoints, as
 * server/sla/compliance.ts computes it: each ticket in every month in which
 * one of its clocks stopped, with its checkpoint at that month's end.
 * MTTR quantiles as ClickHouse's quantileExact: the element at
 * floor(level * n) (in double arithmetic) of the sorted values.
 */
function complianceSql(d: Dialect) {
  const months = year.map((b, i) => `(${i + 1}, ${d.at(b.from)}, ${d.at(b.to)})`).join(', ')
  const first = d.at(year[0]?.from ?? 0)
  const last = d.at(year.at(-1)?.to ?? 0)
  return `
  WITH months(b, s, e) AS (VALUES ${months}),
  relevant AS (
    SELECT * FROM checkpoints
    WHERE customer IN (${quoted(CUSTOMERS)}) AND last_at >= ${first} AND created_at < ${last}
  ),
  stops AS (
    SELECT DISTINCT r.ticket, m.b, m.s, m.e
    FROM relevant r JOIN months m
      ON (r.resolved_at >= m.s AND r.resolved_at < m.e) OR (r.response_stopped_at >= m.s AND r.response_stopped_at < m.e)
  ),
  at_end AS (
    SELECT st.b, st.s, st.e, r.customer, r.resolved_at, r.resolution_elapsed_ms, r.resolution_target_ms,
      r.response_stopped_at, r.response_elapsed_ms, r.response_target_ms,
      ROW_NUMBER() OVER (PARTITION BY st.ticket, st.b ORDER BY r.i DESC) AS latest
    FROM stops st JOIN relevant r ON r.ticket = st.ticket AND r.cp_at < st.e
  ),
  flagged AS (
    SELECT b, customer AS grp, resolution_elapsed_ms, resolution_target_ms, response_elapsed_ms, response_target_ms,
      COALESCE(resolved_at >= s AND resolved_at < e, false) AS resolved_in_bucket,
      COALESCE(response_stopped_at >= s AND response_stopped_at < e, false) AS response_in_bucket
    FROM at_end WHERE latest = 1
  ),
  counts AS (
    SELECT b, grp,
      COUNT(*) FILTER (WHERE resolved_in_bucket) AS resolved,
      COUNT(*) FILTER (WHERE resolved_in_bucket AND resolution_elapsed_ms <= resolution_target_ms) AS resolution_met,
      COUNT(*) FILTER (WHERE resolved_in_bucket AND resolution_elapsed_ms > resolution_target_ms) AS resolution_breached,
      COUNT(*) FILTER (WHERE response_in_bucket AND response_elapsed_ms <= response_target_ms) AS response_met,
      COUNT(*) FILTER (WHERE response_in_bucket AND response_elapsed_ms > response_target_ms) AS response_breached
    FROM flagged GROUP BY b, grp
  ),
  ranked AS (
    SELECT b, grp, resolution_elapsed_ms AS x,
      ROW_NUMBER() OVER (PARTITION BY b, grp ORDER BY resolution_elapsed_ms) - 1 AS k,
      COUNT(*) OVER (PARTITION BY b, grp) AS n
    FROM flagged WHERE resolved_in_bucket AND resolution_target_ms IS NOT NULL
  ),
  mttr AS (
    SELECT b, grp, COUNT(*) AS mttr_count, SUM(x) AS mttr_sum_ms,
      MIN(x) FILTER (WHERE k = FLOOR(CAST(0.5 AS DOUBLE PRECISION) * n)) AS mttr_median_ms,
      MIN(x) FILTER (WHERE k = FLOOR(CAST(0.9 AS DOUBLE PRECISION) * n)) AS mttr_p90_ms
    FROM ranked GROUP BY b, grp
  )
  SELECT counts.*, mttr_count, mttr_sum_ms, mttr_median_ms, mttr_p90_ms
  FROM counts LEFT JOIN mttr USING (b, grp)
  ORDER BY b, grp`
}

/** The events of every ticket that may still be open (its history not settled) under an SLA. */
const boardSql = (d: Dialect) => `
  SELECT e.ticket, e.id, ${d.ms('e."at"')} AS at_ms, e.type, e.customer, e.service, e.priority, e.status
  FROM ticket_events e JOIN tickets t ON t.ticket = e.ticket
  WHERE t.customer IN (${quoted(CUSTOMERS)}) AND NOT t.settled AND t.sla <> ''`

const satisfactionSql = (d: Dialect) => `
  WITH months(b, s, e) AS (VALUES ${year.map((b, i) => `(${i + 1}, ${d.at(b.from)}, ${d.at(b.to)})`).join(', ')})
  SELECT m.b, customer,
    COUNT(*) FILTER (WHERE kind = 'csat') AS csat_responses,
    COUNT(*) FILTER (WHERE kind = 'csat' AND score >= 4) AS csat_satisfied,
    COUNT(*) FILTER (WHERE kind = 'nps') AS nps_responses,
    COUNT(*) FILTER (WHERE kind = 'nps' AND score >= 9) AS promoters,
    COUNT(*) FILTER (WHERE kind = 'nps' AND score <= 6) AS detractors
  FROM surveys JOIN months m ON "at" >= m.s AND "at" < m.e
  WHERE customer IN (${quoted(CUSTOMERS)})
  GROUP BY m.b, customer ORDER BY m.b, customer`

type Query = (text: string) => Promise<Row[]>

function figuresIn(
  query: Query,
  d: Dialect,
  board: { asOf: number; limit: number },
): Record<Figure, () => Promise<unknown>> {
  return {
    'availability, raw checks': async () =>
      availabilityFrom(timelinesFromSegments(await query(segmentsSql(d)))),
    'availability, daily rollup': async () => availabilityFrom(timelinesFromSpans(await query(spansSql(d)))),
    'compliance trend, 12 months': async () => complianceFrom(await query(complianceSql(d))),
    'SLA board': async () => boardFrom(eventsFrom(await query(boardSql(d))), board.asOf, board.limit),
    'satisfaction summary': async () => satisfactionFrom(await query(satisfactionSql(d))),
  }
}

// ---------------------------------------------------------------- chDB: the bare scans

/**
 * What each chDB figure reads, summed and nothing else: the same rows and
 * columns, without FINAL, windows, joins or grouping. Array elements are
 * summed (their lengths alone would read only the sizes).
 */
function bareScans(store: Store): Record<Figure, () => Promise<unknown>> {
  const ids = reportServices.map((s) => s.id)
  const toMs = (column: string) => ({
    query: `arraySum(arrayMap(x -> ifNull(toUnixTimestamp64Milli(x), 0), ${column}))`,
    params: {},
  })
  const toNumber = (column: string) => ({
    query: `arraySum(arrayMap(x -> ifNull(x, 0), ${column}))`,
    params: {},
  })
  const textLength = (column: string) => ({
    query: `arraySum(arrayMap(x -> length(x), ${column}))`,
    params: {},
  })
  const first = new Date(year[0]?.from ?? 0)
  const last = new Date(year.at(-1)?.to ?? 0)
  return {
    'availability, raw checks': () =>
      store.query(sql`SELECT count() AS n, sum(toUnixTimestamp64Milli(at)) AS at_sum, sum(toUInt8(status)) AS status_sum,
          sum(length(probe)) AS probe_sum, sum(length(service)) AS service_sum
        FROM checks WHERE service IN ${ids} AND at >= ${new Date(month.from - longestHold)} AND at < ${new Date(month.to)}`),
    'availability, daily rollup': () =>
      store.query(sql`SELECT sum(${toMs('span_start')}) + sum(${toMs('span_end')}) AS ms_sum,
          sum(arraySum(arrayMap(x -> toUInt8(x), span_state))) AS state_sum, sum(hold_ms) AS hold_sum
        FROM service_states
        WHERE service IN ${ids} AND day >= ${typed('Date', new Date(month.from).toISOString().slice(0, 10))}
          AND day <= ${typed('Date', new Date(month.to - 1).toISOString().slice(0, 10))}`),
    'compliance trend, 12 months': () =>
      store.query(sql`SELECT sum(length(ticket)) AS ticket_sum,
          sum(${toMs('cp_at')}) + sum(${toMs('cp_resolved_at')}) + sum(${toMs('cp_response_stopped_at')}) AS at_sum,
          sum(${toNumber('cp_resolution_elapsed_ms')}) + sum(${toNumber('cp_resolution_target_ms')})
            + sum(${toNumber('cp_response_elapsed_ms')}) + sum(${toNumber('cp_response_target_ms')}) AS ms_sum,
          sum(${textLength('cp_priority')}) AS priority_sum
        FROM ticket_history
        WHERE customer IN ${CUSTOMERS} AND last_at >= ${first} AND created_at < ${last}`),
    'SLA board': () =>
      store.query(sql`SELECT sum(length(ticket)) + sum(length(service)) AS id_sum,
          sum(${textLength('ev_id')}) + sum(${textLength('ev_type')}) + sum(${textLength('ev_priority')})
            + sum(${textLength('ev_status')}) AS event_sum,
          sum(${toMs('ev_at')}) AS at_sum
        FROM ticket_history
        WHERE customer IN ${CUSTOMERS} AND NOT settled AND sla != ''`),
    'satisfaction summary': () =>
      store.query(sql`SELECT count() AS n, sum(score) AS score_sum, sum(length(kind)) AS kind_sum,
          sum(length(customer)) AS customer_sum, sum(toUnixTimestamp64Milli(at)) AS at_sum
        FROM surveys
        WHERE customer IN ${CUSTOMERS} AND at >= ${first} AND at < ${last}`),
  }
}

// ---------------------------------------------------------------- PostgreSQL

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('no free port')
  return address.port
}

/**
 * A temporary PostgreSQL cluster on a loopback port, started and stopped with
 * pg_ctl; as root, it runs as the postgres user.
 */
async function startPostgres(dir: string): Promise<{ port: number; stop(): void }> {
  await mkdir(dir, { recursive: true })
  const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : []
  if (asPostgres.length > 0) execFileSync('chown', ['postgres', dir])
  const run = (program: string, rest: string[]) => {
    const [file, ...list] = [...asPostgres, join(PG_BIN, program), ...rest]
    execFileSync(file as string, list, { stdio: 'ignore' })
  }
  const data = join(dir, 'data')
  run('initdb', ['-D', data, '-U', 'bench', '--auth=trust', '--no-sync', '--locale=C', '-E', 'UTF8'])
  const port = await freePort()
  const settings = {
    port: String(port),
    listen_addresses: '127.0.0.1',
    unix_socket_directories: dir,
    shared_buffers: '1GB',
    work_mem: '256MB',
    maintenance_work_mem: '512MB',
    max_parallel_workers_per_gather: '2',
    // A benchmark's throw-away cluster: durability buys nothing here.
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
  }
  const options = Object.entries(settings)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ')
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start'])
  return { port, stop: () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']) }
}

// ---------------------------------------------------------------- the run

const results = new Map<string, number>()
const loads: Array<{ engine: string; seconds: number; bytes: number; note: string }> = []
const seconds = (since: number) => (performance.now() - since) / 1000

function recordLoad(load: (typeof loads)[number]) {
  loads.push(load)
  console.log(
    `  ${load.engine} loaded in ${load.seconds.toFixed(1)} s, ${(load.bytes / 2 ** 20).toFixed(1)} MiB on disk`,
  )
}

/** Asserts an engine's answer equals Leitstand's; says where it differs. */
function assertSame(engine: string, figure: Figure, actual: unknown, expected: unknown) {
  try {
    deepStrictEqual(actual, expected)
  } catch (error) {
    throw new Error(
      `${engine} differs from Leitstand on "${figure}":\n${(error as Error).message.slice(0, 3000)}`,
    )
  }
}

const dir = await mkdtemp(join(tmpdir(), 'leitstand-bench-engines-'))
// PostgreSQL runs as its own user when this runs as root: it must reach its folder inside.
await chmod(dir, 0o755)
let postgres: Awaited<ReturnType<typeof startPostgres>> | undefined
try {
  console.log(
    `scale ${scale}: ${TICKETS.toLocaleString('en')} tickets over 2 years, ${SERVICES.length} services x ${PROBES.length} probes x 1 check/min for ${CHECK_DAYS} days; report ${REPORT_CUSTOMER} ${reportPeriod.from}..${reportPeriod.to}, trend ${yearPeriod.from}..${yearPeriod.to}`,
  )
  let started = performance.now()
  await generate(dir)
  console.log(`generated the CSV files in ${seconds(started).toFixed(1)} s`)

  // chDB, loaded as Leitstand loads it.
  const store = await openStore({ dataDir: join(dir, 'chdb') })
  await migrate(store)
  await saveCatalog(store, catalog, 'bench')
  started = performance.now()
  const stored: Record<string, number> = {}
  for (const kind of ['tickets', 'checks', 'surveys'] as const) {
    const summary = await ingestFile(store, catalog, kind, join(dir, `${kind}.csv`))
    if (summary.quarantined > 0) throw new Error(`${kind}: ${summary.quarantined} records quarantined`)
    stored[kind] = summary.stored
  }
  const [chdbSize] = await store.query<{ bytes: number }>(
    sql`SELECT sum(bytes_on_disk) AS bytes FROM system.parts WHERE database = currentDatabase() AND active`,
  )
  recordLoad({
    engine: 'chDB',
    seconds: seconds(started),
    bytes: Number(chdbSize?.bytes ?? 0),
    note: 'ingest with validation, ticket histories and the daily rollup',
  })
  console.log(
    `loaded ${Object.entries(stored)
      .map(([kind, n]) => `${n.toLocaleString('en')} ${kind}`)
      .join(', ')} into chDB`,
  )

  // Leitstand's own figures, from its procedures: the reference.
  const caller = createCaller({
    store,
    demo: false,
    secure: false,
    user: { id: 'bench', name: 'Bench', role: 'leadership' },
  })
  const BOARD_LIMIT = 100
  const leitstand: Record<Figure, () => Promise<unknown>> = {
    // The raw path has no procedure of its own: report.get reads the rollup.
    'availability, raw checks': () =>
      availabilityFigures(store, catalog, REPORT_CUSTOMER, month.from, month.to, 'raw'),
    'availability, daily rollup': async () =>
      (await caller.report.get({ ...reportPeriod, customer: REPORT_CUSTOMER })).availability,
    'compliance trend, 12 months': () =>
      caller.sla.compliance({ ...yearPeriod, bucket: 'month', groupBy: 'customer' }),
    'SLA board': () => caller.sla.board({ limit: BOARD_LIMIT }),
    'satisfaction summary': () => caller.satisfaction.summary({ ...yearPeriod, byService: false }),
  }
  // report.get computes the whole report: the availability part alone is what is timed.
  const timedLeitstand: Record<Figure, () => Promise<unknown>> = {
    ...leitstand,
    'availability, daily rollup': () =>
      availabilityFigures(store, catalog, REPORT_CUSTOMER, month.from, month.to),
  }
  const reference = new Map<Figure, unknown>()
  const bare = bareScans(store)
  for (const figure of FIGURES) {
    const procedure = await leitstand[figure]()
    const { result, ms } = await timed(timedLeitstand[figure])
    if (figure !== 'SLA board') assertSame('chDB (timed function)', figure, result, procedure)
    reference.set(figure, procedure)
    results.set(`chDB|${figure}`, ms)
    results.set(`bare|${figure}`, (await timed(bare[figure])).ms)
    console.log(`  chDB: ${figure} ${ms.toFixed(0)} ms`)
  }
  assertSame(
    'the raw path',
    'availability, raw checks',
    reference.get('availability, raw checks'),
    reference.get('availability, daily rollup'),
  )
  const board = reference.get('SLA board') as { asOf: number; tickets: unknown[]; open: number }
  const compliance = reference.get('compliance trend, 12 months') as unknown[]
  if (board.tickets.length === 0 || compliance.length === 0)
    throw new Error('the data set gives an empty board or trend')
  console.log(
    `Leitstand: board of ${board.open} open tickets as of ${iso(board.asOf)}, ${compliance.length} compliance rows`,
  )

  // The derived tables, normalised, for the other engines. Inner names differ from the
  // columns: an alias named like a column would shadow it.
  const exportCsv = (file: string, select: string) =>
    store.command(
      `INSERT INTO FUNCTION file('${join(dir, file)}', 'CSVWithNames') ${select} SETTINGS format_csv_null_representation = ''`,
    )
  await exportCsv(
    'checkpoints.csv',
    `SELECT ticket, customer, service, sla, created_at, last_at, i, c_at AS cp_at, r_at AS resolved_at,
       r_elapsed AS resolution_elapsed_ms, r_target AS resolution_target_ms, s_at AS response_stopped_at,
       s_elapsed AS response_elapsed_ms, s_target AS response_target_ms
     FROM (
       SELECT ticket, customer, service, sla, created_at, last_at, i, cp_at[i] AS c_at,
         cp_resolved_at[i] AS r_at, cp_resolution_elapsed_ms[i] AS r_elapsed, cp_resolution_target_ms[i] AS r_target,
         cp_response_stopped_at[i] AS s_at, cp_response_elapsed_ms[i] AS s_elapsed, cp_response_target_ms[i] AS s_target
       FROM ticket_history FINAL ARRAY JOIN arrayEnumerate(cp_at) AS i
     )`,
  )
  await exportCsv(
    'tickets.derived.csv',
    'SELECT ticket, customer, service, sla, settled FROM ticket_history FINAL',
  )
  await exportCsv(
    'spans.csv',
    `SELECT service, day, hold_ms, s.1 AS span_from, s.2 AS span_to, toString(s.3) AS span_of
     FROM service_states FINAL ARRAY JOIN arrayZip(span_start, span_end, span_state) AS s`,
  )

  // One engine in the process at a time.
  await store.close()

  // DuckDB: a file, each table sorted by its key.
  const duckPath = join(dir, 'bench.duckdb')
  const instance = await DuckDBInstance.create(duckPath, { threads: '2', memory_limit: '4GB' })
  const duck = await instance.connect()
  started = performance.now()
  const csv = (file: string, columns: Record<string, string>) =>
    `read_csv('${join(dir, file)}', header = true, allow_quoted_nulls = false, columns = {${Object.entries(
      columns,
    )
      .map(([name, type]) => `'${name}': '${type}'`)
      .join(', ')}})`
  await duck.run(`
    CREATE TYPE check_status AS ENUM ('up', 'degraded', 'down');
    CREATE TABLE ticket_events AS SELECT * FROM ${csv('tickets.csv', { id: 'VARCHAR', ticket: 'VARCHAR', at: 'TIMESTAMP', type: 'VARCHAR', customer: 'VARCHAR', service: 'VARCHAR', priority: 'VARCHAR', status: 'VARCHAR' })} ORDER BY ticket, "at";
    CREATE TABLE checks AS SELECT * FROM ${csv('checks.csv', { service: 'VARCHAR', probe: 'VARCHAR', at: 'TIMESTAMP', status: 'check_status', latency_ms: 'INTEGER' })} ORDER BY service, probe, "at";
    CREATE TABLE surveys AS SELECT * FROM ${csv('surveys.csv', { id: 'VARCHAR', at: 'TIMESTAMP', customer: 'VARCHAR', kind: 'VARCHAR', score: 'TINYINT' })} ORDER BY customer, "at";
    CREATE TABLE checkpoints AS SELECT * FROM ${csv('checkpoints.csv', { ticket: 'VARCHAR', customer: 'VARCHAR', service: 'VARCHAR', sla: 'VARCHAR', created_at: 'TIMESTAMP', last_at: 'TIMESTAMP', i: 'INTEGER', cp_at: 'TIMESTAMP', resolved_at: 'TIMESTAMP', resolution_elapsed_ms: 'BIGINT', resolution_target_ms: 'BIGINT', response_stopped_at: 'TIMESTAMP', response_elapsed_ms: 'BIGINT', response_target_ms: 'BIGINT' })} ORDER BY customer, ticket, i;
    CREATE TABLE tickets AS SELECT * FROM ${csv('tickets.derived.csv', { ticket: 'VARCHAR', customer: 'VARCHAR', service: 'VARCHAR', sla: 'VARCHAR', settled: 'BOOLEAN' })} ORDER BY customer, ticket;
    CREATE TABLE spans AS SELECT service, day, hold_ms, span_from AS span_start, span_to AS span_end, span_of AS state
      FROM ${csv('spans.csv', { service: 'VARCHAR', day: 'DATE', hold_ms: 'BIGINT', span_from: 'TIMESTAMP', span_to: 'TIMESTAMP', span_of: 'check_status' })}
      ORDER BY service, day, span_start;
    CHECKPOINT;`)
  recordLoad({
    engine: 'DuckDB',
    seconds: seconds(started),
    bytes: (await stat(duckPath)).size,
    note: 'the raw CSV and the copied checkpoints and spans, sorted',
  })
  const duckDialect: Dialect = {
    ms: (column) => `epoch_ms(${column})`,
    at: (ms) => `TIMESTAMP '${iso(ms).replace('T', ' ').replace('Z', '')}'`,
    day: (ms) => `DATE '${iso(ms).slice(0, 10)}'`,
  }
  const duckQuery: Query = async (text) => (await duck.runAndReadAll(text)).getRowObjectsJS() as Row[]

  // PostgreSQL: proper types, B-tree keys, BRIN on the time of checks.
  postgres = await startPostgres(join(dir, 'pg'))
  const pgPort = postgres.port
  const client = new pg.Client({ host: '127.0.0.1', port: pgPort, user: 'bench', database: 'postgres' })
  await client.connect()
  await client.query("SET TIME ZONE 'UTC'")
  started = performance.now()
  await client.query(`
    CREATE TYPE check_status AS ENUM ('up', 'degraded', 'down');
    CREATE TYPE survey_kind AS ENUM ('csat', 'nps');
    CREATE TABLE ticket_events (id text PRIMARY KEY, ticket text NOT NULL, at timestamptz NOT NULL, type text NOT NULL,
      customer text, service text, priority text, status text);
    CREATE TABLE checks (service text NOT NULL, probe text NOT NULL, at timestamptz NOT NULL, status check_status NOT NULL,
      latency_ms integer);
    CREATE TABLE surveys (id text PRIMARY KEY, at timestamptz NOT NULL, customer text NOT NULL, kind survey_kind NOT NULL,
      score smallint NOT NULL);
    CREATE TABLE checkpoints (ticket text NOT NULL, customer text NOT NULL, service text NOT NULL, sla text NOT NULL,
      created_at timestamptz NOT NULL, last_at timestamptz NOT NULL, i integer NOT NULL, cp_at timestamptz NOT NULL,
      resolved_at timestamptz, resolution_elapsed_ms bigint, resolution_target_ms bigint,
      response_stopped_at timestamptz, response_elapsed_ms bigint, response_target_ms bigint);
    CREATE TABLE tickets (ticket text PRIMARY KEY, customer text NOT NULL, service text NOT NULL, sla text NOT NULL,
      settled boolean NOT NULL);
    CREATE TABLE spans (service text NOT NULL, day date NOT NULL, hold_ms bigint NOT NULL, span_start timestamptz NOT NULL,
      span_end timestamptz NOT NULL, state check_status NOT NULL);`)
  const copy = (table: string, file: string) =>
    execFileSync(
      join(PG_BIN, 'psql'),
      [
        '-h',
        '127.0.0.1',
        '-p',
        String(pgPort),
        '-U',
        'bench',
        '-d',
        'postgres',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        `\\copy ${table} FROM '${join(dir, file)}' CSV HEADER`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PGTZ: 'UTC' } },
    )
  copy('ticket_events', 'tickets.csv')
  copy('checks', 'checks.csv')
  copy('surveys', 'surveys.csv')
  copy('checkpoints', 'checkpoints.csv')
  copy('tickets', 'tickets.derived.csv')
  copy('spans', 'spans.csv')
  await client.query(`
    CREATE INDEX ON checks (service, probe, at);
    CREATE INDEX ON checks USING brin (at);
    CREATE INDEX ON ticket_events (ticket);
    CREATE INDEX ON checkpoints (customer, last_at);
    CREATE INDEX ON checkpoints (ticket, i);
    CREATE INDEX ON tickets (customer) WHERE NOT settled;
    CREATE INDEX ON spans (service, day);
    CREATE INDEX ON surveys USING brin (at);`)
  // Not in the statements above: VACUUM refuses to run inside their implicit transaction.
  await client.query('VACUUM ANALYZE')
  const [pgSize] = (await client.query('SELECT pg_database_size(current_database()) AS bytes')).rows
  recordLoad({
    engine: 'PostgreSQL',
    seconds: seconds(started),
    bytes: Number(pgSize?.bytes ?? 0),
    note: 'COPY of the raw CSV and the copied checkpoints and spans, indexes, VACUUM ANALYZE',
  })
  const pgDialect: Dialect = {
    ms: (column) => `(EXTRACT(EPOCH FROM ${column}) * 1000)::bigint`,
    at: (ms) => `TIMESTAMPTZ '${iso(ms)}'`,
    day: (ms) => `DATE '${iso(ms).slice(0, 10)}'`,
  }
  const pgQuery: Query = async (text) => (await client.query(text)).rows

  for (const [engine, query, dialect] of [
    ['DuckDB', duckQuery, duckDialect],
    ['PostgreSQL', pgQuery, pgDialect],
  ] as const) {
    const figures = figuresIn(query, dialect, { asOf: board.asOf, limit: BOARD_LIMIT })
    for (const figure of FIGURES) {
      const { result, ms } = await timed(figures[figure])
      assertSame(engine, figure, result, reference.get(figure))
      results.set(`${engine}|${figure}`, ms)
      console.log(`  ${engine}: ${figure} ${ms.toFixed(0)} ms, equal to Leitstand's`)
    }
  }
  await client.end()
  duck.closeSync()
  instance.closeSync()

  console.log('\nload of the same raw data (derived tables copied from chDB into the others):')
  for (const load of loads)
    console.log(
      `  ${load.engine.padEnd(11)} ${load.seconds.toFixed(1).padStart(7)} s  ${(load.bytes / 2 ** 20).toFixed(1).padStart(7)} MiB  ${load.note}`,
    )
  console.log(
    `\nmedian of ${RUNS} runs after one warm-up, ms (ratio to chDB); every engine's figures equal Leitstand's:\n`,
  )
  const cell = (ms: number | undefined, base: number | undefined) =>
    ms === undefined || base === undefined
      ? '–'
      : `${ms.toFixed(ms < 10 ? 1 : 0)} (${(ms / base).toFixed(2)}×)`
  console.log('| figure | chDB (Leitstand) | bare scan in chDB | DuckDB | PostgreSQL |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  for (const figure of FIGURES) {
    const base = results.get(`chDB|${figure}`)
    const bareMs = results.get(`bare|${figure}`)
    const distance =
      base !== undefined && bareMs !== undefined
        ? `${bareMs.toFixed(1)} (chDB ${(base / bareMs).toFixed(1)}× it)`
        : '–'
    console.log(
      `| ${figure} | ${base?.toFixed(0)} | ${distance} | ${cell(results.get(`DuckDB|${figure}`), base)} | ${cell(results.get(`PostgreSQL|${figure}`), base)} |`,
    )
  }
} finally {
  try {
    postgres?.stop()
  } catch (error) {
    console.error(`could not stop PostgreSQL: ${error}`)
  }
  await rm(dir, { recursive: true, force: true })
}
