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
  const tickets = ticketsAsOf(customers, to, { from, service: options.service })
  const start = new Date(from)
  const end = new Date(to)
  const [counts] = await store.query<StoppedClockCounts>(sql`
    SELECT
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
    FROM (${tickets})`)
  if (!counts) throw new Error('ticket figures: no result row')

  // Clocks still running at T: evaluate those tickets at T.
  const events = await historyEvents(
    store,
    sql`customer IN ${customers} AND ticket IN (
      SELECT ticket FROM (${tickets}) WHERE resolved_at IS NULL AND sla != '')`,
  )
  let openBreached = 0
  let atRisk = 0
  let responseOpenBreached = 0
  for (const ticket of evaluateTickets(events, to, catalogSlaResolver(catalog))) {
    if (ticket.resolution?.breached) openBreached++
    if (ticket.resolution?.atRisk) atRisk++
    if (ticket.response && ticket.response.stoppedAt === null && ticket.response.breached)
      responseOpenBreached++
  }

  const resolutionClosed = counts.resolution_met + counts.resolution_breached
  const responseClosed = counts.response_met + counts.response_breached
  return {
    created: counts.created,
    resolved: counts.resolved,
    reopened: counts.reopened,
    open_at_end: counts.open_at_end,
    response: {
      met: counts.response_met,
      breached: counts.response_breached,
      compliance: percent(counts.response_met, responseClosed),
      open_breached: responseOpenBreached,
    },
    resolution: {
      met: counts.resolution_met,
      breached: counts.resolution_breached,
      compliance: percent(counts.resolution_met, resolutionClosed),
      open_breached: openBreached,
      at_risk: atRisk,
      mean_minutes: resolutionClosed === 0 ? null : counts.resolution_elapsed_sum / resolutionClosed / 60_000,
    },
    no_sla: counts.no_sla,
  }
}
