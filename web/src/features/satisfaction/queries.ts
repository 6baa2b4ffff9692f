/** The satisfaction page's queries, one hook each; previous answers stay on screen while the next load. */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTRPC } from '../../trpc'
import type { SatisfactionFilters } from './adapters'

/** The period and the one ministry chosen (none: all the user may see). */
function scopeOf(filters: SatisfactionFilters) {
  return {
    from: filters.from,
    to: filters.to,
    ...(filters.customer ? { customers: [filters.customer] } : {}),
  }
}

/** CSAT and NPS per month. */
export function useSatisfactionTrend(filters: SatisfactionFilters) {
  const trpc = useTRPC()
  return useQuery({
    ...trpc.satisfaction.trend.queryOptions(scopeOf(filters)),
    placeholderData: keepPreviousData,
  })
}

/** Month × ministry (× service with `byService`). */
export function useSatisfactionSummary(filters: SatisfactionFilters) {
  const trpc = useTRPC()
  return useQuery({
    ...trpc.satisfaction.summary.queryOptions({ ...scopeOf(filters), byService: filters.byService }),
    placeholderData: keepPreviousData,
  })
}

/** Satisfaction by the ticket's SLA outcome. */
export function useSatisfactionBySlaOutcome(filters: SatisfactionFilters) {
  const trpc = useTRPC()
  return useQuery({
    ...trpc.satisfaction.bySlaOutcome.queryOptions(scopeOf(filters)),
    placeholderData: keepPreviousData,
  })
}

/** The newest `limit` survey comments. */
export function useSurveyComments(filters: SatisfactionFilters, limit: number) {
  const trpc = useTRPC()
  return useQuery({
    ...trpc.satisfaction.comments.queryOptions({ ...scopeOf(filters), limit }),
    placeholderData: keepPreviousData,
  })
}
