/**
 * The audit trail: every sign-in, refused sign-in, sign-out, report view and
 * download, with time, user, role, the ministry asked for, the procedure or
 * file and the outcome. Only inserted, never updated or deleted; the table's
 * TTL is the retention (LEITSTAND_AUDIT_RETENTION_DAYS, default 730 days).
 */

import type { AuditAction, AuditEntry, AuditFilter } from '../../shared/audit'
import type { Role } from '../../shared/auth'
import { ConfigurationError } from '../configuration'
import { auditFailures } from '../metrics'
import type { Store } from '../store'
import { sql, toChDateTime } from '../store/sql'

export const DEFAULT_RETENTION_DAYS = 730

export interface AuditRecord {
  action: AuditAction
  /** The signed-in user; for a refused sign-in, what the provider said (subject and name) where known. */
  user?: { id: string; name: string; role?: Role | '' }
  /** The ministry asked for, or a ministry user's own. */
  customer?: string
  /** The procedure (`report.get`), the file (`bericht.csv`) or the sign-in method (`oidc`, `demo`). */
  subject: string
  /** `ok`, or the refusal (`FORBIDDEN`, `no_role`, …). */
  outcome: string
  /** Why, in a few words; never tokens, cookies or survey comments. */
  detail?: string
  ip?: string
}

const COLUMNS = [
  'at',
  'action',
  'user_id',
  'user_name',
  'role',
  'customer',
  'subject',
  'outcome',
  'detail',
  'ip',
]

/** The entries of one insert, and that insert. */
interface Batch {
  rows: unknown[][]
  stored: Promise<void>
}

/** Per store: the batch still taking entries. */
const open = new WeakMap<Store, Batch>()
/** Per store: the inserts under way; a read of the trail waits for them. */
const underWay = new WeakMap<Store, Set<Promise<void>>>()

/**
 * Writes one entry, and resolves once it is stored. The entries recorded in
 * one turn of the event loop are written together, at its end: the report
 * and the verdict of a page, or 20 people viewing reports at once, cost one
 * statement, not one each; the store takes the inserts of several turns in
 * order. A failure propagates to every entry of its batch: what cannot be
 * recorded does not happen unnoticed.
 */
export function recordAudit(store: Store, record: AuditRecord): Promise<void> {
  const row = [
    toChDateTime(new Date()),
    record.action,
    record.user?.id ?? '',
    record.user?.name ?? '',
    record.user?.role ?? '',
    record.customer ?? '',
    record.subject,
    record.outcome,
    (record.detail ?? '').slice(0, 500),
    record.ip ?? '',
  ]
  let batch = open.get(store)
  if (!batch) {
    const rows: unknown[][] = []
    const turnEnded = new Promise<void>((resolve) => setImmediate(resolve))
    const stored = turnEnded.then(() => {
      // From here on, entries go into the next batch.
      open.delete(store)
      return store.insert('audit_log', COLUMNS, rows)
    })
    batch = { rows, stored }
    open.set(store, batch)
    const inserts = underWay.get(store) ?? new Set()
    underWay.set(store, inserts)
    inserts.add(stored)
    const done = () => inserts.delete(stored)
    stored.then(done, done)
  }
  batch.rows.push(row)
  return batch.stored
}

/**
 * Records an entry of a view or download, and resolves once it is stored
 * or, when the store does not take it, written to the server log in full and
 * counted in /metrics (leitstand_audit_failures_total): not lost unnoticed,
 * and the file or answer is not withheld for it.
 */
export function recordOrLog(store: Store, record: AuditRecord): Promise<void> {
  return recordAudit(store, record).catch((error: unknown) => {
    auditFailures.inc()
    console.error(`[audit] entry not stored (${(error as Error).message}): ${describe(record)}`)
  })
}

/** Resolves once the entries recorded so far are written (or have failed): before a read of the trail, before the store closes. */
export async function auditWritten(store: Store): Promise<void> {
  await Promise.allSettled(underWay.get(store) ?? [])
}

/** An entry in one line for the server log: no tokens, cookies or comments are in an entry. */
function describe(record: AuditRecord): string {
  const who = record.user
    ? `${record.user.id}${record.user.role ? ` (${record.user.role})` : ''}`
    : 'unknown user'
  return `${record.action} via ${record.subject}: ${who}${record.customer ? `, ministry ${record.customer}` : ''}, ${record.outcome}${record.detail ? ` – ${record.detail}` : ''}${record.ip ? `, from ${record.ip}` : ''}`
}

/** Sign-in events also go to the server log (the rest only to the table). */
export function logSignIn(record: AuditRecord): void {
  const line = `[auth] ${describe(record)}`
  if (record.outcome === 'ok') console.log(line)
  else console.warn(line)
}

/** At most this many entries in one answer (the page and the CSV say when there are more). */
export const AUDIT_LIMIT = 5000

interface AuditRow {
  at: string
  action: AuditAction
  user_id: string
  user_name: string
  role: string
  customer: string
  subject: string
  outcome: string
  detail: string
}

/** Entries matching the filter, newest first; `day` is a calendar day in German time. */
export async function listAudit(
  store: Store,
  filter: AuditFilter,
  limit = AUDIT_LIMIT,
): Promise<{ entries: AuditEntry[]; more: boolean }> {
  // Entries recorded before this read are in it.
  await auditWritten(store)
  const conditions = [sql`1`]
  if (filter.user) conditions.push(sql` AND (user_id = ${filter.user} OR user_name = ${filter.user})`)
  if (filter.ministry) conditions.push(sql` AND customer = ${filter.ministry}`)
  if (filter.day) conditions.push(sql` AND toDate(at, 'Europe/Berlin') = toDate(${filter.day})`)
  const where = conditions.reduce((all, next) => sql`${all}${next}`)
  const rows = await store.query<AuditRow>(
    sql`SELECT at, action, user_id, user_name, role, customer, subject, outcome, detail
        FROM audit_log WHERE ${where} ORDER BY at DESC LIMIT ${limit + 1}`,
  )
  return {
    entries: rows.slice(0, limit).map((row) => ({
      at: `${row.at.replace(' ', 'T')}Z`,
      action: row.action,
      userId: row.user_id,
      userName: row.user_name,
      role: row.role,
      customer: row.customer,
      subject: row.subject,
      outcome: row.outcome,
      detail: row.detail,
    })),
    more: rows.length > limit,
  }
}

/** Sets the table's retention when it differs from the configured one (a change rewrites no data now). */
export async function applyRetention(store: Store, days: number): Promise<void> {
  checkRetention(days)
  const [table] = await store.query<{ create_table_query: string }>(
    sql`SELECT create_table_query FROM system.tables WHERE database = currentDatabase() AND name = 'audit_log'`,
  )
  if (!table || table.create_table_query.includes(`toIntervalDay(${days})`)) return
  // DDL takes no bound parameters; `days` is a checked integer.
  await store.command(
    `ALTER TABLE audit_log MODIFY TTL toDateTime(at) + toIntervalDay(${days}) SETTINGS materialize_ttl_after_modify = 0`,
  )
}

function checkRetention(days: number): number {
  if (!Number.isInteger(days) || days < 1 || days > 36_500)
    throw new ConfigurationError(
      'LEITSTAND_AUDIT_RETENTION_DAYS must be a whole number of days from 1 to 36500',
    )
  return days
}

export function retentionDaysFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.LEITSTAND_AUDIT_RETENTION_DAYS
  return raw ? checkRetention(Number(raw)) : DEFAULT_RETENTION_DAYS
}
