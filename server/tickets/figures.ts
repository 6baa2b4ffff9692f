/**
 * The ticket figures of a report (metrics.md section 3) for one customer and
 * [from, to), as of T = to. Clocks stopped by T are read from each ticket's
 * checkpoint at T (their elapsed time no longer changes); the clocks of
 * tickets still open at T are evaluated at T by the ticket clock engine.
 */
import type { Catalog } from '../../shared/catalog'
import { percent, TICKET_COUNTS, type TicketCount } from '../../shared/metric-catalogue'
import { catalogSlaResolver, evaluateTickets } from '../../shared/ticket-clock'
import { historyEvents } from '../derive/ticket-history/read'
import { type Bucket, bucketBounds } from '../period'
import type { Store } from '../store'
import { type Sql, sql } from '../store/sql'
import { CHECKPOINT_CLOCKS, resolutionMeasured, ticketCounts } from './outcomes'

export interface TicketFigures {
  created: number
  resolved: number
  reopened: number
  open_at_end: number
  response: { met: number; breached: number; compliance: number | null; open_breached: number }
  resolution: {
    met: number
    breached: number
    compliance: number | null
    open_breached: number
    at_risk: number
    mean_minutes: number | null
  }
  no_sla: number
}

/**
 * Each ticket of `customers` created before T with its checkpoint at T:
 * status, resolution time and the stopped clocks' elapsed and target times.
 */
export function ticketsAsOf(
  customers: readonly string[],
  asOf: number,
  options: { from?: number; extraColumns?: Sql; service?: string } = {},
): Sql {
  const before = new Date(asOf)
  // A ticket settled before `from` (resolved at its last event) has no part in [from, T).
  const relevant =
    options.from === undefined ? sql`` : sql`AND (last_at >= ${new Date(options.from)} OR NOT settled)`
  return sql`
    SELECT
      ticket, customer, service, sla, created_at, reopens, category, channel,
      arrayLastIndex(x -> x < ${before}, cp_at) AS i,
      cp_status[i] AS status,
      cp_priority[i] AS priority,
      ${CHECKPOINT_CLOCKS}
      ${options.extraColumns ?? sql``}
    FROM ticket_history FINAL
    WHERE customer IN ${customers} AND created_at < ${before} ${relevant}
      ${options.service === undefined ? sql`` : sql`AND service = ${options.service}`}`
}

/**
 * Each ticket of `customers` paired with every bucket of `list` it has a part
 * in (created before the bucket's end, not settled before its start), with its
 * checkpoint at that bucket's end: the bucket `b` (1-based) and the columns of
 * `ticketsAsOf`.
 */
export function ticketsAsOfEach(customers: readonly string[], list: readonly Bucket[]): Sql {
  const { starts, ends } = bucketBounds(list)
  return sql`
    SELECT ticket, customer, service, sla, created_at, reopens, b,
      arrayLastIndex(x -> x < ${ends}[b], cp_at) AS i,
      ${CHECKPOINT_CLOCKS}
    FROM ticket_history FINAL
    ARRAY JOIN arrayEnumerate(${ends}) AS b
    WHERE customer IN ${customers} AND created_at < ${ends}[b] AND (last_at >= ${starts}[b] OR NOT settled)`
}

export type TicketCounts = Record<TicketCount, number>

/** The figures of one customer's tickets, or of several customers' tickets of one service (`service`). */
export async function ticketFigures(
  store: Store,
  catalog: Catalog,
  customer: string | readonly string[],
  from: number,
  to: number,
  options: { service?: string } = {},
): Promise<TicketFigures> {
  return (await ticketFiguresAndCounts(store, catalog, customer, from, to, options)).figures
}

/** The figures, and every ticket count of the metric catalogue (the report's metrics read them). */
export async function ticketFiguresAndCounts(
  store: Store,
  catalog: Catalog,
  customer: string | readonly string[],
  from: number,
  to: number,
  options: { service?: string } = {},
): Promise<{ figures: TicketFigures; counts: TicketCounts }> {
  const customers = typeof customer === 'string' ? [customer] : customer
  const all = (await talliesOf(store, catalog, customers, from, to, options.service, false)).get('')
  return figuresFrom(all?.counts, all?.running ?? NO_RUNNING_CLOCKS)
}

/**
 * The figures of each customer that has tickets in the period (of one service:
 * the service page's table per ministry), and of all of them together, from
 * two queries: every figure is a count or a sum, so the whole is the sum of
 * its parts.
 */
export async function ticketFiguresByCustomer(
  store: Store,
  catalog: Catalog,
  customers: readonly string[],
  from: number,
  to: number,
  options: { service?: string } = {},
): Promise<{ total: TicketFigures; byCustomer: Map<string, TicketFigures> }> {
  const tallies = await talliesOf(store, catalog, customers, from, to, options.service, true)
  const total = sumOf([...tallies.values()])
  return {
    total: figuresFrom(total.counts, total.running).figures,
    byCustomer: new Map(
      [...tallies].map(([customer, { counts, running }]) => [customer, figuresFrom(counts, running).figures]),
    ),
  }
}

interface RunningClocks {
  openBreached: number
  atRisk: number
  responseOpenBreached: number
}

const NO_RUNNING_CLOCKS: RunningClocks = { openBreached: 0, atRisk: 0, responseOpenBreached: 0 }

type MeasuredCounts = TicketCounts & { resolution_elapsed_sum: number }

/** What a group of tickets adds up to: its counts (with the resolution time's sum) and its running clocks. */
interface Tally {
  counts: MeasuredCounts
  running: RunningClocks
}

const NO_COUNTS = {
  ...Object.fromEntries(TICKET_COUNTS.map((count) => [count, 0])),
  resolution_elapsed_sum: 0,
} as MeasuredCounts

/** The figures of no ticket at all: every count 0, no percentage. */
export const NO_TICKETS: TicketFigures = figuresFrom(NO_COUNTS, NO_RUNNING_CLOCKS).figures

function sumOf(tallies: readonly Tally[]): Tally {
  const counts = { ...NO_COUNTS }
  const running = { ...NO_RUNNING_CLOCKS }
  for (const tally of tallies) {
    for (const key of Object.keys(counts) as Array<keyof MeasuredCounts>) counts[key] += tally.counts[key]
    for (const key of Object.keys(running) as Array<keyof RunningClocks>) running[key] += tally.running[key]
  }
  return { counts, running }
}

/** Tallies per customer (`perCustomer`), or of all `customers` together (under the key ''). */
async function talliesOf(
  store: Store,
  catalog: Catalog,
  customers: readonly string[],
  from: number,
  to: number,
  service: string | undefined,
  perCustomer: boolean,
): Promise<Map<string, Tally>> {
  const tickets = ticketsAsOf(customers, to, { from, service })
  const window = { start: new Date(from), end: new Date(to) }
  const rows = await store.query<MeasuredCounts & { grp: string }>(sql`
    SELECT
      ${perCustomer ? sql`customer` : sql`''`} AS grp,
      ${ticketCounts(window)},
      sumIf(resolution_elapsed_ms, ${resolutionMeasured(window)}) AS resolution_elapsed_sum
    FROM (${tickets})
    ${perCustomer ? sql`GROUP BY grp` : sql``}`)

  const events = await historyEvents(
    store,
    sql`customer IN ${customers} AND ticket IN (
      SELECT ticket FROM (${tickets}) WHERE resolved_at IS NULL AND sla != '')`,
  )
  const running = new Map<string, RunningClocks>()
  for (const ticket of evaluateTickets(events, to, catalogSlaResolver(catalog))) {
    const key = perCustomer ? ticket.customer : ''
    const clocks = running.get(key) ?? { ...NO_RUNNING_CLOCKS }
    if (ticket.resolution?.breached) clocks.openBreached++
    if (ticket.resolution?.atRisk) clocks.atRisk++
    if (ticket.response && ticket.response.stoppedAt === null && ticket.response.breached)
      clocks.responseOpenBreached++
    running.set(key, clocks)
  }
  return new Map(
    rows.map(({ grp, ...counts }) => [grp, { counts, running: running.get(grp) ?? NO_RUNNING_CLOCKS }]),
  )
}

function figuresFrom(
  row: MeasuredCounts | undefined,
  running: RunningClocks,
): { figures: TicketFigures; counts: TicketCounts } {
  const counts = row ?? NO_COUNTS
  const resolutionClosed = counts.resolution_met + counts.resolution_breached
  const responseClosed = counts.response_met + counts.response_breached
  const { resolution_elapsed_sum: _, ...onlyCounts } = counts
  const figures: TicketFigures = {
    created: counts.created,
    resolved: counts.resolved,
    reopened: counts.reopened,
    open_at_end: counts.open_at_end,
    response: {
      met: counts.response_met,
      breached: counts.response_breached,
      compliance: percent(counts.response_met, responseClosed),
      open_breached: running.responseOpenBreached,
    },
    resolution: {
      met: counts.resolution_met,
      breached: counts.resolution_breached,
      compliance: percent(counts.resolution_met, resolutionClosed),
      open_breached: running.openBreached,
      at_risk: running.atRisk,
      mean_minutes: resolutionClosed === 0 ? null : counts.resolution_elapsed_sum / resolutionClosed / 60_000,
    },
    no_sla: counts.no_sla,
  }
  return { figures, counts: onlyCounts }
}
