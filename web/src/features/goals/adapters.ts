/**
 * The goal cockpit's answer → what the page shows: formatted values with
 * their unit, the traffic light as a word and a shape, the 12-month trend as
 * chart rows (null stays a gap) and the breakdown per ministry. Pure, unit-tested.
 */
import type { GoalStatus } from '../../../../shared/metric-catalogue'
import { language, locale, t } from '../../i18n'
import { formatDecimal, formatInteger, formatMonth, formatPercent } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'

export type Cockpit = RouterOutputs['goals']['cockpit']
export type Kpi = Cockpit['goals'][number]['kpis'][number]

export interface StatusInfo {
  /** The colour's word, always shown: "grün" */
  readonly label: string
  /** What it means: "Ziel erreicht" */
  readonly meaning: string
  /** The icon's shape, so the state reads without colour too. */
  readonly shape: 'circle' | 'triangle' | 'square' | 'dash'
}

/** Word and meaning are read when shown, so they follow the language. */
function statusInfo(status: GoalStatus, shape: StatusInfo['shape']): StatusInfo {
  return {
    get label() {
      return t(`goals:status.${status}.label`)
    },
    get meaning() {
      return t(`goals:status.${status}.meaning`)
    },
    shape,
  }
}

export const STATUS: Record<GoalStatus, StatusInfo> = {
  green: statusInfo('green', 'circle'),
  amber: statusInfo('amber', 'triangle'),
  red: statusInfo('red', 'square'),
  grey: statusInfo('grey', 'dash'),
}

export function directionLabel(direction: Kpi['direction']): string {
  return t(`goals:direction.${direction}`)
}

/**
 * The KPI's name: the catalog's own (data, as written), else the computed
 * metric's label in the chosen language, else the metric id.
 */
export function kpiName(kpi: Pick<Kpi, 'name' | 'label' | 'metric'>): string {
  return kpi.name ?? kpi.label?.[language()] ?? kpi.metric
}

/** How the KPI is computed, in the chosen language. */
export function kpiExplanation(kpi: Pick<Kpi, 'explanation'>): string {
  return kpi.explanation[language()]
}

const signed = new Map<string, Intl.NumberFormat>()

/** "+12,5" (en: "+12.5"): one decimal with its sign, zero without. */
function formatSigned(value: number): string {
  const current = locale()
  let format = signed.get(current)
  if (!format) {
    format = new Intl.NumberFormat(current, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    })
    signed.set(current, format)
  }
  return format.format(value)
}

/**
 * A KPI value with its unit as the language sets it: "87,5 %", "42,0 min",
 * "12 Tickets" (en: "87.5%", "42.0 min", "12 tickets"); the NPS (no unit,
 * −100 to +100) with its sign. null → null (no data).
 */
export function formatKpiValue(value: number | null, unit: string, metric = ''): string | null {
  if (value === null) return null
  if (metric === 'nps') return formatSigned(value)
  switch (unit) {
    case '%':
      return formatPercent(value)
    case 'min':
      return `${formatDecimal(value)}\u00a0min`
    case 'Tickets':
      return `${formatInteger(value)}\u00a0${t('goals:tickets', { count: value })}`
    case '':
      return formatDecimal(value)
    default:
      return `${formatDecimal(value)}\u00a0${unit}`
  }
}

/** "Ziel ≥ 90,0 %, Warnschwelle ≥ 85,0 %" (≤ when lower is better). */
export function targetLine(kpi: Pick<Kpi, 'target' | 'warn' | 'unit' | 'direction' | 'metric'>): string {
  const sign = kpi.direction === 'higher' ? '≥' : '≤'
  const target = t('goals:target', { sign, value: formatKpiValue(kpi.target, kpi.unit, kpi.metric) })
  return kpi.warn === null
    ? target
    : `${target}, ${t('goals:warn', { sign, value: formatKpiValue(kpi.warn, kpi.unit, kpi.metric) })}`
}

export interface TrendRow {
  /** `2026-03` */
  month: string
  /** "Mär 26" (en: "Mar 26") for the axis */
  axis: string
  /** "März 2026" */
  title: string
  /** null: no data that month, drawn as a gap */
  value: number | null
  formatted: string | null
  status: GoalStatus
}

/** The 12 months of the trend, oldest first, gaps kept as null. */
export function trendRows(kpi: Pick<Kpi, 'trend' | 'unit' | 'metric'>): TrendRow[] {
  const shortMonths = t('goals:shortMonths').split(' ')
  return kpi.trend.map((point) => {
    const month = point.bucket.slice(0, 7)
    return {
      month,
      axis: `${shortMonths[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(2, 4)}`,
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
