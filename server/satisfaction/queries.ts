import type { SurveyCounts } from '../../shared/satisfaction'
import type { Store } from '../store'
import { sql } from '../store/sql'

/** Survey counts of one customer with `at` in [from, to). */
export async function surveyCounts(
  store: Store,
  customer: string,
  from: number,
  to: number,
): Promise<SurveyCounts> {
  const [row] = await store.query<SurveyCounts>(sql`
    SELECT
      countIf(kind = 'csat') AS csatResponses,
      countIf(kind = 'csat' AND score >= 4) AS csatSatisfied,
      countIf(kind = 'nps') AS npsResponses,
      countIf(kind = 'nps' AND score >= 9) AS promoters,
      countIf(kind = 'nps' AND score <= 6) AS detractors
    FROM surveys FINAL
    WHERE customer = ${customer} AND at >= ${new Date(from)} AND at < ${new Date(to)}`)
  return row ?? { csatResponses: 0, csatSatisfied: 0, npsResponses: 0, promoters: 0, detractors: 0 }
}
