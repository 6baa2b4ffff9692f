/**
 * Survey answers, each rule written once as SQL (metrics.md section 5): a
 * CSAT answer of 4 or 5 out of 5 is satisfied; an NPS answer of 9–10 is a
 * promoter, 0–6 a detractor. Every survey figure counts with these.
 */
import type { SurveyCount } from '../../shared/metric-catalogue'
import { join, type Sql, sql } from '../store/sql'

/** On a row of `surveys` (or a subquery with its `score`). */
export const satisfied = sql`score >= 4`
const isCsat = sql`kind = 'csat'`
const isNps = sql`kind = 'nps'`

const COUNT_OF: Record<SurveyCount, Sql> = {
  csat_responses: sql`countIf(${isCsat})`,
  csat_satisfied: sql`countIf(${isCsat} AND ${satisfied})`,
  nps_responses: sql`countIf(${isNps})`,
  promoters: sql`countIf(${isNps} AND score >= 9)`,
  detractors: sql`countIf(${isNps} AND score <= 6)`,
}

/** Every survey count as columns named after the count: `countIf(…) AS csat_responses, …`. */
export const surveyCountColumns: Sql = join(
  Object.entries(COUNT_OF).map(([name, count]) => sql`${count} AS ${{ query: name, params: {} }}`),
  ', ',
)
