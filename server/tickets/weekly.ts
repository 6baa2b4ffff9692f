/** Tickets created and resolved per local week (Monday start) and customer. */
import { DateTime } from 'luxon'
import type { Store } from '../store'
import { sql } from '../store/sql'
import { ticketsAsOf } from './figures'

export interface WeeklyTicketRow {
  /** Monday of the week, local date YYYY-MM-DD */
  week: string
  customer: string
  created: number
  resolved: number
}

/**
 * Every week touching [from, to) appears for every customer, with zeros where
 * nothing happened. Tickets are taken as of `to`, like a report: a ticket
 * counts as resolved in the week it was last resolved.
 */
export async function weeklyTickets(
  store: Store,
  zone: string,
  customers: readonly string[],
  from: number,
  to: number,
): Promise<WeeklyTicketRow[]> {
  const rows = new Map<string, WeeklyTicketRow>()
  for (
    let week = DateTime.fromMillis(from, { zone }).startOf('week');
    week.toMillis() < to;
    week = week.plus({ weeks: 1 })
  ) {
    for (const customer of customers) {
      const key = `${week.toISODate()}|${customer}`
      rows.set(key, { week: week.toISODate() as string, customer, created: 0, resolved: 0 })
    }
  }
  if (customers.length === 0) return []
  const start = new Date(from)
  const counted = await store.query<{
    customer: string
    week: string
    what: 'created' | 'resolved'
    n: number
  }>(sql`
    WITH tickets AS (${ticketsAsOf(customers, to, { from })})
    SELECT customer, toString(toMonday(created_at, ${zone})) AS week, 'created' AS what, count() AS n
    FROM tickets WHERE created_at >= ${start} GROUP BY customer, week
    UNION ALL
    SELECT customer, toString(toMonday(assumeNotNull(resolved_at), ${zone})) AS week, 'resolved' AS what, count() AS n
    FROM tickets WHERE resolved_at >= ${start} GROUP BY customer, week`)
  for (const { customer, week, what, n } of counted) {
    const row = rows.get(`${week}|${customer}`)
    if (row) row[what] = n
  }
  return [...rows.values()]
}
