/**
 * The one tRPC client module. Only the router's type crosses from the server.
 * Each query has one hook in its feature's `queries.ts` (`useCatalogOverview`,
 * `useSlaBoard`, …) that calls `useQuery(trpc.x.y.queryOptions(input))` with
 * the query's options; pages and components call those hooks.
 */
import { createTRPCClient, httpBatchLink, httpBatchStreamLink, splitLink } from '@trpc/client'
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server'
import { createTRPCContext } from '@trpc/tanstack-react-query'
import type { AppRouter } from '../../server/router'
import { MAX_BATCH_CALLS } from '../../shared/api'

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>()

export function createApiClient() {
  // The session is an httpOnly cookie of this origin; never send it elsewhere.
  const sameOrigin = (input: RequestInfo | URL, init?: RequestInit) =>
    fetch(input, { ...init, credentials: 'same-origin' })
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'query',
        // A page's queries go in one request whose answers arrive one by one, each figure
        // shown as soon as it is ready instead of all of them waiting for the slowest.
        true: httpBatchStreamLink({ url: '/trpc', maxItems: MAX_BATCH_CALLS, fetch: sameOrigin }),
        // Sign-in and sign-out set the session cookie, which needs the answer's headers:
        // mutations go in a plain batch (the server refuses larger batches).
        false: httpBatchLink({ url: '/trpc', maxItems: MAX_BATCH_CALLS, fetch: sameOrigin }),
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
