/**
 * A real OpenID provider for the sign-in tests: `oidc-provider` (a certified
 * implementation) on a free port of 127.0.0.1, with its development login
 * form (any password) and one account per role and ministry. Leitstand runs
 * beside it with OpenID Connect configured as in production, except that the
 * issuer is plain http on the loopback address.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair, type JWK } from 'jose'
import Provider, { type KoaContextWithOIDC } from 'oidc-provider'
import type { CustomFetch } from 'openid-client'
import { type AppOptions, createApp } from '../../server/app'
import { parseRoleValues } from '../../server/auth/claims'
import { type OidcConfig, OidcSignIn } from '../../server/auth/oidc'
import type { Store } from '../../server/store'

export const CLIENT_ID = 'leitstand'
export const CLIENT_SECRET = 'ein-langes-geheimnis-nur-fuer-tests-0123456789'

/** The accounts: their login is their subject, `groups` as a Keycloak group mapper sends them. */
export const ACCOUNTS: Record<string, { name: string; groups: string[] }> = {
  leitung: { name: 'Lea Leitung', groups: ['/leitstand/leitung'] },
  service: { name: 'Sven Service', groups: ['/leitstand/servicemanagement'] },
  'fm-nutzer': { name: 'Frida Finanz', groups: ['/leitstand/ressort', '/ressorts/fm'] },
  'im-nutzer': { name: 'Ina Inneres', groups: ['/leitstand/ressort', '/ressorts/im'] },
  'ohne-rolle': { name: 'Otto Ohnerolle', groups: ['/ressorts/fm'] },
  'fremdes-ressort': { name: 'Fritz Fremd', groups: ['/leitstand/ressort', '/ressorts/xx'] },
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

export interface OidcWorld {
  /** Leitstand, e.g. http://127.0.0.1:4711 */
  base: string
  issuer: string
  /** The provider's signing key, to forge tokens signed as it would sign them. */
  signingKey: CryptoKey
  kid: string
  /** Replaces the token endpoint's answer (tests of tampered tokens); undefined passes it through. */
  rewriteTokens: ((tokens: Record<string, unknown>) => Promise<Record<string, unknown>>) | undefined
  close(): Promise<void>
}

export async function startOidcWorld(
  store: Store,
  options: Partial<Omit<AppOptions, 'store' | 'oidc'>> = {},
): Promise<OidcWorld> {
  const leitstandServer = createServer()
  const base = await listen(leitstandServer)
  const providerServer = createServer()
  const issuer = await listen(providerServer)

  const { privateKey } = await generateKeyPair('RS256', { extractable: true })
  const kid = 'test-key'
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' }
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${base}/auth/oidc/callback`],
        post_logout_redirect_uris: [`${base}/anmelden`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: ['test-cookie-key-0123456789abcdef'] },
    claims: { openid: ['sub'], profile: ['name'], groups: ['groups'] },
    // Claims in the ID token, as Keycloak's mappers put them there.
    conformIdTokenClaims: false,
    // First-party client: no consent screen.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const accountId = ctx.oidc.session?.accountId
      if (!accountId || !ctx.oidc.client) return undefined
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId })
      grant.addOIDCScope('openid profile groups')
      await grant.save()
      return grant
    },
    async findAccount(_ctx: KoaContextWithOIDC, id: string) {
      const account = ACCOUNTS[id]
      if (!account) return undefined
      return { accountId: id, claims: async () => ({ sub: id, name: account.name, groups: account.groups }) }
    },
  })
  providerServer.on('request', provider.callback())

  const world: OidcWorld = {
    base,
    issuer,
    signingKey: privateKey,
    kid,
    rewriteTokens: undefined,
    close: async () => {
      await Promise.all(
        [leitstandServer, providerServer].map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections()
              server.close(() => resolve())
            }),
        ),
      )
    },
  }

  // Every request of Leitstand to the provider; the token endpoint's answer may be rewritten.
  const tamperingFetch: CustomFetch = async (url, init) => {
    const response = await fetch(url, init as RequestInit)
    if (!world.rewriteTokens || !url.endsWith('/token')) return response
    const tokens = await world.rewriteTokens((await response.json()) as Record<string, unknown>)
    return new Response(JSON.stringify(tokens), { status: response.status, headers: response.headers })
  }
  const config: OidcConfig = {
    issuer: new URL(issuer),
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUrl: new URL('/auth/oidc/callback', base),
    postLogoutUrl: new URL('/anmelden', base),
    scopes: 'openid profile groups',
    mapping: {
      roleClaim: 'groups',
      roleValues: parseRoleValues(
        'leadership=/leitstand/leitung,service_manager=/leitstand/servicemanagement,ministry=/leitstand/ressort',
      ),
      ministryClaim: 'groups',
      ministryValue: '/ressorts/{id}',
    },
  }
  const app = createApp({ store, demo: false, oidc: new OidcSignIn(config, tamperingFetch), ...options })
  leitstandServer.on('request', app)
  return world
}

/** A cookie jar of name → value, fed from Set-Cookie headers. */
export class CookieJar {
  readonly cookies = new Map<string, string>()
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const [name, ...value] = (pair ?? '').split('=')
      if (!name) continue
      if (/max-age=0/i.test(line)) this.cookies.delete(name.trim())
      else this.cookies.set(name.trim(), value.join('='))
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}

/**
 * Goes through the provider's login as `login` without a browser, up to the
 * moment the provider sends the browser back: returns the callback URL (not
 * yet requested) and Leitstand's cookie jar (holding the flow cookie).
 */
export async function loginAtProvider(
  world: OidcWorld,
  login: string,
): Promise<{ callback: string; leitstand: CookieJar }> {
  const leitstand = new CookieJar()
  const provider = new CookieJar()
  const start = await fetch(`${world.base}/auth/oidc?von=/bericht`, { redirect: 'manual' })
  leitstand.take(start)
  let location = start.headers.get('location') ?? ''
  for (let hop = 0; hop < 10; hop++) {
    if (location.startsWith(world.base)) return { callback: location, leitstand }
    const url = new URL(location, world.issuer)
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: provider.header() } })
    provider.take(response)
    if (response.status === 200 && url.pathname.startsWith('/interaction/')) {
      const submitted = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: provider.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password: 'beliebig' }),
      })
      provider.take(submitted)
      location = submitted.headers.get('location') ?? ''
    } else {
      location = response.headers.get('location') ?? ''
      if (!location) throw new Error(`provider answered ${response.status} at ${url.pathname}`)
    }
  }
  throw new Error('too many redirects at the provider')
}
