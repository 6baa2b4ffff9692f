import { goalTarget } from '../../shared/catalog'
import { router, scopedProcedure, staffProcedure } from '../trpc'
import { catalogLoads } from './catalog'

export const catalogRouter = router({
  /** Customers and services the user may see, for navigation and filters. */
  overview: scopedProcedure.query(({ ctx }) => {
    const { catalog, scope } = ctx
    const customers = catalog.customers.filter((customer) => scope.customers.includes(customer.id))
    const subscribed = new Set(customers.flatMap((customer) => customer.services))
    return {
      version: ctx.catalogVersion,
      timezone: catalog.timezone,
      customers: customers.map(({ id, name, services }) => ({ id, name, services })),
      services: catalog.services
        .filter((service) => ctx.user.role !== 'ministry' || subscribed.has(service.id))
        .map(({ id, name }) => ({ id, name })),
      /** The goals' compliance targets in percent: where the SLA-Einhaltung chart draws its target line. */
      complianceTargets: {
        resolution: goalTarget(catalog, 'resolution_compliance'),
        response: goalTarget(catalog, 'response_compliance'),
      },
    }
  }),
  /** Every catalog load, newest first, with what it added, removed and changed: SLAs, subscriptions, calendars, … (staff only). */
  versions: staffProcedure.query(({ ctx }) => catalogLoads(ctx.store)),
})
