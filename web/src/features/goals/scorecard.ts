/**
 * The leadership scorecard: every KPI of the catalog in one row each, with
 * value, target, status, change against the previous period, where to look
 * further and one sentence over all of them. Pure, unit-tested.
 */
import { type GoalStatus, isComputedGoalMetric, metricDefinition } from '../../../../shared/metric-catalogue'
import { t } from '../../i18n'
import { formatDecimal } from '../../lib/format'
import { linkWithPeriod } from '../../lib/url-filters'
import { writeComplianceFilters } from '../sla/params'
import { type Cockpit, formatKpiValue, type Kpi, kpiName, statusCounts } from './adapters'
import { parseGoalPeriod } from './period'

export interface ScorecardRow {
  id: string
  goal: string
  name: string
  /** The page and filter that explain the KPI. */
  href: string
  value: string | null
  /** "Stand: September 2026" for a hand-measured value carried forward. */
  asOf: string | null
  target: string
  status: GoalStatus
  /** "+1,2" with its direction and whether that is better; null without both values. */
  change: { text: string; direction: 'up' | 'down' | 'same'; better: boolean | null } | null
  kpi: Kpi
}

/** `2026-09` → "September 2026", `2026-Q3` → "3. Quartal 2026", `2026` → "Jahr 2026". */
export function measuredPeriodLabel(period: string): string {
  return parseGoalPeriod(period)?.label ?? period
}

/** The page behind a KPI, for the cockpit's period. Hand-measured KPIs lead to their card below. */
export function kpiHref(
  kpi: Pick<Kpi, 'metric' | 'id'>,
  goal: string,
  period: { from: string; to: string },
): string {
  const compliance = (measure: 'resolution' | 'response') =>
    `/sla/einhaltung?${writeComplianceFilters({
      ...period,
      customers: [],
      services: [],
      groupBy: 'customer',
      unit: 'month',
      measure,
      target: undefined,
    }).toString()}`
  if (kpi.metric === 'response_compliance') return compliance('response')
  // A computed metric opens the page of its source; a hand-measured one its own card below.
  if (!isComputedGoalMetric(kpi.metric)) return `#kpi-${goal}-${kpi.id}`
  switch (metricDefinition(kpi.metric).source) {
    case 'tickets':
      return compliance('resolution')
    case 'availability':
      return '/verfuegbarkeit'
    case 'satisfaction':
      return linkWithPeriod('/zufriedenheit', period)
  }
}

function change(kpi: Kpi): ScorecardRow['change'] {
  if (kpi.value === null || kpi.previous === null) return null
  const delta = Math.round((kpi.value - kpi.previous) * 10) / 10
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same'
  const better = direction === 'same' ? null : (direction === 'up') === (kpi.direction === 'higher')
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±'
  const unit = kpi.unit === '%' ? ` ${t('goals:scorecard.points')}` : ''
  return { text: `${sign}${formatDecimal(Math.abs(delta))}${unit}`, direction, better }
}

export function scorecardRows(cockpit: Cockpit): ScorecardRow[] {
  return cockpit.goals.flatMap((goal) =>
    goal.kpis.map((kpi) => ({
      id: kpi.id,
      goal: goal.id,
      name: kpiName(kpi),
      href: kpiHref(kpi, goal.id, cockpit),
      value: formatKpiValue(kpi.value, kpi.unit, kpi.metric),
      asOf: kpi.measuredPeriod
        ? t('goals:scorecard.asOf', { period: measuredPeriodLabel(kpi.measuredPeriod) })
        : null,
      target: `${kpi.direction === 'higher' ? '≥' : '≤'} ${formatKpiValue(kpi.target, kpi.unit, kpi.metric)}`,
      status: kpi.status,
      change: change(kpi),
      kpi,
    })),
  )
}

/** "9 von 12 Kennzahlen im Ziel, 2 knapp verfehlt, 1 verfehlt." */
export function scorecardSummary(cockpit: Pick<Cockpit, 'goals'>): string {
  const counts = statusCounts(cockpit)
  const total = counts.green + counts.amber + counts.red + counts.grey
  const parts = [t('goals:scorecard.summary.green', { count: total, green: counts.green, total })]
  if (counts.amber > 0) parts.push(t('goals:scorecard.summary.amber', { count: counts.amber }))
  if (counts.red > 0) parts.push(t('goals:scorecard.summary.red', { count: counts.red }))
  if (counts.grey > 0) parts.push(t('goals:scorecard.summary.grey', { count: counts.grey }))
  return `${parts.join(', ')}.`
}
