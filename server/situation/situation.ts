/**
 * The service managers' situation now: breached and at-risk tickets by
 * priority and ministry, the month's compliance so far against the agreed
 * targets, services below their availability target this month, services
 * whose monitoring has gone quiet, and the quarantine.
 */
import { DateTime } from 'luxon'
import type { Catalog } from '../../shared/catalog'
import { availabilityOverview } from '../availability/overview'
import { complianceTargets } from '../report/verdict'
import { type BoardCount, slaBoard } from '../sla/board'
import { compliance } from '../sla/compliance'
import type { Store } from '../store'
import { sql } from '../store/sql'

export interface SituationClock {
  met: number
  breached: number
  compliance: number | null
  target: number | null
}

export interface SituationService {
  service: string
  name: string
  availability: number | null
  target: number | null
}

export interface Situation {
  asOf: number
  /** First local day of the month so far, YYYY-MM-DD, and the day after today. */
  month: { from: string; to: string }
  tickets: { open: number; breached: number; atRisk: number; counts: BoardCount[] }
  response: SituationClock
  resolution: SituationClock
  belowTarget: SituationService[]
  /** Every probe's last check has expired: the current state is unknown. */
  stale: SituationService[]
  quarantined: number
}

export async function situation(
  store: Store,
  catalog: Catalog,
  options: { customers: readonly string[]; now?: number },
): Promise<Situation> {
  const now = options.now ?? Date.now()
  const zone = catalog.timezone
  const today = DateTime.fromMillis(now, { zone }).startOf('day')
  const monthStart = today.startOf('month')
  const [board, [rows], overview, [quarantine]] = await Promise.all([
    // Its counts only: no ticket is listed, so no subject is read.
    slaBoard(store, catalog, { customers: options.customers, limit: 0, now }),
    compliance(store, {
      customers: options.customers,
      buckets: [{ label: monthStart.toISODate() as string, from: monthStart.toMillis(), to: now }],
      groupBy: 'none',
    }),
    availabilityOverview(store, catalog, { customer: null, days: today.day, now }),
    store.query<{ records: number }>(sql`
      SELECT count() AS records FROM quarantine FINAL
      WHERE (source, run) IN (SELECT source, max(run) FROM ingest_runs FINAL GROUP BY source)`),
  ])
  const targets = complianceTargets(catalog, options.customers)
  const clock = (which: 'response' | 'resolution'): SituationClock => ({
    met: rows?.[which].met ?? 0,
    breached: rows?.[which].breached ?? 0,
    compliance: rows?.[which].compliance ?? null,
    target: targets[which],
  })
  const entry = (service: (typeof overview.services)[number]): SituationService => ({
    service: service.service,
    name: service.name,
    availability: service.availability,
    target: service.basis.target,
  })
  return {
    asOf: now,
    month: { from: monthStart.toISODate() as string, to: today.plus({ days: 1 }).toISODate() as string },
    tickets: { open: board.open, breached: board.breached, atRisk: board.atRisk, counts: board.counts },
    response: clock('response'),
    resolution: clock('resolution'),
    belowTarget: overview.services.filter((s) => s.met === false).map(entry),
    stale: overview.services.filter((s) => s.state === 'unknown').map(entry),
    quarantined: quarantine?.records ?? 0,
  }
}
