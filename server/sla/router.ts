import { TRPCError } from '@trpc/server'
import { boardInput, complianceInput, periodInput, ticketListInput, timelineInput } from '../../shared/api'
import { periodBounds } from '../period'
import { ticketStats } from '../tickets/stats'
import { router, scopedProcedure } from '../trpc'
import { slaBoard } from './board'
import { buckets, compliance } from './compliance'
import { listTickets, ticketTimeline } from './tickets'

export const slaRouter = router({
  /** Response and resolution compliance with counts, and MTTR, per bucket and group. */
  compliance: scopedProcedure.input(complianceInput).query(({ ctx, input }) => {
    const { from, to } = periodBounds(input, ctx.catalog.timezone)
    return compliance(ctx.store, {
      customers: ctx.scope.customers,
      services: input.services,
      buckets: buckets(from, to, input.bucket, ctx.catalog.timezone),
      groupBy: input.groupBy,
    })
  }),
  /** Open tickets breached or at risk now, most urgent first. */
  board: scopedProcedure.input(boardInput).query(({ ctx, input }) =>
    slaBoard(ctx.store, ctx.catalog, {
      customers: ctx.scope.customers,
      services: input.services,
      limit: input.limit,
    }),
  ),
  /** The tickets behind a figure. */
  tickets: scopedProcedure.input(ticketListInput).query(({ ctx, input }) => {
    const { from, to } = periodBounds(input, ctx.catalog.timezone)
    return listTickets(ctx.store, ctx.catalog, { ...input, customers: ctx.scope.customers, from, to })
  }),
  /** Volume by channel and category, backlog by age, reopen rate. */
  stats: scopedProcedure.input(periodInput).query(({ ctx, input }) => {
    const { from, to } = periodBounds(input, ctx.catalog.timezone)
    return ticketStats(ctx.store, ctx.scope.customers, from, to)
  }),
  /** One ticket's events, clocks and where it breached. */
  timeline: scopedProcedure.input(timelineInput).query(async ({ ctx, input }) => {
    const timeline = await ticketTimeline(ctx.store, ctx.catalog, ctx.scope.customers, input.ticket)
    // Another ministry's ticket is "not found", like one that does not exist.
    if (!timeline) throw new TRPCError({ code: 'NOT_FOUND', message: 'Ticket nicht gefunden.' })
    return timeline
  }),
})
