/**
 * What a ministry's report needs beside its figures to give a verdict: the
 * agreed compliance targets of its SLAs, the previous period's figures and
 * the 12 months up to the period's end (ticket compliance and availability).
 */
import type { Catalog } from '../../shared/catalog'
import { slaFor } from '../../shared/catalog'
import { availabilityFiguresOf } from '../availability/report'
import { monthsUpTo, previousPeriod } from '../period'
import { compliance } from '../sla/compliance'
import type { Store } from '../store'
import { buildReport, type Report } from './report'

export interface ComplianceTargets {
  /** Percent of tickets whose response must be in time; null when no SLA of the ministry says. */
  response: number | null
  resolution: number | null
}

export interface VerdictMonth {
  /** First local day of the month, YYYY-MM-DD. */
  month: string
  response: number | null
  resolution: number | null
  availability: number | null
}

export interface ReportVerdict {
  targets: ComplianceTargets
  /** The period of the same length just before (the previous month for a month). */
  previous: Report
  trend: VerdictMonth[]
}

/**
 * The agreed compliance of the customers' SLAs (one ministry's for its report).
 * Where their services have SLAs that disagree, the strictest applies.
 */
export function complianceTargets(
  catalog: Catalog,
  customers: string | readonly string[],
): ComplianceTargets {
  const ids = typeof customers === 'string' ? [customers] : customers
  const agreed = ids.flatMap((customer) =>
    (catalog.customers.find((c) => c.id === customer)?.services ?? []).map(
      (service) => slaFor(catalog, customer, service)?.compliance,
    ),
  )
  const strictest = (values: Array<number | undefined>) => {
    const given = values.filter((value): value is number => value !== undefined)
    return given.length > 0 ? Math.max(...given) : null
  }
  return {
    response: strictest(agreed.map((c) => c?.response)),
    resolution: strictest(agreed.map((c) => c?.resolution)),
  }
}

/** The periods a verdict reads: the previous one and the 12 months that end with the month of the period's last day. */
export function verdictPeriods(from: number, to: number, zone: string) {
  const months = monthsUpTo(to, 12, zone)
  const trend = { from: months[0]?.from ?? from, to: months.at(-1)?.to ?? to }
  return { previous: previousPeriod(from, to, zone), months, trend }
}

export async function reportVerdict(
  store: Store,
  catalog: Catalog,
  customer: string,
  from: number,
  to: number,
  /** The ministry's report of a period (the previous one): `buildReport`, or the same through the result cache. */
  reportOf: (from: number, to: number) => Promise<Report> = (from, to) =>
    buildReport(store, catalog, customer, from, to),
): Promise<ReportVerdict> {
  const zone = catalog.timezone
  const { previous: before, months } = verdictPeriods(from, to, zone)
  const [previous, rows, availability] = await Promise.all([
    reportOf(before.from, before.to),
    compliance(store, { customers: [customer], buckets: months, groupBy: 'none' }),
    availabilityFiguresOf(
      store,
      catalog,
      months.map((month) => ({ customer, from: month.from, to: month.to })),
    ),
  ])
  const byMonth = new Map(rows.map((row) => [row.bucket, row]))
  return {
    targets: complianceTargets(catalog, customer),
    previous,
    trend: months.map((month, index) => ({
      month: month.label,
      response: byMonth.get(month.label)?.response.compliance ?? null,
      resolution: byMonth.get(month.label)?.resolution.compliance ?? null,
      availability: availability[index]?.overall ?? null,
    })),
  }
}
