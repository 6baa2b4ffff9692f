/**
 * The age of the data: per event kind, the last completed ingest run and the
 * newest event stored, and whether the checks are older than the threshold
 * (LEITSTAND_STALE_CHECKS_MINUTES, default 10) at which staff see a banner.
 */
import { EVENT_KINDS, type EventKind } from '../../shared/events'
import type { Store } from '../store'
import { sql } from '../store/sql'

export interface KindFreshness {
  kind: EventKind
  /** The last completed ingest run: when it finished and where it came from; null: never. */
  lastRun: { run: number; finishedAt: string; source: string; stored: number; quarantined: number } | null
  /** The newest event time stored (a maintenance window's start, a KPI period's first day). */
  newestEvent: string | null
}

/** A connector's last read of one source (ingest/connectors/state.ts). */
export interface ConnectorFreshness {
  connector: string
  source: string
  lastSuccessAt: string | null
  lastAttemptAt: string
  /** Why the last attempt failed; null when it succeeded. */
  lastError: string | null
}

export interface DataFreshness {
  kinds: KindFreshness[]
  connectors: ConnectorFreshness[]
  /** Minutes after which checks count as stale. */
  staleAfterMinutes: number
  /** The newest check is older than the threshold (or there is none while services are monitored). */
  checksStale: boolean
}

export function staleAfterMinutes(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.LEITSTAND_STALE_CHECKS_MINUTES)
  return env.LEITSTAND_STALE_CHECKS_MINUTES && Number.isFinite(value) && value > 0 ? value : 10
}

const iso = (text: string | null | undefined) => (text ? `${text.replace(' ', 'T')}Z` : null)
const NO_TIME = '1970-01-01 00:00:00.000'

export async function dataFreshness(store: Store, now: number): Promise<DataFreshness> {
  const runs = await store.query<{
    kind: EventKind
    run: number
    finished_at: string
    source: string
    stored: number
    quarantined: number
  }>(sql`
    SELECT kind, max(r.run) AS run, argMax(r.finished_at, r.run) AS finished_at, argMax(r.source, r.run) AS source,
      argMax(r.stored, r.run) AS stored, argMax(r.quarantined, r.run) AS quarantined
    FROM ingest_runs AS r FINAL WHERE state = 'done' GROUP BY kind`)
  // Each table's newest time; the sort keys do not start with time, so these read one column.
  const [newest] = await store.query<Record<EventKind, string>>(sql`
    SELECT
      (SELECT max(at) FROM ticket_events) AS tickets,
      (SELECT max(at) FROM checks) AS checks,
      (SELECT max(from) FROM maintenance) AS maintenance,
      (SELECT max(at) FROM surveys) AS surveys,
      (SELECT toDateTime64(max(period_start), 3, 'UTC') FROM kpis) AS kpis`)
  const kinds = EVENT_KINDS.map((kind): KindFreshness => {
    const run = runs.find((row) => row.kind === kind)
    const time = newest?.[kind]
    return {
      kind,
      lastRun: run
        ? {
            run: run.run,
            finishedAt: iso(run.finished_at) as string,
            source: run.source,
            stored: run.stored,
            quarantined: run.quarantined,
          }
        : null,
      newestEvent: time && !time.startsWith(NO_TIME.slice(0, 10)) ? iso(time) : null,
    }
  })
  const threshold = staleAfterMinutes()
  const newestCheck = kinds.find((kind) => kind.kind === 'checks')?.newestEvent
  // What the connectors wrote of their progress (ingest/connectors/state.ts).
  const states = await store.query<{
    connector: string
    source: string
    last_success_at: string | null
    last_attempt_at: string
    last_error: string
  }>(sql`
    SELECT connector, source, last_success_at, last_attempt_at, last_error
    FROM connector_state FINAL ORDER BY connector, source`)
  const connectors = states.map(
    (state): ConnectorFreshness => ({
      connector: state.connector,
      source: state.source,
      lastSuccessAt: iso(state.last_success_at),
      lastAttemptAt: iso(state.last_attempt_at) as string,
      lastError: state.last_error || null,
    }),
  )
  return {
    kinds,
    connectors,
    staleAfterMinutes: threshold,
    checksStale: newestCheck ? now - Date.parse(newestCheck) > threshold * 60_000 : false,
  }
}

/** When the data behind a report last changed: the newest completed run of the kinds it shows. */
export async function dataAsOf(store: Store): Promise<string | null> {
  const [row] = await store.query<{ at: string | null }>(sql`
    SELECT max(finished_at) AS at FROM ingest_runs FINAL
    WHERE state = 'done' AND kind IN ('tickets', 'checks', 'maintenance', 'surveys')`)
  return iso(row?.at)
}
