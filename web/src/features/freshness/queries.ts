/** The data-age queries, one hook each. */
import { useQuery } from '@tanstack/react-query'
import { useTRPC } from '../../trpc'

const REFRESH_MS = 60_000

/** Each kind's last import and newest time, the connectors' state; asked again every minute. */
export function useFreshnessStatus() {
  const trpc = useTRPC()
  return useQuery({ ...trpc.freshness.status.queryOptions(), refetchInterval: REFRESH_MS })
}

/** When data last arrived. */
export function useDataAsOf() {
  const trpc = useTRPC()
  return useQuery(trpc.freshness.asOf.queryOptions())
}
