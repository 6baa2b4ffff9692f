/**
 * The signed-in user: `auth.me` is the source of truth. Signing in drops every
 * cached answer but the public auth ones, and signing out reloads the page,
 * so one user's data never shows for the next.
 */
import { partialMatchKey, useMutation, useQueryClient } from '@tanstack/react-query'
import { createContext, type ReactNode, useContext, useEffect } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import type { User } from '../../../../shared/auth'
import { Loading, QueryError } from '../../components/query-state'
import { errorCode } from '../../lib/errors'
import { useTRPC } from '../../trpc'
import { useMe } from './queries'

const UserContext = createContext<User | undefined>(undefined)

/** The user of the current page; only inside `RequireUser`. */
export function useUser(): User {
  const user = useContext(UserContext)
  if (!user) throw new Error('useUser outside RequireUser')
  return user
}

/** Where the login page sends the user back to, e.g. a shared link. */
export interface LoginState {
  from?: string
}

/** Renders its children for a signed-in user; everyone else goes to /anmelden. */
export function RequireUser({ children }: { children: ReactNode }) {
  const location = useLocation()
  const me = useMe()
  if (me.isPending) return <Loading />
  if (me.isError) return <QueryError error={me.error} />
  if (!me.data) {
    const state: LoginState = { from: `${location.pathname}${location.search}` }
    return <Navigate to="/anmelden" replace state={state} />
  }
  return <UserContext value={me.data}>{children}</UserContext>
}

/**
 * An expired or revoked session surfaces as UNAUTHORIZED on any query: then
 * the user is signed out here too, and `RequireUser` sends them to the login.
 */
export function SessionWatcher() {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return
        if (errorCode(event.action.error) === 'UNAUTHORIZED') {
          queryClient.setQueryData(trpc.auth.me.queryKey(), null)
        }
      }),
    [queryClient, trpc],
  )
  return null
}

export function useLogin() {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const from = (location.state as LoginState | null)?.from
  return useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (user) => {
        // Keeping the auth queries keeps the login page from refetching its list while it unmounts.
        const auth = trpc.auth.pathKey()
        queryClient.removeQueries({ predicate: (query) => !partialMatchKey(query.queryKey, auth) })
        queryClient.setQueryData(trpc.auth.me.queryKey(), user)
        // Back to the link that brought the user here, else the start page.
        const local = from?.startsWith('/') && !from.startsWith('//') && !from.startsWith('/anmelden')
        navigate(local && from ? from : '/', { replace: true })
      },
    }),
  )
}

export function useLogout() {
  const trpc = useTRPC()
  return useMutation(
    trpc.auth.logout.mutationOptions({
      // A fresh page load: nothing of this user stays in memory on a shared desk. Who signed
      // in at the identity provider signs out there too (it sends the browser back to /anmelden).
      onSuccess: (result) => window.location.assign(result.redirect ?? '/anmelden'),
    }),
  )
}
