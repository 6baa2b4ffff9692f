/**
 * Reads ticket_history, the derived table of each ticket's clock checkpoints
 * (rebuilt by ./rebuild.ts): the events its rows carry, replayed by the same
 * clock engine for "as of T" figures and the SLA board.
 */
import type { TicketEvent } from '../../../shared/ticket-clock'
import type { Store } from '../../store'
import { type Sql, sql } from '../../store/sql'

/** An event's row as the store gives it. */
interface EventRow {
  id: string
  ticket: string
  at_ms: number
  type: TicketEvent['type']
  customer: string
  service: string
  priority: string
  status: string
}

/** The clock engine's event of a stored row (empty columns are absent fields). */
export function toTicketEvent(row: EventRow): TicketEvent {
  return {
    id: row.id,
    ticket: row.ticket,
    at: row.at_ms,
    type: row.type,
    customer: row.customer || undefined,
    service: row.service || undefined,
    priority: (row.priority || undefined) as TicketEvent['priority'],
    status: (row.status || undefined) as TicketEvent['status'],
  }
}

/**
 * The events of the tickets in ticket_history that match `where` (a condition
 * on its columns; put `customer` in it so the key narrows the read). A
 * condition on the key columns alone (customer, ticket) may go in `byKey`
 * instead: it is applied as the rows are read (PREWHERE), so a single
 * ticket's lookup does not read and merge every row of the granules it lies
 * in. Every version of a row has the same key, so the latest one survives.
 */
export async function historyEvents(store: Store, where: Sql, byKey?: Sql): Promise<TicketEvent[]> {
  // Aliases differ from the column names: an alias would shadow its column in WHERE.
  const rows = await store.query<{
    ticket: string
    event_id: string
    event_at_ms: number
    event_type: TicketEvent['type']
    event_customer: string
    event_service: string
    event_priority: string
    event_status: string
  }>(sql`
    SELECT ticket, e.1 AS event_id, toUnixTimestamp64Milli(e.2) AS event_at_ms, e.3 AS event_type,
      if(e.3 = 'created', customer, '') AS event_customer, if(e.3 = 'created', service, '') AS event_service,
      e.4 AS event_priority, e.5 AS event_status
    FROM ticket_history FINAL
    ARRAY JOIN arrayZip(ev_id, ev_at, ev_type, ev_priority, ev_status) AS e
    ${byKey ? sql`PREWHERE ${byKey}` : sql``}
    WHERE ${where}`)
  return rows.map((row) =>
    toTicketEvent({
      ticket: row.ticket,
      id: row.event_id,
      at_ms: row.event_at_ms,
      type: row.event_type,
      customer: row.event_customer,
      service: row.event_service,
      priority: row.event_priority,
      status: row.event_status,
    }),
  )
}
