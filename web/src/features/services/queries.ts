/** A service's tickets over a period. */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AvailabilityServiceInput } from '../../../../shared/api'
import { useTRPC } from '../../trpc'

export function useServicePage(input: AvailabilityServiceInput) {
  const trpc = useTRPC()
  return useQuery({ ...trpc.services.page.queryOptions(input), placeholderData: keepPreviousData })
}
