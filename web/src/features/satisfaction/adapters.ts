/**
 * Satisfaction answers → table and chart rows. A value from fewer than
 * MIN_MEANINGFUL_RESPONSES responses is shown but flagged "wenig
 * aussagekräftig" ("not meaningful"); no responses is no data, never 0.
 * Pure, unit-tested; texts in the current language.
 */

import { addDays, addMonthsToMonth, isLocalDate, monthOf } from '../../../../shared/local-dates'
import type { Period } from '../../../../shared/period-presets'
import { isWeak } from '../../../../shared/satisfaction'
import { locale, t } from '../../i18n'
import { formatInteger, formatMonth, formatPercent, formatTimestamp } from '../../lib/format'
import { customerParam, periodParams, readPeriod, setCustomer } from '../../lib/url-filters'
import type { RouterOutputs } from '../../trpc'

type Summary = RouterOutputs['satisfaction']['summary']
type Trend = RouterOutputs['satisfaction']['trend']
type Outcomes = RouterOutputs['satisfaction']['bySlaOutcome']
type Comments = RouterOutputs['satisfaction']['comments']

/** "wenig aussagekräftig" (en: "not meaningful"), in the current language. */
export function weakLabel(): string {
  return t('satisfaction:weak.label')
}

interface Named {
  id: string
  name: string
}

/** NPS with its sign and one decimal: "+20,0", "-20,0" (en: "+20.0"). */
export function formatNps(value: number | null): string | null {
  return value === null
    ? null
    : new Intl.NumberFormat(locale(), {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        signDisplay: 'exceptZero',
      }).format(value)
}

export interface SatisfactionRow {
  key: string
  month: string
  monthLabel: string
  customer: string
  customerName: string
  /** '' = all services */
  service: string
  serviceName: string
  csat: string | null
  csatResponses: string
  csatWeak: boolean
  nps: string | null
  npsResponses: string
  npsWeak: boolean
}

const nameOf = (list: readonly Named[], id: string) => list.find((item) => item.id === id)?.name ?? id

/** One row per month, ministry (and service), newest month first, ministries in catalog order. */
export function satisfactionRows(
  rows: Summary,
  customers: readonly Named[],
  services: readonly Named[],
): SatisfactionRow[] {
  const order = (id: string) => {
    const index = customers.findIndex((c) => c.id === id)
    return index === -1 ? customers.length : index
  }
  return [...rows]
    .sort(
      (a, b) =>
        b.bucket.localeCompare(a.bucket) ||
        order(a.customer) - order(b.customer) ||
        nameOf(services, a.service).localeCompare(nameOf(services, b.service), locale()),
    )
    .map((row) => {
      const month = row.bucket.slice(0, 7)
      return {
        key: `${row.bucket}|${row.customer}|${row.service}`,
        month,
        monthLabel: formatMonth(month),
        customer: row.customer,
        customerName: nameOf(customers, row.customer),
        service: row.service,
        serviceName: row.service === '' ? t('satisfaction:allServices') : nameOf(services, row.service),
        csat: row.csat === null ? null : formatPercent(row.csat),
        csatResponses: formatInteger(row.csat_responses),
        csatWeak: isWeak(row.csat_responses),
        nps: formatNps(row.nps),
        npsResponses: formatInteger(row.nps_responses),
        npsWeak: isWeak(row.nps_responses),
      }
    })
}

export interface TrendPoint {
  month: string
  /** "März 2026", the running month "Dezember 2026 (laufend)". */
  label: string
  /** Null: no responses, a gap in the line (never 0). */
  csat: number | null
  nps: number | null
  csatText: string | null
  npsText: string | null
  csatResponses: number
  npsResponses: number
  responses: number
  csatWeak: boolean
  npsWeak: boolean
  running: boolean
}

/**
 * One point per month of the period, a month without responses included (as
 * a gap): a thin month is marked weak, not dropped; the month of today is
 * marked running. `to` is exclusive.
 */
export function trendPoints(rows: Trend, period: { from: string; to: string }, today: string): TrendPoint[] {
  if (!isLocalDate(period.from) || !isLocalDate(period.to) || period.to <= period.from) return []
  const byMonth = new Map(rows.map((row) => [row.bucket.slice(0, 7), row]))
  const last = monthOf(addDays(period.to, -1))
  const points: TrendPoint[] = []
  for (let month = monthOf(period.from); month <= last; month = addMonthsToMonth(month, 1)) {
    const row = byMonth.get(month)
    const csatResponses = row?.csat_responses ?? 0
    const npsResponses = row?.nps_responses ?? 0
    const running = month === monthOf(today)
    points.push({
      month,
      label: running ? t('satisfaction:trend.running', { month: formatMonth(month) }) : formatMonth(month),
      csat: row?.csat ?? null,
      nps: row?.nps ?? null,
      csatText: row?.csat == null ? null : formatPercent(row.csat),
      npsText: formatNps(row?.nps ?? null),
      csatResponses,
      npsResponses,
      responses: csatResponses + npsResponses,
      csatWeak: isWeak(csatResponses),
      npsWeak: isWeak(npsResponses),
      running,
    })
    if (points.length > 36) break
  }
  return points
}

/** "SLA eingehalten", "SLA verletzt", "noch offen", "ohne SLA" (en: "SLA met", …), in the current language. */
export function outcomeLabel(outcome: Outcomes[number]['outcome']): string {
  return t(`satisfaction:outcomes.${outcome}`)
}

export interface OutcomeRow {
  outcome: Outcomes[number]['outcome']
  label: string
  /** For the chart: null stays a missing bar, never 0. */
  csat: number | null
  formatted: string | null
  responses: string
  weak: boolean
}

export function outcomeRows(outcomes: Outcomes): OutcomeRow[] {
  return outcomes.map((entry) => ({
    outcome: entry.outcome,
    label: outcomeLabel(entry.outcome),
    csat: entry.csat,
    formatted: entry.csat === null ? null : formatPercent(entry.csat),
    responses: formatInteger(entry.responses),
    weak: isWeak(entry.responses),
  }))
}

export interface CommentRow {
  id: string
  when: string
  customerName: string
  serviceName: string | null
  ticket: string | null
  /** "CSAT 4 von 5", "NPS 9 von 10" (en: "CSAT 4 of 5") */
  score: string
  comment: string
}

export function commentRows(
  comments: Comments,
  customers: readonly Named[],
  services: readonly Named[],
): CommentRow[] {
  return comments.map((c) => ({
    id: c.id,
    when: formatTimestamp(c.at),
    customerName: nameOf(customers, c.customer),
    serviceName: c.service ? nameOf(services, c.service) : null,
    ticket: c.ticket || null,
    score:
      c.kind === 'csat'
        ? t('satisfaction:comment.csat', { score: c.score })
        : t('satisfaction:comment.nps', { score: c.score }),
    comment: c.comment,
  }))
}

export interface SatisfactionFilters extends Period {
  /** One ministry (staff); absent: all the user may see. */
  customer: string | undefined
  byService: boolean
}

/** `?von=2025-05-01&bis=2026-05-01&ressort=im&dienste=1`; default the last 12 full months. */
export function readSatisfactionFilters(params: URLSearchParams, today: string): SatisfactionFilters {
  return {
    ...readPeriod(params, today, 'last-12-months'),
    customer: customerParam(params),
    byService: params.get('dienste') === '1',
  }
}

export function writeSatisfactionFilters(filters: SatisfactionFilters): URLSearchParams {
  const params = periodParams(filters)
  setCustomer(params, filters.customer)
  if (filters.byService) params.set('dienste', '1')
  return params
}
