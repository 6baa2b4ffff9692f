/**
 * What an availability figure is measured against: a customer's own SLA for
 * the service, or, in the staff's views across customers, the service's
 * standard SLA; and which services a view shows.
 */
import type { Interval } from '../../shared/availability'
import { type BusinessCalendar, createCalendar } from '../../shared/calendar'
import { type Catalog, type Service, slaFor } from '../../shared/catalog'

export interface AvailabilityBasis {
  /** `customer`: that customer's SLA; `standard`: the service's most common SLA (staff views). */
  kind: 'customer' | 'standard'
  customer: string | null
  /** The SLA whose availability part applies; null without one (W is then 24x7). */
  sla: string | null
  target: number | null
  /** The availability calendar; null = 24x7. */
  calendar: string | null
}

/** The customer's own SLA for the service (metrics.md section 4). */
export function customerBasis(catalog: Catalog, customer: string, service: string): AvailabilityBasis {
  const sla = slaFor(catalog, customer, service)
  const availability = sla?.availability
  return {
    kind: 'customer',
    customer,
    sla: sla && availability ? sla.id : null,
    target: availability?.target ?? null,
    calendar: availability?.calendar ?? null,
  }
}

/**
 * The staff's figure for a service, across customers: measured against the
 * most common availability target among the customers subscribing to it (a
 * tie goes to the higher target), in the calendar of the SLA that gives this
 * target to most of them (a tie goes to the SLA listed first in the catalog).
 * Customers without an availability SLA do not vote; when none has one, there
 * is no target and W is 24x7.
 */
export function standardBasis(catalog: Catalog, service: string): AvailabilityBasis {
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
  const standard = ranked[0]
  return {
    kind: 'standard',
    customer: null,
    sla: standard?.id ?? null,
    target: standard?.availability?.target ?? null,
    calendar: standard?.availability?.calendar ?? null,
  }
}

export function basisFor(catalog: Catalog, customer: string | null, service: string): AvailabilityBasis {
  return customer === null ? standardBasis(catalog, service) : customerBasis(catalog, customer, service)
}

/** A customer's subscribed services, or every service for the staff's view (null), in catalog order. */
export function servicesInView(catalog: Catalog, customer: string | null): Service[] {
  if (customer === null) return catalog.services
  const subscribed = new Set(catalog.customers.find((c) => c.id === customer)?.services ?? [])
  return catalog.services.filter((service) => subscribed.has(service.id))
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
