import { z } from 'zod'
import { listQuarantine } from '../../ingest/ingest'
import { EVENT_KINDS } from '../../ingest/records'
import { router, staffProcedure } from '../trpc'

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
