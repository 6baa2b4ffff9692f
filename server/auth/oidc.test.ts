/**
 * Sign-in with OpenID Connect against a real provider (oidc-provider on a
 * loopback port), driving Leitstand's real callback endpoint: users of each
 * role and ministry, refusals, forged and replayed answers, logout.
 */
import { decodeJwt, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestStore, type TestStore, withCatalog } from '../../test/support/fixtures'
import {
  ACCOUNTS,
  CLIENT_ID,
  CookieJar,
  loginAtProvider,
  type OidcWorld,
  startOidcWorld,
} from '../../test/support/oidc-provider'
import { listAudit } from '../audit/trail'
import { oidcConfigFromEnv } from './oidc'
import { rateLimit } from './rate-limit'
import { localReturnPath } from './routes'

let t: TestStore
let world: OidcWorld

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store)
  world = await startOidcWorld(t.store)
})
afterAll(async () => {
  await world.close()
  await t.close()
})

/** Signs in as `login` through the provider and Leitstand's callback; returns the callback's answer. */
async function signIn(login: string) {
  const { callback, leitstand } = await loginAtProvider(world, login)
  const response = await fetch(callback, { redirect: 'manual', headers: { cookie: leitstand.header() } })
  leitstand.take(response)
  return { response, location: response.headers.get('location'), jar: leitstand, callback }
}

async function trpc(jar: CookieJar, path: string, input?: unknown) {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`
  const response = await fetch(`${world.base}/trpc/${path}${query}`, { headers: { cookie: jar.header() } })
  return { status: response.status, body: (await response.json()) as { result?: { data: unknown } } }
}

/** The provider's ID token signed again by its own key, with some claims changed. */
async function resigned(idToken: string, changes: Record<string, unknown>): Promise<string> {
  return new SignJWT({ ...decodeJwt(idToken), ...changes })
    .setProtectedHeader({ alg: 'RS256', kid: world.kid })
    .sign(world.signingKey)
}

describe('sign-in with OpenID Connect', () => {
  it('lets a ministry user in with its own ministry only, and records it', async () => {
    const { response, location, jar } = await signIn('fm-nutzer')
    expect(response.status).toBe(303)
    expect(location).toBe('/bericht')
    expect(jar.cookies.has('leitstand_session')).toBe(true)
    expect(jar.cookies.has('leitstand_signin')).toBe(false)
    const me = await trpc(jar, 'auth.me')
    expect(me.body.result?.data).toEqual({
      id: 'fm-nutzer',
      name: 'Frida Finanz',
      role: 'ministry',
      customer: 'fm',
    })
    const period = { from: '2026-03-01', to: '2026-04-01' }
    expect((await trpc(jar, 'report.get', { ...period, customer: 'fm' })).status).toBe(200)
    expect((await trpc(jar, 'report.get', { ...period, customer: 'im' })).status).toBe(403)

    const { entries } = await listAudit(t.store, { user: 'fm-nutzer' })
    expect(entries.map((e) => [e.action, e.subject, e.customer, e.outcome])).toEqual([
      ['view', 'report.get', 'im', 'FORBIDDEN'],
      ['view', 'report.get', 'fm', 'ok'],
      ['sign_in', 'oidc', 'fm', 'ok'],
    ])
    expect(entries[2]).toMatchObject({ userName: 'Frida Finanz', role: 'ministry' })
  })

  it('gives each role what its groups say', async () => {
    for (const [login, role] of [
      ['leitung', 'leadership'],
      ['service', 'service_manager'],
    ] as const) {
      const { jar } = await signIn(login)
      expect((await trpc(jar, 'auth.me')).body.result?.data).toEqual({
        id: login,
        name: ACCOUNTS[login]?.name,
        role,
      })
    }
  })

  it('refuses a user whose groups give no role, and one of a ministry not in the catalog', async () => {
    for (const [login, reason] of [
      ['ohne-rolle', 'no_role'],
      ['fremdes-ressort', 'unknown_ministry'],
    ]) {
      const { response, location, jar } = await signIn(login as string)
      expect(response.status).toBe(303)
      expect(location).toBe(`/anmelden?abgelehnt=${reason}`)
      expect(jar.cookies.has('leitstand_session')).toBe(false)
      const [entry] = (await listAudit(t.store, { user: login })).entries
      expect(entry).toMatchObject({
        action: 'sign_in_refused',
        subject: 'oidc',
        outcome: reason,
        userId: login,
      })
    }
  })

  it('refuses a replayed answer: the state is used once', async () => {
    const { jar, callback } = await signIn('im-nutzer')
    expect(jar.cookies.has('leitstand_session')).toBe(true)
    const replay = new CookieJar()
    replay.cookies.set('leitstand_signin', new URL(callback).searchParams.get('state') ?? '')
    const again = await fetch(callback, { redirect: 'manual', headers: { cookie: replay.header() } })
    expect(again.headers.get('location')).toBe('/anmelden?abgelehnt=invalid')
    expect(
      again.headers.getSetCookie().some((c) => c.startsWith('leitstand_session=') && !/max-age=0/i.test(c)),
    ).toBe(false)
  })

  it('refuses an answer in a browser that did not start the sign-in (no flow cookie)', async () => {
    const { callback } = await loginAtProvider(world, 'leitung')
    const response = await fetch(callback, { redirect: 'manual' })
    expect(response.headers.get('location')).toBe('/anmelden?abgelehnt=invalid')
  })

  it.each([
    [
      'a tampered ID token',
      async (token: string) => {
        const [header, , signature] = token.split('.')
        const claims = { ...decodeJwt(token), groups: ['/leitstand/leitung'] }
        return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.')
      },
      /signature/i,
    ],
    ['an ID token for another client', (token: string) => resigned(token, { aud: 'anderer-client' }), /aud/],
    [
      'an expired ID token',
      (token: string) => {
        const now = Math.floor(Date.now() / 1000)
        return resigned(token, { iat: now - 7200, exp: now - 3600 })
      },
      /exp/,
    ],
  ])('refuses %s', async (_what, forge, detail) => {
    world.rewriteTokens = async (tokens) => ({ ...tokens, id_token: await forge(tokens.id_token as string) })
    try {
      const { location, jar } = await signIn('fm-nutzer')
      expect(location).toBe('/anmelden?abgelehnt=invalid')
      expect(jar.cookies.has('leitstand_session')).toBe(false)
    } finally {
      world.rewriteTokens = undefined
    }
    const [entry] = (await listAudit(t.store, {})).entries
    expect(entry).toMatchObject({ action: 'sign_in_refused', outcome: 'invalid' })
    expect(entry?.detail).toMatch(detail)
    // Never the token itself.
    expect(entry?.detail).not.toMatch(/eyJ/)
  })

  it('signs out on the server (a copied cookie stops working) and at the provider', async () => {
    const { jar } = await signIn('leitung')
    const copy = new CookieJar()
    copy.cookies.set('leitstand_session', jar.cookies.get('leitstand_session') ?? '')
    const logout = await fetch(`${world.base}/trpc/auth.logout`, {
      method: 'POST',
      headers: { cookie: jar.header(), 'content-type': 'application/json' },
      body: '{}',
    })
    const { redirect } = ((await logout.json()) as { result: { data: { redirect: string } } }).result.data
    const endSession = new URL(redirect)
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${world.issuer}/session/end`)
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${world.base}/anmelden`)
    expect(endSession.searchParams.get('client_id')).toBe(CLIENT_ID)
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^eyJ/)
    expect((await trpc(copy, 'auth.me')).body.result?.data).toBeNull()
    expect((await trpc(copy, 'catalog.overview')).status).toBe(401)
    const [entry] = (await listAudit(t.store, { user: 'leitung' })).entries
    expect(entry).toMatchObject({ action: 'sign_out', subject: 'oidc', outcome: 'ok' })
  })
})

describe('configuration from the environment', () => {
  const base = {
    LEITSTAND_OIDC_ISSUER: 'https://login.land.example/realms/land',
    LEITSTAND_OIDC_CLIENT_ID: 'leitstand',
    LEITSTAND_PUBLIC_URL: 'https://leitstand.land.example',
  }
  it('derives the redirect and sign-out addresses from the public URL, with the documented defaults', () => {
    expect(oidcConfigFromEnv({})).toBeUndefined()
    const config = oidcConfigFromEnv(base)
    expect(config?.redirectUrl.href).toBe('https://leitstand.land.example/auth/oidc/callback')
    expect(config?.postLogoutUrl.href).toBe('https://leitstand.land.example/anmelden')
    expect(config?.scopes).toBe('openid profile')
    expect(config?.mapping).toMatchObject({ roleClaim: 'groups', ministryValue: '/ressorts/{id}' })
  })
  it('refuses what cannot work: plain http to a remote provider, no client id, no address, no openid scope', () => {
    expect(() => oidcConfigFromEnv({ ...base, LEITSTAND_OIDC_ISSUER: 'http://login.land.example' })).toThrow(
      /https/,
    )
    expect(() => oidcConfigFromEnv({ ...base, LEITSTAND_OIDC_CLIENT_ID: '' })).toThrow(/CLIENT_ID/)
    expect(() => oidcConfigFromEnv({ ...base, LEITSTAND_PUBLIC_URL: '' })).toThrow(/PUBLIC_URL/)
    expect(() => oidcConfigFromEnv({ ...base, LEITSTAND_OIDC_SCOPES: 'profile' })).toThrow(/openid/)
  })
})

describe('the way back after sign-in', () => {
  it('stays inside the dashboard', () => {
    expect(localReturnPath('/bericht?ressort=fm&von=2026-03-01')).toBe('/bericht?ressort=fm&von=2026-03-01')
    for (const away of [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      '/anmelden',
      '/auth/oidc',
      42,
    ])
      expect(localReturnPath(away)).toBe('/')
  })
})

describe('sign-in attempt limits', () => {
  it('answers 429 with a clear message once an address has tried too often', async () => {
    const limited = await startOidcWorld(t.store, {
      signInLimits: { perIp: rateLimit(2, 60_000), perUser: rateLimit(2, 60_000) },
    })
    try {
      const statuses = []
      for (let i = 0; i < 3; i++)
        statuses.push(
          (await fetch(`${limited.base}/auth/oidc/callback?state=x&code=y`, { redirect: 'manual' })).status,
        )
      expect(statuses).toEqual([303, 303, 429])
      const refused = await fetch(`${limited.base}/auth/oidc`, { redirect: 'manual' })
      expect(refused.status).toBe(429)
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(await refused.text()).toMatch(
        /^Zu viele Anmeldeversuche\. Bitte warten Sie \d+ Sekunden\. \/ Too many/,
      )
    } finally {
      await limited.close()
    }
  })
})
