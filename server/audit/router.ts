import { auditFilter } from '../../shared/audit'
import { leadershipProcedure, router } from '../trpc'
import { listAudit } from './trail'

export const auditRouter = router({
  /** The audit trail, newest first, for leadership only. */
  list: leadershipProcedure.input(auditFilter).query(({ ctx, input }) => listAudit(ctx.store, input)),
})
