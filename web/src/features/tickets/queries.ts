/** The ticket figures' queries, one hook each. */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { choiceOrAll, useTRPC } from '../../trpc'
import type { TicketFilters } from './filters'

/** Created and resolved tickets per week; the previous answer stays on screen while the next loads. */
export function useWeeklyTickets(filters: TicketFilters) {
  const trpc = useTRPC()
  return useQuery({
    ...trpc.tickets.weekly.queryOptions({
      from: filters.from,
      to: filters.to,
      customers: choiceOrAll(filters.customers),
    }),
    placeholderData: keepPreviousData,
  })
}
