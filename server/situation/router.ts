import { always, cached } from '../cache/cached'
import { DATA_KINDS } from '../cache/changes'
import { router, staffProcedure } from '../trpc'
import { situation } from './situation'

export const situationRouter = router({
  /** What needs acting on now, for the agency's service managers. */
  now: staffProcedure.query(
    cached(
      () => ({ reads: [always(DATA_KINDS)], present: 'live' }),
      ({ ctx, now }) => situation(ctx.store, ctx.catalog, { customers: ctx.scope.customers, now }),
    ),
  ),
})
