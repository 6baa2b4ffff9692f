/** Volume by channel and category, backlog by age, reopen rate: for [from, to) as of `to`. */

import { type Count, metricValue } from '../../shared/metric-catalogue'
import type { Store } from '../store'
import { sql } from '../store/sql'
import { ticketsAsOf } from './figures'
import { countOf, TICKETS_WHERE } from './outcomes'

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
  const end = new Date(to)
  const window = { start: new Date(from), end }
  const created = TICKETS_WHERE.created(window)
  const tickets = ticketsAsOf(customers, to, { from })
  // Four reads of the same tickets, at once: the store works on them side by side.
  const [[totals], byChannel, byCategory, ages] = await Promise.all([
    store.query<{ created: number; resolved: number; reopened: number }>(sql`
    SELECT ${countOf('created', window)} AS created, ${countOf('resolved', window)} AS resolved,
      ${countOf('reopened', window)} AS reopened
    FROM (${tickets})`),
    store.query<{ channel: string; tickets: number }>(sql`
    SELECT channel, count() AS tickets FROM (${tickets}) WHERE ${created} GROUP BY channel ORDER BY tickets DESC`),
    store.query<{ category: string; tickets: number }>(sql`
    SELECT category, count() AS tickets FROM (${tickets}) WHERE ${created} GROUP BY category ORDER BY tickets DESC`),
    store.query<{ age_days: number }>(sql`
    SELECT dateDiff('second', created_at, ${end}) / 86400 AS age_days FROM (${tickets}) WHERE ${TICKETS_WHERE.open_at_end(window)}`),
  ])
  const backlog = BACKLOG_AGES.map(({ age }) => ({ age, tickets: 0 }))
  for (const { age_days } of ages) {
    const index = BACKLOG_AGES.findIndex((age) => age_days < age.maxDays)
    const bucket = backlog[index]
    if (bucket) bucket.tickets++
  }
  const counts: Partial<Record<Count, number>> = {
    created: totals?.created ?? 0,
    resolved: totals?.resolved ?? 0,
    reopened: totals?.reopened ?? 0,
  }
  const count = (name: Count) => counts[name] ?? 0
  return {
    created: count('created'),
    resolved: count('resolved'),
    reopened: count('reopened'),
    reopenRate: metricValue('reopen_rate', count),
    byChannel: byChannel.map((row) => ({ channel: row.channel || UNKNOWN, tickets: row.tickets })),
    byCategory: byCategory.map((row) => ({ category: row.category || UNKNOWN, tickets: row.tickets })),
    backlog,
  }
}
