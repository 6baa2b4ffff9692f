/** Reads ticket events from the store for the ticket clock engine. */
import type { TicketEvent } from '../../shared/ticket-clock'
import type { Store } from '../store'
import { sql } from '../store/sql'

/**
 * All events before `asOf` of the tickets created (before `asOf`) for one of
 * `customers`. Deduplicated by id (last write wins). The caller evaluates them
 * and keeps only tickets whose earliest `created` names one of `customers`.
 */
export async function ticketEventsOf(
  store: Store,
  customers: readonly string[],
  asOf: number,
): Promise<TicketEvent[]> {
  if (customers.length === 0) return []
  const before = new Date(asOf)
  const rows = await store.query<{
    id: string
    ticket: string
    at_ms: number
    type: TicketEvent['type']
    customer: string
    service: string
    priority: string
    status: string
  }>(sql`
    -- at_ms, not at: an alias named like the column would shadow it in WHERE.
    SELECT id, ticket, toUnixTimestamp64Milli(at) AS at_ms, type, customer, service, priority, status
    FROM ticket_events FINAL
    WHERE at < ${before}
      AND ticket IN (
        SELECT ticket FROM ticket_events FINAL
        WHERE type = 'created' AND at < ${before} AND customer IN ${customers}
      )`)
  return rows.map((row) => ({
    id: row.id,
    ticket: row.ticket,
    at: row.at_ms,
    type: row.type,
    customer: row.customer || undefined,
    service: row.service || undefined,
    priority: (row.priority || undefined) as TicketEvent['priority'],
    status: (row.status || undefined) as TicketEvent['status'],
  }))
}
