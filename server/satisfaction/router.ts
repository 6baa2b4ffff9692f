import { commentsInput, periodInput, satisfactionInput } from '../../shared/api'
import { cached, during, until } from '../cache/cached'
import { periodBounds } from '../period'
import { buckets } from '../sla/compliance'
import { router, scopedProcedure } from '../trpc'
import { satisfactionByBucket, satisfactionBySlaOutcome, surveyComments } from './figures'

const surveysOfPeriod = (input: { from: string; to: string }, { zone }: { zone: string }) => {
  const { from, to } = periodBounds(input, zone)
  return { reads: [during(['surveys'], from, to)] }
}

export const satisfactionRouter = router({
  /** CSAT and NPS per month and ministry (and service), with response counts. */
  summary: scopedProcedure.input(satisfactionInput).query(
    cached(surveysOfPeriod, ({ ctx, input }) => {
      const { from, to } = periodBounds(input, ctx.catalog.timezone)
      return satisfactionByBucket(
        ctx.store,
        ctx.scope.customers,
        buckets(from, to, 'month', ctx.catalog.timezone),
        { byService: input.byService },
      )
    }),
  ),
  /** CSAT and NPS per month summed over the ministries in scope (customer ''), for the trend chart. */
  trend: scopedProcedure.input(periodInput).query(
    cached(surveysOfPeriod, ({ ctx, input }) => {
      const { from, to } = periodBounds(input, ctx.catalog.timezone)
      return satisfactionByBucket(
        ctx.store,
        ctx.scope.customers,
        buckets(from, to, 'month', ctx.catalog.timezone),
        { byService: false, byCustomer: false },
      )
    }),
  ),
  /** CSAT of surveys linked to tickets, by the tickets' SLA outcome. */
  bySlaOutcome: scopedProcedure.input(periodInput).query(
    cached(
      (input, { zone }) => {
        const { from, to } = periodBounds(input, zone)
        return { reads: [during(['surveys'], from, to), until(['tickets'], to)] }
      },
      ({ ctx, input }) => {
        const { from, to } = periodBounds(input, ctx.catalog.timezone)
        return satisfactionBySlaOutcome(ctx.store, ctx.scope.customers, from, to)
      },
    ),
  ),
  /** Comments of the caller's own scope only: a ministry sees its own surveys' comments. */
  comments: scopedProcedure.input(commentsInput).query(
    cached(surveysOfPeriod, ({ ctx, input }) => {
      const { from, to } = periodBounds(input, ctx.catalog.timezone)
      return surveyComments(ctx.store, ctx.scope.customers, from, to, input.limit)
    }),
  ),
})
