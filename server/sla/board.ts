/**
 * The SLA board: open tickets evaluated now, breached first, then at risk,
 * each with its breach deadline and the time left.
 */
import type { Catalog } from '../../shared/catalog'
import {
  catalogSlaResolver,
  evaluateTickets,
  type SlaResolver,
  type TicketClocks,
} from '../../shared/ticket-clock'
import type { Store } from '../store'
import { sql } from '../store/sql'
import { historyEvents } from '../tickets/history'

export interface BoardTicket {
  ticket: string
  customer: string
  service: string
  priority: string | null
  status: string
  createdAt: number
  sla: string
  /** Which terms of the SLA the ticket runs under (the date of the change in force at creation); null: the original terms. */
  slaSince: string | null
  /** Which clock is the most urgent: breached before at risk, then the earlier deadline. */
  clock: 'response' | 'resolution'
  state: 'breached' | 'at_risk' | 'ok'
  elapsedMinutes: number
  targetMinutes: number
  /** When the target is (or was) reached; null while the clock is paused. */
  deadline: number | null
  /** Minutes to the deadline (negative once breached); null while paused. */
  minutesLeft: number | null
}

export interface Board {
  asOf: number
  open: number
  breached: number
  atRisk: number
  tickets: BoardTicket[]
}

function urgency(ticket: BoardTicket): number {
  const rank = ticket.state === 'breached' ? 0 : ticket.state === 'at_risk' ? 1 : 2
  return rank * 1e15 + (ticket.deadline ?? 9e14)
}

function boardEntries(clocks: TicketClocks, resolver: SlaResolver, now: number): BoardTicket[] {
  const atRiskPercent =
    resolver.termsFor(clocks.customer, clocks.service, clocks.createdAt)?.sla.at_risk ?? 75
  const entries: BoardTicket[] = []
  for (const clock of ['response', 'resolution'] as const) {
    const outcome = clocks[clock]
    if (!outcome || outcome.stoppedAt !== null || (clock === 'resolution' && clocks.resolvedAt !== null))
      continue
    const atRisk = !outcome.breached && outcome.elapsedMinutes * 100 >= atRiskPercent * outcome.targetMinutes
    entries.push({
      ticket: clocks.ticket,
      customer: clocks.customer,
      service: clocks.service,
      priority: clocks.priority,
      status: clocks.status,
      createdAt: clocks.createdAt,
      sla: clocks.sla ?? '',
      slaSince: clocks.slaSince,
      clock,
      state: outcome.breached ? 'breached' : atRisk ? 'at_risk' : 'ok',
      elapsedMinutes: outcome.elapsedMinutes,
      targetMinutes: outcome.targetMinutes,
      deadline: outcome.deadline,
      minutesLeft: outcome.deadline === null ? null : (outcome.deadline - now) / 60_000,
    })
  }
  return entries
}

export async function slaBoard(
  store: Store,
  catalog: Catalog,
  options: { customers: readonly string[]; services?: readonly string[]; limit: number; now?: number },
): Promise<Board> {
  const now = options.now ?? Date.now()
  if (options.customers.length === 0) return { asOf: now, open: 0, breached: 0, atRisk: 0, tickets: [] }
  const services = options.services?.length ? sql`AND service IN ${options.services}` : sql``
  const events = await historyEvents(
    store,
    sql`customer IN ${options.customers} AND NOT settled AND sla != '' ${services}`,
  )
  const resolver = catalogSlaResolver(catalog)
  const evaluated = evaluateTickets(events, now, resolver).filter(
    (ticket) => ticket.resolvedAt === null && options.customers.includes(ticket.customer),
  )
  // One line per ticket: its most urgent running clock.
  const perTicket = evaluated
    .map((ticket) => boardEntries(ticket, resolver, now).sort((a, b) => urgency(a) - urgency(b))[0])
    .filter((entry): entry is BoardTicket => entry !== undefined)
    .sort((a, b) => urgency(a) - urgency(b))
  return {
    asOf: now,
    open: evaluated.length,
    breached: perTicket.filter((t) => t.state === 'breached').length,
    atRisk: perTicket.filter((t) => t.state === 'at_risk').length,
    tickets: perTicket.filter((t) => t.state !== 'ok').slice(0, options.limit),
  }
}
