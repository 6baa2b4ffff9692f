/**
 * Ingest tokens: a random secret per sender, allowed some event kinds. Only
 * a SHA-256 hash is stored (a token has 256 random bits, so a plain hash is
 * as strong as a slow one). Pushes check their token against a list kept in
 * memory and read again in the background every second; a create or revoke
 * in this process drops the list, so a revoked token stops working at once.
 */
import { createHash, randomBytes } from 'node:crypto'
import { type EventKind, isEventKind } from '../../shared/events'
import type { Store } from '../store'
import { recentRead } from '../store/recent'
import { sql } from '../store/sql'

export interface IngestToken {
  name: string
  kinds: EventKind[]
  createdAt: string
  revokedAt: string | null
  lastUsedAt: string | null
}

export class TokenError extends Error {
  override name = 'TokenError'
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/
const PREFIX = 'lst_'
const REFRESH_MS = 1000
const USE_WRITE_MS = 60_000
const COLUMNS = ['name', 'hash', 'kinds', 'created_at', 'revoked_at', 'version'] as const

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

const iso = (text: string | null | undefined) => (text ? `${text.replace(' ', 'T')}Z` : null)

export function parseKinds(text: string): EventKind[] {
  const kinds = [...new Set(text.split(',').map((kind) => kind.trim()))].filter(Boolean)
  const unknown = kinds.filter((kind) => !isEventKind(kind))
  if (kinds.length === 0 || unknown.length > 0)
    throw new TokenError(
      `--kinds must list event kinds (tickets, checks, maintenance, surveys, kpis), not '${text}'`,
    )
  return kinds as EventKind[]
}

interface TokenRow {
  name: string
  hash: string
  kinds: EventKind[]
  created_at: string
  revoked_at: string | null
}

async function tokenRows(store: Store): Promise<TokenRow[]> {
  return store.query<TokenRow>(
    sql`SELECT name, hash, kinds, created_at, revoked_at FROM ingest_tokens FINAL ORDER BY name`,
  )
}

interface ActiveToken {
  name: string
  kinds: EventKind[]
}

// Per store: the active tokens by hash, read again in the background once a second old.
const known = recentRead(activeTokens, REFRESH_MS)
const lastUseWritten = new Map<string, number>()
const cacheKey = (store: Store) => `${store.location}/${store.database}`

/** Creates a token and returns it: the only time it is ever shown. */
export async function createToken(store: Store, name: string, kinds: EventKind[]): Promise<string> {
  if (!NAME.test(name))
    throw new TokenError(`token name '${name}' must be lowercase letters, digits, '.', '_' or '-'`)
  const existing = (await tokenRows(store)).find((row) => row.name === name)
  if (existing && existing.revoked_at === null)
    throw new TokenError(`a token named '${name}' exists; revoke it first`)
  const token = PREFIX + randomBytes(32).toString('base64url')
  await store.insert('ingest_tokens', COLUMNS, [
    [name, hashToken(token), kinds, Date.now(), null, Date.now()],
  ])
  forget(store)
  return token
}

export async function revokeToken(store: Store, name: string): Promise<void> {
  const existing = (await tokenRows(store)).find((row) => row.name === name)
  if (!existing || existing.revoked_at !== null) throw new TokenError(`no active token named '${name}'`)
  const createdAt = Date.parse(iso(existing.created_at) ?? '')
  await store.insert('ingest_tokens', COLUMNS, [
    [name, existing.hash, existing.kinds, createdAt, Date.now(), Date.now()],
  ])
  forget(store)
}

export async function listTokens(store: Store): Promise<IngestToken[]> {
  const rows = await tokenRows(store)
  const uses = await store.query<{ name: string; used_at: string }>(
    sql`SELECT name, max(used_at) AS used_at FROM ingest_token_uses GROUP BY name`,
  )
  const used = new Map(uses.map((use) => [use.name, use.used_at]))
  return rows.map((row) => ({
    name: row.name,
    kinds: row.kinds,
    createdAt: iso(row.created_at) as string,
    revokedAt: iso(row.revoked_at),
    lastUsedAt: iso(used.get(row.name)),
  }))
}

/** The active tokens by hash, read from the store. */
async function activeTokens(store: Store): Promise<Map<string, ActiveToken>> {
  const rows = await tokenRows(store)
  return new Map(
    rows
      .filter((row) => row.revoked_at === null)
      .map((row) => [row.hash, { name: row.name, kinds: row.kinds }]),
  )
}

/**
 * The active tokens, without a store read on the way of a push: a list older
 * than a second is still used while a fresh one is read in the background.
 * A create or revoke in this process drops the list, so the next request
 * waits for a fresh one: a revoked token stops working at once (one revoked
 * by another process sharing a ClickHouse server: within about a second).
 */
const knownTokens = (store: Store) => known.get(store)

/** After a create or revoke: the next push waits for a fresh read. */
const forget = (store: Store) => known.forget(store)

/** The active token with this secret, or undefined. Notes its use (at most once a minute). */
export async function verifyToken(store: Store, token: string): Promise<ActiveToken | undefined> {
  const found = (await knownTokens(store)).get(hashToken(token))
  const useKey = `${cacheKey(store)}/${found?.name}`
  if (found && Date.now() - (lastUseWritten.get(useKey) ?? 0) > USE_WRITE_MS) {
    lastUseWritten.set(useKey, Date.now())
    // Noted beside the push, not in its way.
    store
      .insert('ingest_token_uses', ['name', 'used_at'], [[found.name, Date.now()]])
      .catch(() => lastUseWritten.delete(useKey))
  }
  return found
}
