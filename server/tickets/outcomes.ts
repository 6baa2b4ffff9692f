/**
 * Ticket outcomes, each written once as SQL (metrics.md section 3): which
 * tickets a figure of the period [start, end) counts, as of its end. The
 * fragments read a ticket's checkpoint at the end (`ticketsAsOf`,
 * `ticketsAsOfEach`, `ticketsPerBucket` select the same columns), so the
 * report, the compliance buckets, the goals and the drill-down count alike.
 */
import { TICKET_COUNTS, type TicketCount } from '../../shared/metric-catalogue'
import { join, type Sql, type SqlValue, sql } from '../store/sql'

/** The period as SQL: bound instants (`Date`) or expressions such as `${ends}[b]`. */
export interface Window {
  start: SqlValue
  end: SqlValue
}

/** A clock that stopped (or a time that lies) within the window. */
const within = (column: Sql, w: Window) => sql`${column} >= ${w.start} AND ${column} < ${w.end}`

/**
 * A ticket's clocks at its checkpoint `i`, which the query selects before them
 * (`arrayLastIndex(x -> x < end, cp_at) AS i`): the columns the outcomes read.
 */
export const CHECKPOINT_CLOCKS = sql`cp_resolved_at[i] AS resolved_at,
  cp_resolution_elapsed_ms[i] AS resolution_elapsed_ms,
  cp_resolution_target_ms[i] AS resolution_target_ms,
  cp_response_stopped_at[i] AS response_stopped_at,
  cp_response_elapsed_ms[i] AS response_elapsed_ms,
  cp_response_target_ms[i] AS response_target_ms`

/** The resolution clock stopped within its target (the ticket's SLA terms; NULL without them). */
export const resolutionWithinTarget = sql`resolution_elapsed_ms <= resolution_target_ms`
const resolutionOverTarget = sql`resolution_elapsed_ms > resolution_target_ms`
const responseWithinTarget = sql`response_elapsed_ms <= response_target_ms`
const responseOverTarget = sql`response_elapsed_ms > response_target_ms`

const resolvedIn = (w: Window) => within(sql`resolved_at`, w)
/** A reopen (an element of `reopens`) within the window, as a lambda for arrayExists / arrayCount. */
const reopenIn = (w: Window) => sql`r -> r >= ${w.start} AND r < ${w.end}`
const respondedIn = (w: Window) => within(sql`response_stopped_at`, w)

/** Which tickets each outcome counts. `reopened` counts reopen events, the others tickets. */
export const TICKETS_WHERE: Record<TicketCount, (w: Window) => Sql> = {
  created: (w) => within(sql`created_at`, w),
  no_sla: (w) => sql`${within(sql`created_at`, w)} AND sla = ''`,
  resolved: resolvedIn,
  reopened: (w) => sql`arrayExists(${reopenIn(w)}, reopens)`,
  open_at_end: () => sql`resolved_at IS NULL`,
  response_met: (w) => sql`${respondedIn(w)} AND ${responseWithinTarget}`,
  response_breached: (w) => sql`${respondedIn(w)} AND ${responseOverTarget}`,
  resolution_met: (w) => sql`${resolvedIn(w)} AND ${resolutionWithinTarget}`,
  resolution_breached: (w) => sql`${resolvedIn(w)} AND ${resolutionOverTarget}`,
  // Resolved within the window and never reopened before its end (metrics.md section 3).
  resolved_first_time: (w) => sql`${resolvedIn(w)} AND NOT arrayExists(r -> r < ${w.end}, reopens)`,
}

/** The resolved tickets whose resolution has a target: those behind the resolution time (MTTR). */
export const resolutionMeasured = (w: Window) => sql`${resolvedIn(w)} AND resolution_target_ms IS NOT NULL`

/** One count: reopen events are counted each (a ticket reopened twice counts twice), the rest as tickets. */
export function countOf(count: TicketCount, w: Window): Sql {
  return count === 'reopened'
    ? sql`sum(arrayCount(${reopenIn(w)}, reopens))`
    : sql`countIf(${TICKETS_WHERE[count](w)})`
}

/** Every ticket count as columns named after the count: `countIf(…) AS resolved, …`. */
export function ticketCounts(w: Window): Sql {
  return join(
    TICKET_COUNTS.map((count) => sql`${countOf(count, w)} AS ${{ query: count, params: {} }}`),
    ', ',
  )
}
