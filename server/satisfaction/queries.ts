import type { SurveyCounts } from '../../shared/satisfaction'
import type { Store } from '../store'
import { sql } from '../store/sql'
import { surveyCountColumns } from './counts'

/** Survey counts of one customer with `at` in [from, to). */
export async function surveyCounts(
  store: Store,
  customer: string,
  from: number,
  to: number,
): Promise<SurveyCounts> {
  const [row] = await store.query<SurveyCounts>(sql`
    SELECT ${surveyCountColumns}
    FROM surveys FINAL
    WHERE customer = ${customer} AND at >= ${new Date(from)} AND at < ${new Date(to)}`)
  return row ?? { csat_responses: 0, csat_satisfied: 0, nps_responses: 0, promoters: 0, detractors: 0 }
}
