import { agreementNotes } from '../../shared/agreement-notes'
import { reportInput } from '../../shared/api'
import { cached, during, until } from '../cache/cached'
import { periodBounds, previousPeriod } from '../period'
import { router, scopedProcedure } from '../trpc'
import { buildReport } from './report'
import { reportVerdict } from './verdict'

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
  /** The report's verdict: agreed targets, the previous period and the 12-month trend. */
  verdict: scopedProcedure.input(reportInput).query(
    cached(
      (input, { zone }) => {
        const { from, to } = periodBounds(input, zone)
        // The previous period and the twelve months ending with the period's: a year and a period back at most.
        const first = Math.min(previousPeriod(from, to, zone).from, to - 400 * 86_400_000)
        return { reads: [until(['tickets'], to), during(['checks', 'maintenance', 'surveys'], first, to)] }
      },
      ({ ctx, input }) => {
        const { from, to } = periodBounds(input, ctx.catalog.timezone)
        return reportVerdict(ctx.store, ctx.catalog, input.customer, from, to)
      },
    ),
  ),
})
