import { commentsInput, periodInput, satisfactionInput } from '../../shared/api'
import { cached, during, until } from '../cache/cached'
import { buckets, type Period } from '../period'
import { periodProcedure, router } from '../trpc'
import { satisfactionByBucket, satisfactionBySlaOutcome, surveyComments } from './figures'

const surveysOfPeriod = (_input: unknown, { period }: { period: Period }) => ({
  reads: [during(['surveys'], period.from, period.to)],
})

export const satisfactionRouter = router({
  /** CSAT and NPS per month and ministry (and service), with response counts. */
  summary: periodProcedure(satisfactionInput).query(
    cached(surveysOfPeriod, ({ ctx, input }) => {
      const { from, to } = ctx.period
      return satisfactionByBucket(
        ctx.store,
        ctx.scope.customers,
        buckets(from, to, 'month', ctx.catalog.timezone),
        { byService: input.byService },
      )
    }),
  ),
  /** CSAT and NPS per month summed over the ministries in scope (customer ''), for the trend chart. */
  trend: periodProcedure(periodInput).query(
    cached(surveysOfPeriod, ({ ctx }) => {
      const { from, to } = ctx.period
      return satisfactionByBucket(
        ctx.store,
        ctx.scope.customers,
        buckets(from, to, 'month', ctx.catalog.timezone),
        { byService: false, byCustomer: false },
      )
    }),
  ),
  /** CSAT of surveys linked to tickets, by the tickets' SLA outcome. */
  bySlaOutcome: periodProcedure(periodInput).query(
    cached(
      (_input, { period: { from, to } }) => ({
        reads: [during(['surveys'], from, to), until(['tickets'], to)],
      }),
      ({ ctx }) => satisfactionBySlaOutcome(ctx.store, ctx.scope.customers, ctx.period.from, ctx.period.to),
    ),
  ),
  /** Comments of the caller's own scope only: a ministry sees its own surveys' comments. */
  comments: periodProcedure(commentsInput).query(
    cached(surveysOfPeriod, ({ ctx, input }) =>
      surveyComments(ctx.store, ctx.scope.customers, ctx.period.from, ctx.period.to, input.limit),
    ),
  ),
})
