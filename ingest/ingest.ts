/**
 * Loads event files into the store: every good record is stored, every bad
 * one quarantined with file, line, raw text and reason. Each run of a file is
 * recorded; its records carry `version = run * 2^32 + line`, so a re-sent
 * event replaces the earlier one (later run, then later line wins) and a
 * file ingested twice, or a run killed and restarted, stores nothing twice.
 */
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { rebuildServiceStates } from '../server/availability/rollup'
import { dayOf, dayRanges, recordChange } from '../server/cache/changes'
import type { Store } from '../server/store'
import { sql, typed } from '../server/store/sql'
import { rebuildTicketHistory } from '../server/tickets/history'
import type { Catalog } from '../shared/catalog'
import { formatOf, IngestError, type ReadProgress, readRecords } from './reader'
import { type EventKind, KINDS, recordContext } from './records'

export interface IngestSummary {
  source: string
  run: number
  read: number
  stored: number
  quarantined: number
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
  onProgress?: (progress: IngestProgress) => void
  /** Told when the records are stored and derived state is being brought up to date. */
  onDerive?: (what: string) => void
}

export { IngestError }

const RUN_FACTOR = 2 ** 32
/** The quarantine keeps the start of a very long record, enough to find it in its file. */
const QUARANTINE_RAW_CHARS = 20_000

function quarantinedRaw(raw: string): string {
  return raw.length <= QUARANTINE_RAW_CHARS
    ? raw
    : `${raw.slice(0, QUARANTINE_RAW_CHARS)} … (${raw.length.toLocaleString('en')} characters in all)`
}
const QUARANTINE_COLUMNS = ['run', 'kind', 'source', 'line', 'raw', 'reason', 'quarantined_at'] as const
const RUN_COLUMNS = [
  'run',
  'kind',
  'source',
  'started_at',
  'finished_at',
  'read',
  'stored',
  'quarantined',
  'state',
  'updated',
] as const

async function nextRun(store: Store): Promise<number> {
  const [row] = await store.query<{ run: number }>(sql`SELECT max(run) AS run FROM ingest_runs`)
  return (row?.run ?? 0) + 1
}

export async function ingestFile(
  store: Store,
  catalog: Catalog,
  kind: EventKind,
  file: string,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const source = resolve(file)
  if (!formatOf(source))
    throw new IngestError(`${file}: unknown file type (expected .ndjson, .jsonl, .json or .csv)`)
  let bytesTotal: number
  try {
    bytesTotal = (await stat(source)).size
  } catch {
    throw new IngestError(`${file}: file not found`)
  }
  const spec = KINDS[kind]
  const context = recordContext(catalog)
  const batchSize = options.batchSize ?? 50_000
  const run = await nextRun(store)
  const startedAt = Date.now()
  const summary: IngestSummary = { source, run, read: 0, stored: 0, quarantined: 0 }
  const recordRun = (state: string, finished: boolean) =>
    store.insert('ingest_runs', RUN_COLUMNS, [
      [
        run,
        kind,
        source,
        startedAt,
        finished ? Date.now() : null,
        summary.read,
        summary.stored,
        summary.quarantined,
        state,
        Date.now(),
      ],
    ])
  await recordRun('running', false)

  // The days the stored records are about: cached figures that read them are dropped after the run.
  const touchedDays = new Set<number>()
  const progress: ReadProgress = { bytesRead: 0 }
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
      store.insert(spec.table, [...spec.columns, 'version'], batch),
      store.insert('quarantine', QUARANTINE_COLUMNS, bad),
    ]).then(() => {
      summary.stored += batch.length
    })
    options.onProgress?.({ ...summary, bytesRead: progress.bytesRead, bytesTotal })
  }

  try {
    for await (const records of readRecords(source, progress)) {
      for (const { line, raw, record } of records) {
        summary.read++
        const row =
          'error' in record && typeof record.error === 'string' ? record.error : spec.toRow(record, context)
        if (typeof row === 'string') {
          summary.quarantined++
          quarantined.push([run, kind, source, line, quarantinedRaw(raw), row, Date.now()])
        } else {
          const [first, last] = spec.span(row)
          for (let day = dayOf(first); day <= dayOf(last); day++) touchedDays.add(day)
          row.push(run * RUN_FACTOR + line)
          rows.push(row)
        }
      }
      if (rows.length >= batchSize || quarantined.length >= batchSize) await flush()
    }
    await flush()
    await pending
  } catch (error) {
    await pending.catch(() => undefined)
    // Some batches may be stored: the figures over their days are dropped all the same.
    await recordChange(store, kind, dayRanges(touchedDays)).catch(() => undefined)
    await recordRun('failed', true).catch(() => undefined)
    throw error
  }
  // Derived state follows the events it is derived from.
  if (kind === 'tickets' && summary.stored > 0) {
    options.onDerive?.('Ticketverläufe und SLA-Uhren werden berechnet …')
    await rebuildTicketHistory(store, catalog, { run })
  }
  if (kind === 'checks' && summary.stored > 0) {
    options.onDerive?.('Verfügbarkeitszeitleisten werden berechnet …')
    await rebuildServiceStates(store, catalog, { run })
  }
  // Every ingest run ends here, once its records and what derives from them are stored.
  await recordChange(store, kind, dayRanges(touchedDays))
  await recordRun('done', true)
  return summary
}

export interface QuarantinedRecord {
  run: number
  kind: EventKind
  source: string
  line: number
  raw: string
  reason: string
  quarantinedAt: string
}

/** The bad records of the latest run of each file: a fixed and re-ingested file leaves quarantine. */
export async function listQuarantine(store: Store, options: { kind?: EventKind; limit?: number } = {}) {
  const rows = await store.query<{
    run: number
    kind: EventKind
    source: string
    line: number
    raw: string
    reason: string
    quarantined_at: string
  }>(sql`
    SELECT run, kind, source, line, raw, reason, quarantined_at
    FROM quarantine FINAL
    WHERE (source, run) IN (SELECT source, max(run) FROM ingest_runs FINAL GROUP BY source)
      AND (${options.kind ?? ''} = '' OR kind = ${options.kind ?? ''})
    ORDER BY source, line
    LIMIT ${typed('UInt32', options.limit ?? 1000)}`)
  return rows.map(
    (row): QuarantinedRecord => ({
      run: row.run,
      kind: row.kind,
      source: row.source,
      line: row.line,
      raw: row.raw,
      reason: row.reason,
      quarantinedAt: `${row.quarantined_at.replace(' ', 'T')}Z`,
    }),
  )
}
