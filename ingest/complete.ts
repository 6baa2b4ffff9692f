/**
 * Where every ingest run ends, whichever way it came (a file through the
 * CLI, an HTTP request, many pushes buffered together): once its records are
 * stored, `completeIngestRuns` brings the derived tables up to date
 * (`derive`, server/derive/), records what changed for the result cache
 * (kind and days, server/cache/changes.ts) and marks the runs done. Anything
 * else that must learn of every change to the data hooks in here too.
 */
import { dayRanges, recordChange } from '../server/cache/changes'
import { type DeriveOptions, derive } from '../server/derive'
import type { Store } from '../server/store'
import type { Catalog } from '../shared/catalog'
import type { EventKind } from '../shared/events'

/** A run whose records are stored. */
export interface IngestedRun {
  run: number
  kind: EventKind
  source: string
  startedAt: number
  read: number
  stored: number
  quarantined: number
  /** The days (UTC day numbers, as ranges) the run's stored records are about. */
  days: Array<{ first: number; last: number }>
}

export const RUN_COLUMNS = [
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

/** The ingest_runs row of a run in a state; `updated` orders a run's rows. */
export function recordRun(run: IngestedRun, state: string, finished: boolean): unknown[] {
  return [
    run.run,
    run.kind,
    run.source,
    run.startedAt,
    finished ? Date.now() : null,
    run.read,
    run.stored,
    run.quarantined,
    state,
    // Later states of a run win even within one millisecond.
    Date.now() * 4 + (state === 'running' ? 0 : state === 'done' ? 2 : 1),
  ]
}

/** Derives what the stored runs changed and marks them done: the one place every run ends. */
export async function completeIngestRuns(
  store: Store,
  catalog: Catalog,
  runs: readonly IngestedRun[],
  options: DeriveOptions = {},
): Promise<void> {
  await derive(store, catalog, runs, options)
  // Cached figures over the days the runs touched are dropped, in every process.
  for (const kind of new Set(runs.map((run) => run.kind))) {
    const days = runs
      .filter((run) => run.kind === kind)
      .flatMap((run) => run.days.flatMap(({ first, last }) => daysOf(first, last)))
    await recordChange(store, kind, dayRanges(days))
  }
  await store.insert(
    'ingest_runs',
    RUN_COLUMNS,
    runs.map((run) => recordRun(run, 'done', true)),
  )
}

function daysOf(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}
