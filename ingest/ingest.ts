/**
 * Loads events into the store: every good record is stored, every bad one
 * quarantined with source, line, raw text and reason. One function,
 * `ingestEvents`, runs an ingest over any byte stream: a file for the CLI, a
 * request body for the HTTP API. Each run is recorded; its records carry
 * `version = run * 2^32 + line` (server/store/versions.ts), so a re-sent
 * event replaces the earlier one (later run, then later line wins) and a
 * source ingested twice, or a run cut off and sent again, stores nothing twice.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { dayOf, dayRanges, recordChange } from '../server/cache/changes'
import type { Store } from '../server/store'
import { sql } from '../server/store/sql'
import { runVersion } from '../server/store/versions'
import type { Catalog } from '../shared/catalog'
import type { EventKind } from '../shared/events'
import { completeIngestRuns, type IngestedRun, RUN_COLUMNS, recordRun } from './complete'
import {
  type ByteSource,
  type FileFormat,
  formatOf,
  IngestError,
  type RawRecord,
  type ReadProgress,
  readRecords,
} from './reader'
import { KINDS, recordContext } from './records'

export interface IngestProblem {
  line: number
  reason: string
}

export interface IngestSummary {
  source: string
  run: number
  read: number
  stored: number
  quarantined: number
  /** The first problems (line and reason), at most `problemsKept` of them. */
  problems: IngestProblem[]
}

export interface IngestProgress {
  source: string
  bytesRead: number
  bytesTotal: number
  read: number
  quarantined: number
}

export interface IngestOptions {
  batchSize?: number
  /** How many problems the summary lists (default 100). */
  problemsKept?: number
  onProgress?: (progress: IngestProgress) => void
  /** Told when the records are stored and derived state is being brought up to date. */
  onDerive?: (what: string) => void
  /**
   * Records the run as running when it starts (default). Pushes, over in a
   * moment, are recorded once complete: one insert fewer per push.
   */
  announce?: boolean
}

/**
 * Where a run goes. The CLI writes straight to the store and derives at once;
 * the server sends many small runs through its push buffer and derives them
 * together a moment later (server/ingest/push.ts).
 */
export interface IngestTarget {
  store: Store
  catalog: Catalog
  /** Stores rows; resolves once they are stored. */
  insert(table: string, columns: readonly string[], rows: unknown[][]): Promise<void>
  /** Told once a run's records are stored; resolves when the caller may answer. */
  stored(run: IngestedRun, options: IngestOptions): Promise<void>
}

/**
 * What one run reads: a kind, a name for its source, and either bytes in a
 * format (a file, a request body) or records a connector made, some of them
 * already marked with the reason they cannot be stored.
 */
export type IngestSource = {
  kind: EventKind
  /** A file's absolute path, the name an API client gave its push, or a connector's source. */
  source: string
  /** For the progress bar, when known. */
  bytesTotal?: number
} & ({ format: FileFormat; body: ByteSource } | { format: 'records'; records: AsyncIterable<RawRecord[]> })

export { IngestError }

/** The quarantine keeps the start of a very long record, enough to find it in its file. */
const QUARANTINE_RAW_CHARS = 20_000

function quarantinedRaw(raw: string): string {
  return raw.length <= QUARANTINE_RAW_CHARS
    ? raw
    : `${raw.slice(0, QUARANTINE_RAW_CHARS)} … (${raw.length.toLocaleString('en')} characters in all)`
}
const QUARANTINE_COLUMNS = ['run', 'kind', 'source', 'line', 'raw', 'reason', 'quarantined_at'] as const

// Runs are numbered by the store's highest run plus one. Runs started in this
// process at the same time (pushes, a CLI command sent to the server) take
// their numbers one after the other, so no two share one.
const lastRuns = new Map<string, number>()
let numbering: Promise<unknown> = Promise.resolve()

export function nextRun(store: Store): Promise<number> {
  const key = `${store.location}/${store.database}`
  const next = numbering.then(async () => {
    let last = lastRuns.get(key)
    // Another process may start runs on a shared ClickHouse server: ask it every time.
    if (last === undefined || store.kind === 'clickhouse') {
      const [row] = await store.query<{ run: number }>(sql`SELECT max(run) AS run FROM ingest_runs`)
      last = Math.max(last ?? 0, row?.run ?? 0)
    }
    lastRuns.set(key, last + 1)
    return last + 1
  })
  numbering = next.catch(() => undefined)
  return next
}

/** The CLI's target: straight into the store, derived state brought up to date before it returns. */
export function directTarget(store: Store, catalog: Catalog): IngestTarget {
  return {
    store,
    catalog,
    insert: (table, columns, rows) => store.insert(table, columns, rows),
    stored: (run, options) => completeIngestRuns(store, catalog, [run], { onDerive: options.onDerive }),
  }
}

/** One ingest run over a stream of records: the path every file, push and connector takes. */
export async function ingestEvents(
  target: IngestTarget,
  input: IngestSource,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const { store, catalog } = target
  const { kind, source } = input
  const spec = KINDS[kind]
  const context = recordContext(catalog)
  const batchSize = options.batchSize ?? 50_000
  const problemsKept = options.problemsKept ?? 100
  const run = await nextRun(store)
  const startedAt = Date.now()
  const summary: IngestSummary = { source, run, read: 0, stored: 0, quarantined: 0, problems: [] }
  // The days the stored records are about (UTC day numbers): cached figures over them are dropped.
  const touchedDays = new Set<number>()
  const runRow = (state: string, finished: boolean) =>
    recordRun({ ...summary, kind, startedAt, days: [] }, state, finished)
  if (options.announce !== false) await target.insert('ingest_runs', RUN_COLUMNS, [runRow('running', false)])

  const progress: ReadProgress = { bytesRead: 0 }
  const bytesTotal = input.bytesTotal ?? 0
  let rows: unknown[][] = []
  let quarantined: unknown[][] = []
  // One insert in flight while the next batch is parsed.
  let pending: Promise<void> = Promise.resolve()
  const flush = async () => {
    const batch = rows
    const bad = quarantined
    rows = []
    quarantined = []
    await pending
    pending = Promise.all([
      target.insert(spec.table, [...spec.columns, 'version'], batch),
      target.insert('quarantine', QUARANTINE_COLUMNS, bad),
    ]).then(() => {
      summary.stored += batch.length
    })
    options.onProgress?.({ ...summary, bytesRead: progress.bytesRead, bytesTotal })
  }

  try {
    const batches =
      input.format === 'records' ? input.records : readRecords(input.body, input.format, progress, source)
    for await (const records of batches) {
      for (const { line, raw, record } of records) {
        summary.read++
        const row =
          'error' in record && typeof record.error === 'string' ? record.error : spec.toRow(record, context)
        if (typeof row === 'string') {
          summary.quarantined++
          if (summary.problems.length < problemsKept) summary.problems.push({ line, reason: row })
          quarantined.push([run, kind, source, line, quarantinedRaw(raw), row, Date.now()])
        } else {
          const [first, last] = spec.span(row)
          for (let day = dayOf(first); day <= dayOf(last); day++) touchedDays.add(day)
          row.push(runVersion(run, line))
          rows.push(row)
        }
      }
      if (rows.length >= batchSize || quarantined.length >= batchSize) await flush()
    }
    // A source cut off mid-way never gets here: its last, possibly partial, lines are not stored.
    await flush()
    await pending
  } catch (error) {
    await pending.catch(() => undefined)
    await target.insert('ingest_runs', RUN_COLUMNS, [runRow('failed', true)]).catch(() => undefined)
    // Some batches may be stored: the figures over their days are dropped all the same.
    await recordChange(store, kind, dayRanges(touchedDays)).catch(() => undefined)
    throw error
  }
  await target.stored(
    {
      run,
      kind,
      source,
      startedAt,
      read: summary.read,
      stored: summary.stored,
      quarantined: summary.quarantined,
      days: dayRanges(touchedDays),
    },
    options,
  )
  return summary
}

/** Ingests one file (NDJSON or CSV by extension) straight into the store. */
export async function ingestFile(
  store: Store,
  catalog: Catalog,
  kind: EventKind,
  file: string,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const source = resolve(file)
  const format = formatOf(source)
  if (!format) throw new IngestError(`${file}: unknown file type (expected .ndjson, .jsonl, .json or .csv)`)
  let bytesTotal: number
  try {
    bytesTotal = (await stat(source)).size
  } catch {
    throw new IngestError(`${file}: file not found`)
  }
  const body = createReadStream(source, { highWaterMark: 1 << 20 })
  return ingestEvents(directTarget(store, catalog), { kind, source, format, body, bytesTotal }, options)
}
