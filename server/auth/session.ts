/**
 * Sessions: a signed JWT (HS256, jose) in an httpOnly cookie. The secret comes
 * from LEITSTAND_SESSION_SECRET; without it a random one is made at start, so
 * sessions end when the server restarts.
 */
import { randomBytes } from 'node:crypto'
import { parse as parseCookies, serialize as serializeCookie } from 'cookie'
import { jwtVerify, SignJWT } from 'jose'
import { ROLES, type User } from '../../shared/auth'

export const SESSION_COOKIE = 'leitstand_session'
const SESSION_HOURS = 8

export interface SessionKeys {
  secret: Uint8Array
}

export function sessionKeys(env: NodeJS.ProcessEnv = process.env): SessionKeys {
  const configured = env.LEITSTAND_SESSION_SECRET
  if (configured && configured.length < 32)
    throw new Error('LEITSTAND_SESSION_SECRET must be at least 32 characters')
  return { secret: configured ? new TextEncoder().encode(configured) : randomBytes(32) }
}

export async function issueSession(keys: SessionKeys, user: User): Promise<string> {
  return new SignJWT({ name: user.name, role: user.role, customer: user.customer })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuedAt()
    .setExpirationTime(`${SESSION_HOURS}h`)
    .sign(keys.secret)
}

/** The user of a request's session cookie, or undefined when absent, forged or expired. */
export async function readSession(
  keys: SessionKeys,
  cookieHeader: string | undefined,
): Promise<User | undefined> {
  const token = cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined
  if (!token) return undefined
  try {
    const { payload } = await jwtVerify(token, keys.secret, { algorithms: ['HS256'] })
    const role = ROLES.find((r) => r === payload.role)
    if (!role || typeof payload.sub !== 'string' || typeof payload.name !== 'string') return undefined
    if (role === 'ministry' && typeof payload.customer !== 'string') return undefined
    return {
      id: payload.sub,
      name: payload.name,
      role,
      customer: role === 'ministry' ? (payload.customer as string) : undefined,
    }
  } catch {
    return undefined
  }
}

export function sessionCookie(token: string, secure: boolean): string {
  return serializeCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  })
}

export function clearedSessionCookie(secure: boolean): string {
  return serializeCookie(SESSION_COOKIE, '', {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: 0,
  })
}
