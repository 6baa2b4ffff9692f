/**
 * The browser's way through OpenID Connect: GET /auth/oidc?von=PATH sends it
 * to the provider, GET /auth/oidc/callback takes the answer, starts a session
 * and returns to PATH. A refusal goes to the login page with its reason
 * (`/anmelden?abgelehnt=no_role`), is logged and recorded; it never lets
 * anyone in with a default.
 */
import { parse as parseCookies, serialize as serializeCookie } from 'cookie'
import { type Request, type Response, Router } from 'express'
import { type AuditRecord, logSignIn, recordAudit } from '../audit/trail'
import { currentCatalog } from '../catalog/catalog'
import type { Store } from '../store'
import { CALLBACK_PATH, FLOW_COOKIE, type OidcSignIn, START_PATH } from './oidc'
import { type SignInLimits, tooManyAttempts } from './rate-limit'
import { endSession, readSession, type SessionPolicy, sessionCookie, startSession } from './session'

/** A path inside the dashboard, never another site (`//evil`, `https://…`) or the login page. */
export function localReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return '/'
  if (value.startsWith('/anmelden') || value.startsWith('/auth/') || value.length > 500) return '/'
  return value
}

function flowCookie(state: string, secure: boolean, maxAge: number): string {
  return serializeCookie(FLOW_COOKIE, state, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/auth/oidc',
    maxAge,
  })
}

export function oidcRoutes(
  store: Store,
  oidc: OidcSignIn,
  policy: SessionPolicy,
  limits: SignInLimits,
): Router {
  const routes = Router()

  function limited(req: Request, res: Response): boolean {
    const wait = limits.perIp.attempt(req.ip ?? '')
    if (wait === 0) return false
    res
      .status(429)
      .set('Retry-After', String(wait))
      .type('text/plain; charset=utf-8')
      .send(tooManyAttempts(wait))
    return true
  }

  routes.get(START_PATH, async (req, res) => {
    if (limited(req, res)) return
    try {
      const { url, state } = await oidc.start(store, localReturnPath(req.query.von))
      res.append('Set-Cookie', flowCookie(state, req.secure, 10 * 60)).redirect(303, url.href)
    } catch (error) {
      console.error(`[auth] OpenID provider not reachable: ${(error as Error).message}`)
      res.redirect(303, '/anmelden?abgelehnt=unavailable')
    }
  })

  routes.get(CALLBACK_PATH, async (req, res) => {
    if (limited(req, res)) return
    try {
      await callback(req, res)
    } catch (error) {
      console.error('[auth] sign-in failed:', (error as Error).message)
      res.status(500).type('text/plain; charset=utf-8').send('Interner Fehler / Internal error')
    }
  })

  async function callback(req: Request, res: Response) {
    const query = new URLSearchParams(req.url.slice(req.url.indexOf('?') + 1 || req.url.length))
    const browserState = parseCookies(req.headers.cookie ?? '')[FLOW_COOKIE]
    const customers = (await currentCatalog(store))?.catalog.customers.map((c) => c.id) ?? []
    const result = await oidc.callback(store, query, browserState, customers)
    res.append('Set-Cookie', flowCookie('', req.secure, 0))
    if (!result.ok) {
      const refused: AuditRecord = {
        action: 'sign_in_refused',
        user: result.user,
        subject: 'oidc',
        outcome: result.reason,
        detail: result.detail,
        ip: req.ip,
      }
      logSignIn(refused)
      await recordAudit(store, refused)
      res.redirect(303, `/anmelden?abgelehnt=${result.reason}`)
      return
    }
    // A new session id on every sign-in; the one this browser had before ends.
    const previous = await readSession(store, req.headers.cookie, policy)
    if (previous) await endSession(store, previous)
    const session = await startSession(store, result.user, 'oidc', result.idToken)
    const signedIn: AuditRecord = {
      action: 'sign_in',
      user: result.user,
      customer: result.user.customer,
      subject: 'oidc',
      outcome: 'ok',
      ip: req.ip,
    }
    logSignIn(signedIn)
    await recordAudit(store, signedIn)
    res.append('Set-Cookie', sessionCookie(session, req.secure, policy)).redirect(303, result.returnTo)
  }

  return routes
}
