import { periodInput } from '../../shared/api'
import { cached, until } from '../cache/cached'
import { periodProcedure, router } from '../trpc'
import { weeklyTickets } from './weekly'

export const ticketsRouter = router({
  /** Tickets created and resolved per week and ministry. */
  weekly: periodProcedure(periodInput).query(
    cached(
      (_input, { period }) => ({ reads: [until(['tickets'], period.to)] }),
      ({ ctx }) =>
        weeklyTickets(ctx.store, ctx.catalog.timezone, ctx.scope.customers, ctx.period.from, ctx.period.to),
    ),
  ),
})
