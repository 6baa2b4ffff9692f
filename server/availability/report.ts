/**
 * The `availability` part of the report (formats.md section 4) for one
 * customer and period: reads segments and maintenance, applies the customer's
 * SLA calendars and the formulas of shared/availability.ts.
 */
import {
  type AvailabilityFigures,
  type Interval,
  overallAvailability,
  serviceAvailability,
  stateTimeline,
} from '../../shared/availability'
import { type BusinessCalendar, createCalendar } from '../../shared/calendar'
import { type Catalog, slaFor } from '../../shared/catalog'
import type { Store } from '../store'
import { maintenanceOf, probeSegmentsOf } from './queries'

/**
 * Figures of the customer's subscribed services, in the order of the
 * catalog's `services` list, over `[from, to)` (epoch ms). A customer the
 * catalog does not know subscribes to nothing: `{ overall: null, services: [] }`.
 */
export async function availabilityFigures(
  store: Store,
  catalog: Catalog,
  customer: string,
  from: number,
  to: number,
): Promise<AvailabilityFigures> {
  const subscribed = new Set(catalog.customers.find((c) => c.id === customer)?.services ?? [])
  const services = catalog.services.filter((service) => subscribed.has(service.id))
  const [segments, maintenance] = await Promise.all([
    probeSegmentsOf(
      store,
      services.map((service) => ({ id: service.id, holdMs: 2 * service.check_interval * 1000 })),
      from,
      to,
    ),
    maintenanceOf(
      store,
      services.map((service) => service.id),
      from,
      to,
    ),
  ])

  const calendars = new Map<string, BusinessCalendar>()
  const openTime = (calendarId: string): Interval[] => {
    let calendar = calendars.get(calendarId)
    if (!calendar) {
      const def = catalog.calendars.find((c) => c.id === calendarId)
      if (!def) throw new Error(`catalog has no calendar '${calendarId}'`)
      calendar = createCalendar(def, catalog.timezone)
      calendars.set(calendarId, calendar)
    }
    return calendar.openIntervals(from, to)
  }

  const figures = services.map((service) => {
    const sla = slaFor(catalog, customer, service.id)?.availability
    return serviceAvailability({
      service: service.id,
      target: sla?.target ?? null,
      timeline: stateTimeline(segments.get(service.id) ?? []),
      // Without an SLA (or one without availability) W is 24x7.
      open: sla ? openTime(sla.calendar) : to > from ? [[from, to]] : [],
      maintenance: maintenance.get(service.id) ?? [],
      from,
      to,
    })
  })
  return { overall: overallAvailability(figures), services: figures }
}
