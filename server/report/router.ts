import { agreementNotes } from '../../shared/agreement-notes'
import { reportInput } from '../../shared/api'
import { periodProcedure, router } from '../trpc'
import { reportOf, verdictOf } from './figures'

export const reportRouter = router({
  /** One ministry's report (formats.md section 4); every call goes to the audit trail. */
  get: periodProcedure(reportInput)
    .meta({ audited: true })
    .query(({ ctx, input }) => reportOf(ctx, input.customer, ctx.period.from, ctx.period.to)),
  /** The ministry's agreements that change within the period (metrics.md 4b), as facts the web words. */
  agreements: periodProcedure(reportInput).query(({ ctx, input }) =>
    agreementNotes(ctx.catalog, input.customer, ctx.period.from, ctx.period.to),
  ),
  /** The report's verdict: agreed targets, the previous period and the 12-month trend; audited like the report. */
  verdict: periodProcedure(reportInput)
    .meta({ audited: true })
    .query(({ ctx, input }) => verdictOf(ctx, input.customer, ctx.period.from, ctx.period.to)),
})
