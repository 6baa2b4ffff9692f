/**
 * The report's verdict: each SLA figure against its agreed target, met or
 * missed, beside the previous period's value; a summary in plain words; and
 * the 12-month trend as chart rows. Pure, unit-tested.
 */
import { locale, t } from '../../i18n'
import { formatDecimal, formatInteger, formatMonth, formatPercent } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'
import { formatAvailability } from './adapters'
import { monthOfPeriod, periodLabel } from './params'

export type Verdict = RouterOutputs['report']['verdict']
type Report = RouterOutputs['report']['get']

/** met / missed against a target; none: no target agreed; noData: nothing to judge. */
export type Judgement = 'met' | 'missed' | 'none' | 'noData'

export interface KeyFigure {
  id: 'response' | 'resolution' | 'services'
  label: string
  value: string | null
  target: string | null
  judgement: Judgement
  previous: string | null
  /** "+1,2 Pp." with its direction; null when either value is missing. */
  change: { text: string; direction: 'up' | 'down' | 'same' } | null
}

function judge(value: number | null, target: number | null): Judgement {
  if (value === null) return 'noData'
  if (target === null) return 'none'
  return value >= target ? 'met' : 'missed'
}

/** Percentage points with a sign and one decimal: "+1,2 Pp." (en: "+1.2 pp"). */
function pointsChange(now: number | null, before: number | null): KeyFigure['change'] {
  if (now === null || before === null) return null
  const delta = Math.round((now - before) * 10) / 10
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same'
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±'
  return {
    text: t('report:verdict.points', { value: `${sign}${formatDecimal(Math.abs(delta))}` }),
    direction,
  }
}

function countChange(now: number, before: number): KeyFigure['change'] {
  const delta = now - before
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same'
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±'
  return { text: `${sign}${formatInteger(Math.abs(delta))}`, direction }
}

interface ServicesMet {
  met: number
  judged: number
  missed: string[]
}

function servicesMet(report: Report, names: readonly { id: string; name: string }[]): ServicesMet {
  const judged = report.availability.services.filter((s) => s.met !== null)
  return {
    met: judged.filter((s) => s.met).length,
    judged: judged.length,
    missed: judged.filter((s) => !s.met).map((s) => names.find((n) => n.id === s.service)?.name ?? s.service),
  }
}

const percentOrNull = (value: number | null) => (value === null ? null : formatPercent(value))

export function keyFigures(
  report: Report,
  verdict: Verdict,
  services: readonly { id: string; name: string }[],
): KeyFigure[] {
  const { targets, previous } = verdict
  const clock = (id: 'response' | 'resolution'): KeyFigure => {
    const value = report.tickets[id].compliance
    const before = previous.tickets[id].compliance
    return {
      id,
      label: t(`report:verdict.figures.${id}`),
      value: percentOrNull(value),
      target: percentOrNull(targets[id]),
      judgement: judge(value, targets[id]),
      previous: percentOrNull(before),
      change: pointsChange(value, before),
    }
  }
  const now = servicesMet(report, services)
  const before = servicesMet(previous, services)
  const ofServices = (s: ServicesMet) =>
    s.judged === 0
      ? null
      : t('report:verdict.servicesOf', { met: formatInteger(s.met), n: formatInteger(s.judged) })
  return [
    clock('response'),
    clock('resolution'),
    {
      id: 'services',
      label: t('report:verdict.figures.services'),
      value: ofServices(now),
      target: now.judged === 0 ? null : t('report:verdict.allServices'),
      judgement: now.judged === 0 ? 'noData' : now.met === now.judged ? 'met' : 'missed',
      previous: ofServices(before),
      change: now.judged === 0 || before.judged === 0 ? null : countChange(now.met, before.met),
    },
  ]
}

export function judgementLabel(judgement: Judgement): string {
  return t(`report:verdict.judgement.${judgement}`)
}

/**
 * "Im November 2026 wurden 95,3 % der Erstreaktionen und 90,0 % der Lösungen
 * in der vereinbarten Zeit erbracht; Ziel 95,0 % bzw. 90,0 %: erreicht. Alle
 * 4 Dienste waren im Ziel."
 */
export function summary(
  report: Report,
  verdict: Verdict,
  services: readonly { id: string; name: string }[],
): string {
  const from = report.from.slice(0, 10)
  const to = report.to.slice(0, 10)
  const period = monthOfPeriod(from, to)
    ? t('report:verdict.summary.inMonth', { month: periodLabel(from, to) })
    : t('report:verdict.summary.inPeriod', { period: periodLabel(from, to) })
  const { response, resolution } = report.tickets
  const sentences: string[] = []
  if (response.compliance === null && resolution.compliance === null) {
    sentences.push(t('report:verdict.summary.noTickets', { period }))
  } else {
    let tickets = t('report:verdict.summary.tickets', {
      period,
      response: percentOrNull(response.compliance) ?? '–',
      resolution: percentOrNull(resolution.compliance) ?? '–',
    })
    const { targets } = verdict
    if (targets.response !== null && targets.resolution !== null) {
      const judged = [
        judge(response.compliance, targets.response),
        judge(resolution.compliance, targets.resolution),
      ]
      const outcome =
        judged[0] === judged[1]
          ? judgementLabel(judged[0] ?? 'noData')
          : t('report:verdict.summary.split', {
              response: judgementLabel(judged[0] ?? 'noData'),
              resolution: judgementLabel(judged[1] ?? 'noData'),
            })
      tickets += t('report:verdict.summary.targets', {
        response: formatPercent(targets.response),
        resolution: formatPercent(targets.resolution),
        outcome,
      })
    }
    sentences.push(`${tickets}.`)
  }
  const met = servicesMet(report, services)
  if (met.judged > 0) {
    sentences.push(
      met.met === met.judged
        ? t('report:verdict.summary.allServices', { count: met.judged, n: formatInteger(met.judged) })
        : t('report:verdict.summary.someServices', {
            count: met.judged,
            met: formatInteger(met.met),
            n: formatInteger(met.judged),
            // "E-Akte, Telefonie und Mobile Geräte" (en: "E-Akte, Telefonie and Mobile Geräte").
            missed: new Intl.ListFormat(locale(), { type: 'conjunction' }).format(met.missed),
          }),
    )
  }
  return sentences.join(' ')
}

export interface TrendRow {
  month: string
  /** "Nov. 26" on the axis, "November 2026" in the table. */
  axis: string
  title: string
  response: number | null
  resolution: number | null
  availability: number | null
}

export function trendRows(verdict: Verdict): TrendRow[] {
  return verdict.trend.map((point) => {
    const title = formatMonth(point.month.slice(0, 7))
    const [year, month] = point.month.split('-')
    return {
      month: point.month,
      axis:
        `${formatMonth(point.month.slice(0, 7)).slice(0, 3)} ${year?.slice(2) ?? ''}`.trim() || `${month}`,
      title,
      response: point.response,
      resolution: point.resolution,
      availability: point.availability,
    }
  })
}

/** The trend's values as the table beside the chart shows them. */
export function trendCells(row: TrendRow): { response: string; resolution: string; availability: string } {
  return {
    response: percentOrNull(row.response) ?? '–',
    resolution: percentOrNull(row.resolution) ?? '–',
    availability: formatAvailability(row.availability) ?? '–',
  }
}
