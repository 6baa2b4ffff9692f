/** Tickets created and resolved per local week (Monday start) and customer. */
import { DateTime } from 'luxon'
import type { Catalog } from '../../shared/catalog'
import { catalogSlaResolver, evaluateTickets } from '../../shared/ticket-clock'
import type { Store } from '../store'
import { ticketEventsOf } from './events'

export interface WeeklyTicketRow {
  /** Monday of the week, local date YYYY-MM-DD */
  week: string
  customer: string
  created: number
  resolved: number
}

/**
 * Every week touching [from, to) appears for every customer, with zeros where
 * nothing happened. Tickets are evaluated as of `to`, like a report.
 */
export async function weeklyTickets(
  store: Store,
  catalog: Catalog,
  customers: readonly string[],
  from: number,
  to: number,
): Promise<WeeklyTicketRow[]> {
  const zone = catalog.timezone
  const weekOf = (ms: number) => DateTime.fromMillis(ms, { zone }).startOf('week').toISODate() as string
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
  const events = await ticketEventsOf(store, customers, to)
  for (const ticket of evaluateTickets(events, to, catalogSlaResolver(catalog))) {
    if (!customers.includes(ticket.customer)) continue
    if (ticket.createdAt >= from) {
      const row = rows.get(`${weekOf(ticket.createdAt)}|${ticket.customer}`)
      if (row) row.created++
    }
    if (ticket.resolvedAt !== null && ticket.resolvedAt >= from) {
      const row = rows.get(`${weekOf(ticket.resolvedAt)}|${ticket.customer}`)
      if (row) row.resolved++
    }
  }
  return [...rows.values()]
}
