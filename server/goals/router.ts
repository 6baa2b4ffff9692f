import { periodInput } from '../../shared/api'
import { cached, during, until } from '../cache/cached'
import { DATA_KINDS } from '../cache/changes'
import { periodProcedure, router, staffProcedure } from '../trpc'
import { goalCockpit } from './cockpit'

export const goalsRouter = router({
  /**
   * The agency's goals with their KPIs over all ministries: for leadership and
   * service management (a ministry would see totals that include others).
   */
  cockpit: periodProcedure(periodInput, staffProcedure).query(
    cached(
      // Goals may name a metric of any kind of data, as of the period's end.
      (_input, { period }) => ({ reads: [until(DATA_KINDS, period.to)] }),
      ({ ctx }) => {
        const { cache } = ctx
        const customers = ctx.scope.customers
        return goalCockpit(ctx.store, ctx.catalog, {
          customers,
          ...ctx.period,
          // Each bucket's sums on their own: tickets as of its end, the other kinds during it.
          keep: cache
            ? (bucket, compute) =>
                cache.get(
                  JSON.stringify(['goals.sums', bucket.from, bucket.to, customers, ctx.catalogVersion]),
                  [
                    until(['tickets'], bucket.to),
                    during(['checks', 'maintenance', 'surveys'], bucket.from, bucket.to),
                  ],
                  compute,
                )
            : undefined,
        })
      },
    ),
  ),
})
