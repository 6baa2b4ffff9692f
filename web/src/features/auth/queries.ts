/** The sign-in queries, one hook each (the mutations live in session.tsx). */
import { useQuery } from '@tanstack/react-query'
import { useTRPC } from '../../trpc'

/** The signed-in user, or null. */
export function useMe() {
  const trpc = useTRPC()
  return useQuery(trpc.auth.me.queryOptions())
}

/** Which ways to sign in the server offers (OpenID Connect, the demo). */
export function useSignInMethods() {
  const trpc = useTRPC()
  return useQuery(trpc.auth.methods.queryOptions())
}

export function useDemoUsers() {
  const trpc = useTRPC()
  return useQuery(trpc.auth.demoUsers.queryOptions())
}
