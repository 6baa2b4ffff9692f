/**
 * Keeps ticket_history in step with ticket_events and the catalog: each
 * ticket's checkpoints are computed by the one ticket clock engine
 * (shared/ticket-clock.ts) and stored, a bucket of tickets at a time so that
 * memory stays bounded on millions of events.
 */
import type { Catalog } from '../../../shared/catalog'
import { type TicketHistory, ticketHistory } from '../../../shared/ticket-checkpoints'
import { catalogSlaResolver, TICKET_EVENT_TYPES, type TicketEvent } from '../../../shared/ticket-clock'
import type { Store } from '../../store'
import { type Sql, sql, typed } from '../../store/sql'
import { runOfVersion, runVersion } from '../../store/versions'
import { toTicketEvent } from './read'

/** The events the clocks replay; `assign` and `update` only carry a ticket's title and group. */
const CLOCK_EVENT_TYPES = [...TICKET_EVENT_TYPES]
const TICKETS_PER_BUCKET = 20_000
const HASH_SLOTS = 1024
/** Run events whose ids one statement holds at a time while finding the run's tickets. */
const EVENTS_PER_SLICE = 500_000
/** Run events (about) whose tickets' events one statement copies into ticket_rebuild_events. */
const EVENTS_PER_COPY = 1_000_000

/** Part `part` of `parts` of the hash slots, as a range on the rebuild tables' `bucket` column. */
function slotRange(part: number, parts: number): Sql {
  return sql`bucket >= ${typed('UInt32', Math.floor((part * HASH_SLOTS) / parts))}
    AND bucket < ${typed('UInt32', Math.floor(((part + 1) * HASH_SLOTS) / parts))}`
}

const COLUMNS = [
  'ticket',
  'customer',
  'service',
  'sla',
  'created_at',
  'category',
  'channel',
  'title',
  'assignee_group',
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

/**
 * A ticket of a bucket with its clock events as parallel arrays, the category
 * and channel of its first `created`, and its latest title and group.
 */
interface BucketTicket {
  ticket: string
  ids: string[]
  ats: number[]
  types: TicketEvent['type'][]
  customers: string[]
  services: string[]
  priorities: string[]
  statuses: string[]
  category: string
  channel: string
  title: string
  assignee_group: string
}

function eventsOf(row: BucketTicket): TicketEvent[] {
  return row.ids.map((id, i) =>
    toTicketEvent({
      id,
      ticket: row.ticket,
      at_ms: row.ats[i] ?? 0,
      type: row.types[i] ?? 'status',
      customer: row.customers[i] ?? '',
      service: row.services[i] ?? '',
      priority: row.priorities[i] ?? '',
      status: row.statuses[i] ?? '',
    }),
  )
}

/**
 * Which tickets a rebuild recomputes: those some ingest runs touched, all of
 * them, or those in ticket_history matching a condition on its columns (the
 * tickets whose SLA terms a catalog load changed).
 */
export type RebuildSelection = { run: number } | { runs: readonly number[] } | 'all' | { history: Sql }

/**
 * Recomputes the history of the tickets some ingest runs touched, of all
 * tickets, or of those a catalog load affects. Returns how many tickets it wrote.
 *
 * The tickets, their customer in ticket_history so far, and the newest
 * version of each of their events are read once into the rebuild tables,
 * sorted by a hash bucket; then each bucket is a range read, replayed here
 * and written while the next bucket is read.
 */
export async function rebuildTicketHistory(
  store: Store,
  catalog: Catalog,
  which: RebuildSelection,
): Promise<number> {
  const [latest] = await store.query<{ build: number }>(
    sql`SELECT max(version) + 1 AS build FROM ticket_history`,
  )
  const buildNumber = latest?.build ?? 1
  const build = typed('UInt64', buildNumber)
  const ofBuild = sql`SELECT ticket FROM ticket_rebuild WHERE build = ${build}`
  // A run touches the tickets of its events, and the tickets its re-sent events belonged to before.
  // The ids of a large run are taken a slice at a time, so the store's memory stays bounded; a
  // ticket may then be listed once per slice, and the reads below group by ticket.
  let run: { events: number } | undefined
  if (typeof which === 'object' && 'history' in which) {
    // The tickets of ticket_history that match, each once; their events are counted there.
    ;[run] = await store.query<{ events: number }>(
      sql`SELECT sum(length(ev_id)) AS events FROM ticket_history FINAL WHERE ${which.history}`,
    )
    await store.command(sql`
      INSERT INTO ticket_rebuild (build, bucket, ticket)
      SELECT ${build}, cityHash64(ticket) % ${typed('UInt32', HASH_SLOTS)}, ticket
      FROM ticket_history FINAL
      WHERE ${which.history}`)
  } else {
    const runs = which === 'all' ? [] : 'run' in which ? [which.run] : which.runs
    const first = Math.min(...runs)
    const last = Math.max(...runs)
    const ofRun =
      which === 'all'
        ? sql`1`
        : sql`version >= ${typed('UInt64', runVersion(first))} AND version < ${typed('UInt64', runVersion(last + 1))}
            AND ${runOfVersion} IN ${typed('Array(UInt64)', runs)}`
    ;[run] = await store.query<{ events: number }>(
      sql`SELECT count() AS events FROM ticket_events WHERE ${ofRun}`,
    )
    const slices = Math.max(1, Math.ceil((run?.events ?? 0) / EVENTS_PER_SLICE))
    for (let slice = 0; slice < slices; slice++) {
      const inSlice = sql`cityHash64(id) % ${typed('UInt32', slices)} = ${typed('UInt32', slice)}`
      await store.command(sql`
        INSERT INTO ticket_rebuild (build, bucket, ticket)
        SELECT DISTINCT ${build}, cityHash64(ticket) % ${typed('UInt32', HASH_SLOTS)}, ticket
        FROM ticket_events
        WHERE id IN (SELECT id FROM ticket_events WHERE ${ofRun} AND ${inSlice})`)
    }
  }
  // Each ticket's customer in ticket_history, if it has one, as one more row.
  await store.command(sql`
    INSERT INTO ticket_rebuild (build, bucket, ticket, previous_customer)
    SELECT ${build}, cityHash64(ticket) % ${typed('UInt32', HASH_SLOTS)}, ticket, customer
    FROM ticket_history FINAL
    WHERE ticket IN (${ofBuild})`)
  // The newest version of their events, a range of hash slots at a time for a large run.
  const copies = Math.max(1, Math.ceil((run?.events ?? 0) / EVENTS_PER_COPY))
  for (let copy = 0; copy < copies; copy++) {
    await store.command(sql`
      INSERT INTO ticket_rebuild_events
      (build, bucket, ticket, id, at, type, customer, service, priority, status, category, channel, title,
        assignee_group)
      SELECT ${build}, cityHash64(ticket) % ${typed('UInt32', HASH_SLOTS)}, ticket, id, at, type, customer, service,
        priority, status, category, channel, title, assignee_group
      FROM ticket_events FINAL
      WHERE ticket IN (${ofBuild} AND ${slotRange(copy, copies)})`)
  }
  const [counted] = await store.query<{ tickets: number }>(
    sql`SELECT uniqExact(ticket) AS tickets FROM ticket_rebuild WHERE build = ${build}`,
  )
  const buckets = Math.min(HASH_SLOTS, Math.max(1, Math.ceil((counted?.tickets ?? 0) / TICKETS_PER_BUCKET)))
  const resolver = catalogSlaResolver(catalog)
  // Bucket b is a range of hash slots, so its reads narrow by the rebuild tables' sort key.
  const readBucket = async (bucket: number) => {
    const inBucket = sql`build = ${build} AND ${slotRange(bucket, buckets)}`
    const tickets = await store.query<{ ticket: string; previous_customer: string | null }>(
      sql`SELECT ticket, max(previous_customer) AS previous_customer FROM ticket_rebuild WHERE ${inBucket} GROUP BY ticket`,
    )
    // One row per ticket with its events as arrays: a fraction of the bytes of a row per event.
    const grouped = await store.query<BucketTicket>(sql`
      SELECT ticket, arrayMap(e -> e.1, events) AS ids, arrayMap(e -> e.2, events) AS ats,
        arrayMap(e -> e.3, events) AS types, arrayMap(e -> e.4, events) AS customers,
        arrayMap(e -> e.5, events) AS services, arrayMap(e -> e.6, events) AS priorities,
        arrayMap(e -> e.7, events) AS statuses, category, channel, title, assignee_group
      FROM (
        SELECT ticket,
          groupArrayIf((id, toUnixTimestamp64Milli(at), type, customer, service, priority, status),
            type IN ${CLOCK_EVENT_TYPES}) AS events,
          argMinIf(category, (at, id), type = 'created') AS category,
          argMinIf(channel, (at, id), type = 'created') AS channel,
          argMaxIf(title, (at, id), title != '') AS title,
          argMaxIf(assignee_group, (at, id), assignee_group != '') AS assignee_group
        FROM ticket_rebuild_events WHERE ${inBucket}
        GROUP BY ticket)`)
    const events = new Map(grouped.map((row) => [row.ticket, row]))
    return { tickets, events }
  }
  let written = 0
  let pending: Promise<void> = Promise.resolve()
  let next = readBucket(0)
  for (let bucket = 0; bucket < buckets; bucket++) {
    const { tickets, events } = await next
    // The store reads the next bucket while this one is replayed, and writes this one while the
    // next is replayed: the store and the replay work side by side.
    if (bucket + 1 < buckets) next = readBucket(bucket + 1)
    const out: unknown[][] = []
    for (const { ticket, previous_customer: before } of tickets) {
      const ticketEvents = events.get(ticket)
      const history = ticketHistory(ticketEvents ? eventsOf(ticketEvents) : [], resolver)
      // Gone (no `created` any more) or moved to another customer: delete the old row.
      if (before !== null && before !== history?.customer) {
        out.push(deletionOf(ticket, before, buildNumber))
      }
      if (history && ticketEvents) out.push(historyRow(history, ticketEvents, buildNumber))
    }
    await pending
    pending = store.insert('ticket_history', COLUMNS, out)
    written += out.length
  }
  await pending
  await store.command(sql`DELETE FROM ticket_rebuild_events WHERE build = ${build}`)
  await store.command(sql`DELETE FROM ticket_rebuild WHERE build = ${build}`)
  return written
}

function historyRow(history: TicketHistory, events: BucketTicket, build: number): unknown[] {
  const cps = history.checkpoints
  return [
    events.ticket,
    history.customer,
    history.service,
    history.sla ?? '',
    history.createdAt,
    events.category,
    events.channel,
    events.title,
    events.assignee_group,
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
    events.ids,
    events.ats,
    events.types,
    events.priorities,
    events.statuses,
    build,
    0,
  ]
}
