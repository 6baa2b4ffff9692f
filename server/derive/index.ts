/**
 * Derivation: the tables computed from the stored events, kept in step with
 * them and with the catalog. `derive` is the one entry after ingest runs
 * (ingest/complete.ts calls it for every file, push and connector read);
 * `deriveCatalog` the one after a catalog load. Each derived table has a
 * rebuild (written here only) and a read (for the figures):
 *
 * - ticket-history/: each ticket's clock checkpoints, by the one clock
 *   engine (shared/ticket-clock.ts);
 * - service-states/: each service's state timeline per day (the rollup),
 *   by the same code as the raw path, so both give identical figures.
 */
import type { Catalog } from '../../shared/catalog'
import type { EventKind } from '../../shared/events'
import type { Store } from '../store'
import { rebuildServiceStates } from './service-states/rebuild'
import { type RebuildSelection, rebuildTicketHistory } from './ticket-history/rebuild'

/** What derivation needs to know of a stored ingest run. */
export interface StoredRun {
  run: number
  kind: EventKind
  /** Records stored (a run that stored nothing changes nothing). */
  stored: number
}

export interface DeriveOptions {
  /** Told what derived state is being brought up to date. */
  onDerive?: (what: string) => void
}

// One derivation at a time in this process. The ticket history and the state
// rollup number their builds from what is stored; two rebuilds running at once
// (a push cycle and a catalog load, say) could pick the same number.
let tail: Promise<unknown> = Promise.resolve()

function exclusively<T>(action: () => Promise<T>): Promise<T> {
  const result = tail.then(action)
  tail = result.catch(() => undefined)
  return result
}

/** Brings the derived tables up to date with what the runs stored. */
export function derive(
  store: Store,
  catalog: Catalog,
  runs: readonly StoredRun[],
  options: DeriveOptions = {},
): Promise<void> {
  return exclusively(async () => {
    const withRecords = (kind: EventKind) => runs.filter((run) => run.kind === kind && run.stored > 0)
    const tickets = withRecords('tickets')
    if (tickets.length > 0) {
      options.onDerive?.('Ticketverläufe und SLA-Uhren werden berechnet …')
      await rebuildTicketHistory(store, catalog, { runs: tickets.map((run) => run.run) })
    }
    const checks = withRecords('checks')
    if (checks.length > 0) {
      options.onDerive?.('Verfügbarkeitszeitleisten werden berechnet …')
      // The rollup takes every check stored since its last rebuild, up to the newest run.
      await rebuildServiceStates(store, catalog, { run: Math.max(...checks.map((run) => run.run)) })
    }
  })
}

/**
 * Brings the derived tables up to date with a newly loaded catalog: the
 * clocks of the `affected` tickets (those whose SLA terms changed; none when
 * undefined) and the rollup of services whose check interval changed.
 * Returns how many tickets it recomputed.
 */
export function deriveCatalog(
  store: Store,
  catalog: Catalog,
  affected: RebuildSelection | undefined,
): Promise<number> {
  return exclusively(async () => {
    const tickets = affected ? await rebuildTicketHistory(store, catalog, affected) : 0
    await rebuildServiceStates(store, catalog, 'stale')
    return tickets
  })
}
