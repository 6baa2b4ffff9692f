/**
 * The ticket figures of metrics.md section 3 computed the slow, obvious way:
 * every ticket evaluated from its events as of T. The store computes them
 * from checkpoints (server/tickets/figures.ts); tests hold both to the same
 * answers.
 */

import type { TicketFigures } from '../../server/tickets/figures'
import type { TicketClocks } from '../../shared/ticket-clock'

const percent = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100)

/**
 * Ticket figures for customer C over `[from, to)` (metrics.md section 3).
 * The tickets must be evaluated as of T = `to`; other customers' tickets are skipped.
 */
export function ticketFigures(
  tickets: readonly TicketClocks[],
  customer: string,
  from: number,
  to: number,
): TicketFigures {
  const inPeriod = (ms: number) => ms >= from && ms < to
  const figures: TicketFigures = {
    created: 0,
    resolved: 0,
    reopened: 0,
    open_at_end: 0,
    response: { met: 0, breached: 0, compliance: null, open_breached: 0 },
    resolution: { met: 0, breached: 0, compliance: null, open_breached: 0, at_risk: 0, mean_minutes: null },
    no_sla: 0,
  }
  let resolvedElapsedMinutes = 0
  let resolvedWithClock = 0

  for (const ticket of tickets) {
    if (ticket.customer !== customer) continue
    if (ticket.asOf !== to)
      throw new Error(`ticket ${ticket.ticket} was evaluated as of ${ticket.asOf}, not ${to}`)
    if (inPeriod(ticket.createdAt)) {
      figures.created++
      if (ticket.sla === null) figures.no_sla++
    }
    figures.reopened += ticket.reopens.filter(inPeriod).length

    const { response, resolution } = ticket
    if (ticket.resolvedAt === null) {
      figures.open_at_end++
      if (resolution?.breached) figures.resolution.open_breached++
      if (resolution?.atRisk) figures.resolution.at_risk++
    } else if (inPeriod(ticket.resolvedAt)) {
      figures.resolved++
      if (resolution) {
        if (resolution.met) figures.resolution.met++
        if (resolution.breached) figures.resolution.breached++
        resolvedElapsedMinutes += resolution.elapsedMinutes
        resolvedWithClock++
      }
    }

    if (response) {
      if (response.stoppedAt === null) {
        if (response.breached) figures.response.open_breached++
      } else if (inPeriod(response.stoppedAt)) {
        if (response.met) figures.response.met++
        if (response.breached) figures.response.breached++
      }
    }
  }

  const { response, resolution } = figures
  response.compliance = percent(response.met, response.met + response.breached)
  resolution.compliance = percent(resolution.met, resolution.met + resolution.breached)
  resolution.mean_minutes = resolvedWithClock === 0 ? null : resolvedElapsedMinutes / resolvedWithClock
  return figures
}
