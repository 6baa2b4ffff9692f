import { commentsInput, periodInput, satisfactionInput } from '../../shared/api'
import { periodBounds } from '../period'
import { buckets } from '../sla/compliance'
import { router, scopedProcedure } from '../trpc'
import { satisfactionByBucket, satisfactionBySlaOutcome, surveyComments } from './figures'

export const satisfactionRouter = router({
  /** CSAT and NPS per month and ministry (and service), with response counts. */
  summary: scopedProcedure.input(satisfactionInput).query(({ ctx, input }) => {
    const { from, to } = periodBounds(input, ctx.catalog.timezone)
    return satisfactionByBucket(
      ctx.store,
      ctx.scope.customers,
      buckets(from, to, 'month', ctx.catalog.timezone),
      {
        byService: input.byService,
      },
    )
  }),
  /** CSAT of surveys linked to tickets, by the tickets' SLA outcome. */
  bySlaOutcome: scopedProcedure.input(periodInput).query(({ ctx, input }) => {
    const { from, to } = periodBounds(input, ctx.catalog.timezone)
    return satisfactionBySlaOutcome(ctx.store, ctx.scope.customers, from, to)
  }),
  /** Comments of the caller's own scope only: a ministry sees its own surveys' comments. */
  comments: scopedProcedure.input(commentsInput).query(({ ctx, input }) => {
    const { from, to } = periodBounds(input, ctx.catalog.timezone)
    return surveyComments(ctx.store, ctx.scope.customers, from, to, input.limit)
  }),
})
