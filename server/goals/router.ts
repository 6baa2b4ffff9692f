import { periodInput } from '../../shared/api'
import { cached, until } from '../cache/cached'
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
      ({ ctx }) => goalCockpit(ctx.store, ctx.catalog, { customers: ctx.scope.customers, ...ctx.period }),
    ),
  ),
})
