import { periodInput } from '../../shared/api'
import { periodBounds } from '../period'
import { router, staffProcedure } from '../trpc'
import { goalCockpit } from './cockpit'

export const goalsRouter = router({
  /**
   * The agency's goals with their KPIs over all ministries: for leadership and
   * service management (a ministry would see totals that include others).
   */
  cockpit: staffProcedure.input(periodInput).query(({ ctx, input }) => {
    const { from, to } = periodBounds(input, ctx.catalog.timezone)
    return goalCockpit(ctx.store, ctx.catalog, { customers: ctx.scope.customers, from, to })
  }),
})
