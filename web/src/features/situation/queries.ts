/** The situation page's query. */
import { useQuery } from '@tanstack/react-query'
import { useTRPC } from '../../trpc'

const REFRESH_MS = 60_000

/** What needs acting on now: always fresh, asked again every minute. */
export function useSituation() {
  const trpc = useTRPC()
  return useQuery({ ...trpc.situation.now.queryOptions(), refetchInterval: REFRESH_MS, staleTime: 0 })
}
