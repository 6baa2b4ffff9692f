/**
 * Ticket clocks (metrics.md section 2) and the ticket figures of a report
 * (section 3), evaluated as of an instant T: only events with `at < T` exist,
 * so a finished period's numbers never change when later events arrive.
 * Browser-safe: pure functions over events already read from the store.
 */
import { type SlaTerms, slaTermsAt } from './agreements'
import { type BusinessCalendar, createCalendar, type Interval } from './calendar'
import { type Catalog, type Priority, type Sla, slaFor } from './catalog'

/** Same-instant events apply in this order (formats.md section 2), then by id. */
export const TICKET_EVENT_TYPES = ['created', 'priority', 'responded', 'status'] as const
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number]

export const TICKET_STATUSES = ['new', 'in_progress', 'waiting', 'resolved', 'closed'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export interface TicketEvent {
  id: string
  ticket: string
  /** epoch milliseconds */
  at: number
  type: TicketEventType
  customer?: string
  service?: string
  priority?: Priority
  status?: TicketStatus
}

/** The SLA terms of a (customer, service) pair in force at an instant, and the calendars they name. */
export interface SlaResolver {
  termsFor(customer: string, service: string, at: number): SlaTerms | undefined
  calendar(id: string): BusinessCalendar
}

export interface ClockOutcome {
  targetMinutes: number
  elapsedMinutes: number
  /** When the clock stopped for good as of T; null while it runs or pauses. */
  stoppedAt: number | null
  /** null while the clock is open and not breached: the outcome is not known yet. */
  met: boolean | null
  breached: boolean
  /** When elapsed reaches the target, if the clock is running at T (may lie in the past). */
  deadline: number | null
}

export interface ResolutionOutcome extends ClockOutcome {
  /** Open, not breached, elapsed >= the SLA's at_risk percent of the target. */
  atRisk: boolean
}

export interface TicketClocks {
  ticket: string
  /** The T these clocks were evaluated at. */
  asOf: number
  customer: string
  service: string
  /** Latest priority as of T; its targets apply from creation. */
  priority: Priority | null
  createdAt: number
  sla: string | null
  /** Which terms of the SLA the ticket runs under: the date of the change in force at `created`; null for the original terms. */
  slaSince: string | null
  status: TicketStatus
  /** When it last entered resolved/closed from another status; null unless resolved/closed at T. */
  resolvedAt: number | null
  /** Instants of changes from resolved/closed to another status. */
  reopens: number[]
  response: ClockOutcome | null
  resolution: ResolutionOutcome | null
  /** Wall-clock stretches where the resolution clock runs (new, in_progress) or pauses (waiting). */
  runningIntervals: Interval[]
  pausedIntervals: Interval[]
}

const MINUTE = 60_000
const TYPE_ORDER: Record<TicketEventType, number> = { created: 0, priority: 1, responded: 2, status: 3 }

export function compareTicketEvents(a: TicketEvent, b: TicketEvent): number {
  return a.at - b.at || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

const isResolvedStatus = (status: TicketStatus) => status === 'resolved' || status === 'closed'
/** The resolution clock runs while a ticket is new or in progress; `waiting` pauses it, resolved and closed stop it. */
export function isRunningStatus(status: string): boolean {
  return status === 'new' || status === 'in_progress'
}

/**
 * SLA lookup and calendars from a catalog, both memoised: they are asked once
 * per ticket. Which SLA matches a pair never changes over time; its terms do.
 */
export function catalogSlaResolver(catalog: Catalog): SlaResolver {
  const slas = new Map<string, Sla | undefined>()
  const calendars = new Map<string, BusinessCalendar>()
  return {
    termsFor(customer, service, at) {
      const key = `${customer}\u0000${service}`
      if (!slas.has(key)) slas.set(key, slaFor(catalog, customer, service))
      const sla = slas.get(key)
      return sla && slaTermsAt(sla, at, catalog.timezone)
    },
    calendar(id) {
      let calendar = calendars.get(id)
      if (!calendar) {
        const def = catalog.calendars.find((candidate) => candidate.id === id)
        if (!def) throw new Error(`unknown calendar '${id}'`)
        calendar = createCalendar(def, catalog.timezone)
        calendars.set(id, calendar)
      }
      return calendar
    },
  }
}

function appendInterval(intervals: Interval[], start: number, end: number) {
  if (end <= start) return
  const last = intervals.at(-1)
  // new -> in_progress continues the same running stretch.
  if (last && last[1] === start) last[1] = end
  else intervals.push([start, end])
}

function evaluateClock(
  calendar: BusinessCalendar,
  targetMinutes: number,
  runningIntervals: readonly Interval[],
  stoppedAt: number | null,
  runningAtT: boolean,
  asOf: number,
): ClockOutcome {
  const targetMs = targetMinutes * MINUTE
  let elapsedMs = 0
  let deadline: number | null = null
  for (const [start, end] of runningIntervals) {
    const piece = calendar.businessMs(start, end)
    if (deadline === null && elapsedMs + piece >= targetMs) {
      deadline = calendar.addBusinessMs(start, targetMs - elapsedMs)
    }
    elapsedMs += piece
  }
  // Whole-millisecond comparisons: minutes as floats could tip a tie.
  const breached = elapsedMs > targetMs
  if (runningAtT) deadline ??= calendar.addBusinessMs(asOf, targetMs - elapsedMs)
  else deadline = null
  return {
    targetMinutes,
    elapsedMinutes: elapsedMs / MINUTE,
    stoppedAt,
    met: stoppedAt !== null ? !breached : breached ? false : null,
    breached,
    deadline,
  }
}

/**
 * The clocks of one ticket as of T, from its events (any order). Undefined
 * when no `created` event exists before T: such events are not a ticket.
 */
export function evaluateTicket(
  events: readonly TicketEvent[],
  asOf: number,
  resolver: SlaResolver,
): TicketClocks | undefined {
  const sorted = events.filter((event) => event.at < asOf).sort(compareTicketEvents)
  const createdIndex = sorted.findIndex((event) => event.type === 'created')
  const created = sorted[createdIndex]
  if (!created) return undefined

  let priority: Priority | null = created.priority ?? null
  let status: TicketStatus = 'new'
  let statusSince = created.at
  let responseStoppedAt: number | null = null
  let resolvedAt: number | null = null
  const reopens: number[] = []
  const runningIntervals: Interval[] = []
  const pausedIntervals: Interval[] = []
  const closeStatusStretch = (until: number) => {
    if (isRunningStatus(status)) appendInterval(runningIntervals, statusSince, until)
    else if (status === 'waiting') appendInterval(pausedIntervals, statusSince, until)
  }

  // Events before `created` are ignored, and so are later `created` events.
  for (const event of sorted.slice(createdIndex + 1)) {
    if (event.type === 'priority' && event.priority) priority = event.priority
    else if (event.type === 'responded') responseStoppedAt ??= event.at
    else if (event.type === 'status' && event.status && event.status !== status) {
      const next: TicketStatus = event.status
      if (next !== 'new') responseStoppedAt ??= event.at
      closeStatusStretch(event.at)
      // resolved -> closed (or back) neither reopens nor moves the resolution time.
      if (isResolvedStatus(status) && !isResolvedStatus(next)) reopens.push(event.at)
      if (!isResolvedStatus(status) && isResolvedStatus(next)) resolvedAt = event.at
      status = next
      statusSince = event.at
    }
  }
  closeStatusStretch(asOf)
  if (!isResolvedStatus(status)) resolvedAt = null

  const customer = created.customer ?? ''
  const service = created.service ?? ''
  // Without both ids a catch-all SLA would match by accident: such a ticket has none.
  // The terms in force at `created` hold for the ticket's whole life (metrics.md 4b).
  const terms = customer && service ? resolver.termsFor(customer, service, created.at) : undefined
  const sla = terms?.sla

  let response: ClockOutcome | null = null
  if (sla?.response && priority) {
    response = evaluateClock(
      resolver.calendar(sla.response.calendar),
      sla.response[priority],
      [[created.at, responseStoppedAt ?? asOf]],
      responseStoppedAt,
      responseStoppedAt === null,
      asOf,
    )
  }

  let resolution: ResolutionOutcome | null = null
  if (sla?.resolution && priority) {
    const clock = evaluateClock(
      resolver.calendar(sla.resolution.calendar),
      sla.resolution[priority],
      runningIntervals,
      resolvedAt,
      isRunningStatus(status),
      asOf,
    )
    const open = resolvedAt === null
    const atRisk = open && !clock.breached && clock.elapsedMinutes * 100 >= sla.at_risk * clock.targetMinutes
    resolution = { ...clock, atRisk }
  }

  return {
    ticket: created.ticket,
    asOf,
    customer,
    service,
    priority,
    createdAt: created.at,
    sla: sla?.id ?? null,
    slaSince: terms?.since ?? null,
    status,
    resolvedAt,
    reopens,
    response,
    resolution,
    runningIntervals,
    pausedIntervals,
  }
}

/** Groups events by ticket and evaluates each; events of tickets without `created` are left out. */
export function evaluateTickets(
  events: readonly TicketEvent[],
  asOf: number,
  resolver: SlaResolver,
): TicketClocks[] {
  const byTicket = new Map<string, TicketEvent[]>()
  for (const event of events) {
    const list = byTicket.get(event.ticket)
    if (list) list.push(event)
    else byTicket.set(event.ticket, [event])
  }
  const tickets: TicketClocks[] = []
  for (const ticketEvents of byTicket.values()) {
    const clocks = evaluateTicket(ticketEvents, asOf, resolver)
    if (clocks) tickets.push(clocks)
  }
  return tickets
}
