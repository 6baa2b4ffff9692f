/**
 * The leadership goal cockpit (metrics.md section 6): each goal's KPIs with
 * value, target, warn level, traffic light, a 12-month trend and the
 * breakdown per ministry.
 */
import { DateTime } from 'luxon'
import type { Catalog } from '../../shared/catalog'
import {
  type ComputedGoalMetric,
  type Direction,
  type GoalStatus,
  goalStatus,
  HAND_MEASURED_EXPLANATION,
  type Localized,
  metricDefinition,
} from '../../shared/metric-catalogue'
import { type Bucket, monthsUpTo, previousPeriod } from '../period'
import type { Store } from '../store'
import { type CarriedValue, kpiValueCarried, type Measurement, measurementsOf } from './kpis'
import { addSums, emptySums, metricValue, needsOf, type Sums, sumsPerBucket } from './sums'

export interface KpiView {
  id: string
  /** The name the catalog gives the KPI, as written there (data, one language); null: none given. */
  name: string | null
  /** The computed metric's label in both languages, shown when the catalog names none; null for `kpi:NAME`. */
  label: Localized | null
  metric: string
  unit: string
  direction: Direction
  target: number
  warn: number | null
  value: number | null
  status: GoalStatus
  /** A hand-measured value carried forward from this earlier period (`2026-09`); null: measured in the period. */
  measuredPeriod: string | null
  /** The value of the period of the same length just before (carried forward alike). */
  previous: number | null
  /** How the value is computed, in both languages: the web shows the chosen one. */
  explanation: Localized
  trend: Array<{ bucket: string; value: number | null; status: GoalStatus }>
  byCustomer: Array<{ customer: string; value: number | null; status: GoalStatus }>
}

export interface Cockpit {
  from: string
  to: string
  goals: Array<{ id: string; name: string; description: string | null; kpis: KpiView[] }>
}

const localDate = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toISODate() as string

/**
 * Keeps one bucket's sums in the result cache (server/cache): the cockpits of
 * neighbouring periods share most of their twelve months, so a month is
 * summed once per change of its data, not once per cockpit.
 */
export type KeepSums = (
  bucket: Bucket,
  compute: () => Promise<Map<string, Sums>>,
) => Promise<Map<string, Sums>>

/**
 * The sums of each bucket, those not kept yet computed together: the
 * buckets asked for in one go are grouped into runs of consecutive ones, as
 * `sumsPerBucket` takes them.
 */
function bucketSums(
  sum: (run: readonly Bucket[]) => Promise<Array<Map<string, Sums>>>,
  keep: KeepSums | undefined,
): (list: readonly Bucket[]) => Promise<Array<Map<string, Sums>>> {
  if (!keep) return sum
  return async (list) => {
    const missing: Array<{ bucket: Bucket; settle: (sums: Promise<Map<string, Sums>>) => void }> = []
    let gathering = true
    const kept = list.map((bucket) =>
      keep(bucket, () =>
        gathering
          ? new Promise<Map<string, Sums>>((resolve, reject) =>
              missing.push({ bucket, settle: (sums) => sums.then(resolve, reject) }),
            )
          : // Computed again later on its own (the cache's refresh after a change).
            sum([bucket]).then(([sums]) => sums as Map<string, Sums>),
      ),
    )
    gathering = false
    const sorted = missing.sort((a, b) => a.bucket.from - b.bucket.from)
    const runs: Array<typeof missing> = []
    for (const one of sorted) {
      const run = runs.at(-1)
      const previous = run?.at(-1)
      if (run && previous && previous.bucket.to === one.bucket.from) run.push(one)
      else runs.push([one])
    }
    for (const run of runs) {
      const summed = sum(run.map((one) => one.bucket))
      run.forEach((one, index) => {
        one.settle(summed.then((all) => all[index] as Map<string, Sums>))
      })
    }
    return Promise.all(kept)
  }
}

export async function goalCockpit(
  store: Store,
  catalog: Catalog,
  options: { customers: readonly string[]; from: number; to: number; keep?: KeepSums },
): Promise<Cockpit> {
  const zone = catalog.timezone
  const { customers, from, to } = options
  const kpis = catalog.goals.flatMap((goal) => goal.kpis)
  const computed = kpis.map((k) => k.metric).filter((m): m is ComputedGoalMetric => !m.startsWith('kpi:'))
  const needs = needsOf(computed)
  // The chosen period, then the 12 months that end with it.
  const months = monthsUpTo(to, 12, zone)
  const period: Bucket = { label: localDate(from, zone), from, to }
  const before = previousPeriod(from, to, zone)
  const previous: Bucket = { label: localDate(before.from, zone), from: before.from, to: before.to }
  // A month's cockpit is the trend's last month, and its previous period the month before: their
  // sums are computed once. Otherwise previous and period, consecutive and in order as
  // sumsPerBucket expects (the previous period ends where this one starts).
  const last = months.at(-1)
  const periodIsLastMonth = last?.from === from && last.to === to
  const sums = bucketSums((run) => sumsPerBucket(store, catalog, customers, run, needs), options.keep)
  const [periodOnly, monthSums] = await Promise.all([
    periodIsLastMonth ? undefined : sums([previous, period]),
    sums(months),
  ])
  const periodSums = periodOnly ?? monthSums.slice(-2)
  const measurements = await measurementsOf(
    store,
    kpis.filter((k) => k.metric.startsWith('kpi:')).map((k) => k.metric.slice(4)),
  )

  const total = (perCustomer: Map<string, Sums> | undefined) =>
    [...(perCustomer?.values() ?? [])].reduce((all, sums) => addSums(all, sums), emptySums())

  const kpiValueIn = (
    metric: string,
    bucket: Bucket,
    perCustomer: Map<string, Sums> | undefined,
    customer: string | null,
  ): CarriedValue => {
    if (metric.startsWith('kpi:')) {
      const list: Measurement[] = measurements.get(metric.slice(4)) ?? []
      return kpiValueCarried(list, customer ?? '', localDate(bucket.from, zone), localDate(bucket.to, zone))
    }
    const sums = customer === null ? total(perCustomer) : perCustomer?.get(customer)
    return { value: sums ? metricValue(metric as ComputedGoalMetric, sums) : null, measuredPeriod: null }
  }

  return {
    from: localDate(from, zone),
    to: localDate(to, zone),
    goals: catalog.goals.map((goal) => ({
      id: goal.id,
      name: goal.name,
      description: goal.description ?? null,
      kpis: goal.kpis.map((kpi): KpiView => {
        const definition = kpi.metric.startsWith('kpi:')
          ? undefined
          : metricDefinition(kpi.metric as ComputedGoalMetric)
        const direction = kpi.direction
        const rate = ({ value }: CarriedValue) => ({
          value,
          status: goalStatus(value, { ...kpi, direction }),
        })
        const current = kpiValueIn(kpi.metric, period, periodSums[1], null)
        return {
          id: kpi.id,
          name: kpi.name ?? null,
          label: definition?.label ?? null,
          metric: kpi.metric,
          unit: kpi.unit ?? definition?.unit ?? '',
          direction,
          target: kpi.target,
          warn: kpi.warn ?? null,
          ...rate(current),
          measuredPeriod: current.measuredPeriod,
          previous: kpiValueIn(kpi.metric, previous, periodSums[0], null).value,
          explanation: definition?.explanation ?? HAND_MEASURED_EXPLANATION,
          trend: months.map((month, index) => ({
            bucket: month.label,
            ...rate(kpiValueIn(kpi.metric, month, monthSums[index], null)),
          })),
          byCustomer: customers.map((customer) => ({
            customer,
            ...rate(kpiValueIn(kpi.metric, period, periodSums[1], customer)),
          })),
        }
      }),
    })),
  }
}
