/**
 * The sums behind every computed goal metric, per period bucket and customer,
 * each bucket as of its own end. Percentages are formed from sums (never
 * averaged), so the total over customers is exact.
 */
import type { Catalog, ComputedGoalMetric } from '../../shared/catalog'
import { customerBasis, measuredTerms, openTimeOf, servicesInView } from '../availability/basis'
import { figuresPerBucket } from '../availability/buckets'
import { maintenanceOf, monitoredService } from '../availability/queries'
import { stateTimelinesOf } from '../availability/timelines'
import { type Bucket, compliance } from '../sla/compliance'
import type { Store } from '../store'
import { sql } from '../store/sql'
import { percent } from '../tickets/figures'

export interface Sums {
  responseMet: number
  responseBreached: number
  resolutionMet: number
  resolutionBreached: number
  resolved: number
  reopened: number
  openAtEnd: number
  csatResponses: number
  csatSatisfied: number
  npsResponses: number
  npsNet: number
  /** Known time in each state, over the customer's services each in its own window. */
  upMinutes: number
  degradedMinutes: number
  downMinutes: number
  /** Outages per service (the same outage counts once however many customers see it). */
  outages: Map<string, { count: number; minutes: number }>
}

export const emptySums = (): Sums => ({
  responseMet: 0,
  responseBreached: 0,
  resolutionMet: 0,
  resolutionBreached: 0,
  resolved: 0,
  reopened: 0,
  openAtEnd: 0,
  csatResponses: 0,
  csatSatisfied: 0,
  npsResponses: 0,
  npsNet: 0,
  upMinutes: 0,
  degradedMinutes: 0,
  downMinutes: 0,
  outages: new Map(),
})

export function addSums(into: Sums, more: Sums): Sums {
  for (const key of Object.keys(into) as Array<keyof Sums>) {
    if (key !== 'outages') into[key] += more[key]
  }
  for (const [service, outage] of more.outages) into.outages.set(service, outage)
  return into
}

/** A computed metric from its sums; null where its denominator is zero. */
export function metricValue(metric: ComputedGoalMetric, sums: Sums): number | null {
  switch (metric) {
    case 'response_compliance':
      return percent(sums.responseMet, sums.responseMet + sums.responseBreached)
    case 'resolution_compliance':
      return percent(sums.resolutionMet, sums.resolutionMet + sums.resolutionBreached)
    case 'availability':
      return percent(
        sums.upMinutes + sums.degradedMinutes,
        sums.upMinutes + sums.degradedMinutes + sums.downMinutes,
      )
    case 'csat':
      return percent(sums.csatSatisfied, sums.csatResponses)
    case 'nps':
      return percent(sums.npsNet, sums.npsResponses)
    case 'mttr_minutes': {
      const outages = [...sums.outages.values()]
      const count = outages.reduce((sum, outage) => sum + outage.count, 0)
      return count === 0 ? null : outages.reduce((sum, outage) => sum + outage.minutes, 0) / count
    }
    case 'reopen_rate':
      return percent(sums.reopened, sums.resolved)
    case 'backlog':
      return sums.openAtEnd
  }
}

/** Which sources a set of metrics needs: availability is the expensive one. */
export interface Needs {
  tickets: boolean
  surveys: boolean
  availability: boolean
}

export function needsOf(metrics: readonly string[]): Needs {
  return {
    tickets: metrics.some((m) =>
      ['response_compliance', 'resolution_compliance', 'reopen_rate', 'backlog'].includes(m),
    ),
    surveys: metrics.some((m) => m === 'csat' || m === 'nps'),
    availability: metrics.some((m) => m === 'availability' || m === 'mttr_minutes'),
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
  const starts = { type: "Array(DateTime64(3, 'UTC'))", value: buckets.map((b) => new Date(b.from)) }
  const ends = { type: "Array(DateTime64(3, 'UTC'))", value: buckets.map((b) => new Date(b.to)) }

  if (needs.tickets) {
    const rows = await compliance(store, { customers, buckets, groupBy: 'customer' })
    for (const row of rows) {
      const sums = at(
        buckets.findIndex((b) => b.label === row.bucket),
        row.group,
      )
      if (!sums) continue
      sums.responseMet = row.response.met
      sums.responseBreached = row.response.breached
      sums.resolutionMet = row.resolution.met
      sums.resolutionBreached = row.resolution.breached
      sums.resolved = row.resolved
    }
    // Reopen events in each bucket, and tickets open at each bucket's end.
    const counted = await store.query<{
      b: number
      customer: string
      reopened: number
      open_at_end: number
    }>(sql`
      SELECT b, customer,
        arrayCount(r -> r >= ${starts}[b] AND r < ${ends}[b], reopens) AS reopened,
        cp_resolved_at[arrayLastIndex(x -> x < ${ends}[b], cp_at)] IS NULL AND created_at < ${ends}[b] AS open_at_end
      FROM ticket_history FINAL
      ARRAY JOIN arrayEnumerate(${ends}) AS b
      WHERE customer IN ${customers} AND created_at < ${ends}[b] AND (last_at >= ${starts}[b] OR NOT settled)
    `)
    for (const row of counted) {
      const sums = at(row.b - 1, row.customer)
      if (!sums) continue
      sums.reopened += row.reopened
      sums.openAtEnd += row.open_at_end ? 1 : 0
    }
  }

  if (needs.surveys) {
    const rows = await store.query<{
      b: number
      customer: string
      csat_responses: number
      csat_satisfied: number
      nps_responses: number
      nps_net: number
    }>(sql`
      SELECT arrayFirstIndex(e -> at < e, ${ends}) AS b, customer,
        countIf(kind = 'csat') AS csat_responses, countIf(kind = 'csat' AND score >= 4) AS csat_satisfied,
        countIf(kind = 'nps') AS nps_responses,
        countIf(kind = 'nps' AND score >= 9) - countIf(kind = 'nps' AND score <= 6) AS nps_net
      FROM surveys FINAL
      WHERE customer IN ${customers} AND at >= ${starts}[1] AND at < ${ends}[-1]
      GROUP BY b, customer`)
    for (const row of rows) {
      const sums = at(row.b - 1, row.customer)
      if (!sums) continue
      sums.csatResponses = row.csat_responses
      sums.csatSatisfied = row.csat_satisfied
      sums.npsResponses = row.nps_responses
      sums.npsNet = row.nps_net
    }
  }

  if (needs.availability) {
    // Timelines and maintenance are read once for the whole span and all
    // services; each customer's buckets are then cut from them in memory.
    const from = buckets[0]?.from ?? 0
    const to = buckets.at(-1)?.to ?? 0
    const spans = buckets.map((bucket) => ({ label: bucket.label, start: bucket.from, end: bucket.to }))
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
          spans,
        )
        perBucket.forEach((figures, index) => {
          const sums = at(index, customer)
          if (!sums) return
          sums.upMinutes += figures.up_minutes
          sums.degradedMinutes += figures.degraded_minutes
          sums.downMinutes += figures.down_minutes
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
