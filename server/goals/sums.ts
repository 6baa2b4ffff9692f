/**
 * The sums behind every computed goal metric, per period bucket and customer,
 * each bucket as of its own end. Percentages are formed from sums (never
 * averaged), so the total over customers is exact.
 */
import type { Catalog } from '../../shared/catalog'
import {
  AVAILABILITY_COUNTS,
  type ComputedGoalMetric,
  type Count,
  metricDefinition,
  SURVEY_COUNTS,
  TICKET_COUNTS,
  metricValue as valueOfCounts,
} from '../../shared/metric-catalogue'
import { customerBasis, measuredTerms, openTimeOf, servicesInView } from '../availability/basis'
import { figuresPerBucket } from '../availability/buckets'
import { maintenanceOf, monitoredService } from '../availability/queries'
import { stateTimelinesOf } from '../availability/timelines'
import { type Bucket, bucketBounds, bucketOfRow } from '../period'
import { surveyCountColumns } from '../satisfaction/counts'
import type { Store } from '../store'
import { sql } from '../store/sql'
import { ticketsAsOfEach } from '../tickets/figures'
import { ticketCounts } from '../tickets/outcomes'

/** Outages are kept per service: the same outage counts once however many customers see it. */
type SummedCount = Exclude<Count, 'outages' | 'outage_minutes'>
const SUMMED = [...TICKET_COUNTS, ...SURVEY_COUNTS, ...AVAILABILITY_COUNTS].filter(
  (count): count is SummedCount => count !== 'outages' && count !== 'outage_minutes',
)

export interface Sums {
  /** Ticket and survey counts, and known minutes in each state over the customer's services, each in its own window. */
  counts: Record<SummedCount, number>
  /** Outages per service (the same outage counts once however many customers see it). */
  outages: Map<string, { count: number; minutes: number }>
}

export const emptySums = (): Sums => ({
  counts: Object.fromEntries(SUMMED.map((count) => [count, 0])) as Record<SummedCount, number>,
  outages: new Map(),
})

export function addSums(into: Sums, more: Sums): Sums {
  for (const count of SUMMED) into.counts[count] += more.counts[count]
  for (const [service, outage] of more.outages) into.outages.set(service, outage)
  return into
}

/** One count of the sums; the outages' from the services' outages. */
function countIn(sums: Sums, count: Count): number {
  const outages = [...sums.outages.values()]
  if (count === 'outages') return outages.reduce((sum, outage) => sum + outage.count, 0)
  if (count === 'outage_minutes') return outages.reduce((sum, outage) => sum + outage.minutes, 0)
  return sums.counts[count]
}

/** A computed metric from its sums, by the metric catalogue's formula; null where its denominator is zero. */
export function metricValue(metric: ComputedGoalMetric, sums: Sums): number | null {
  return valueOfCounts(metric, (count) => countIn(sums, count))
}

/** Which sources a set of metrics needs: availability is the expensive one. */
export interface Needs {
  tickets: boolean
  surveys: boolean
  availability: boolean
}

export function needsOf(metrics: readonly ComputedGoalMetric[]): Needs {
  const sources = new Set(metrics.map((metric) => metricDefinition(metric).source))
  return {
    tickets: sources.has('tickets'),
    surveys: sources.has('satisfaction'),
    availability: sources.has('availability'),
  }
}

/** sums[bucket index][customer] */
export async function sumsPerBucket(
  store: Store,
  catalog: Catalog,
  customers: readonly string[],
  buckets: readonly Bucket[],
  needs: Needs,
): Promise<Array<Map<string, Sums>>> {
  const result = buckets.map(() => new Map(customers.map((customer) => [customer, emptySums()])))
  const at = (index: number, customer: string) => result[index]?.get(customer)
  if (customers.length === 0 || buckets.length === 0) return result
  const { starts, ends } = bucketBounds(buckets)
  const add = (rows: Array<{ b: number; customer: string } & Partial<Record<SummedCount, number>>>) => {
    for (const row of rows) {
      const sums = at(row.b - 1, row.customer)
      if (!sums) continue
      for (const count of SUMMED) sums.counts[count] += row[count] ?? 0
    }
  }

  if (needs.tickets) {
    add(
      await store.query(sql`
        SELECT b, customer, ${ticketCounts(bucketOfRow(buckets))}
        FROM (${ticketsAsOfEach(customers, buckets)})
        GROUP BY b, customer`),
    )
  }

  if (needs.surveys) {
    add(
      await store.query(sql`
        SELECT arrayFirstIndex(e -> at < e, ${ends}) AS b, customer, ${surveyCountColumns}
        FROM surveys FINAL
        WHERE customer IN ${customers} AND at >= ${starts}[1] AND at < ${ends}[-1]
        GROUP BY b, customer`),
    )
  }

  if (needs.availability) {
    // Timelines and maintenance are read once for the whole span and all
    // services; each customer's buckets are then cut from them in memory.
    const from = buckets[0]?.from ?? 0
    const to = buckets.at(-1)?.to ?? 0
    const period = { from, to }
    const services = catalog.services.filter((service) =>
      customers.some((customer) => servicesInView(catalog, customer, period).includes(service)),
    )
    const timelines = await stateTimelinesOf(store, services.map(monitoredService), from, to)
    const maintenance = await maintenanceOf(
      store,
      services.map((service) => service.id),
      from,
      to,
    )
    const openTime = openTimeOf(catalog)
    for (const customer of customers) {
      for (const service of servicesInView(catalog, customer, period)) {
        const basis = customerBasis(catalog, customer, service.id, to - 1)
        const perBucket = figuresPerBucket(
          service.id,
          // Each instant in the terms then in force, only while the customer subscribes (metrics.md 4b).
          measuredTerms(catalog, basis, service.id, from, to, openTime),
          timelines.get(service.id) ?? [],
          maintenance.get(service.id) ?? [],
          buckets,
        )
        perBucket.forEach((figures, index) => {
          const sums = at(index, customer)
          if (!sums) return
          sums.counts.up_minutes += figures.up_minutes
          sums.counts.degraded_minutes += figures.degraded_minutes
          sums.counts.down_minutes += figures.down_minutes
          sums.outages.set(service.id, {
            count: figures.outages,
            minutes: figures.outages * (figures.mttr_minutes ?? 0),
          })
        })
      }
    }
  }
  return result
}
