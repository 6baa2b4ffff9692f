/**
 * The quarantine: the records an ingest run could not store (ingest/ingest.ts
 * writes them), with file, line, raw text and reason, for the staff's page
 * and `leitstand quarantine`.
 */
import type { EventKind } from '../../shared/events'
import type { Store } from '../store'
import { sql, typed } from '../store/sql'

export interface QuarantinedRecord {
  run: number
  kind: EventKind
  source: string
  line: number
  raw: string
  reason: string
  quarantinedAt: string
}

/** The bad records of the latest run of each source: a fixed and re-ingested file leaves quarantine. */
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
