/**
 * The goal cockpit's answer → what the page shows: formatted values with
 * their unit, the traffic light as a word and a shape, the 12-month trend as
 * chart rows (null stays a gap) and the breakdown per ministry. Pure, unit-tested.
 */
import type { GoalStatus } from '../../../../shared/metric-catalogue'
import { formatDecimal, formatInteger, formatMonth, formatPercent } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'

export type Cockpit = RouterOutputs['goals']['cockpit']
export type Kpi = Cockpit['goals'][number]['kpis'][number]

export interface StatusInfo {
  /** The colour's word, always shown: "grün" */
  label: string
  /** What it means: "Ziel erreicht" */
  meaning: string
  /** The icon's shape, so the state reads without colour too. */
  shape: 'circle' | 'triangle' | 'square' | 'dash'
}

export const STATUS: Record<GoalStatus, StatusInfo> = {
  green: { label: 'grün', meaning: 'Ziel erreicht', shape: 'circle' },
  amber: { label: 'gelb', meaning: 'Warnschwelle erreicht, Ziel verfehlt', shape: 'triangle' },
  red: { label: 'rot', meaning: 'Ziel und Warnschwelle verfehlt', shape: 'square' },
  grey: { label: 'grau', meaning: 'keine Daten', shape: 'dash' },
}

export function directionLabel(direction: Kpi['direction']): string {
  return direction === 'higher' ? 'höher ist besser' : 'niedriger ist besser'
}

const signed = new Intl.NumberFormat('de-DE', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
})

/**
 * A KPI value with its unit in German typesetting: "87,5 %", "42,0 min",
 * "12 Tickets"; the NPS (no unit, −100 to +100) with its sign. null → null (no data).
 */
export function formatKpiValue(value: number | null, unit: string, metric = ''): string | null {
  if (value === null) return null
  if (metric === 'nps') return signed.format(value)
  switch (unit) {
    case '%':
      return formatPercent(value)
    case 'min':
      return `${formatDecimal(value)}\u00a0min`
    case 'Tickets':
      return `${formatInteger(value)}\u00a0Tickets`
    case '':
      return formatDecimal(value)
    default:
      return `${formatDecimal(value)}\u00a0${unit}`
  }
}

/** "Ziel ≥ 90,0 %, Warnschwelle ≥ 85,0 %" (≤ when lower is better). */
export function targetLine(kpi: Pick<Kpi, 'target' | 'warn' | 'unit' | 'direction' | 'metric'>): string {
  const sign = kpi.direction === 'higher' ? '≥' : '≤'
  const target = `Ziel ${sign} ${formatKpiValue(kpi.target, kpi.unit, kpi.metric)}`
  return kpi.warn === null
    ? target
    : `${target}, Warnschwelle ${sign} ${formatKpiValue(kpi.warn, kpi.unit, kpi.metric)}`
}

export interface TrendRow {
  /** `2026-03` */
  month: string
  /** "Mär 26" for the axis */
  axis: string
  /** "März 2026" */
  title: string
  /** null: no data that month, drawn as a gap */
  value: number | null
  formatted: string | null
  status: GoalStatus
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez']

/** The 12 months of the trend, oldest first, gaps kept as null. */
export function trendRows(kpi: Pick<Kpi, 'trend' | 'unit' | 'metric'>): TrendRow[] {
  return kpi.trend.map((point) => {
    const month = point.bucket.slice(0, 7)
    return {
      month,
      axis: `${SHORT_MONTHS[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(2, 4)}`,
      title: formatMonth(month),
      value: point.value,
      formatted: formatKpiValue(point.value, kpi.unit, kpi.metric),
      status: point.status,
    }
  })
}

/** The y-range of the sparkline: the values and the target, with a little room. */
export function trendDomain(rows: readonly TrendRow[], target: number): [number, number] {
  const values = [target, ...rows.flatMap((row) => (row.value === null ? [] : [row.value]))]
  const low = Math.min(...values)
  const high = Math.max(...values)
  const pad = high === low ? Math.max(Math.abs(high) * 0.05, 1) : (high - low) * 0.15
  return [low - pad, high + pad]
}

export interface CustomerRow {
  customer: string
  name: string
  value: string | null
  status: GoalStatus
}

/** The breakdown per ministry, named from the catalog, in the server's (catalog) order. */
export function customerRows(
  kpi: Pick<Kpi, 'byCustomer' | 'unit' | 'metric'>,
  customers: readonly { id: string; name: string }[],
): CustomerRow[] {
  return kpi.byCustomer.map((entry) => ({
    customer: entry.customer,
    name: customers.find((c) => c.id === entry.customer)?.name ?? entry.customer,
    value: formatKpiValue(entry.value, kpi.unit, kpi.metric),
    status: entry.status,
  }))
}

/** How many KPIs are in each state, for the line above the goals. */
export function statusCounts(cockpit: Pick<Cockpit, 'goals'>): Record<GoalStatus, number> {
  const counts: Record<GoalStatus, number> = { green: 0, amber: 0, red: 0, grey: 0 }
  for (const goal of cockpit.goals) for (const kpi of goal.kpis) counts[kpi.status] += 1
  return counts
}
