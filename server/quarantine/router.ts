import { z } from 'zod'
import { EVENT_KINDS } from '../../shared/events'
import { router, staffProcedure } from '../trpc'
import { listQuarantine } from './quarantine'

export const quarantineRouter = router({
  /** Bad records of the latest run of each file; raw lines may name any ministry, so staff only. */
  list: staffProcedure
    .input(
      z.object({
        kind: z.enum(EVENT_KINDS).optional(),
        limit: z.number().int().min(1).max(5000).default(500),
      }),
    )
    .query(({ ctx, input }) => listQuarantine(ctx.store, input)),
})
