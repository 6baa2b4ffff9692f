import { TRPCError } from '@trpc/server'
import { boardInput, complianceInput, periodInput, ticketListInput, timelineInput } from '../../shared/api'
import { always, cached, presentNow, type ScopedContext, until } from '../cache/cached'
import { buckets, type Period } from '../period'
import { ticketStats } from '../tickets/stats'
import { periodProcedure, router, scopedProcedure } from '../trpc'
import { slaBoard } from './board'
import { compliance } from './compliance'
import { listTickets, type Timeline, ticketTimeline } from './tickets'

/** Figures as of the period's end read every ticket event before it. */
const ticketsAsOfPeriodEnd = (_input: unknown, { period }: { period: Period }) => ({
  reads: [until(['tickets'], period.to)],
})

/** Figures of the present read every ticket event there is. */
const ticketsNow = () => ({ reads: [always(['tickets'])], present: 'live' as const })

/**
 * A ticket resolved as of now, with no event after now, keeps its timeline
 * until new data arrives: its clocks have stopped.
 */
const settled = (timeline: Timeline) =>
  timeline.ticket.resolvedAt !== null && timeline.events.every((event) => event.at <= timeline.asOf)

/** One ticket as of now, through the cache: a settled timeline is kept until new data. */
const cachedTimeline = cached(
  () => ({ ...ticketsNow(), settled }),
  async ({ ctx, input, now }: { ctx: ScopedContext; input: { ticket: string }; now: number }) => {
    const timeline = await ticketTimeline(ctx.store, ctx.catalog, ctx.scope.customers, input.ticket, now)
    // Another ministry's ticket is "not found", like one that does not exist.
    if (!timeline) throw new TRPCError({ code: 'NOT_FOUND', message: 'Ticket nicht gefunden.' })
    return timeline
  },
)

export const slaRouter = router({
  /** Response and resolution compliance with counts, and MTTR, per bucket and group. */
  compliance: periodProcedure(complianceInput).query(
    cached(ticketsAsOfPeriodEnd, ({ ctx, input }) => {
      const { from, to } = ctx.period
      return compliance(ctx.store, {
        customers: ctx.scope.customers,
        services: input.services,
        buckets: buckets(from, to, input.bucket, ctx.catalog.timezone),
        groupBy: input.groupBy,
      })
    }),
  ),
  /** Open tickets breached or at risk now, most urgent first. */
  board: scopedProcedure.input(boardInput).query(
    cached(ticketsNow, ({ ctx, input, now }) =>
      slaBoard(ctx.store, ctx.catalog, {
        customers: ctx.scope.customers,
        services: input.services,
        priorities: input.priorities,
        states: input.states,
        limit: input.limit,
        now,
      }),
    ),
  ),
  /** The tickets behind a figure. */
  tickets: periodProcedure(ticketListInput).query(({ ctx, input }) =>
    listTickets(ctx.store, ctx.catalog, { ...input, customers: ctx.scope.customers, ...ctx.period }),
  ),
  /** Volume by channel and category, backlog by age, reopen rate. */
  stats: periodProcedure(periodInput).query(
    cached(ticketsAsOfPeriodEnd, ({ ctx }) =>
      ticketStats(ctx.store, ctx.scope.customers, ctx.period.from, ctx.period.to),
    ),
  ),
  /** One ticket's events, clocks and where it breached. */
  timeline: scopedProcedure.input(timelineInput).query(async (options) => {
    const timeline = await cachedTimeline(options)
    // A settled timeline kept from an earlier instant holds as of now as well.
    return settled(timeline) ? { ...timeline, asOf: presentNow(options.ctx.cache) } : timeline
  }),
})
