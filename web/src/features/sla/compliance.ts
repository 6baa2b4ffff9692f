/**
 * `sla.compliance` → chart series, table rows and the Ressort × Dienst heatmap.
 * Pure, unit-tested. A bucket without stopped clocks has a null percentage:
 * it stays null here (a gap in the line, "keine Daten" in the table), never 0.
 */

import { PRIORITIES } from '../../../../shared/catalog'
import { addDays, addMonthsToMonth, isoWeek, monthOf, startOfWeek } from '../../../../shared/local-dates'
import type { Period } from '../../../../shared/period-presets'
import { locale, t } from '../../i18n'
import {
  formatDate,
  formatDayMonth,
  formatDecimal,
  formatInteger,
  formatMonth,
  formatPercent,
} from '../../lib/format'
import type { RouterOutputs } from '../../trpc'
import { nameOf } from './labels'
import type { BucketUnit, ComplianceFilters, DrillDown, GroupBy, Measure } from './params'
import { drillDownHref } from './params'

export type ComplianceRow = RouterOutputs['sla']['compliance'][number]

interface Named {
  id: string
  name: string
}

export interface Catalog {
  customers: readonly Named[]
  services: readonly Named[]
}

const SHORT_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const

export interface BucketInfo extends Period {
  /** Axis label: "Mär 26", "KW 10" (en: "Mar 26", "Wk 10"). */
  axis: string
  /** Table label: "März 2026", "KW 10/2026" (en: "March 2026", "Week 10/2026"). */
  title: string
  /** "02.03.–08.03.2026": the days the bucket covers within the period. */
  range: string
  /** The bucket lies only partly in the period. */
  partial: boolean
}

/**
 * The days a bucket covers. The server labels a bucket by its first day,
 * clipped to the period: "2026-03-04" for the week of Monday 2 March when
 * the period starts on the 4th.
 */
export function bucketInfo(label: string, unit: BucketUnit, period: Period): BucketInfo {
  const naturalStart = unit === 'week' ? startOfWeek(label) : `${monthOf(label)}-01`
  const naturalEnd = unit === 'week' ? addDays(naturalStart, 7) : `${addMonthsToMonth(monthOf(label), 1)}-01`
  // Dates as text: the earlier of the two (Math.min would not compare strings).
  const to = naturalEnd.localeCompare(period.to) < 0 ? naturalEnd : period.to
  const last = addDays(to, -1)
  const range =
    label.slice(0, 4) === last.slice(0, 4)
      ? `${formatDayMonth(label)}–${formatDate(last)}`
      : `${formatDate(label)}–${formatDate(last)}`
  let axis: string
  let title: string
  if (unit === 'week') {
    const { year, week } = isoWeek(naturalStart)
    axis = t('sla:bucket.week', { week })
    title = t('sla:bucket.weekTitle', { week, year })
  } else {
    const [year, month] = label.split('-')
    const short = SHORT_MONTHS[Number(month) - 1]
    axis = t('sla:bucket.month', {
      month: short ? t(`sla:bucket.months.${short}`) : month,
      year: year?.slice(2),
    })
    title = formatMonth(monthOf(label))
  }
  return { from: label, to, axis, title, range, partial: label !== naturalStart || to !== naturalEnd }
}

/** Groups in a reading order: the catalog's for Ressorts and services, P1 to P4 for priorities. */
export function groupOrder(groupBy: GroupBy, groups: readonly string[], catalog: Catalog): string[] {
  const unique = [...new Set(groups)]
  const order =
    groupBy === 'customer'
      ? catalog.customers.map((c) => c.id)
      : groupBy === 'service'
        ? catalog.services.map((s) => s.id)
        : groupBy === 'priority'
          ? [...PRIORITIES]
          : []
  const rank = (group: string) => {
    const index = order.indexOf(group)
    return index === -1 ? order.length : index
  }
  return unique.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, locale()))
}

export function groupName(groupBy: GroupBy, group: string, catalog: Catalog): string {
  if (groupBy === 'customer') return nameOf(catalog.customers, group)
  if (groupBy === 'service') return nameOf(catalog.services, group)
  if (groupBy === 'priority') return group || t('sla:bucket.noPriority')
  return t('sla:bucket.allTickets')
}

/** "Lösung eingehalten" (en: "Resolution met"): a line of the chart. */
export function measureLabel(measure: Measure): string {
  return t(`sla:compliance.measures.${measure}`)
}

export interface Series {
  /** Data key in the chart rows: s0, s1, …; never a raw id, which may hold dots. */
  key: string
  name: string
}

export interface ChartRow {
  bucket: string
  axis: string
  title: string
  partial: boolean
  [series: string]: string | number | boolean | null
}

export interface ComplianceChart {
  rows: ChartRow[]
  series: Series[]
}

/**
 * Ungrouped: two lines, resolution and response compliance. Grouped: one
 * line per group of the chosen measure. Buckets oldest first.
 */
export function complianceChart(
  rows: readonly ComplianceRow[],
  options: { groupBy: GroupBy; measure: Measure; unit: BucketUnit; period: Period; catalog: Catalog },
): ComplianceChart {
  const { groupBy, measure } = options
  const buckets = [...new Set(rows.map((row) => row.bucket))].sort()
  const byKey = new Map(rows.map((row) => [`${row.bucket}|${row.group}`, row]))
  const groups = groupOrder(
    groupBy,
    rows.map((row) => row.group),
    options.catalog,
  )
  const series: Series[] =
    groupBy === 'none'
      ? [
          { key: 's0', name: measureLabel('resolution') },
          { key: 's1', name: measureLabel('response') },
        ]
      : groups.map((group, index) => ({ key: `s${index}`, name: groupName(groupBy, group, options.catalog) }))
  const chartRows = buckets.map((bucket): ChartRow => {
    const info = bucketInfo(bucket, options.unit, options.period)
    const row: ChartRow = { bucket, axis: info.axis, title: info.title, partial: info.partial }
    if (groupBy === 'none') {
      const all = byKey.get(`${bucket}|`)
      row.s0 = all?.resolution.compliance ?? null
      row.s1 = all?.response.compliance ?? null
    } else {
      groups.forEach((group, index) => {
        row[`s${index}`] = byKey.get(`${bucket}|${group}`)?.[measure].compliance ?? null
      })
    }
    return row
  })
  return { rows: chartRows, series }
}

export interface CountCell {
  count: string
  /** The drill-down; none for 0, there is nothing behind it. */
  href: string | null
}

export interface ClockCells {
  met: CountCell
  breached: CountCell
  /** "87,5 %", or null: no clock stopped in the bucket. */
  rate: string | null
}

export interface ComplianceTableRow {
  key: string
  bucket: BucketInfo
  group: string
  groupName: string
  resolution: ClockCells
  response: ClockCells
  /** Business hours, "6,5"; null without resolved tickets. */
  mttr: { mean: string | null; median: string | null; p90: string | null }
}

const hours = (minutes: number | null) => (minutes === null ? null : formatDecimal(minutes / 60))
const rate = (value: number | null) => (value === null ? null : formatPercent(value))

/** The narrowing a group adds to the page's filters, for the drill-down. */
export function groupDrill(
  groupBy: GroupBy,
  group: string,
  filters: Pick<ComplianceFilters, 'customers' | 'services'>,
): Pick<DrillDown, 'customers' | 'services' | 'priorities'> {
  return {
    customers: groupBy === 'customer' ? [group] : filters.customers,
    services: groupBy === 'service' ? [group] : filters.services,
    priorities:
      groupBy === 'priority' && (PRIORITIES as readonly string[]).includes(group)
        ? [group as DrillDown['priorities'][number]]
        : [],
  }
}

/** One row per bucket and group, oldest bucket first, groups in reading order within it. */
export function complianceTable(
  rows: readonly ComplianceRow[],
  filters: ComplianceFilters,
  catalog: Catalog,
): ComplianceTableRow[] {
  const order = groupOrder(
    filters.groupBy,
    rows.map((row) => row.group),
    catalog,
  )
  const sorted = [...rows].sort(
    (a, b) => a.bucket.localeCompare(b.bucket) || order.indexOf(a.group) - order.indexOf(b.group),
  )
  return sorted.map((row) => {
    const bucket = bucketInfo(row.bucket, filters.unit, filters)
    const narrowing = groupDrill(filters.groupBy, row.group, filters)
    const cell = (count: number, outcome: DrillDown['outcome']): CountCell => ({
      count: formatInteger(count),
      href: count === 0 ? null : drillDownHref({ from: bucket.from, to: bucket.to, outcome, ...narrowing }),
    })
    return {
      key: `${row.bucket}|${row.group}`,
      bucket,
      group: row.group,
      groupName: groupName(filters.groupBy, row.group, catalog),
      resolution: {
        met: cell(row.resolution.met, 'resolution_met'),
        breached: cell(row.resolution.breached, 'resolution_breached'),
        rate: rate(row.resolution.compliance),
      },
      response: {
        met: cell(row.response.met, 'response_met'),
        breached: cell(row.response.breached, 'response_breached'),
        rate: rate(row.response.compliance),
      },
      mttr: { mean: hours(row.mttr.mean), median: hours(row.mttr.median), p90: hours(row.mttr.p90) },
    }
  })
}

/**
 * The y axis: from a round 10 below the lowest value (or the target line) to
 * 100 %. Compliance mostly lies between 80 and 100: a 0-100 axis would flatten it.
 */
export function yDomain(chart: ComplianceChart, target?: number): [number, number] {
  const values = chart.rows
    .flatMap((row) => chart.series.map((series) => row[series.key]))
    .filter((value): value is number => typeof value === 'number')
  if (target !== undefined) values.push(target)
  if (values.length === 0) return [0, 100]
  return [Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10), 100]
}

/**
 * Round ticks for the y axis: every 5 % on a short axis, 10 % or 20 % on
 * longer ones, always landing on both ends (the lower end is a round 10).
 */
export function yTicks([lower, upper]: [number, number]): number[] {
  const span = upper - lower
  const step = span <= 25 ? 5 : span > 50 && span % 20 === 0 ? 20 : 10
  const ticks: number[] = []
  for (let tick = upper; tick >= lower; tick -= step) ticks.unshift(tick)
  return ticks
}
