/**
 * Tickets: a day-by-day stream of tickets raised by the Ressorts, each with a
 * lifecycle (created, responded, in progress, maybe waiting, resolved,
 * closed, sometimes reopened or re-prioritised). Resolution times are drawn
 * against the ticket's own SLA in business time, so the share that meets it
 * is chosen per service and month rather than left to chance.
 */
import { DateTime } from 'luxon'
import { slaTermsAt, subscribesWithin } from '../../shared/agreements'
import type { BusinessCalendar } from '../../shared/calendar'
import { type Catalog, type Priority, slaFor } from '../../shared/catalog'
import { CUSTOMERS, SERVICES, subscribedServices } from './catalog'
import type { BadMonth, Outage } from './monitoring'
import type { NdjsonWriter } from './ndjson'
import { type Random, randomStream } from './random'
import { demoSubjects, FIRST_LEVEL } from './subjects'
import type { DemoWindow } from './window'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Tickets on an ordinary Wednesday outside the holidays; about 25,000 a year. */
const TICKETS_PER_DAY = 100
/** Index 1 = Monday ... 7 = Sunday: Monday brings the weekend's problems. */
const WEEKDAY_FACTOR = [0, 1.25, 1.1, 1, 0.95, 0.7, 0.06, 0.04]
/** Index 1 = January: summer and Christmas holidays are quieter. */
const MONTH_FACTOR = [0, 1.1, 1.05, 1.05, 1, 0.95, 0.95, 0.8, 0.8, 1.05, 1.05, 1.05, 0.85]
/** When during office hours tickets come in (local hour → weight). */
const OFFICE_HOUR_WEIGHTS = {
  '7': 4,
  '8': 10,
  '9': 14,
  '10': 13,
  '11': 11,
  '12': 7,
  '13': 10,
  '14': 11,
  '15': 9,
  '16': 6,
  '17': 4,
} as const
const NIGHT_HOURS = [0, 1, 2, 3, 4, 5, 6, 18, 19, 20, 21, 22, 23]

type Status = 'new' | 'in_progress' | 'waiting' | 'resolved' | 'closed'

type LifecycleEvent =
  | { at: number; type: 'created' }
  | { at: number; type: 'responded' }
  | { at: number; type: 'status'; status: Status }
  | { at: number; type: 'priority'; priority: Priority }

interface NewTicket {
  createdAt: number
  customer: string
  service: string
  category: 'incident' | 'request'
  channel: 'portal' | 'phone' | 'email'
  priority: Priority
  /** Set for tickets about an outage: resolved when the service is back. */
  outageEnd?: number
}

/** A ticket resolved before `now` (its last resolution), for the satisfaction surveys. */
export interface ResolvedTicket {
  ticket: string
  customer: string
  service: string
  resolvedAt: number
  /** Business time used over the resolution target: below 1 met the SLA. */
  targetShare: number
}

export interface TicketSummary {
  tickets: number
  events: number
  /** Not resolved or closed at `now`. */
  open: number
  resolved: ResolvedTicket[]
}

const RAISED: Partial<Record<Priority, Priority>> = { P2: 'P1', P3: 'P2', P4: 'P3' }
const LOWERED: Partial<Record<Priority, Priority>> = { P1: 'P2', P2: 'P3', P3: 'P4' }

const toSecond = (ms: number) => Math.round(ms / 1000) * 1000

/**
 * The share of tickets that should meet their resolution target, per service
 * and month: mostly 86-93 %, with one bad month for one service.
 */
function compliancePlan(seed: number, window: DemoWindow, badMonth: BadMonth) {
  const random = randomStream(seed, 'tickets:compliance')
  const monthShift = window.months.map(() => random.between(-0.025, 0.02))
  const share = new Map<string, number>()
  for (const service of SERVICES) {
    const base = random.between(0.86, 0.94)
    for (const month of window.months) {
      const bad = service.id === badMonth.service && month.index === badMonth.monthIndex
      const noise = random.between(-0.015, 0.015)
      share.set(
        `${service.id}:${month.index}`,
        bad ? 0.6 : Math.min(0.97, base + (monthShift[month.index] ?? 0) + noise),
      )
    }
  }
  return (service: string, monthIndex: number): number => share.get(`${service}:${monthIndex}`) ?? 0.9
}

export async function writeTickets(
  writer: NdjsonWriter,
  seed: number,
  catalog: Catalog,
  calendars: ReadonlyMap<string, BusinessCalendar>,
  window: DemoWindow,
  outages: readonly Outage[],
  badMonth: BadMonth,
): Promise<TicketSummary> {
  const random = randomStream(seed, 'tickets')
  const complianceFor = compliancePlan(seed, window, badMonth)
  const officeHours = calendars.get('buerozeit')
  const customerWeights = Object.fromEntries(CUSTOMERS.map((customer) => [customer.id, customer.size]))
  const serviceWeights = new Map(
    CUSTOMERS.map((customer) => {
      const subscribed = new Set(subscribedServices(customer))
      const weights = SERVICES.filter((service) => subscribed.has(service.id)).map((s) => [
        s.id,
        s.ticketWeight,
      ])
      return [customer.id, Object.fromEntries(weights) as Record<string, number>]
    }),
  )
  const requestShare = new Map(SERVICES.map((service) => [service.id, service.requestShare]))
  const subscribers = new Map(
    SERVICES.map((service) => [
      service.id,
      CUSTOMERS.filter((customer) => subscribedServices(customer).includes(service.id)).map((c) => c.id),
    ]),
  )

  const subjects = demoSubjects(seed)
  const summary: TicketSummary = { tickets: 0, events: 0, open: 0, resolved: [] }
  const counters = new Map<string, number>()

  const monthIndexOf = (at: number) =>
    window.months.findIndex((month) => at >= month.monthStart && at < month.monthEnd)

  /** Self-service through the portal grows over the year. */
  const channelOf = (createdAt: number, priority: Priority): NewTicket['channel'] => {
    if ((priority === 'P1' || priority === 'P2') && random.chance(0.65)) return 'phone'
    const progress = (createdAt - window.start) / (window.now - window.start)
    if (random.chance(0.33 + 0.22 * progress)) return 'portal'
    return random.chance(0.55) ? 'phone' : 'email'
  }

  const ticketsOfDay = (day: DateTime): NewTicket[] => {
    const dayStart = day.toMillis()
    const dayEnd = day.plus({ days: 1 }).toMillis()
    const isWorkday = day.weekday <= 5 && (officeHours?.businessMs(dayStart, dayEnd) ?? 1) > 0
    const expected =
      TICKETS_PER_DAY *
      (WEEKDAY_FACTOR[day.weekday] ?? 1) *
      (MONTH_FACTOR[day.month] ?? 1) *
      (day.weekday <= 5 && !isWorkday ? 0.08 : 1)
    const tickets: NewTicket[] = []
    const count = Math.round(expected * random.between(0.85, 1.15))
    for (let i = 0; i < count; i++) {
      // Mostly office hours; on workdays a few come in at night, at weekends during the day.
      const hour = !isWorkday
        ? random.int(6, 22)
        : random.chance(0.06)
          ? random.pick(NIGHT_HOURS)
          : Number(random.weighted(OFFICE_HOUR_WEIGHTS))
      const createdAt = day.set({ hour, minute: random.int(0, 59), second: random.int(0, 59) }).toMillis()
      if (createdAt < window.start || createdAt >= window.now) continue
      const customer = random.weighted(customerWeights)
      const service = random.weighted(serviceWeights.get(customer) ?? { servicedesk: 1 })
      // A service handed over later raises no ticket of that ministry before.
      if (!subscribesWithin(catalog, customer, service, createdAt, createdAt + 1)) continue
      const category = random.chance(requestShare.get(service) ?? 0.4) ? 'request' : 'incident'
      const priority: Priority =
        category === 'request'
          ? random.weighted({ P3: 0.45, P4: 0.55 })
          : random.weighted({ P1: 0.04, P2: 0.16, P3: 0.5, P4: 0.3 })
      tickets.push({
        createdAt,
        customer,
        service,
        category,
        priority,
        channel: channelOf(createdAt, priority),
      })
    }
    // Outages bring urgent calls from the Ressorts that use the service.
    for (const outage of outages) {
      if (outage.from < dayStart || outage.from >= dayEnd || outage.to - outage.from < 15 * MINUTE) continue
      const callers = (subscribers.get(outage.service) ?? []).filter((customer) =>
        subscribesWithin(catalog, customer, outage.service, outage.from, outage.from + 1),
      )
      const long = outage.to - outage.from >= 45 * MINUTE
      for (let i = Math.min(callers.length, long ? random.int(2, 5) : random.int(1, 2)); i > 0; i--) {
        const createdAt = toSecond(outage.from + random.between(3, 20) * MINUTE)
        if (createdAt >= window.now) continue
        tickets.push({
          createdAt,
          customer: random.pick(callers),
          service: outage.service,
          category: 'incident',
          priority: long ? 'P1' : 'P2',
          channel: 'phone',
          outageEnd: outage.to,
        })
      }
    }
    return tickets.sort((a, b) => a.createdAt - b.createdAt)
  }

  const nextTicketId = (ticket: NewTicket): string => {
    const prefix = ticket.category === 'incident' ? 'INC' : 'REQ'
    const year = window.local.year(ticket.createdAt)
    const key = `${prefix}-${year}`
    const number = (counters.get(key) ?? 0) + 1
    counters.set(key, number)
    return `${key}-${String(number).padStart(6, '0')}`
  }

  for (
    let day = DateTime.fromMillis(window.start, { zone: window.zone });
    day.toMillis() < window.now;
    day = day.plus({ days: 1 })
  ) {
    for (const ticket of ticketsOfDay(day)) {
      const id = nextTicketId(ticket)
      // The terms in force when the ticket is created (metrics.md 4b).
      const matching = slaFor(catalog, ticket.customer, ticket.service)
      const sla = matching && slaTermsAt(matching, ticket.createdAt, catalog.timezone).sla
      const responseCalendar = calendars.get(sla?.response?.calendar ?? '')
      const resolutionCalendar = calendars.get(sla?.resolution?.calendar ?? '')
      if (!sla?.response || !sla.resolution || !responseCalendar || !resolutionCalendar) {
        throw new Error(
          `demo catalog: no SLA with response and resolution for ${ticket.customer}/${ticket.service}`,
        )
      }
      const story = lifecycle(random, ticket, {
        response: { calendar: responseCalendar, targets: sla.response },
        resolution: { calendar: resolutionCalendar, targets: sla.resolution },
        meetsResolution: complianceFor(ticket.service, monthIndexOf(ticket.createdAt)),
      })
      const happened = story.events.filter((event) => event.at < window.now)
      const title = subjects.title(ticket.service, ticket.category)
      const team = subjects.team(ticket.service)
      const lines = happened.map((event, i) => {
        const base = { id: `${id}-${i + 1}`, ticket: id, at: window.local.format(event.at), type: event.type }
        if (event.type === 'created') {
          const { customer, service, priority, category, channel } = ticket
          return JSON.stringify({
            ...base,
            customer,
            service,
            priority,
            category,
            channel,
            title,
            group: FIRST_LEVEL,
          })
        }
        if (event.type === 'status') return JSON.stringify({ ...base, status: event.status })
        if (event.type === 'priority') return JSON.stringify({ ...base, priority: event.priority })
        return JSON.stringify(base)
      })
      // The service's team takes the ticket over when work starts.
      const workStarts = happened.find((event) => event.type === 'status')
      if (team && workStarts) {
        const at = window.local.format(workStarts.at)
        lines.push(JSON.stringify({ id: `${id}-team`, ticket: id, at, type: 'assign', group: team }))
      }
      await writer.writeLines(lines)
      summary.tickets++
      summary.events += lines.length
      const statusChanges = happened.flatMap((event) => (event.type === 'status' ? [event] : []))
      const status = statusChanges.at(-1)?.status ?? 'new'
      const resolvedAt = statusChanges.findLast((event) => event.status === 'resolved')?.at
      if ((status === 'resolved' || status === 'closed') && resolvedAt !== undefined) {
        summary.resolved.push({
          ticket: id,
          customer: ticket.customer,
          service: ticket.service,
          resolvedAt,
          targetShare: story.targetShare,
        })
      } else summary.open++
    }
  }
  return summary
}

interface SlaTerms {
  response: { calendar: BusinessCalendar; targets: Record<Priority, number> }
  resolution: { calendar: BusinessCalendar; targets: Record<Priority, number> }
  /** Probability that this ticket meets its resolution target. */
  meetsResolution: number
}

/**
 * The events of one ticket, possibly reaching past `now` (the caller drops
 * those). Targets are those of the final priority: a priority change applies
 * from creation.
 */
function lifecycle(
  random: Random,
  ticket: NewTicket,
  terms: SlaTerms,
): { events: LifecycleEvent[]; targetShare: number } {
  const createdAt = ticket.createdAt
  let priority = ticket.priority
  const priorityChange = random.next()
  if (priorityChange < 0.05 && RAISED[priority]) priority = RAISED[priority] ?? priority
  else if (priorityChange > 0.97 && LOWERED[priority]) priority = LOWERED[priority] ?? priority

  const responseTarget = terms.response.targets[priority]
  const responseMinutes = random.chance(0.94)
    ? responseTarget * (0.05 + 0.85 * random.next() ** 1.5)
    : responseTarget * random.between(1.05, 2.2)
  const respondedAt = toSecond(
    Math.max(terms.response.calendar.addBusinessMs(createdAt, responseMinutes * MINUTE), createdAt + MINUTE),
  )
  const inProgressAt = toSecond(respondedAt + random.int(0, 25) * MINUTE)

  const resolution = terms.resolution
  const target = resolution.targets[priority]
  const elapsedAtStart = resolution.calendar.businessMinutes(createdAt, inProgressAt)
  const events: LifecycleEvent[] = [
    { at: createdAt, type: 'created' },
    { at: respondedAt, type: 'responded' },
    { at: inProgressAt, type: 'status', status: 'in_progress' },
  ]

  let resolvedAt: number
  let elapsed: number
  if (ticket.outageEnd !== undefined) {
    resolvedAt = toSecond(
      Math.max(ticket.outageEnd + random.between(5, 45) * MINUTE, inProgressAt + 5 * MINUTE),
    )
    elapsed = resolution.calendar.businessMinutes(createdAt, resolvedAt)
  } else {
    elapsed = random.chance(terms.meetsResolution)
      ? target * (0.08 + 0.9 * random.next() ** 1.3)
      : target * (1.03 + 1.4 * random.next() ** 1.5)
    elapsed = Math.max(elapsed, elapsedAtStart + 5)
    const waits = random.chance(ticket.category === 'request' ? 0.3 : 0.15)
    if (waits) {
      // Waiting for the customer or a third party pauses the resolution clock.
      const beforeWaiting = elapsedAtStart + (elapsed - elapsedAtStart) * random.between(0.2, 0.7)
      const waitingFrom = toSecond(resolution.calendar.addBusinessMs(createdAt, beforeWaiting * MINUTE))
      const waitingHours = random.chance(0.05) ? random.between(14 * 24, 35 * 24) : random.between(1, 72)
      const waitingTo = toSecond(waitingFrom + waitingHours * HOUR)
      events.push({ at: waitingFrom, type: 'status', status: 'waiting' })
      events.push({ at: waitingTo, type: 'status', status: 'in_progress' })
      resolvedAt = toSecond(resolution.calendar.addBusinessMs(waitingTo, (elapsed - beforeWaiting) * MINUTE))
    } else {
      resolvedAt = toSecond(resolution.calendar.addBusinessMs(createdAt, elapsed * MINUTE))
    }
  }
  events.push({ at: resolvedAt, type: 'status', status: 'resolved' })

  if (priority !== ticket.priority) {
    const at = toSecond(inProgressAt + (resolvedAt - inProgressAt) * random.between(0.1, 0.6))
    events.push({ at: Math.max(at, createdAt + MINUTE), type: 'priority', priority })
  }

  // About 4 % come back: the fix did not hold. The resolution clock runs again.
  if (random.chance(0.04)) {
    const reopenedAt = toSecond(resolvedAt + random.between(2, 72) * HOUR)
    const moreMinutes = target * random.between(0.05, 0.4)
    events.push({ at: reopenedAt, type: 'status', status: 'in_progress' })
    resolvedAt = toSecond(resolution.calendar.addBusinessMs(reopenedAt, moreMinutes * MINUTE))
    elapsed += moreMinutes
    events.push({ at: resolvedAt, type: 'status', status: 'resolved' })
  }
  // Most tickets are closed a few days after resolution, when the customer does not object.
  if (random.chance(0.9))
    events.push({ at: toSecond(resolvedAt + random.between(2, 5) * DAY), type: 'status', status: 'closed' })

  events.sort((a, b) => a.at - b.at)
  return { events, targetShare: elapsed / target }
}
