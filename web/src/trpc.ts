/**
 * The one tRPC client module. Only the router's type crosses from the server.
 * Each query has one hook in its feature's `queries.ts` (`useCatalogOverview`,
 * `useSlaBoard`, …) that calls `useQuery(trpc.x.y.queryOptions(input))` with
 * the query's options; pages and components call those hooks.
 */
import { createTRPCClient, httpBatchLink } from '@trpc/client'
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server'
import { createTRPCContext } from '@trpc/tanstack-react-query'
import type { AppRouter } from '../../server/router'
import { MAX_BATCH_CALLS } from '../../shared/api'

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>()

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        // The server refuses larger batches.
        maxItems: MAX_BATCH_CALLS,
        // The session is an httpOnly cookie of this origin; never send it elsewhere.
        fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      }),
    ],
  })
}

export type RouterInputs = inferRouterInputs<AppRouter>
export type RouterOutputs = inferRouterOutputs<AppRouter>

/** A filter list as an input: empty means "all the user may see", which the API reads from an absent list. */
export function choiceOrAll<T>(values: readonly T[]): T[] | undefined {
  return values.length > 0 ? [...values] : undefined
}
