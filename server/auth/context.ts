/** The tRPC context of an HTTP request: its session, its address, the server's sign-in set-up. */
import type { Request, Response } from 'express'
import { type Store, StoreUnavailableError } from '../store'
import type { Context } from '../trpc'
import type { OidcSignIn } from './oidc'
import type { SignInLimits } from './rate-limit'
import { readSession, type Session, type SessionPolicy } from './session'

export interface SignInSetup {
  demo: boolean
  oidc?: OidcSignIn
  policy: SessionPolicy
  limits: SignInLimits
}

export async function requestContext(
  store: Store,
  setup: SignInSetup,
  req: Request,
  res?: Response,
): Promise<Context> {
  // A store that is down is the answer of every call that needs a user (503), not "signed out".
  let session: Session | undefined
  let sessionUnavailable: StoreUnavailableError | undefined
  try {
    session = await readSession(store, req.headers.cookie, setup.policy)
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error
    sessionUnavailable = error
  }
  return {
    store,
    demo: setup.demo,
    user: session?.user,
    session,
    sessionUnavailable,
    signIn: { oidc: setup.oidc, policy: setup.policy, limits: setup.limits },
    ip: req.ip,
    setHeader: res ? (name, value) => res.append(name, value) : undefined,
    secure: req.secure,
  }
}
