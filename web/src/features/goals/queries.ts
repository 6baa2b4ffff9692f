/** The goals' query. */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { Period } from '../../../../shared/period-presets'
import { useTRPC } from '../../trpc'

/** Every goal with its KPIs for one period. */
export function useGoalsCockpit(period: Period) {
  const trpc = useTRPC()
  return useQuery({
    ...trpc.goals.cockpit.queryOptions({ from: period.from, to: period.to }),
    placeholderData: keepPreviousData,
  })
}
