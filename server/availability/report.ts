/**
 * The `availability` part of the report (formats.md section 4) for one
 * customer and period: reads state timelines (from the rollup) and
 * maintenance, applies the customer's SLA calendars and the formulas of
 * shared/availability.ts.
 */
import {
  type AvailabilityFigures,
  overallAvailability,
  serviceAvailability,
  timelineWithin,
} from '../../shared/availability'
import type { Catalog } from '../../shared/catalog'
import type { Store } from '../store'
import { customerBasis, measuredTerms, openTimeOf, servicesInView } from './basis'
import { maintenanceOf, monitoredService } from './queries'
import { stateTimelinesOf, type TimelineSource } from './timelines'

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
  source: TimelineSource = 'rollup',
  /** Only this service's row (the service page's table per ministry). */
  only?: string,
): Promise<AvailabilityFigures> {
  const [figures] = await availabilityFiguresOf(store, catalog, [{ customer, from, to }], source, only)
  return figures as AvailabilityFigures
}

/** One customer and period of `availabilityFiguresOf`. */
export interface FiguresAsked {
  customer: string
  from: number
  to: number
}

/**
 * The figures of several customers or periods (the service page's table per
 * ministry, the report's twelve months) from one read of the timelines and
 * the maintenance over all of them, each equal to its own `availabilityFigures`.
 */
export async function availabilityFiguresOf(
  store: Store,
  catalog: Catalog,
  asked: readonly FiguresAsked[],
  source: TimelineSource = 'rollup',
  only?: string,
): Promise<AvailabilityFigures[]> {
  // A service the customer subscribes at no instant of the period is not in its report.
  const plans = asked.map((one) => ({
    ...one,
    services: servicesInView(catalog, one.customer, one).filter(
      (service) => only === undefined || service.id === only,
    ),
  }))
  const read = new Set(plans.flatMap((plan) => plan.services.map((service) => service.id)))
  const services = catalog.services.filter((service) => read.has(service.id))
  const from = Math.min(...plans.map((plan) => plan.from))
  const to = Math.max(...plans.map((plan) => plan.to))
  const timelines = await stateTimelinesOf(store, services.map(monitoredService), from, to, source)
  const maintenance = await maintenanceOf(
    store,
    services.map((service) => service.id),
    from,
    to,
  )
  const openTime = openTimeOf(catalog)
  return plans.map(({ customer, from, to, services }) => {
    const figures = services.map((service) => {
      const basis = customerBasis(catalog, customer, service.id, to - 1)
      return serviceAvailability({
        service: service.id,
        target: basis.target,
        // Each instant in the terms then in force; without an SLA (or one without availability) W is 24x7.
        ...measuredTerms(catalog, basis, service.id, from, to, openTime),
        timeline: timelineWithin(timelines.get(service.id) ?? [], from, to),
        maintenance: maintenance.get(service.id) ?? [],
        from,
        to,
      })
    })
    return { overall: overallAvailability(figures), services: figures }
  })
}
