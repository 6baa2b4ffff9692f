/** The availability views' queries, one hook each. */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type {
  AvailabilityBurnInput,
  AvailabilityOverviewInput,
  AvailabilityServiceInput,
} from '../../../../shared/api'
import { useTRPC } from '../../trpc'
import { DEFAULT_DAYS } from './params'

/** Every service's state and daily status; the previous answer stays on screen while the next loads. */
export function useAvailabilityOverview(input: AvailabilityOverviewInput) {
  const trpc = useTRPC()
  return useQuery({ ...trpc.availability.overview.queryOptions(input), placeholderData: keepPreviousData })
}

/**
 * One service's current state, from the overview of the default days (its
 * cache is shared with the overview page); never another view's while the next loads.
 */
export function useServiceState(service: string, customer: string | undefined, enabled: boolean) {
  const trpc = useTRPC()
  return useQuery({
    ...trpc.availability.overview.queryOptions({ days: DEFAULT_DAYS, customer }),
    select: (overview) => overview.services.find((s) => s.service === service),
    enabled,
  })
}

/** One service over a period: trend, outages, maintenance, error budget, latency. */
export function useAvailabilityService(input: AvailabilityServiceInput) {
  const trpc = useTRPC()
  return useQuery({ ...trpc.availability.service.queryOptions(input), placeholderData: keepPreviousData })
}

/** The burn-rate alerts of the last 30 days. */
export function useAvailabilityBurn(input: AvailabilityBurnInput) {
  const trpc = useTRPC()
  return useQuery(trpc.availability.burn.queryOptions(input))
}
