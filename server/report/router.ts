import { agreementNotes } from '../../shared/agreement-notes'
import { reportInput } from '../../shared/api'
import { cached, during, type ScopedContext, sharedFigure, until } from '../cache/cached'
import { periodProcedure, router } from '../trpc'
import { buildReport } from './report'
import { reportVerdict, verdictPeriods } from './verdict'

/**
 * A ministry's report of a period, computed once for everyone who may see
 * it (the procedures check that first): report.get and the verdict, whose
 * previous period is the report of the month before, share it.
 */
function reportOf(ctx: ScopedContext, customer: string, from: number, to: number) {
  return sharedFigure(
    ctx,
    ['report', customer, from, to],
    { reads: [until(['tickets'], to), during(['checks', 'maintenance', 'surveys'], from, to)] },
    () => buildReport(ctx.store, ctx.catalog, customer, from, to),
  )
}

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
    .query(
      cached(
        (_input, { zone, period: { from, to } }) => {
          const { previous, trend } = verdictPeriods(from, to, zone)
          const end = Math.max(to, trend.to)
          return {
            reads: [
              until(['tickets'], end),
              during(['checks', 'maintenance', 'surveys'], Math.min(previous.from, trend.from), end),
            ],
          }
        },
        ({ ctx, input }) =>
          reportVerdict(ctx.store, ctx.catalog, input.customer, ctx.period.from, ctx.period.to, (from, to) =>
            reportOf(ctx, input.customer, from, to),
          ),
      ),
    ),
})
