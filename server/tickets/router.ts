import { periodInput } from '../../shared/api'
import { cached, until } from '../cache/cached'
import { periodBounds } from '../period'
import { router, scopedProcedure } from '../trpc'
import { weeklyTickets } from './weekly'

export const ticketsRouter = router({
  /** Tickets created and resolved per week and ministry. */
  weekly: scopedProcedure.input(periodInput).query(
    cached(
      (input, { zone }) => ({ reads: [until(['tickets'], periodBounds(input, zone).to)] }),
      ({ ctx, input }) => {
        const { from, to } = periodBounds(input, ctx.catalog.timezone)
        return weeklyTickets(ctx.store, ctx.catalog.timezone, ctx.scope.customers, from, to)
      },
    ),
  ),
})
