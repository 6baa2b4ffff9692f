import { router, scopedProcedure, staffProcedure } from '../trpc'
import { dataAsOf, dataFreshness } from './freshness'

export const freshnessRouter = router({
  /** Per kind the last ingest run and the newest event; whether the checks are stale. Staff only. */
  status: staffProcedure.query(({ ctx }) => dataFreshness(ctx.store, Date.now())),
  /** "Stand der Daten" of a report: when data last arrived (no ministry's figures in it). */
  asOf: scopedProcedure.query(async ({ ctx }) => ({ asOf: await dataAsOf(ctx.store) })),
})
