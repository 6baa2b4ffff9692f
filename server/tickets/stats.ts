/** Volume by channel and category, backlog by age, reopen rate: for [from, to) as of `to`. */
import type { Store } from '../store'
import { sql } from '../store/sql'
import { percent, ticketsAsOf } from './figures'

export const BACKLOG_AGES = [
  { age: 'under1', maxDays: 1 },
  { age: 'from1to3', maxDays: 3 },
  { age: 'from3to7', maxDays: 7 },
  { age: 'from7to30', maxDays: 30 },
  { age: 'over30', maxDays: Number.POSITIVE_INFINITY },
] as const

/** The key of a ticket without channel or category; the web words it. */
export const UNKNOWN = 'unknown'

export interface TicketStats {
  created: number
  resolved: number
  reopened: number
  /** reopen events per resolved ticket, in percent */
  reopenRate: number | null
  byChannel: Array<{ channel: string; tickets: number }>
  byCategory: Array<{ category: string; tickets: number }>
  backlog: Array<{ age: (typeof BACKLOG_AGES)[number]['age']; tickets: number }>
}

export async function ticketStats(
  store: Store,
  customers: readonly string[],
  from: number,
  to: number,
): Promise<TicketStats> {
  const start = new Date(from)
  const end = new Date(to)
  const tickets = ticketsAsOf(customers, to, { from })
  // Four reads of the same tickets, at once: the store works on them side by side.
  const [[totals], byChannel, byCategory, ages] = await Promise.all([
    store.query<{ created: number; resolved: number; reopened: number }>(sql`
    SELECT countIf(created_at >= ${start}) AS created, countIf(resolved_at >= ${start}) AS resolved,
      sum(arrayCount(r -> r >= ${start} AND r < ${end}, reopens)) AS reopened
    FROM (${tickets})`),
    store.query<{ channel: string; tickets: number }>(sql`
    SELECT channel, count() AS tickets FROM (${tickets}) WHERE created_at >= ${start} GROUP BY channel ORDER BY tickets DESC`),
    store.query<{ category: string; tickets: number }>(sql`
    SELECT category, count() AS tickets FROM (${tickets}) WHERE created_at >= ${start} GROUP BY category ORDER BY tickets DESC`),
    store.query<{ age_days: number }>(sql`
    SELECT dateDiff('second', created_at, ${end}) / 86400 AS age_days FROM (${tickets}) WHERE resolved_at IS NULL`),
  ])
  const backlog = BACKLOG_AGES.map(({ age }) => ({ age, tickets: 0 }))
  for (const { age_days } of ages) {
    const index = BACKLOG_AGES.findIndex((age) => age_days < age.maxDays)
    const bucket = backlog[index]
    if (bucket) bucket.tickets++
  }
  const created = totals?.created ?? 0
  const resolved = totals?.resolved ?? 0
  const reopened = totals?.reopened ?? 0
  return {
    created,
    resolved,
    reopened,
    reopenRate: percent(reopened, resolved),
    byChannel: byChannel.map((row) => ({ channel: row.channel || UNKNOWN, tickets: row.tickets })),
    byCategory: byCategory.map((row) => ({ category: row.category || UNKNOWN, tickets: row.tickets })),
    backlog,
  }
}
