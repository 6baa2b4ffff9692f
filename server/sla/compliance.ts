/**
 * SLA compliance and MTTR per week or month, with the counts behind each
 * percentage. Each bucket is evaluated as of its own end, exactly like a
 * report for that bucket (metrics.md section 3): a ticket resolved in March
 * and again in April counts in both months.
 */
import { percent } from '../../shared/metric-catalogue'
import { type Bucket, bucketBounds, bucketOfRow } from '../period'
import type { Store } from '../store'
import { type Sql, sql } from '../store/sql'
import { CHECKPOINT_CLOCKS, resolutionMeasured, TICKETS_WHERE } from '../tickets/outcomes'

export type ComplianceGroup = 'none' | 'customer' | 'service' | 'priority' | 'customer_service'

// Identifiers come from code only: the group is an enum.
const GROUP_COLUMN: Record<ComplianceGroup, string> = {
  none: "''",
  customer: 'customer',
  service: 'service',
  priority: 'priority',
  customer_service: "concat(customer, '/', service)",
}

export interface ComplianceRow {
  bucket: string
  group: string
  resolved: number
  resolution: { met: number; breached: number; compliance: number | null }
  response: { met: number; breached: number; compliance: number | null }
  /** Business minutes of the resolved tickets with a resolution target. */
  mttr: { mean: number | null; median: number | null; p90: number | null }
}

/** One bucket's and group's counts and resolution times (ms), as the store sums them. */
export interface ComplianceCounts {
  resolved: number
  resolution_met: number
  resolution_breached: number
  response_met: number
  response_breached: number
  mttr_mean_ms: number | null
  mttr_median_ms: number | null
  mttr_p90_ms: number | null
}

type Row = ComplianceCounts & { b: number; grp: string }

const minutes = (ms: number | null, any: boolean) =>
  ms === null || !any || Number.isNaN(ms) ? null : ms / 60_000

/** A row of sla.compliance from its counts; without counts (no stopped clock) the percentages are null. */
export function complianceRow(bucket: string, group: string, counts?: ComplianceCounts): ComplianceRow {
  const resolutionMet = counts?.resolution_met ?? 0
  const resolutionBreached = counts?.resolution_breached ?? 0
  const responseMet = counts?.response_met ?? 0
  const responseBreached = counts?.response_breached ?? 0
  const anyResolved = resolutionMet + resolutionBreached > 0
  return {
    bucket,
    group,
    resolved: counts?.resolved ?? 0,
    resolution: {
      met: resolutionMet,
      breached: resolutionBreached,
      compliance: percent(resolutionMet, resolutionMet + resolutionBreached),
    },
    response: {
      met: responseMet,
      breached: responseBreached,
      compliance: percent(responseMet, responseMet + responseBreached),
    },
    mttr: {
      mean: minutes(counts?.mttr_mean_ms ?? null, anyResolved),
      median: minutes(counts?.mttr_median_ms ?? null, anyResolved),
      p90: minutes(counts?.mttr_p90_ms ?? null, anyResolved),
    },
  }
}

/**
 * Each ticket of `customers` paired with every bucket in which one of its
 * clocks stopped, and its checkpoint at that bucket's end.
 */
export function ticketsPerBucket(
  customers: readonly string[],
  list: readonly Bucket[],
  filters: Sql = sql``,
): Sql {
  const { ends } = bucketBounds(list)
  const first = new Date(list[0]?.from ?? 0)
  const last = new Date(list.at(-1)?.to ?? 0)
  return sql`
    SELECT ticket, customer, service, sla, b,
      arrayLastIndex(x -> x < ${ends}[b], cp_at) AS i,
      cp_priority[i] AS priority,
      ${CHECKPOINT_CLOCKS}
    FROM ticket_history FINAL
    ARRAY JOIN arrayDistinct(arrayFilter(x -> x > 0, arrayMap(
      r -> if(r IS NULL OR r < ${first} OR r >= ${last}, 0, arrayFirstIndex(e -> assumeNotNull(r) < e, ${ends})),
      arrayConcat(cp_resolved_at, cp_response_stopped_at)))) AS b
    WHERE customer IN ${customers} AND last_at >= ${first} AND created_at < ${last} ${filters}`
}

export async function compliance(
  store: Store,
  options: {
    customers: readonly string[]
    services?: readonly string[]
    /** Consecutive buckets, e.g. from `buckets()` of server/period.ts. */
    buckets: readonly Bucket[]
    groupBy: ComplianceGroup
  },
): Promise<ComplianceRow[]> {
  const list = options.buckets
  if (list.length === 0 || options.customers.length === 0) return []
  const services = options.services?.length ? sql`AND service IN ${options.services}` : sql``
  const group = { query: GROUP_COLUMN[options.groupBy], params: {} }
  const bucket = bucketOfRow(list)
  const measured = resolutionMeasured(bucket)
  const rows = await store.query<Row>(sql`
    SELECT b, ${group} AS grp,
      countIf(${TICKETS_WHERE.resolved(bucket)}) AS resolved,
      countIf(${TICKETS_WHERE.resolution_met(bucket)}) AS resolution_met,
      countIf(${TICKETS_WHERE.resolution_breached(bucket)}) AS resolution_breached,
      countIf(${TICKETS_WHERE.response_met(bucket)}) AS response_met,
      countIf(${TICKETS_WHERE.response_breached(bucket)}) AS response_breached,
      avgIf(resolution_elapsed_ms, ${measured}) AS mttr_mean_ms,
      quantileExactIf(0.5)(resolution_elapsed_ms, ${measured}) AS mttr_median_ms,
      quantileExactIf(0.9)(resolution_elapsed_ms, ${measured}) AS mttr_p90_ms
    FROM (${ticketsPerBucket(options.customers, list, services)})
    GROUP BY b, grp
    ORDER BY b, grp`)
  const byKey = new Map(rows.map((row) => [`${row.b}|${row.grp}`, row]))
  const groups = options.groupBy === 'none' ? [''] : [...new Set(rows.map((row) => row.grp))].sort()
  // Every bucket appears for every group; a bucket without stopped clocks has null percentages.
  return list.flatMap((bucket, index) =>
    groups.map((grp) => complianceRow(bucket.label, grp, byKey.get(`${index + 1}|${grp}`))),
  )
}
