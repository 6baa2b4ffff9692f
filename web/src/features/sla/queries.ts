/** The SLA views' queries, one hook each. */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { ComplianceInput, PeriodInput, TicketListInput } from '../../../../shared/api'
import { choiceOrAll, useTRPC } from '../../trpc'
import type { BoardFilters } from './params'

/** How often the board asks again; the server evaluates every clock at the moment of the call. */
export const BOARD_REFRESH_MS = 30_000

/** The open tickets breached or at risk now: live, unless the user paused it. */
export function useSlaBoard(filters: BoardFilters, paused: boolean) {
  const trpc = useTRPC()
  return useQuery({
    ...trpc.sla.board.queryOptions({
      customers: choiceOrAll(filters.customers),
      services: choiceOrAll(filters.services),
      priorities: choiceOrAll(filters.priorities),
      states: choiceOrAll(filters.states),
    }),
    placeholderData: keepPreviousData,
    refetchInterval: paused ? false : BOARD_REFRESH_MS,
    // Live data: a tab coming back to the front asks at once instead of showing a stale board.
    refetchOnWindowFocus: !paused,
    staleTime: 0,
  })
}

/** Compliance and MTTR per bucket and group. */
export function useSlaCompliance(input: ComplianceInput) {
  const trpc = useTRPC()
  return useQuery({ ...trpc.sla.compliance.queryOptions(input), placeholderData: keepPreviousData })
}

/** Ticket statistics of a period. */
export function useSlaStats(input: PeriodInput) {
  const trpc = useTRPC()
  return useQuery({ ...trpc.sla.stats.queryOptions(input), placeholderData: keepPreviousData })
}

/** One page of the tickets behind a figure. */
export function useSlaTickets(input: TicketListInput) {
  const trpc = useTRPC()
  return useQuery({ ...trpc.sla.tickets.queryOptions(input), placeholderData: keepPreviousData })
}

/** One ticket's clocks and events. */
export function useTicketTimeline(ticket: string) {
  const trpc = useTRPC()
  return useQuery(trpc.sla.timeline.queryOptions({ ticket }))
}
