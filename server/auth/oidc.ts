/**
 * Sign-in with OpenID Connect (openid-client): authorization code flow with
 * PKCE, state and nonce; the ID token is checked against the provider's
 * published keys, issuer, audience, expiry and nonce. Between the redirect and
 * the provider's answer the flow waits in the store (`sign_in_flows`), bound to
 * the browser by a short-lived cookie holding the state, and is used once.
 */
import * as client from 'openid-client'
import type { User } from '../../shared/auth'
import { ConfigurationError } from '../configuration'
import type { Store } from '../store'
import { sql } from '../store/sql'
import {
  type ClaimMapping,
  type ClaimsRefusal,
  DEFAULT_ROLE_VALUES,
  parseRoleValues,
  userFromClaims,
} from './claims'
import { hashOf } from './session'

export const CALLBACK_PATH = '/auth/oidc/callback'
export const START_PATH = '/auth/oidc'
export const FLOW_COOKIE = 'leitstand_signin'
const FLOW_MINUTES = 10

export interface OidcConfig {
  issuer: URL
  clientId: string
  /** Absent for a public client (PKCE only). */
  clientSecret?: string
  redirectUrl: URL
  /** Where the provider sends the browser after signing out there. */
  postLogoutUrl: URL
  scopes: string
  mapping: ClaimMapping
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

function urlFrom(name: string, value: string): URL {
  try {
    return new URL(value)
  } catch {
    throw new ConfigurationError(`${name} is not a URL: '${value}'`)
  }
}

/** The OpenID Connect configuration, or undefined when LEITSTAND_OIDC_ISSUER is not set. */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv = process.env): OidcConfig | undefined {
  if (!env.LEITSTAND_OIDC_ISSUER) return undefined
  const issuer = urlFrom('LEITSTAND_OIDC_ISSUER', env.LEITSTAND_OIDC_ISSUER)
  if (issuer.protocol !== 'https:' && !LOOPBACK.has(issuer.hostname))
    throw new ConfigurationError(
      'LEITSTAND_OIDC_ISSUER must be https (plain http only on the loopback address)',
    )
  const clientId = env.LEITSTAND_OIDC_CLIENT_ID
  if (!clientId) throw new ConfigurationError('LEITSTAND_OIDC_CLIENT_ID is needed with LEITSTAND_OIDC_ISSUER')
  const base = env.LEITSTAND_PUBLIC_URL
    ? urlFrom('LEITSTAND_PUBLIC_URL', env.LEITSTAND_PUBLIC_URL)
    : undefined
  const redirect = env.LEITSTAND_OIDC_REDIRECT_URL
    ? urlFrom('LEITSTAND_OIDC_REDIRECT_URL', env.LEITSTAND_OIDC_REDIRECT_URL)
    : base && new URL(CALLBACK_PATH, base)
  if (!redirect)
    throw new ConfigurationError(
      'LEITSTAND_PUBLIC_URL (or LEITSTAND_OIDC_REDIRECT_URL) is needed with LEITSTAND_OIDC_ISSUER',
    )
  const scopes = env.LEITSTAND_OIDC_SCOPES || 'openid profile'
  if (!scopes.split(/\s+/).includes('openid'))
    throw new ConfigurationError('LEITSTAND_OIDC_SCOPES must include openid')
  return {
    issuer,
    clientId,
    clientSecret: env.LEITSTAND_OIDC_CLIENT_SECRET || undefined,
    redirectUrl: redirect,
    postLogoutUrl: new URL('/anmelden', base ?? redirect),
    scopes,
    mapping: {
      roleClaim: env.LEITSTAND_OIDC_ROLE_CLAIM || 'groups',
      roleValues: parseRoleValues(env.LEITSTAND_OIDC_ROLES || DEFAULT_ROLE_VALUES),
      ministryClaim: env.LEITSTAND_OIDC_MINISTRY_CLAIM || 'groups',
      ministryValue: env.LEITSTAND_OIDC_MINISTRY_VALUE || '/ressorts/{id}',
    },
  }
}

export type SignInRefusal = ClaimsRefusal | 'invalid' | 'provider_error' | 'unavailable'

export type CallbackResult =
  | { ok: true; user: User; idToken: string }
  | { ok: false; reason: SignInRefusal; user?: { id: string; name: string }; detail: string }

interface FlowRow {
  code_verifier: string
  nonce: string
  return_to: string
  started_at: string
  used: boolean
}

export class OidcSignIn {
  #configuration: Promise<client.Configuration> | undefined

  constructor(
    readonly config: OidcConfig,
    /** Replaces fetch for every request to the provider (an outgoing proxy; tests). */
    private readonly fetch?: client.CustomFetch,
  ) {}

  /** The provider's metadata, fetched once (again after a failure). */
  configuration(): Promise<client.Configuration> {
    if (!this.#configuration) {
      const { issuer, clientId, clientSecret } = this.config
      const execute = issuer.protocol === 'http:' ? [client.allowInsecureRequests] : []
      this.#configuration = client
        .discovery(
          issuer,
          clientId,
          clientSecret,
          clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(),
          { execute, ...(this.fetch ? { [client.customFetch]: this.fetch } : {}) },
        )
        .then((configuration) => {
          // Check the ID token's signature against the provider's published keys too (not only TLS).
          client.enableNonRepudiationChecks(configuration)
          return configuration
        })
        .catch((error: unknown) => {
          this.#configuration = undefined
          throw error
        })
    }
    return this.#configuration
  }

  /** Starts a sign-in: the provider's URL to send the browser to, and the state for the flow cookie. */
  async start(store: Store, returnTo: string): Promise<{ url: URL; state: string }> {
    const configuration = await this.configuration()
    const state = client.randomState()
    const nonce = client.randomNonce()
    const verifier = client.randomPKCECodeVerifier()
    await store.command(
      sql`INSERT INTO sign_in_flows (state_hash, code_verifier, nonce, return_to, started_at, used, version)
          VALUES (${hashOf(state)}, ${verifier}, ${nonce}, ${returnTo}, ${new Date()}, false, 1)`,
    )
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUrl.href,
      scope: this.config.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    })
    return { url, state }
  }

  /**
   * The provider's answer: `query` is the callback's query string, `browserState`
   * the flow cookie. The flow is used up whatever the outcome.
   */
  async callback(
    store: Store,
    query: URLSearchParams,
    browserState: string | undefined,
    catalogCustomers: readonly string[],
  ): Promise<CallbackResult & { returnTo: string }> {
    const state = query.get('state') ?? ''
    const refuse = (reason: SignInRefusal, detail: string, user?: { id: string; name: string }) => ({
      ok: false as const,
      reason,
      detail,
      user,
      returnTo: '/',
    })
    if (!state || state.length > 200 || state !== browserState)
      return refuse('invalid', 'state missing or not the one this browser started with')
    const stateHash = hashOf(state)
    const [flow] = await store.query<FlowRow>(
      sql`SELECT code_verifier, nonce, return_to, started_at, used FROM sign_in_flows FINAL
          WHERE state_hash = ${stateHash}`,
    )
    if (!flow) return refuse('invalid', 'unknown state')
    if (flow.used) return refuse('invalid', 'state already used')
    await store.command(
      sql`INSERT INTO sign_in_flows (state_hash, code_verifier, nonce, return_to, started_at, used, version)
          SELECT state_hash, '', '', return_to, started_at, true, 2 FROM sign_in_flows FINAL
          WHERE state_hash = ${stateHash}`,
    )
    if (Date.now() - Date.parse(`${flow.started_at.replace(' ', 'T')}Z`) > FLOW_MINUTES * 60_000)
      return refuse('invalid', 'sign-in took longer than 10 minutes')
    const returnTo = flow.return_to
    const error = query.get('error')
    if (error) return { ...refuse('provider_error', `provider answered ${error.slice(0, 60)}`), returnTo }

    let configuration: client.Configuration
    try {
      configuration = await this.configuration()
    } catch (cause) {
      return { ...refuse('unavailable', (cause as Error).message), returnTo }
    }
    try {
      const answer = new URL(this.config.redirectUrl)
      answer.search = query.toString()
      const tokens = await client.authorizationCodeGrant(configuration, answer, {
        pkceCodeVerifier: flow.code_verifier,
        expectedState: state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      })
      const claims = tokens.claims()
      if (!claims || !tokens.id_token) return { ...refuse('invalid', 'no ID token'), returnTo }
      const verdict = userFromClaims(claims, this.config.mapping, catalogCustomers)
      if (!verdict.ok) return { ...refuse(verdict.reason, verdict.detail, verdict.user), returnTo }
      return { ok: true, user: verdict.user, idToken: tokens.id_token, returnTo }
    } catch (cause) {
      // openid-client's messages name the check that failed (its cause, more exactly), never the token.
      const { code, cause: inner } = cause as { code?: string; cause?: unknown }
      const message = inner instanceof Error ? inner.message : (cause as Error).message
      const detail = `${code ? `${code}: ` : ''}${message}`
      return { ...refuse('invalid', detail.slice(0, 200)), returnTo }
    }
  }

  /** The provider's sign-out page when it publishes one (RP-initiated logout), else undefined. */
  async endSessionUrl(idToken: string): Promise<string | undefined> {
    const configuration = await this.configuration().catch(() => undefined)
    if (!configuration?.serverMetadata().end_session_endpoint) return undefined
    return client.buildEndSessionUrl(configuration, {
      post_logout_redirect_uri: this.config.postLogoutUrl.href,
      ...(idToken ? { id_token_hint: idToken } : {}),
    }).href
  }
}

/** Which sign-in `serve` offers: LEITSTAND_SIGN_IN, or what is configured. */
export type SignInMethods = { demo: boolean; oidc: boolean }

export function signInMethods(
  demoRequested: boolean,
  oidcConfigured: boolean,
  choice: string | undefined,
): SignInMethods {
  if (choice !== undefined && choice !== '') {
    const offered = {
      demo: choice === 'demo' || choice === 'both',
      oidc: choice === 'oidc' || choice === 'both',
    }
    if (!['demo', 'oidc', 'both'].includes(choice))
      throw new ConfigurationError(`LEITSTAND_SIGN_IN must be oidc, demo or both, not '${choice}'`)
    if (offered.oidc && !oidcConfigured)
      throw new ConfigurationError(`LEITSTAND_SIGN_IN=${choice} needs LEITSTAND_OIDC_ISSUER`)
    return offered
  }
  if (demoRequested && oidcConfigured)
    throw new ConfigurationError(
      'both the demo login (--demo, LEITSTAND_DEMO=1) and OpenID Connect (LEITSTAND_OIDC_ISSUER) are configured: set LEITSTAND_SIGN_IN to oidc, demo or both',
    )
  return { demo: demoRequested, oidc: oidcConfigured }
}
