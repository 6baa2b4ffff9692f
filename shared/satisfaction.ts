/** Satisfaction formulas (metrics.md section 5). Browser-safe. */
export interface SurveyCounts {
  csatResponses: number
  /** csat scores 4 or 5 */
  csatSatisfied: number
  npsResponses: number
  /** nps scores 9-10 */
  promoters: number
  /** nps scores 0-6 */
  detractors: number
}

export interface SatisfactionFigures {
  csat: number | null
  csat_responses: number
  nps: number | null
  nps_responses: number
}

export function satisfactionFigures(counts: SurveyCounts): SatisfactionFigures {
  return {
    csat: counts.csatResponses === 0 ? null : (counts.csatSatisfied / counts.csatResponses) * 100,
    csat_responses: counts.csatResponses,
    nps:
      counts.npsResponses === 0 ? null : ((counts.promoters - counts.detractors) / counts.npsResponses) * 100,
    nps_responses: counts.npsResponses,
  }
}

/** Fewer responses than this make a figure not meaningful (shown, but marked). */
export const MIN_MEANINGFUL_RESPONSES = 5

/** A figure from some responses, but too few to mean much: shown, and marked. */
export function isWeak(responses: number): boolean {
  return responses > 0 && responses < MIN_MEANINGFUL_RESPONSES
}
