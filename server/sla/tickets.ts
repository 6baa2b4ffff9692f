/**
 * Drill-down from a figure to the tickets behind it, and from a ticket to
 * its timeline.
 */
import type { TicketListInput } from '../../shared/api'
import type { Interval } from '../../shared/calendar'
import type { Catalog } from '../../shared/catalog'
import {
  catalogSlaResolver,
  compareTicketEvents,
  evaluateTickets,
  type TicketClocks,
  type TicketEvent,
} from '../../shared/ticket-clock'
import { historyEvents } from '../derive/ticket-history/read'
import type { Store } from '../store'
import { type Sql, sql } from '../store/sql'
import { ticketsAsOf } from '../tickets/figures'
import { TICKETS_WHERE, type Window } from '../tickets/outcomes'

export interface ListedTicket {
  ticket: string
  customer: string
  service: string
  priority: string | null
  status: string
  sla: string | null
  /** Which terms of the SLA the ticket runs under (the date of the change in force at creation); null: the original terms. */
  slaSince: string | null
  createdAt: number
  resolvedAt: number | null
  reopens: number
  response: { elapsedMinutes: number; targetMinutes: number; breached: boolean; met: boolean | null } | null
  resolution: {
    elapsedMinutes: number
    targetMinutes: number
    breached: boolean
    met: boolean | null
    atRisk: boolean
    deadline: number | null
  } | null
}

type Outcome = TicketListInput['outcome']

/** The tickets an outcome stands for, as the report counts them (server/tickets/outcomes.ts). */
function candidates(outcome: Outcome, window: Window): Sql {
  switch (outcome) {
    case 'open':
    case 'open_breached':
    case 'at_risk':
      return TICKETS_WHERE.open_at_end(window)
    default:
      return TICKETS_WHERE[outcome](window)
  }
}

function keep(outcome: Outcome, ticket: TicketClocks): boolean {
  if (outcome === 'open_breached') return ticket.resolution?.breached === true
  if (outcome === 'at_risk') return ticket.resolution?.atRisk === true
  return true
}

function listed(ticket: TicketClocks): ListedTicket {
  const { response, resolution } = ticket
  return {
    ticket: ticket.ticket,
    customer: ticket.customer,
    service: ticket.service,
    priority: ticket.priority,
    status: ticket.status,
    sla: ticket.sla,
    slaSince: ticket.slaSince,
    createdAt: ticket.createdAt,
    resolvedAt: ticket.resolvedAt,
    reopens: ticket.reopens.length,
    response: response && {
      elapsedMinutes: response.elapsedMinutes,
      targetMinutes: response.targetMinutes,
      breached: response.breached,
      met: response.met,
    },
    resolution: resolution && {
      elapsedMinutes: resolution.elapsedMinutes,
      targetMinutes: resolution.targetMinutes,
      breached: resolution.breached,
      met: resolution.met,
      atRisk: resolution.atRisk,
      deadline: resolution.deadline,
    },
  }
}

/** The tickets behind a figure of the report for [from, to), evaluated as of `to`. */
export async function listTickets(
  store: Store,
  catalog: Catalog,
  options: {
    customers: readonly string[]
    services?: readonly string[]
    priorities?: readonly string[]
    from: number
    to: number
    outcome: Outcome
    limit: number
    offset?: number
  },
): Promise<{ total: number; tickets: ListedTicket[] }> {
  if (options.customers.length === 0) return { total: 0, tickets: [] }
  const { from, to, outcome } = options
  const filters = [
    candidates(outcome, { start: new Date(from), end: new Date(to) }),
    options.services?.length ? sql`service IN ${options.services}` : undefined,
    options.priorities?.length ? sql`priority IN ${options.priorities}` : undefined,
    // Drill-downs into resolution and response figures are about tickets with an SLA.
    outcome.startsWith('resolution') ||
    outcome.startsWith('response') ||
    outcome === 'open_breached' ||
    outcome === 'at_risk'
      ? sql`sla != ''`
      : undefined,
  ].filter((part): part is Sql => part !== undefined)
  const where = filters.reduce((all, part) => sql`${all} AND ${part}`)
  // Breach and risk are known only after evaluating at T: take all candidates then.
  const evaluateAll = outcome === 'open_breached' || outcome === 'at_risk'
  const offset = options.offset ?? 0
  const limit = evaluateAll
    ? sql``
    : sql`LIMIT ${{ type: 'UInt32', value: options.limit }} OFFSET ${{ type: 'UInt64', value: offset }}`
  const matching = sql`
    SELECT ticket, count() OVER () AS total FROM (${ticketsAsOf(options.customers, to, { from })})
    WHERE ${where} ORDER BY created_at DESC ${limit}`
  const rows = await store.query<{ ticket: string; total: number }>(matching)
  if (rows.length === 0) {
    // A page past the end still tells the total.
    if (offset === 0 || evaluateAll) return { total: 0, tickets: [] }
    const [count] = await store.query<{ total: number }>(sql`
      SELECT count() AS total FROM (${ticketsAsOf(options.customers, to, { from })}) WHERE ${where}`)
    return { total: count?.total ?? 0, tickets: [] }
  }
  const events = await historyEvents(
    store,
    sql`customer IN ${options.customers} AND ticket IN ${rows.map((row) => row.ticket)}`,
  )
  const evaluated = evaluateTickets(events, to, catalogSlaResolver(catalog))
    .filter((ticket) => options.customers.includes(ticket.customer) && keep(outcome, ticket))
    .sort((a, b) => b.createdAt - a.createdAt)
  return {
    total: evaluateAll ? evaluated.length : (rows[0]?.total ?? 0),
    tickets: (evaluateAll ? evaluated.slice(offset, offset + options.limit) : evaluated).map(listed),
  }
}

export interface TimelineClock {
  targetMinutes: number
  elapsedMinutes: number
  breached: boolean
  met: boolean | null
  /** Where the elapsed business time reached the target, if it did or will while running. */
  breachAt: number | null
  /** Business minutes used by each running stretch. */
  stretches: Array<{ from: number; to: number; businessMinutes: number }>
}

export interface Timeline {
  ticket: ListedTicket
  asOf: number
  events: Array<TicketEvent & { ignored: boolean }>
  running: Interval[]
  paused: Interval[]
  response: TimelineClock | null
  resolution: TimelineClock | null
}

/** One ticket as of now, if it belongs to one of `customers`; undefined otherwise. */
export async function ticketTimeline(
  store: Store,
  catalog: Catalog,
  customers: readonly string[],
  ticket: string,
  now = Date.now(),
): Promise<Timeline | undefined> {
  const events = (
    await historyEvents(store, sql`1`, sql`customer IN ${customers} AND ticket = ${ticket}`)
  ).sort(compareTicketEvents)
  const resolver = catalogSlaResolver(catalog)
  const [clocks] = evaluateTickets(events, now, resolver)
  if (!clocks || !customers.includes(clocks.customer)) return undefined
  // The terms the ticket runs under: those in force at its creation.
  const sla = resolver.termsFor(clocks.customer, clocks.service, clocks.createdAt)?.sla

  const clockOf = (
    outcome: TicketClocks['response'],
    calendarId: string | undefined,
    stretches: Interval[],
  ): TimelineClock | null => {
    if (!outcome || !calendarId) return null
    const calendar = resolver.calendar(calendarId)
    const targetMs = outcome.targetMinutes * 60_000
    let used = 0
    let breachAt: number | null = null
    const pieces = stretches.map(([from, to]) => {
      const ms = calendar.businessMs(from, to)
      if (breachAt === null && used + ms > targetMs) breachAt = calendar.addBusinessMs(from, targetMs - used)
      used += ms
      return { from, to, businessMinutes: ms / 60_000 }
    })
    return {
      targetMinutes: outcome.targetMinutes,
      elapsedMinutes: outcome.elapsedMinutes,
      breached: outcome.breached,
      met: outcome.met,
      breachAt: breachAt ?? outcome.deadline,
      stretches: pieces,
    }
  }

  const responseEnd = clocks.response?.stoppedAt ?? now
  const created = clocks.createdAt
  return {
    ticket: listed(clocks),
    asOf: now,
    events: events.map((event) => ({
      ...event,
      // Events before `created`, and later `created` events, do not count.
      ignored:
        event.at < created ||
        (event.type === 'created' && events.find((e) => e.type === 'created') !== event),
    })),
    running: clocks.runningIntervals,
    paused: clocks.pausedIntervals,
    response: clockOf(clocks.response, sla?.response?.calendar, [[created, responseEnd]]),
    resolution: clockOf(clocks.resolution, sla?.resolution?.calendar, clocks.runningIntervals),
  }
}
