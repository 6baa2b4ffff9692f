/** Latency percentiles of a service's checks, per probe and over all probes. */
import type { Store } from '../store'
import { sql } from '../store/sql'

export interface LatencyPercentiles {
  /** Checks with a latency in the period. */
  checks: number
  p50: number | null
  p95: number | null
  p99: number | null
}

export interface ServiceLatency extends LatencyPercentiles {
  probes: Array<LatencyPercentiles & { probe: string }>
}

/**
 * p50/p95/p99 of `latency_ms` of the checks in `[from, to)`, exact and
 * interpolated between neighbouring values (R-7, as Excel's PERCENTILE.INC:
 * the p-quantile of n sorted values sits at position 1 + p * (n - 1)).
 * Checks without a latency do not count.
 */
export async function latencyOf(
  store: Store,
  service: string,
  from: number,
  to: number,
): Promise<ServiceLatency> {
  const rows = await store.query<{ probe: string; total: number; checks: number; q: number[] }>(sql`
    SELECT probe, grouping(probe) AS total, count(latency_ms) AS checks,
      quantilesExactInclusive(0.5, 0.95, 0.99)(latency_ms) AS q
    FROM checks FINAL
    WHERE service = ${service} AND at >= ${new Date(from)} AND at < ${new Date(to)} AND latency_ms IS NOT NULL
    GROUP BY GROUPING SETS ((probe), ())
    ORDER BY total, probe`)
  const percentiles = (row: { checks: number; q: number[] } | undefined): LatencyPercentiles => {
    const checks = row?.checks ?? 0
    const at = (i: number) => (checks > 0 ? (row?.q[i] ?? null) : null)
    return { checks, p50: at(0), p95: at(1), p99: at(2) }
  }
  return {
    ...percentiles(rows.find((row) => row.total === 1)),
    probes: rows.filter((row) => row.total === 0).map((row) => ({ probe: row.probe, ...percentiles(row) })),
  }
}
