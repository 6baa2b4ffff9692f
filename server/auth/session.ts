/**
 * Sessions on the server, one mechanism for the demo and the OpenID Connect
 * sign-in: the httpOnly cookie holds a random id, the store's `sessions` table
 * holds the user under the id's SHA-256. A session ends after an idle time
 * (default 30 min) or an absolute time (default 8 h), and when the user signs
 * out: then the row is marked ended, so a copied cookie stops working too.
 */
import { createHash, randomBytes } from 'node:crypto'
import { parse as parseCookies, serialize as serializeCookie } from 'cookie'
import { ROLES, type User } from '../../shared/auth'
import { ConfigurationError } from '../configuration'
import type { Store } from '../store'
import { sql, toChDateTime, typed } from '../store/sql'

export const SESSION_COOKIE = 'leitstand_session'

export type SignInMethod = 'demo' | 'oidc'

export interface SessionPolicy {
  idleMinutes: number
  absoluteMinutes: number
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, absoluteMinutes: 8 * 60 }
/** The sessions table keeps rows a day: no session may last longer. */
const MAX_ABSOLUTE_MINUTES = 24 * 60
/** "Seen" is written at most this often per session. */
const SEEN_EVERY_MS = 60_000
/** Versions of ended rows lie above every "seen" version (milliseconds since 1970). */
const ENDED = 2n ** 52n

function minutesFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const minutes = Number(raw)
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > max)
    throw new ConfigurationError(`${name} must be a whole number of minutes from 1 to ${max}`)
  return minutes
}

export function sessionPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): SessionPolicy {
  const absoluteMinutes = minutesFrom(
    env,
    'LEITSTAND_SESSION_ABSOLUTE_MINUTES',
    DEFAULT_SESSION_POLICY.absoluteMinutes,
    MAX_ABSOLUTE_MINUTES,
  )
  const idleMinutes = minutesFrom(
    env,
    'LEITSTAND_SESSION_IDLE_MINUTES',
    DEFAULT_SESSION_POLICY.idleMinutes,
    absoluteMinutes,
  )
  return { idleMinutes, absoluteMinutes }
}

export interface Session {
  /** SHA-256 of the cookie's id: how the session is named on the server. */
  idHash: string
  user: User
  method: SignInMethod
  idToken: string
}

interface SessionRow {
  id_hash: string
  user_id: string
  user_name: string
  role: string
  customer: string
  method: string
  id_token: string
  started_at: string
  seen_at: string
  ended: boolean
}

export function hashOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

const utcMs = (time: string) => Date.parse(`${time.replace(' ', 'T')}Z`)
/** An instant as ClickHouse writes a DateTime64(3) in UTC. */
const chTime = (ms: number) => toChDateTime(new Date(ms))

async function write(
  store: Store,
  row: Omit<SessionRow, 'started_at' | 'seen_at'>,
  started: Date,
  seen: Date,
) {
  const version = BigInt(seen.getTime()) + (row.ended ? ENDED : 0n)
  await store.command(
    sql`INSERT INTO sessions (id_hash, user_id, user_name, role, customer, method, id_token, started_at, seen_at, ended, version)
        VALUES (${row.id_hash}, ${row.user_id}, ${row.user_name}, ${row.role}, ${row.customer}, ${row.method},
                ${row.id_token}, ${started}, ${seen}, ${row.ended}, ${typed('UInt64', version.toString())})`,
  )
}

/** Starts a session for a user who just signed in; returns the cookie's value (a new id every time). */
export async function startSession(
  store: Store,
  user: User,
  method: SignInMethod = 'demo',
  idToken = '',
): Promise<string> {
  const id = randomBytes(32).toString('base64url')
  const now = new Date()
  await write(
    store,
    {
      id_hash: hashOf(id),
      user_id: user.id,
      user_name: user.name,
      role: user.role,
      customer: user.customer ?? '',
      method,
      id_token: idToken,
      ended: false,
    },
    now,
    now,
  )
  return id
}

export function sessionIdOf(cookieHeader: string | undefined): string | undefined {
  return cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] || undefined : undefined
}

/**
 * Sessions read in the last seconds, per store. A page's calls must not each
 * wait for the store to be recognised. The embedded store belongs to this
 * process alone (the CLI asks the running server), so every sign-in and
 * sign-out happens here and a session read once is known from then on. On a
 * ClickHouse server several instances share the sessions: one is trusted for
 * TRUST_MS after it was read and read again in the background once it is
 * REREAD_MS old, so one ended through another instance stops working here
 * within TRUST_MS. A session ended in this process is forgotten at once.
 */
const REREAD_MS = 1000
const TRUST_MS = 5000
/** Past this many remembered sessions the stale ones are swept out. */
const SWEEP_AT = 10_000

interface Known {
  row: SessionRow | undefined
  readAt: number
  rereading?: Promise<unknown>
}

const remembered = new WeakMap<Store, Map<string, Known>>()

function rememberedOf(store: Store): Map<string, Known> {
  let map = remembered.get(store)
  if (!map) {
    map = new Map()
    remembered.set(store, map)
  }
  return map
}

async function readRow(store: Store, idHash: string): Promise<SessionRow | undefined> {
  const [row] = await store.query<SessionRow>(
    sql`SELECT id_hash, user_id, user_name, role, customer, method, id_token, started_at, seen_at, ended
        FROM sessions FINAL WHERE id_hash = ${idHash}`,
  )
  const map = rememberedOf(store)
  const now = Date.now()
  if (map.size >= SWEEP_AT)
    for (const [key, known] of map) if (now - known.readAt >= TRUST_MS) map.delete(key)
  // A session ended here stays ended, whatever a read begun before its end found.
  if (map.get(idHash)?.row?.ended) return map.get(idHash)?.row
  // Only sessions that exist are remembered: made-up cookies do not fill the memory.
  if (row) map.set(idHash, { row, readAt: now })
  else map.delete(idHash)
  return row
}

/** The session's row as the store has it, or as it was read less than TRUST_MS ago. */
async function sessionRow(store: Store, idHash: string): Promise<SessionRow | undefined> {
  const known = rememberedOf(store).get(idHash)
  if (known && store.kind === 'chdb') return known.row
  const age = known ? Date.now() - known.readAt : Number.POSITIVE_INFINITY
  if (!known || age >= TRUST_MS || age < 0) return readRow(store, idHash)
  if (age >= REREAD_MS && !known.rereading) {
    known.rereading = readRow(store, idHash).catch(() => {
      known.rereading = undefined
    })
  }
  return known.row
}

/** The live session of a request's cookie, or undefined when absent, unknown, ended or timed out. */
export async function readSession(
  store: Store,
  cookieHeader: string | undefined,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<Session | undefined> {
  const id = sessionIdOf(cookieHeader)
  if (!id || id.length > 100) return undefined
  const row = await sessionRow(store, hashOf(id))
  if (!row || row.ended) return undefined
  const now = Date.now()
  const started = utcMs(row.started_at)
  const seen = utcMs(row.seen_at)
  if (now - started >= policy.absoluteMinutes * 60_000 || now - seen >= policy.idleMinutes * 60_000)
    return undefined
  const role = ROLES.find((r) => r === row.role)
  if (!role || (role === 'ministry' && !row.customer)) return undefined
  if (now - seen >= SEEN_EVERY_MS) {
    // Recorded in the background: the request does not wait for it (a failed write is tried next minute).
    row.seen_at = chTime(now)
    void write(store, { ...row, ended: false }, new Date(started), new Date(now)).catch(() => {
      row.seen_at = chTime(seen)
    })
  }
  return {
    idHash: row.id_hash,
    user: {
      id: row.user_id,
      name: row.user_name,
      role,
      customer: role === 'ministry' ? row.customer : undefined,
    },
    method: row.method === 'oidc' ? 'oidc' : 'demo',
    idToken: row.id_token,
  }
}

/** Ends a session on the server: its cookie, wherever it was copied to, no longer signs anyone in. */
export async function endSession(store: Store, session: Pick<Session, 'idHash'>): Promise<void> {
  const remembered = rememberedOf(store)
  const known = remembered.get(session.idHash)?.row
  if (known) remembered.set(session.idHash, { row: { ...known, ended: true }, readAt: Date.now() })
  const row = await readRow(store, session.idHash)
  if (!row) return
  const ended = { ...row, id_token: '', ended: true }
  remembered.set(session.idHash, { row: ended, readAt: Date.now() })
  await write(store, ended, new Date(utcMs(row.started_at)), new Date())
}

export function sessionCookie(id: string, secure: boolean, policy: SessionPolicy): string {
  return serializeCookie(SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: policy.absoluteMinutes * 60,
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
