/** Volume by channel and category, backlog by age, reopen rate: for [from, to) as of `to`. */

import { type Count, metricValue } from '../../shared/metric-catalogue'
import type { Store } from '../store'
import { join, sql, typed } from '../store/sql'
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

/** Most tickets first; equal counts by name. */
function byVolume<T extends { tickets: number }>(rows: T[], name: (row: T) => string): T[] {
  return rows.sort((a, b) => b.tickets - a.tickets || name(a).localeCompare(name(b)))
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
  const open = TICKETS_WHERE.open_at_end(window)
  const ageDays = sql`dateDiff('second', created_at, ${end}) / 86400`
  // Each backlog age as a count: at least the age before's bound, below its own.
  const ages = join(
    BACKLOG_AGES.map(({ maxDays }, index) => {
      const below = Number.isFinite(maxDays) ? sql` AND ${ageDays} < ${typed('Float64', maxDays)}` : sql``
      const previous = BACKLOG_AGES[index - 1]?.maxDays
      const atLeast = previous === undefined ? sql`` : sql` AND ${ageDays} >= ${typed('Float64', previous)}`
      return sql`countIf(${open}${atLeast}${below})`
    }),
    ', ',
  )
  // One read of the tickets (the embedded store runs one statement at a time).
  const [row] = await store.query<{
    created: number
    resolved: number
    reopened: number
    channels: [string[], number[]]
    categories: [string[], number[]]
    backlog: number[]
  }>(sql`
    SELECT ${countOf('created', window)} AS created, ${countOf('resolved', window)} AS resolved,
      ${countOf('reopened', window)} AS reopened,
      sumMapIf([channel], [toUInt64(1)], ${created}) AS channels,
      sumMapIf([category], [toUInt64(1)], ${created}) AS categories,
      [${ages}] AS backlog
    FROM (${ticketsAsOf(customers, to, { from })})`)
  const counts: Partial<Record<Count, number>> = {
    created: row?.created ?? 0,
    resolved: row?.resolved ?? 0,
    reopened: row?.reopened ?? 0,
  }
  const count = (name: Count) => counts[name] ?? 0
  const [channels, channelTickets] = row?.channels ?? [[], []]
  const [categories, categoryTickets] = row?.categories ?? [[], []]
  return {
    created: count('created'),
    resolved: count('resolved'),
    reopened: count('reopened'),
    reopenRate: metricValue('reopen_rate', count),
    byChannel: byVolume(
      channels.map((channel, i) => ({ channel: channel || UNKNOWN, tickets: Number(channelTickets[i]) })),
      (entry) => entry.channel,
    ),
    byCategory: byVolume(
      categories.map((category, i) => ({
        category: category || UNKNOWN,
        tickets: Number(categoryTickets[i]),
      })),
      (entry) => entry.category,
    ),
    backlog: BACKLOG_AGES.map(({ age }, i) => ({ age, tickets: Number(row?.backlog[i] ?? 0) })),
  }
}
