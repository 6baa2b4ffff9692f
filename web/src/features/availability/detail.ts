/**
 * Pure adapters for one service's detail: the trend against the target, the
 * budget burn-down, the outage timeline, the latency table, the explanation
 * of the figure.
 */
import { t } from '../../i18n'
import { formatDate, formatDayMonth, formatInstant, formatInteger, formatMonth } from '../../lib/format'
import {
  type BurnDownPoint,
  formatMinutes,
  formatTarget,
  type OutagePart,
  type ServiceDetail,
  type TrendPoint,
} from './labels'
import type { de } from './messages'

export interface TrendRow {
  /** `YYYY-MM-DD` or `YYYY-MM`, as sent. */
  key: string
  /** Short axis label: "02.03." or "03/2026". */
  axis: string
  /** Full label for tooltip and table: "02.03.2026" or "März 2026". */
  title: string
  /** Null: no known time in the bucket, drawn as a gap. */
  availability: number | null
  target: number | null
  met: boolean | null
  coverage: number | null
  downMinutes: number
  outages: number
}

export function trendRows(trend: readonly TrendPoint[], bucket: 'day' | 'month'): TrendRow[] {
  return trend.map((point) => {
    const month = point.label.slice(0, 7)
    return {
      key: point.label,
      axis: bucket === 'day' ? formatDayMonth(point.label) : `${month.slice(5, 7)}/${month.slice(0, 4)}`,
      title: bucket === 'day' ? formatDate(point.label) : formatMonth(month),
      availability: point.availability,
      target: point.target,
      met: point.met,
      coverage: point.coverage,
      downMinutes: point.down_minutes,
      outages: point.outages,
    }
  })
}

/**
 * The y axis of the trend: up to 100 %, down to a whole percent below the
 * lowest value or target with a quarter of the span as room, so 99,5 % and
 * 99,9 % are told apart. No values: 0 to 100.
 */
export function trendDomain(rows: readonly TrendRow[], target: number | null): [number, number] {
  const values = rows.flatMap((row) => (row.availability === null ? [] : [row.availability]))
  if (target !== null) values.push(target)
  if (values.length === 0) return [0, 100]
  const lowest = Math.min(...values)
  const room = Math.max((100 - lowest) / 4, 0.5)
  return [Math.max(0, Math.floor(lowest - room)), 100]
}

export interface BurnDownRow {
  date: string
  axis: string
  title: string
  /** Remaining budget in percent of the budget; negative once overspent; null: no known time yet or after now. */
  remaining: number | null
  downMinutes: number
  allowedMinutes: number | null
}

export function burnDownRows(points: readonly BurnDownPoint[]): BurnDownRow[] {
  return points.map((point) => ({
    date: point.date,
    axis: formatDayMonth(point.date),
    title: formatDate(point.date),
    remaining: point.budget_remaining,
    downMinutes: point.down_minutes,
    allowedMinutes: point.allowed_minutes,
  }))
}

/** A tick step that gives four to eight ticks over the span. */
export function tickStep(span: number): number {
  for (const step of [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100]) if (span / step <= 8) return step
  return 250
}

/** Ticks from the domain's bottom to its top at the step: [97, 100] → 97, 97,5 … 100. */
export function axisTicks([bottom, top]: [number, number]): number[] {
  const step = tickStep(top - bottom)
  const ticks: number[] = []
  // Counted in steps, not summed, so 0,1 + 0,2 does not drift.
  for (let i = Math.ceil(bottom / step); i * step <= top + 1e-9; i++)
    ticks.push(Number((i * step).toFixed(4)))
  return ticks
}

/** 100 % at the top; the 0 line always in view; below it down to a tick under the lowest value. */
export function burnDownDomain(rows: readonly BurnDownRow[]): [number, number] {
  const lowest = Math.min(0, ...rows.flatMap((row) => (row.remaining === null ? [] : [row.remaining])))
  const step = tickStep(100 - lowest)
  return [Math.floor(lowest / step) * step, 100]
}

export interface TimelineSegment {
  /** Percent of the period from its start. */
  left: number
  /** Percent of the period; at least MIN_SEGMENT so a one-minute outage shows. */
  width: number
  start: string
  end: string
}

/** A segment's smallest width in percent of the track. */
export const MIN_SEGMENT = 0.4

/** Intervals placed on the period `[from, to)`, clipped to it; those outside it are left out. */
export function timelineSegments(
  intervals: ReadonlyArray<{ start: string; end: string }>,
  from: string,
  to: string,
): TimelineSegment[] {
  const start = Date.parse(from)
  const length = Date.parse(to) - start
  if (!(length > 0)) return []
  return intervals.flatMap((interval) => {
    const a = Math.max(Date.parse(interval.start), start)
    const b = Math.min(Date.parse(interval.end), start + length)
    if (!(b > a)) return []
    const left = ((a - start) / length) * 100
    const width = Math.max(((b - a) / length) * 100, MIN_SEGMENT)
    return [{ left: Math.min(left, 100 - width), width, start: interval.start, end: interval.end }]
  })
}

/** Outages outside maintenance first in the list as the server sends them; counts for the caption. */
export function outageSummary(outages: readonly OutagePart[]): { counted: number; inMaintenance: number } {
  const inMaintenance = outages.filter((o) => o.in_maintenance).length
  return { counted: outages.length - inMaintenance, inMaintenance }
}

export interface LatencyRow {
  name: string
  checks: string
  p50: string | null
  p95: string | null
  p99: string | null
}

const ms = (value: number | null) => (value === null ? null : `${formatInteger(value)} ms`)

/** Overall first, then each probe. */
export function latencyRows(latency: ServiceDetail['latency']): LatencyRow[] {
  const row = (
    name: string,
    p: { checks: number; p50: number | null; p95: number | null; p99: number | null },
  ) => ({
    name,
    checks: formatInteger(p.checks),
    p50: ms(p.p50),
    p95: ms(p.p95),
    p99: ms(p.p99),
  })
  return [
    row(t('availability:latency.allProbes'), latency),
    ...latency.probes.map((probe) => row(probe.probe, probe)),
  ]
}

export type Explanation = ServiceDetail['explain']

/** The figure's arithmetic in the current language: "Verfügbarkeit = … W = 2.880 min Servicezeit …". */
export function explanationText(explain: Explanation, availability: number | null): string {
  const minutes = (value: number) => formatInteger(value)
  const known = explain.up_minutes + explain.degraded_minutes + explain.down_minutes
  const calendar =
    explain.calendar === null
      ? t('availability:explain.aroundTheClock')
      : t('availability:explain.perCalendar', { calendar: explain.calendar })
  const target =
    explain.sla === null
      ? t('availability:explain.noTarget')
      : t(
          explain.basis === 'standard'
            ? 'availability:explain.standardTarget'
            : 'availability:explain.target',
          {
            target: formatTarget(explain.target ?? 0),
            sla: explain.sla,
          },
        )
  return [
    t('availability:explain.formula', {
      availability:
        availability === null ? t('availability:explain.noMeasurements') : formatTarget(availability),
    }),
    t('availability:explain.window', {
      open: minutes(explain.open_minutes),
      calendar,
      maintenance: minutes(explain.maintenance_minutes),
      window: minutes(explain.window_minutes),
    }),
    t('availability:explain.known', { known: minutes(known), unknown: minutes(explain.unknown_minutes) }),
    target,
  ].join(' ')
}

/** The explanation's terms and values, in the order of the list under the text. */
export function explanationItems(
  detail: Pick<ServiceDetail, 'from' | 'to' | 'explain'>,
): Array<[string, string]> {
  const { explain } = detail
  const minutes = (value: number) => t('availability:explain.minutes', { minutes: formatInteger(value) })
  const term = (key: keyof (typeof de)['explain']['terms']) => t(`availability:explain.terms.${key}`)
  return [
    [
      term('period'),
      t('availability:explain.period', {
        from: formatInstant(detail.from),
        to: formatInstant(detail.to),
        duration: formatMinutes(explain.period_minutes),
      }),
    ],
    [term('sla'), explain.sla ?? t('availability:explain.noSla')],
    [
      term('target'),
      explain.target === null ? t('availability:explain.noTargetValue') : formatTarget(explain.target),
    ],
    [term('calendar'), explain.calendar ?? t('availability:explain.noCalendar')],
    [term('open'), minutes(explain.open_minutes)],
    [term('maintenance'), minutes(explain.maintenance_minutes)],
    [term('window'), minutes(explain.window_minutes)],
    [term('up'), minutes(explain.up_minutes)],
    [term('degraded'), minutes(explain.degraded_minutes)],
    [term('down'), minutes(explain.down_minutes)],
    [term('unknown'), minutes(explain.unknown_minutes)],
    [term('hold'), minutes(explain.hold_minutes)],
  ]
}
