/**
 * What an availability figure is measured against: a customer's own SLA for
 * the service, or, in the staff's views across customers, the service's
 * standard SLA; and which services a view shows.
 */
import { slaTermsAt, subscribedIntervals, subscribesWithin, termsStretches } from '../../shared/agreements'
import { type Interval, normalizeIntervals, type TargetStretch } from '../../shared/availability'
import { type BusinessCalendar, createCalendar } from '../../shared/calendar'
import { type Catalog, type Service, type Sla, slaFor } from '../../shared/catalog'

export interface AvailabilityBasis {
  /** `customer`: that customer's SLA; `standard`: the service's most common SLA (staff views). */
  kind: 'customer' | 'standard'
  customer: string | null
  /** The SLA whose availability part applies; null without one (W is then 24x7). */
  sla: string | null
  /** The target in force at the instant the basis was asked for (the figures' own target may be an effective one). */
  target: number | null
  /** The availability calendar then in force; null = 24x7. */
  calendar: string | null
  /** The date of the SLA change those terms come from; null for the SLA's original terms. */
  since: string | null
}

function basisOf(
  catalog: Catalog,
  kind: AvailabilityBasis['kind'],
  customer: string | null,
  sla: Sla | undefined,
  at: number,
): AvailabilityBasis {
  const terms = sla?.availability ? slaTermsAt(sla, at, catalog.timezone) : undefined
  return {
    kind,
    customer,
    sla: terms ? terms.sla.id : null,
    target: terms?.sla.availability?.target ?? null,
    calendar: terms?.sla.availability?.calendar ?? null,
    since: terms?.since ?? null,
  }
}

/** The customer's own SLA for the service (metrics.md section 4), in the terms in force at `at`. */
export function customerBasis(
  catalog: Catalog,
  customer: string,
  service: string,
  at = Date.now(),
): AvailabilityBasis {
  return basisOf(catalog, 'customer', customer, slaFor(catalog, customer, service), at)
}

/**
 * The staff's figure for a service, across customers: measured against the
 * most common availability target among the customers subscribing to it (a
 * tie goes to the higher target), in the calendar of the SLA that gives this
 * target to most of them (a tie goes to the SLA listed first in the catalog).
 * Customers without an availability SLA do not vote; when none has one, there
 * is no target and W is 24x7.
 */
export function standardBasis(catalog: Catalog, service: string, at = Date.now()): AvailabilityBasis {
  const votes = new Map<string, number>()
  for (const customer of catalog.customers) {
    if (!customer.services.includes(service)) continue
    const sla = slaFor(catalog, customer.id, service)
    if (sla?.availability) votes.set(sla.id, (votes.get(sla.id) ?? 0) + 1)
  }
  const voted = catalog.slas.filter((sla) => votes.has(sla.id))
  const votesForTarget = (target: number | undefined) =>
    voted
      .filter((sla) => sla.availability?.target === target)
      .reduce((sum, sla) => sum + (votes.get(sla.id) ?? 0), 0)
  // Stable sorts: equal votes keep the catalog order.
  const ranked = [...voted].sort(
    (a, b) =>
      votesForTarget(b.availability?.target) - votesForTarget(a.availability?.target) ||
      (b.availability?.target ?? 0) - (a.availability?.target ?? 0) ||
      (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0),
  )
  return basisOf(catalog, 'standard', null, ranked[0], at)
}

export function basisFor(
  catalog: Catalog,
  customer: string | null,
  service: string,
  at = Date.now(),
): AvailabilityBasis {
  return customer === null
    ? standardBasis(catalog, service, at)
    : customerBasis(catalog, customer, service, at)
}

/**
 * A customer's subscribed services, or every service for the staff's view
 * (null), in catalog order. With a period, only those the customer
 * subscribes at some instant of it (metrics.md 4b).
 */
export function servicesInView(
  catalog: Catalog,
  customer: string | null,
  period?: { from: number; to: number },
): Service[] {
  if (customer === null) return catalog.services
  const subscribed = new Set(catalog.customers.find((c) => c.id === customer)?.services ?? [])
  return catalog.services.filter(
    (service) =>
      subscribed.has(service.id) &&
      // A period of no length asks about its one instant.
      (!period ||
        subscribesWithin(catalog, customer, service.id, period.from, Math.max(period.to, period.from + 1))),
  )
}

/** What a service's figures over `[from, to)` are measured in: where each target holds, where the customer subscribes, and W's open time. */
export interface MeasuredTerms {
  stretches: TargetStretch[]
  subscribed: Interval[]
  open: Interval[]
}

/**
 * The terms of a basis over `[from, to)` (metrics.md 4b): each instant in the
 * SLA's terms then in force (its target, and its calendar's open time), and,
 * for a customer, only while it subscribes the service.
 */
export function measuredTerms(
  catalog: Catalog,
  basis: AvailabilityBasis,
  service: string,
  from: number,
  to: number,
  openTime: ReturnType<typeof openTimeOf>,
): MeasuredTerms {
  const subscribed =
    basis.customer === null
      ? [[from, to] as Interval]
      : subscribedIntervals(catalog, basis.customer, service, from, to)
  const sla = basis.sla === null ? undefined : catalog.slas.find((candidate) => candidate.id === basis.sla)
  if (!sla?.availability)
    return { stretches: [{ start: from, end: to, target: null }], subscribed, open: openTime(null, from, to) }
  const pieces = termsStretches(sla, from, to, catalog.timezone)
  return {
    stretches: pieces.map(({ start, end, terms }) => ({
      start,
      end,
      target: terms.sla.availability?.target ?? null,
    })),
    subscribed,
    open: normalizeIntervals(
      pieces.flatMap(({ start, end, terms }) =>
        openTime(terms.sla.availability?.calendar ?? null, start, end),
      ),
    ),
  }
}

/** Open time of a catalog calendar within `[from, to)`; null = 24x7. Calendars are built once. */
export function openTimeOf(
  catalog: Catalog,
): (calendar: string | null, from: number, to: number) => Interval[] {
  const calendars = new Map<string, BusinessCalendar>()
  return (calendarId, from, to) => {
    if (!(to > from)) return []
    if (calendarId === null) return [[from, to]]
    let calendar = calendars.get(calendarId)
    if (!calendar) {
      const def = catalog.calendars.find((c) => c.id === calendarId)
      if (!def) throw new Error(`catalog has no calendar '${calendarId}'`)
      calendar = createCalendar(def, catalog.timezone)
      calendars.set(calendarId, calendar)
    }
    return calendar.openIntervals(from, to)
  }
}
