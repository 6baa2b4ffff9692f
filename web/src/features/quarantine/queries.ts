/** The quarantine's query. */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { type RouterInputs, useTRPC } from '../../trpc'

export function useQuarantine(input: RouterInputs['quarantine']['list']) {
  const trpc = useTRPC()
  return useQuery({ ...trpc.quarantine.list.queryOptions(input), placeholderData: keepPreviousData })
}
