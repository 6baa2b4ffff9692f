import { agreementNotes } from '../../shared/agreement-notes'
import { reportInput } from '../../shared/api'
import { cached, during, until } from '../cache/cached'
import { periodBounds } from '../period'
import { router, scopedProcedure } from '../trpc'
import { buildReport } from './report'
import { reportVerdict, verdictPeriods } from './verdict'

export const reportRouter = router({
  /** One ministry's report (formats.md section 4); every call goes to the audit trail. */
  get: scopedProcedure
    .meta({ audited: true })
    .input(reportInput)
    .query(
      cached(
        (input, { zone }) => {
          const { from, to } = periodBounds(input, zone)
          return { reads: [until(['tickets'], to), during(['checks', 'maintenance', 'surveys'], from, to)] }
        },
        ({ ctx, input }) => {
          const { from, to } = periodBounds(input, ctx.catalog.timezone)
          return buildReport(ctx.store, ctx.catalog, input.customer, from, to)
        },
      ),
    ),
  /** The ministry's agreements that change within the period (metrics.md 4b), as facts the web words. */
  agreements: scopedProcedure.input(reportInput).query(({ ctx, input }) => {
    const { from, to } = periodBounds(input, ctx.catalog.timezone)
    return agreementNotes(ctx.catalog, input.customer, from, to)
  }),
  /** The report's verdict: agreed targets, the previous period and the 12-month trend; audited like the report. */
  verdict: scopedProcedure
    .meta({ audited: true })
    .input(reportInput)
    .query(
      cached(
        (input, { zone }) => {
          const { from, to } = periodBounds(input, zone)
          const { previous, trend } = verdictPeriods(from, to, zone)
          const end = Math.max(to, trend.to)
          return {
            reads: [
              until(['tickets'], end),
              during(['checks', 'maintenance', 'surveys'], Math.min(previous.from, trend.from), end),
            ],
          }
        },
        ({ ctx, input }) => {
          const { from, to } = periodBounds(input, ctx.catalog.timezone)
          return reportVerdict(ctx.store, ctx.catalog, input.customer, from, to)
        },
      ),
    ),
})
