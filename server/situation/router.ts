import { router, staffProcedure } from '../trpc'
import { situation } from './situation'

export const situationRouter = router({
  /** What needs acting on now, for the agency's service managers. */
  now: staffProcedure.query(({ ctx }) =>
    situation(ctx.store, ctx.catalog, { customers: ctx.scope.customers }),
  ),
})
