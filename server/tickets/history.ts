/**
 * Keeps ticket_history in step with ticket_events and the catalog: each
 * ticket's checkpoints are computed by the one ticket clock engine
 * (shared/ticket-clock.ts) and stored, a bucket of tickets at a time so that
 * memory stays bounded on millions of events.
 */
import type { Catalog } from '../../shared/catalog'
import { type TicketHistory, ticketHistory } from '../../shared/ticket-checkpoints'
import { catalogSlaResolver, type TicketEvent } from '../../shared/ticket-clock'
import type { Store } from '../store'
import { type Sql, sql, typed } from '../store/sql'

const RUN_FACTOR = 2 ** 32
const TICKETS_PER_BUCKET = 50_000
const HASH_SLOTS = 1024

const COLUMNS = [
  'ticket',
  'customer',
  'service',
  'sla',
  'created_at',
  'category',
  'channel',
  'reopens',
  'last_at',
  'settled',
  'cp_at',
  'cp_status',
  'cp_priority',
  'cp_resolved_at',
  'cp_resolution_elapsed_ms',
  'cp_resolution_target_ms',
  'cp_response_stopped_at',
  'cp_response_elapsed_ms',
  'cp_response_target_ms',
  'ev_id',
  'ev_at',
  'ev_type',
  'ev_priority',
  'ev_status',
  'version',
  'deleted',
] as const

/** A row that deletes the history of `ticket` kept under `customer`. */
function deletionOf(ticket: string, customer: string, build: number): unknown[] {
  const values: Partial<Record<(typeof COLUMNS)[number], unknown>> = {
    ticket,
    customer,
    created_at: 0,
    last_at: 0,
    settled: 0,
    version: build,
    deleted: 1,
  }
  return COLUMNS.map((column) => values[column] ?? (/^(cp_|ev_|reopens)/.test(column) ? [] : ''))
}

interface EventRow {
  id: string
  ticket: string
  at_ms: number
  type: TicketEvent['type']
  customer: string
  service: string
  priority: string
  status: string
  category: string
  channel: string
}

function toTicketEvent(row: Omit<EventRow, 'category' | 'channel'>): TicketEvent {
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
 * Recomputes the history of the tickets an ingest run touched, or of all
 * tickets (after a catalog load). Returns how many tickets it wrote.
 *
 * The tickets, their customer in ticket_history so far, and the newest
 * version of each of their events are read once into the rebuild tables,
 * sorted by a hash bucket; then each bucket is a range read, replayed here
 * and written while the next bucket is read.
 */
export async function rebuildTicketHistory(
  store: Store,
  catalog: Catalog,
  which: { run: number } | 'all',
): Promise<number> {
  // A run touches the tickets of its events, and the tickets its re-sent events belonged to before.
  const selection =
    which === 'all'
      ? sql`SELECT DISTINCT ticket FROM ticket_events`
      : sql`SELECT DISTINCT ticket FROM ticket_events WHERE id IN (
              SELECT id FROM ticket_events
              WHERE version >= ${typed('UInt64', which.run * RUN_FACTOR)} AND version < ${typed('UInt64', (which.run + 1) * RUN_FACTOR)})`
  const [latest] = await store.query<{ build: number }>(
    sql`SELECT max(version) + 1 AS build FROM ticket_history`,
  )
  const buildNumber = latest?.build ?? 1
  const build = typed('UInt64', buildNumber)
  const ofBuild = sql`SELECT ticket FROM ticket_rebuild WHERE build = ${build}`
  await store.command(sql`
    INSERT INTO ticket_rebuild (build, bucket, ticket, previous_customer)
    SELECT ${build}, cityHash64(ticket) % ${typed('UInt32', HASH_SLOTS)}, ticket, previous.customer
    FROM (${selection}) AS touched
    LEFT JOIN (SELECT ticket, customer FROM ticket_history FINAL WHERE ticket IN (${selection})) AS previous
      USING ticket
    SETTINGS join_use_nulls = 1`)
  await store.command(sql`
    INSERT INTO ticket_rebuild_events
    SELECT ${build}, cityHash64(ticket) % ${typed('UInt32', HASH_SLOTS)}, ticket, id, at, type, customer, service,
      priority, status, category, channel
    FROM ticket_events FINAL
    WHERE ticket IN (${ofBuild})`)
  const [counted] = await store.query<{ tickets: number }>(
    sql`SELECT count() AS tickets FROM ticket_rebuild WHERE build = ${build}`,
  )
  const buckets = Math.min(HASH_SLOTS, Math.max(1, Math.ceil((counted?.tickets ?? 0) / TICKETS_PER_BUCKET)))
  const resolver = catalogSlaResolver(catalog)
  let written = 0
  let pending: Promise<void> = Promise.resolve()
  for (let bucket = 0; bucket < buckets; bucket++) {
    // Bucket b is a range of hash slots, so both reads narrow by the tables' sort key.
    const inBucket = sql`build = ${build}
      AND bucket >= ${typed('UInt32', Math.floor((bucket * HASH_SLOTS) / buckets))}
      AND bucket < ${typed('UInt32', Math.floor(((bucket + 1) * HASH_SLOTS) / buckets))}`
    const tickets = await store.query<{ ticket: string; previous_customer: string | null }>(
      sql`SELECT ticket, previous_customer FROM ticket_rebuild WHERE ${inBucket}`,
    )
    const rows = await store.query<EventRow>(sql`
      SELECT id, ticket, toUnixTimestamp64Milli(at) AS at_ms, type, customer, service, priority, status, category, channel
      FROM ticket_rebuild_events WHERE ${inBucket}`)
    const byTicket = new Map<string, EventRow[]>()
    for (const row of rows) {
      const list = byTicket.get(row.ticket)
      if (list) list.push(row)
      else byTicket.set(row.ticket, [row])
    }
    const out: unknown[][] = []
    for (const { ticket, previous_customer: before } of tickets) {
      const ticketRows = byTicket.get(ticket) ?? []
      const history = ticketHistory(ticketRows.map(toTicketEvent), resolver)
      // Gone (no `created` any more) or moved to another customer: delete the old row.
      if (before !== null && before !== history?.customer) {
        out.push(deletionOf(ticket, before, buildNumber))
      }
      if (history) out.push(historyRow(ticket, history, ticketRows, buildNumber))
    }
    // One insert in flight while the next bucket is read and evaluated.
    await pending
    pending = store.insert('ticket_history', COLUMNS, out)
    written += out.length
  }
  await pending
  await store.command(sql`DELETE FROM ticket_rebuild_events WHERE build = ${build}`)
  await store.command(sql`DELETE FROM ticket_rebuild WHERE build = ${build}`)
  return written
}

function historyRow(
  ticket: string,
  history: TicketHistory,
  ticketRows: EventRow[],
  build: number,
): unknown[] {
  const created = ticketRows
    .filter((row) => row.type === 'created')
    .sort((a, b) => a.at_ms - b.at_ms || (a.id < b.id ? -1 : 1))[0]
  const cps = history.checkpoints
  return [
    ticket,
    history.customer,
    history.service,
    history.sla ?? '',
    history.createdAt,
    created?.category ?? '',
    created?.channel ?? '',
    history.reopens,
    cps.at(-1)?.at ?? history.createdAt,
    cps.at(-1)?.resolvedAt != null ? 1 : 0,
    cps.map((cp) => cp.at),
    cps.map((cp) => cp.status),
    cps.map((cp) => cp.priority ?? ''),
    cps.map((cp) => cp.resolvedAt),
    cps.map((cp) => cp.resolutionElapsedMs),
    cps.map((cp) => cp.resolutionTargetMs),
    cps.map((cp) => cp.responseStoppedAt),
    cps.map((cp) => cp.responseElapsedMs),
    cps.map((cp) => cp.responseTargetMs),
    ticketRows.map((row) => row.id),
    ticketRows.map((row) => row.at_ms),
    ticketRows.map((row) => row.type),
    ticketRows.map((row) => row.priority),
    ticketRows.map((row) => row.status),
    build,
    0,
  ]
}

/**
 * The events of the tickets in ticket_history that match `where` (a condition
 * on its columns; put `customer` in it so the key narrows the read).
 */
export async function historyEvents(store: Store, where: Sql): Promise<TicketEvent[]> {
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
