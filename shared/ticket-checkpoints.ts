/**
 * A ticket's state after each instant at which it had events. A report as of
 * T reads the checkpoint of the last instant before T: a clock that has
 * stopped by then keeps its elapsed business time, so only the clocks still
 * running at T need evaluating at T. This lets the store answer "as of T"
 * questions for many tickets without replaying their events.
 */

import type { Priority } from './catalog'
import {
  compareTicketEvents,
  evaluateTicket,
  type SlaResolver,
  type TicketClocks,
  type TicketEvent,
  type TicketStatus,
} from './ticket-clock'

export interface TicketCheckpoint {
  /** Valid for every T after this instant, up to and including the next checkpoint's. */
  at: number
  status: TicketStatus
  priority: Priority | null
  resolvedAt: number | null
  /** Elapsed resolution time, fixed once the ticket is resolved. */
  resolutionElapsedMs: number | null
  resolutionTargetMs: number | null
  responseStoppedAt: number | null
  responseElapsedMs: number | null
  responseTargetMs: number | null
}

export interface TicketHistory {
  ticket: string
  customer: string
  service: string
  sla: string | null
  createdAt: number
  reopens: number[]
  checkpoints: TicketCheckpoint[]
}

const MINUTE = 60_000
const ms = (minutes: number | undefined) => (minutes === undefined ? null : Math.round(minutes * MINUTE))

function checkpointOf(at: number, clocks: TicketClocks): TicketCheckpoint {
  const { response, resolution } = clocks
  return {
    at,
    status: clocks.status,
    priority: clocks.priority,
    resolvedAt: clocks.resolvedAt,
    resolutionElapsedMs: clocks.resolvedAt !== null ? ms(resolution?.elapsedMinutes) : null,
    resolutionTargetMs: ms(resolution?.targetMinutes),
    responseStoppedAt: response?.stoppedAt ?? null,
    responseElapsedMs: response?.stoppedAt != null ? ms(response.elapsedMinutes) : null,
    responseTargetMs: ms(response?.targetMinutes),
  }
}

/** The ticket's history from all its events; undefined without a `created` event. */
export function ticketHistory(
  events: readonly TicketEvent[],
  resolver: SlaResolver,
): TicketHistory | undefined {
  const sorted = [...events].sort(compareTicketEvents)
  const created = sorted.find((event) => event.type === 'created')
  if (!created) return undefined
  const instants = [...new Set(sorted.filter((event) => event.at >= created.at).map((event) => event.at))]
  const checkpoints: TicketCheckpoint[] = []
  let last: TicketClocks | undefined
  for (const at of instants) {
    // As of at + 1 ms: every event at `at` exists (timestamps are whole milliseconds).
    last = evaluateTicket(sorted, at + 1, resolver)
    if (last) checkpoints.push(checkpointOf(at, last))
  }
  if (!last) return undefined
  return {
    ticket: last.ticket,
    customer: last.customer,
    service: last.service,
    sla: last.sla,
    createdAt: last.createdAt,
    reopens: last.reopens,
    checkpoints,
  }
}
