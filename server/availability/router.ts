import { TRPCError } from '@trpc/server'
import { availabilityBurnInput, availabilityOverviewInput, availabilityServiceInput } from '../../shared/api'
import type { User } from '../../shared/auth'
import { BUDGET_DAYS } from '../../shared/availability-burn'
import type { Catalog, Service } from '../../shared/catalog'
import { cached, during, presentNow, type Read, sharedFigure } from '../cache/cached'
import { ALL_DAYS } from '../cache/changes'
import { periodProcedure, router, type Scope, scopedProcedure } from '../trpc'
import { basisFor, servicesInView } from './basis'
import { burnRates } from './burn'
import { serviceDetail } from './detail'
import { availabilityOverview } from './overview'

const DAY_MS = 86_400_000
const AVAILABILITY = ['checks', 'maintenance'] as const

/** Availability over the last `days` days until now (and the checks holding into them). */
function lastDays(days: number, now: number): Read {
  return { ...during(AVAILABILITY, now - days * DAY_MS, now), last: ALL_DAYS.last }
}

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
  overview: scopedProcedure.input(availabilityOverviewInput).query(
    cached(
      (input, { now }) => ({ reads: [lastDays(input.days + 1, now)], present: 'live' }),
      ({ ctx, input, now }) =>
        availabilityOverview(ctx.store, ctx.catalog, {
          customer: viewer(ctx, input.customer),
          days: input.days,
          now,
        }),
    ),
  ),
  /**
   * One service over a period: trend, outages, maintenance, budget burn-down,
   * latency, explanation. The figures depend on the service, whose SLA
   * measures them and the period only: the staff looking through a
   * ministry's eyes and that ministry share them (after the check that the
   * caller may see the service).
   */
  service: periodProcedure(availabilityServiceInput).query(({ ctx, input }) => {
    const customer = viewer(ctx, input.customer)
    const service = serviceInView(ctx, customer, input.service)
    const { from, to } = ctx.period
    const now = presentNow(ctx.cache, 'period')
    return sharedFigure(
      ctx,
      ['availability.service', service.id, customer, from, to],
      // A finished period's figures do not depend on the present.
      { reads: [during(AVAILABILITY, from, to)], present: to > now ? 'period' : undefined, now },
      () =>
        serviceDetail(ctx.store, ctx.catalog, {
          service,
          // The terms in force at the period's end (or now); the figures measure each instant in its own.
          basis: basisFor(ctx.catalog, customer, service.id, Math.min(to, now) - 1),
          from,
          to,
          now,
        }),
    )
  }),
  /**
   * Error budget over the rolling 30 days and the three burn-rate alerts, per
   * service of the view: a period up to now, the same for the staff looking
   * through a ministry's eyes and that ministry.
   */
  burn: scopedProcedure.input(availabilityBurnInput).query(({ ctx, input }) => {
    const customer = viewer(ctx, input.customer)
    const now = presentNow(ctx.cache, 'period')
    const services =
      input.service === undefined
        ? servicesInView(ctx.catalog, customer, { from: now - BUDGET_DAYS * DAY_MS, to: now })
        : [serviceInView(ctx, customer, input.service)]
    return sharedFigure(
      ctx,
      ['availability.burn', customer, services.map((service) => service.id)],
      { reads: [lastDays(BUDGET_DAYS + 1, now)], present: 'period', now },
      () =>
        burnRates(ctx.store, ctx.catalog, {
          customer,
          services: services.map((service) => ({
            service,
            basis: basisFor(ctx.catalog, customer, service.id, now),
          })),
          now,
        }),
    )
  }),
})
