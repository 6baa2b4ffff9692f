import { TRPCError } from '@trpc/server'
import { availabilityServiceInput } from '../../shared/api'
import { during, sharedFigure, until } from '../cache/cached'
import { periodProcedure, router } from '../trpc'
import { servicePage } from './page'

export const servicesRouter = router({
  /**
   * One service's tickets beside its availability over a period: for staff
   * every ministry (or the one asked for), for a ministry its own tickets and
   * SLA, and only for a service it subscribes.
   */
  page: periodProcedure(availabilityServiceInput).query(({ ctx, input }) => {
    const service = ctx.catalog.services.find((s) => s.id === input.service)
    const visible =
      service !== undefined &&
      (ctx.user.role !== 'ministry' ||
        ctx.catalog.customers.some(
          (c) => ctx.scope.customers.includes(c.id) && c.services.includes(service.id),
        ))
    if (!service || !visible) {
      if (ctx.user.role === 'ministry')
        throw new TRPCError({ code: 'FORBIDDEN', message: 'Kein Zugriff auf diesen Dienst.' })
      throw new TRPCError({ code: 'NOT_FOUND', message: 'Dienst nicht gefunden.' })
    }
    const { from, to } = ctx.period
    const customers = ctx.scope.customers
    // The page's figures depend on the service, the ministries and the period only: the staff
    // looking through a ministry's eyes and that ministry share them.
    return sharedFigure(
      ctx,
      ['services.page', service.id, customers, from, to],
      { reads: [until(['tickets'], to), during(['checks', 'maintenance'], from, to)] },
      () => servicePage(ctx.store, ctx.catalog, { service, customers, from, to }),
    )
  }),
})
