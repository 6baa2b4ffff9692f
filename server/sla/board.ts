/**
 * The SLA board: open tickets evaluated now, at risk first (the least time
 * left on top: these can still be saved), then breached (the most recent
 * breach first), each with its breach deadline, the time left, its subject
 * and its assignee group.
 */
import type { BoardState } from '../../shared/api'
import { boardOrder } from '../../shared/board-order'
import type { Catalog, Priority } from '../../shared/catalog'
import {
  catalogSlaResolver,
  evaluateTickets,
  type SlaResolver,
  type TicketClocks,
} from '../../shared/ticket-clock'
import { historyEvents } from '../derive/ticket-history/read'
import type { Store } from '../store'
import { sql } from '../store/sql'

export interface BoardTicket {
  ticket: string
  customer: string
  service: string
  priority: string | null
  status: string
  /** The ticket's subject and the group it is assigned to; '' when none was sent. */
  title: string
  group: string
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

/** Breached and at-risk tickets of one ministry and priority. */
export interface BoardCount {
  customer: string
  priority: string | null
  breached: number
  atRisk: number
}

export interface Board {
  asOf: number
  open: number
  breached: number
  atRisk: number
  /** Per ministry and priority, over all breached and at-risk tickets the filters allow. */
  counts: BoardCount[]
  tickets: BoardTicket[]
}

/** Which of a ticket's clocks is the most urgent: a breached one, else the earlier deadline. */
function clockUrgency(ticket: BoardTicket): number {
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
      title: '',
      group: '',
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
  options: {
    customers: readonly string[]
    services?: readonly string[]
    priorities?: readonly Priority[]
    states?: readonly BoardState[]
    limit: number
    now?: number
  },
): Promise<Board> {
  const now = options.now ?? Date.now()
  if (options.customers.length === 0)
    return { asOf: now, open: 0, breached: 0, atRisk: 0, counts: [], tickets: [] }
  const services = options.services?.length ? sql`AND service IN ${options.services}` : sql``
  const events = await historyEvents(
    store,
    sql`customer IN ${options.customers} AND NOT settled AND sla != '' ${services}`,
  )
  const resolver = catalogSlaResolver(catalog)
  // The priority is the latest one, known only after the replay: it is filtered here.
  const priorities = options.priorities?.length ? options.priorities : undefined
  const evaluated = evaluateTickets(events, now, resolver).filter(
    (ticket) =>
      ticket.resolvedAt === null &&
      options.customers.includes(ticket.customer) &&
      (!priorities || (ticket.priority !== null && priorities.includes(ticket.priority))),
  )
  const perTicket = mostUrgentClocks(evaluated, resolver, now)
  const states = options.states?.length ? options.states : ['breached', 'at_risk']
  const tickets = perTicket
    .filter((t) => states.includes(t.state as BoardState))
    .sort(boardOrder)
    .slice(0, options.limit)
  await addSubjects(store, tickets)
  return {
    asOf: now,
    open: evaluated.length,
    breached: perTicket.filter((t) => t.state === 'breached').length,
    atRisk: perTicket.filter((t) => t.state === 'at_risk').length,
    counts: boardCounts(perTicket),
    tickets,
  }
}

/** One line per open ticket: its most urgent running clock, if breached or at risk. */
export function mostUrgentClocks(
  evaluated: readonly TicketClocks[],
  resolver: SlaResolver,
  now: number,
): BoardTicket[] {
  return evaluated
    .map((ticket) => boardEntries(ticket, resolver, now).sort((a, b) => clockUrgency(a) - clockUrgency(b))[0])
    .filter((entry): entry is BoardTicket => entry !== undefined && entry.state !== 'ok')
}

/** Breached and at-risk tickets per ministry and priority. */
export function boardCounts(tickets: readonly BoardTicket[]): BoardCount[] {
  const counts = new Map<string, BoardCount>()
  for (const ticket of tickets) {
    const key = `${ticket.customer}\u0000${ticket.priority ?? ''}`
    let count = counts.get(key)
    if (!count) {
      count = { customer: ticket.customer, priority: ticket.priority, breached: 0, atRisk: 0 }
      counts.set(key, count)
    }
    if (ticket.state === 'breached') count.breached++
    else count.atRisk++
  }
  return [...counts.values()].sort(
    (a, b) =>
      (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0) ||
      (a.priority ?? '').localeCompare(b.priority ?? ''),
  )
}

/** The subject and assignee group of the tickets shown, read for those alone. */
async function addSubjects(store: Store, tickets: BoardTicket[]): Promise<void> {
  if (tickets.length === 0) return
  const customers = [...new Set(tickets.map((t) => t.customer))]
  const rows = await store.query<{ ticket: string; title: string; assignee_group: string }>(sql`
    SELECT ticket, title, assignee_group FROM ticket_history FINAL
    WHERE customer IN ${customers} AND ticket IN ${tickets.map((t) => t.ticket)}`)
  const byTicket = new Map(rows.map((row) => [row.ticket, row]))
  for (const ticket of tickets) {
    const row = byTicket.get(ticket.ticket)
    ticket.title = row?.title ?? ''
    ticket.group = row?.assignee_group ?? ''
  }
}
