/**
 * The change feed: what an ingest run or a catalog load changed, as a data
 * kind and the days (UTC) its records touched. Recorded in the store's
 * `data_changes` table, so that every server process (also one started on
 * another machine against the same ClickHouse) can drop the cached figures
 * that read those days, and announced in this process at once.
 */
import { EventEmitter } from 'node:events'
import { EVENT_KINDS } from '../../shared/events'
import type { Store } from '../store'
import { sql, typed } from '../store/sql'

/** What a figure can read: the five event kinds and the catalog (which changes everything). */
export const DATA_KINDS = [...EVENT_KINDS, 'catalog'] as const
export type DataKind = (typeof DATA_KINDS)[number]

const DAY_MS = 86_400_000

/** Days since 1970-01-01 (UTC) of an instant. */
export const dayOf = (ms: number): number => Math.floor(ms / DAY_MS)

/** A change of one kind over the days `first`..`last` (inclusive, UTC day numbers). */
export interface DataChange {
  seq: number
  kind: DataKind
  first: number
  last: number
}

/** Every day there is: a catalog load touches all of them. */
export const ALL_DAYS = { first: -1_000_000, last: 1_000_000 } as const

/** The days of a set of day numbers as ranges of consecutive days. */
export function dayRanges(days: Iterable<number>): Array<{ first: number; last: number }> {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  const ranges: Array<{ first: number; last: number }> = []
  for (const day of sorted) {
    const open = ranges.at(-1)
    if (open && day === open.last + 1) open.last = day
    else ranges.push({ first: day, last: day })
  }
  return ranges
}

/** Changes recorded in this process, announced before any other process can see them. */
export const changeFeed = new EventEmitter<{ change: [DataChange[]] }>()
changeFeed.setMaxListeners(0)

/** Records that a run changed `kind` on `days` and tells this process's caches at once. */
export async function recordChange(
  store: Store,
  kind: DataKind,
  ranges: ReadonlyArray<{ first: number; last: number }>,
): Promise<DataChange[]> {
  if (ranges.length === 0) return []
  const seq = await nextSeq(store)
  const changes = ranges.map((range): DataChange => ({ seq, kind, first: range.first, last: range.last }))
  const now = Date.now()
  await store.insert(
    'data_changes',
    ['seq', 'kind', 'first_day', 'last_day', 'recorded_at'],
    changes.map((change) => [change.seq, change.kind, change.first, change.last, now]),
  )
  changeFeed.emit('change', changes)
  return changes
}

// Sequence numbers handed out in this process, one after the other. The embedded store belongs
// to this process alone: its newest number is read once. A shared ClickHouse server is asked every time.
const lastSeqs = new Map<string, number>()
let numbering: Promise<unknown> = Promise.resolve()

function nextSeq(store: Store): Promise<number> {
  const key = `${store.location}/${store.database}`
  const next = numbering.then(async () => {
    let last = lastSeqs.get(key)
    if (last === undefined || store.kind === 'clickhouse') last = Math.max(last ?? 0, await latestSeq(store))
    lastSeqs.set(key, last + 1)
    return last + 1
  })
  numbering = next.catch(() => undefined)
  return next
}

interface ChangeRow {
  seq: number
  kind: DataKind
  first_day: number
  last_day: number
}

/** The newest sequence number: a cache that starts empty needs nothing older. */
export async function latestSeq(store: Store): Promise<number> {
  const [row] = await store.query<{ seq: number }>(sql`SELECT max(seq) AS seq FROM data_changes`)
  return Number(row?.seq ?? 0)
}

/** Changes with a sequence number of at least `seq`, oldest first. */
export async function changesSince(store: Store, seq: number): Promise<DataChange[]> {
  const rows = await store.query<ChangeRow>(sql`
    SELECT seq, kind, toInt32(first_day) AS first_day, toInt32(last_day) AS last_day
    FROM data_changes WHERE seq >= ${typed('UInt64', seq)} ORDER BY seq`)
  return rows.map((row) => ({
    seq: Number(row.seq),
    kind: row.kind,
    first: row.first_day,
    last: row.last_day,
  }))
}
