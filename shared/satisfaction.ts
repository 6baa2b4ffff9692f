/** Satisfaction figures (metrics.md section 5), by the metric catalogue's formulas. Browser-safe. */
import { type Count, metricValue, type SurveyCount } from './metric-catalogue'

/** Survey counts of a period: CSAT answers and those satisfied (4–5), NPS answers, promoters (9–10), detractors (0–6). */
export type SurveyCounts = Record<SurveyCount, number>

export interface SatisfactionFigures {
  csat: number | null
  csat_responses: number
  nps: number | null
  nps_responses: number
}

export function satisfactionFigures(counts: SurveyCounts): SatisfactionFigures {
  const count = (name: Count) => counts[name as SurveyCount] ?? 0
  return {
    csat: metricValue('csat', count),
    csat_responses: counts.csat_responses,
    nps: metricValue('nps', count),
    nps_responses: counts.nps_responses,
  }
}

/** Fewer responses than this make a figure not meaningful (shown, but marked). */
export const MIN_MEANINGFUL_RESPONSES = 5

/** A figure from some responses, but too few to mean much: shown, and marked. */
export function isWeak(responses: number): boolean {
  return responses > 0 && responses < MIN_MEANINGFUL_RESPONSES
}
