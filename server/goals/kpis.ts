/**
 * Hand-measured KPIs (`kpi:NAME`), attributed to the period they name: a
 * period shows the mean of the measurements that lie within it (e.g. three
 * monthly values in a quarter) or, when none does, the measurement of the
 * longer period that contains it (a quarterly survey seen from one month).
 */
import type { Store } from '../store'
import { sql } from '../store/sql'

export interface Measurement {
  customer: string
  period: string
  start: string
  end: string
  value: number
}

export async function measurementsOf(
  store: Store,
  kpis: readonly string[],
): Promise<Map<string, Measurement[]>> {
  const rows = await store.query<Measurement & { kpi: string }>(sql`
    SELECT kpi, customer, period, toString(period_start) AS start, toString(period_end) AS end, value
    FROM kpis FINAL WHERE kpi IN ${kpis} ORDER BY period_start`)
  const byKpi = new Map<string, Measurement[]>()
  for (const { kpi, ...measurement } of rows) {
    const list = byKpi.get(kpi)
    if (list) list.push(measurement)
    else byKpi.set(kpi, [measurement])
  }
  return byKpi
}

/** The value for the local dates [start, end) and one customer ('' = the whole agency). */
export function kpiValue(
  measurements: readonly Measurement[],
  customer: string,
  start: string,
  end: string,
): number | null {
  const own = measurements.filter((m) => m.customer === customer)
  const within = own.filter((m) => m.start >= start && m.end <= end)
  if (within.length > 0) return within.reduce((sum, m) => sum + m.value, 0) / within.length
  const containing = own
    .filter((m) => m.start <= start && m.end >= end)
    .sort((a, b) => (a.end < b.end ? -1 : 1))
  return containing[0]?.value ?? null
}

/** A value with the period it was measured for, when that is not the period asked for. */
export interface CarriedValue {
  value: number | null
  /** The measured period (`2026-09`, `2026-Q3`, `2026`) when the value is carried forward; else null. */
  measuredPeriod: string | null
}

/**
 * The value for [start, end), or, when nothing was measured for it, the
 * latest measurement that ended by `end`: a hand-measured KPI keeps its last
 * value until the next one, and is "no data" only when never measured.
 */
export function kpiValueCarried(
  measurements: readonly Measurement[],
  customer: string,
  start: string,
  end: string,
): CarriedValue {
  const value = kpiValue(measurements, customer, start, end)
  if (value !== null) return { value, measuredPeriod: null }
  const latest = measurements
    .filter((m) => m.customer === customer && m.end <= end)
    .sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.start < b.start ? 1 : -1))
    .at(-1)
  return latest
    ? { value: latest.value, measuredPeriod: latest.period }
    : { value: null, measuredPeriod: null }
}
