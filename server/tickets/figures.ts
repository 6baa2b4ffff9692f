/**
 * The ticket figures of a report (metrics.md section 3) for one customer and
 * [from, to), as of T = to. Clocks stopped by T are read from each ticket's
 * checkpoint at T (their elapsed time no longer changes); the clocks of
 * tickets still open at T are evaluated at T by the ticket clock engine.
 */
import type { Catalog } from '../../shared/catalog'
import { catalogSlaResolver, evaluateTickets } from '../../shared/ticket-clock'
import { historyEvents } from '../derive/ticket-history/read'
import type { Store } from '../store'
import { type Sql, sql } from '../store/sql'

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

export const percent = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100)

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
      cp_resolved_at[i] AS resolved_at,
      cp_resolution_elapsed_ms[i] AS resolution_elapsed_ms,
      cp_resolution_target_ms[i] AS resolution_target_ms,
      cp_response_stopped_at[i] AS response_stopped_at,
      cp_response_elapsed_ms[i] AS response_elapsed_ms,
      cp_response_target_ms[i] AS response_target_ms
      ${options.extraColumns ?? sql``}
    FROM ticket_history FINAL
    WHERE customer IN ${customers} AND created_at < ${before} ${relevant}
      ${options.service === undefined ? sql`` : sql`AND service = ${options.service}`}`
}

interface StoppedClockCounts {
  created: number
  no_sla: number
  reopened: number
  resolved: number
  open_at_end: number
  resolution_met: number
  resolution_breached: number
  resolution_elapsed_sum: number
  response_met: number
  response_breached: number
}

/** The figures of one customer's tickets, or of several customers' tickets of one service (`service`). */
export async function ticketFigures(
  store: Store,
  catalog: Catalog,
  customer: string | readonly string[],
  from: number,
  to: number,
  options: { service?: string } = {},
): Promise<TicketFigures> {
  const customers = typeof customer === 'string' ? [customer] : customer
  const [figures] = await figuresOf(store, catalog, customers, from, to, options.service, false)
  return figures?.[1] ?? figuresFrom(undefined, { openBreached: 0, atRisk: 0, responseOpenBreached: 0 })
}

/** The figures of each customer's tickets (of one service: the service page's table per ministry), from two queries for all. */
export async function ticketFiguresByCustomer(
  store: Store,
  catalog: Catalog,
  customers: readonly string[],
  from: number,
  to: number,
  options: { service?: string } = {},
): Promise<Map<string, TicketFigures>> {
  const figures = new Map(await figuresOf(store, catalog, customers, from, to, options.service, true))
  return new Map(
    customers.map((customer) => [
      customer,
      figures.get(customer) ??
        figuresFrom(undefined, { openBreached: 0, atRisk: 0, responseOpenBreached: 0 }),
    ]),
  )
}

interface RunningClockCounts {
  openBreached: number
  atRisk: number
  responseOpenBreached: number
}

/** Figures per customer (`perCustomer`) or of all `customers` together (under the key ''). */
async function figuresOf(
  store: Store,
  catalog: Catalog,
  customers: readonly string[],
  from: number,
  to: number,
  service: string | undefined,
  perCustomer: boolean,
): Promise<Array<[string, TicketFigures]>> {
  const tickets = ticketsAsOf(customers, to, { from, service })
  const start = new Date(from)
  const end = new Date(to)
  const group = perCustomer ? sql`customer` : sql`''`
  const counts = await store.query<StoppedClockCounts & { grp: string }>(sql`
    SELECT
      ${group} AS grp,
      countIf(created_at >= ${start}) AS created,
      countIf(created_at >= ${start} AND sla = '') AS no_sla,
      sum(arrayCount(r -> r >= ${start} AND r < ${end}, reopens)) AS reopened,
      countIf(resolved_at >= ${start}) AS resolved,
      countIf(resolved_at IS NULL) AS open_at_end,
      countIf(resolved_at >= ${start} AND resolution_elapsed_ms <= resolution_target_ms) AS resolution_met,
      countIf(resolved_at >= ${start} AND resolution_elapsed_ms > resolution_target_ms) AS resolution_breached,
      sumIf(resolution_elapsed_ms, resolved_at >= ${start} AND resolution_target_ms IS NOT NULL) AS resolution_elapsed_sum,
      countIf(response_stopped_at >= ${start} AND response_elapsed_ms <= response_target_ms) AS response_met,
      countIf(response_stopped_at >= ${start} AND response_elapsed_ms > response_target_ms) AS response_breached
    FROM (${tickets})
    ${perCustomer ? sql`GROUP BY grp` : sql``}`)

  // Clocks still running at T: evaluate those tickets at T.
  const events = await historyEvents(
    store,
    sql`customer IN ${customers} AND ticket IN (
      SELECT ticket FROM (${tickets}) WHERE resolved_at IS NULL AND sla != '')`,
  )
  const running = new Map<string, RunningClockCounts>()
  for (const ticket of evaluateTickets(events, to, catalogSlaResolver(catalog))) {
    const key = perCustomer ? ticket.customer : ''
    const counts = running.get(key) ?? { openBreached: 0, atRisk: 0, responseOpenBreached: 0 }
    if (ticket.resolution?.breached) counts.openBreached++
    if (ticket.resolution?.atRisk) counts.atRisk++
    if (ticket.response && ticket.response.stoppedAt === null && ticket.response.breached)
      counts.responseOpenBreached++
    running.set(key, counts)
  }
  return counts.map((row) => [
    row.grp,
    figuresFrom(row, running.get(row.grp) ?? { openBreached: 0, atRisk: 0, responseOpenBreached: 0 }),
  ])
}

function figuresFrom(counts: StoppedClockCounts | undefined, running: RunningClockCounts): TicketFigures {
  const c = counts ?? {
    created: 0,
    no_sla: 0,
    reopened: 0,
    resolved: 0,
    open_at_end: 0,
    resolution_met: 0,
    resolution_breached: 0,
    resolution_elapsed_sum: 0,
    response_met: 0,
    response_breached: 0,
  }
  const resolutionClosed = c.resolution_met + c.resolution_breached
  const responseClosed = c.response_met + c.response_breached
  return {
    created: c.created,
    resolved: c.resolved,
    reopened: c.reopened,
    open_at_end: c.open_at_end,
    response: {
      met: c.response_met,
      breached: c.response_breached,
      compliance: percent(c.response_met, responseClosed),
      open_breached: running.responseOpenBreached,
    },
    resolution: {
      met: c.resolution_met,
      breached: c.resolution_breached,
      compliance: percent(c.resolution_met, resolutionClosed),
      open_breached: running.openBreached,
      at_risk: running.atRisk,
      mean_minutes: resolutionClosed === 0 ? null : c.resolution_elapsed_sum / resolutionClosed / 60_000,
    },
    no_sla: c.no_sla,
  }
}
