import { TRPCError } from '@trpc/server'
import { availabilityBurnInput, availabilityOverviewInput, availabilityServiceInput } from '../../shared/api'
import type { User } from '../../shared/auth'
import type { Catalog, Service } from '../../shared/catalog'
import { periodBounds } from '../period'
import { router, type Scope, scopedProcedure } from '../trpc'
import { basisFor, servicesInView } from './basis'
import { burnRates } from './burn'
import { serviceDetail } from './detail'
import { availabilityOverview } from './overview'

/** Now, to the second: the instants in the answers read cleanly. */
const now = () => Math.floor(Date.now() / 1000) * 1000

interface ViewContext {
  user: User
  scope: Scope
  catalog: Catalog
}

/**
 * Whose SLAs measure the figures: a ministry user's always its own; the staff
 * pick a ministry, or see every service against its standard SLA (null).
 */
function viewer(ctx: ViewContext, asked: string | undefined): string | null {
  // An unknown ministry (empty scope) sees no service rather than the staff's view.
  if (ctx.user.role === 'ministry') return ctx.scope.customers[0] ?? ''
  return asked ?? null
}

/** The service, if the view shows it. A ministry user asking for a service it does not subscribe to is refused. */
function serviceInView(ctx: ViewContext, customer: string | null, id: string): Service {
  const service = servicesInView(ctx.catalog, customer).find((s) => s.id === id)
  if (service) return service
  if (ctx.user.role === 'ministry')
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Kein Zugriff auf diesen Dienst.' })
  throw new TRPCError({
    code: 'NOT_FOUND',
    message: customer === null ? 'Dienst nicht gefunden.' : 'Das Ressort hat diesen Dienst nicht abonniert.',
  })
}

export const availabilityRouter = router({
  /** Every service of the view: current state and availability per local day over the last days. */
  overview: scopedProcedure.input(availabilityOverviewInput).query(({ ctx, input }) =>
    availabilityOverview(ctx.store, ctx.catalog, {
      customer: viewer(ctx, input.customer),
      days: input.days,
      now: now(),
    }),
  ),
  /** One service over a period: trend, outages, maintenance, budget burn-down, latency, explanation. */
  service: scopedProcedure.input(availabilityServiceInput).query(({ ctx, input }) => {
    const customer = viewer(ctx, input.customer)
    const service = serviceInView(ctx, customer, input.service)
    const { from, to } = periodBounds(input, ctx.catalog.timezone)
    return serviceDetail(ctx.store, ctx.catalog, {
      service,
      basis: basisFor(ctx.catalog, customer, service.id),
      from,
      to,
      now: now(),
    })
  }),
  /** Error budget over the rolling 30 days and the three burn-rate alerts, per service of the view. */
  burn: scopedProcedure.input(availabilityBurnInput).query(({ ctx, input }) => {
    const customer = viewer(ctx, input.customer)
    const services =
      input.service === undefined
        ? servicesInView(ctx.catalog, customer)
        : [serviceInView(ctx, customer, input.service)]
    return burnRates(ctx.store, ctx.catalog, {
      customer,
      services: services.map((service) => ({ service, basis: basisFor(ctx.catalog, customer, service.id) })),
      now: now(),
    })
  }),
})
