import { periodInput } from '../../shared/api'
import { periodBounds } from '../period'
import { router, scopedProcedure } from '../trpc'
import { weeklyTickets } from './weekly'

export const ticketsRouter = router({
  /** Tickets created and resolved per week and ministry. */
  weekly: scopedProcedure.input(periodInput).query(async ({ ctx, input }) => {
    const { from, to } = periodBounds(input, ctx.catalog.timezone)
    return weeklyTickets(ctx.store, ctx.catalog.timezone, ctx.scope.customers, from, to)
  }),
})
