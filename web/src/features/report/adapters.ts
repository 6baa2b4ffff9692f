/**
 * The report of formats.md section 4 → figure groups to render. Each figure
 * carries its formatted value (null = no data, shown as "–", never 0), the
 * counts behind it and one line on how it is computed. Pure, unit-tested.
 */
import { figureText } from '../../../../shared/figure-format'
import { metricDefinition } from '../../../../shared/metric-catalogue'
import { isWeak } from '../../../../shared/satisfaction'
import { language, locale, t } from '../../i18n'
import { formatDecimal, formatInteger, formatNumber, formatPercent, percentOf } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'
import { formatBusinessDuration } from '../sla/durations'
import { isOutcome, type TicketOutcome } from '../sla/labels'
import { drillDownHref } from '../sla/params'
import type { Judgement } from './verdict'

type ReportOutput = RouterOutputs['report']['get']

/**
 * The report as the router returns it. `availability` is optional here so a
 * server without it (or a response from before it existed) still renders.
 */
export type ReportView = Omit<ReportOutput, 'availability'> & Partial<Pick<ReportOutput, 'availability'>>

export interface Figure {
  id: string
  label: string
  /** Formatted value; null when there is no data. */
  value: string | null
  /** A long unit, set smaller after the value. */
  unit?: string
  /** The counts behind the value. */
  detail?: string
  /** How it is computed, in one line. */
  explanation: string
  /** Too few survey responses for the value to mean much. */
  weak?: boolean
  /** The tickets behind the figure: "83 eingehalten" ("83 met") → the drill-down. */
  links?: FigureLink[]
}

export interface FigureLink {
  /** "83 eingehalten" ("83 met" in English) */
  text: string
  /** null for a count of 0: there is nothing behind it to open. */
  href: string | null
}

export interface FigureGroup {
  id: string
  title: string
  figures: Figure[]
}

const percentOrNull = (value: number | null) => (value === null ? null : formatPercent(value))

/** NPS with its sign and one decimal: "+20,0", "-20,0" (en: "+20.0"). */
export function formatSigned(value: number): string {
  return new Intl.NumberFormat(locale(), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value)
}

/** Minutes of business time → hours, "6,5" (minutes are hard to compare at a glance). */
export function businessHours(minutes: number | null): string | null {
  return minutes === null ? null : formatDecimal(minutes / 60)
}

const answers = (count: number) => t('report:figures.answers', { count, n: formatInteger(count) })

export function reportGroups(report: ReportView): FigureGroup[] {
  const { tickets, satisfaction } = report
  const { response, resolution } = tickets
  // The report's period as local dates: its instants carry the Berlin offset ("2026-03-01T00:00:00+01:00").
  const link = (count: number, text: string, outcome: TicketOutcome): FigureLink => ({
    text,
    href:
      count === 0
        ? null
        : drillDownHref({
            from: report.from.slice(0, 10),
            to: report.to.slice(0, 10),
            outcome,
            customers: [report.customer],
            services: [],
            priorities: [],
          }),
  })
  const n = formatInteger
  return [
    {
      id: 'tickets',
      title: t('report:groups.tickets'),
      figures: [
        {
          id: 'created',
          label: t('report:figures.created.label'),
          value: n(tickets.created),
          explanation: t('report:figures.created.explanation'),
          links: [
            link(tickets.created, t('report:figures.created.link', { n: n(tickets.created) }), 'created'),
          ],
        },
        {
          id: 'resolved',
          label: t('report:figures.resolved.label'),
          value: n(tickets.resolved),
          explanation: t('report:figures.resolved.explanation'),
          links: [
            link(tickets.resolved, t('report:figures.resolved.link', { n: n(tickets.resolved) }), 'resolved'),
          ],
        },
        {
          id: 'reopened',
          label: t('report:figures.reopened.label'),
          value: n(tickets.reopened),
          explanation: t('report:figures.reopened.explanation'),
          links: [
            link(tickets.reopened, t('report:figures.reopened.link', { n: n(tickets.reopened) }), 'reopened'),
          ],
        },
        {
          id: 'open_at_end',
          label: t('report:figures.openAtEnd.label'),
          value: n(tickets.open_at_end),
          explanation: t('report:figures.openAtEnd.explanation'),
          links: [
            link(
              tickets.open_at_end,
              t('report:figures.openAtEnd.link', { n: n(tickets.open_at_end) }),
              'open',
            ),
          ],
        },
        {
          id: 'no_sla',
          label: t('report:figures.noSla.label'),
          value: n(tickets.no_sla),
          explanation: t('report:figures.noSla.explanation'),
        },
        // The metric catalogue's report figures of tickets, labelled and explained there.
        ...report.metrics
          .filter(({ metric }) => metricDefinition(metric).source === 'tickets')
          .map(({ metric, value, numerator, denominator }): Figure => {
            const definition = metricDefinition(metric)
            const [count] = definition.numerator
            return {
              id: metric,
              label: definition.label[language()],
              value:
                value === null ? null : definition.unit === '%' ? formatPercent(value) : formatDecimal(value),
              detail:
                denominator === null
                  ? undefined
                  : t('report:figures.metric.detail', { part: n(numerator), whole: n(denominator) }),
              explanation: definition.explanation[language()],
              links:
                count !== undefined && isOutcome(count)
                  ? [link(numerator, t('report:figures.metric.link', { n: n(numerator) }), count)]
                  : undefined,
            }
          }),
      ],
    },
    {
      id: 'sla',
      title: t('report:groups.sla'),
      figures: [
        {
          id: 'response',
          label: t('report:figures.response.label'),
          value: percentOrNull(response.compliance),
          detail: t('report:figures.response.detail', {
            met: n(response.met),
            total: n(response.met + response.breached),
            openBreached: n(response.open_breached),
          }),
          explanation: t('report:figures.response.explanation'),
          links: [
            link(response.met, t('report:figures.links.met', { n: n(response.met) }), 'response_met'),
            link(
              response.breached,
              t('report:figures.links.breached', { n: n(response.breached) }),
              'response_breached',
            ),
          ],
        },
        {
          id: 'resolution',
          label: t('report:figures.resolution.label'),
          value: percentOrNull(resolution.compliance),
          detail: t('report:figures.resolution.detail', {
            met: n(resolution.met),
            total: n(resolution.met + resolution.breached),
            openBreached: n(resolution.open_breached),
            atRisk: n(resolution.at_risk),
          }),
          explanation: t('report:figures.resolution.explanation'),
          links: [
            link(resolution.met, t('report:figures.links.met', { n: n(resolution.met) }), 'resolution_met'),
            link(
              resolution.breached,
              t('report:figures.links.breached', { n: n(resolution.breached) }),
              'resolution_breached',
            ),
            link(
              resolution.open_breached,
              t('report:figures.links.openBreached', { n: n(resolution.open_breached) }),
              'open_breached',
            ),
            link(
              resolution.at_risk,
              t('report:figures.links.atRisk', { n: n(resolution.at_risk) }),
              'at_risk',
            ),
          ],
        },
        {
          id: 'mean_resolution',
          label: t('report:figures.meanResolution.label'),
          value: businessHours(resolution.mean_minutes),
          unit: t('report:figures.meanResolution.unit'),
          explanation: t('report:figures.meanResolution.explanation'),
        },
      ],
    },
    {
      id: 'satisfaction',
      title: t('report:groups.satisfaction'),
      figures: [
        {
          id: 'csat',
          label: t('report:figures.csat.label'),
          value: percentOrNull(satisfaction.csat),
          detail: answers(satisfaction.csat_responses),
          weak: isWeak(satisfaction.csat_responses),
          explanation: t('report:figures.csat.explanation'),
        },
        {
          id: 'nps',
          label: t('report:figures.nps.label'),
          value: satisfaction.nps === null ? null : formatSigned(satisfaction.nps),
          detail: answers(satisfaction.nps_responses),
          weak: isWeak(satisfaction.nps_responses),
          explanation: t('report:figures.nps.explanation'),
        },
      ],
    },
  ]
}

/**
 * Availability always with two decimals, so a column lines up and a target
 * of 99,9 % stands apart from 99,95 %; cut rather than rounded: 99.4996 %
 * against a 99.5 % target must not read "99,50 %".
 */
export function formatAvailability(value: number | null): string | null {
  if (value === null) return null
  // The cut is the one of the CSV and the command line (shared/figure-format.ts); here in the reader's language.
  return percentOf(formatNumber(Number(figureText('availability', value)), { min: 2, max: 2 }))
}

export interface AvailabilityRow {
  service: string
  name: string
  availability: string | null
  target: string | null
  /** Met or missed as word and shape; noData without a target or without measurements. */
  judgement: Judgement
  /** Share of the agreed service time with measurements, "99,2 %" */
  measured: string | null
  outages: string
  /** Time down within the agreed service time, "1 Std. 50 Min." */
  downtime: string | null
  /** The downtime the target allows for the time measured, "43 Min."; what the error budget is in plain words. */
  allowed: string | null
}

export interface AvailabilityView {
  overall: string | null
  services: AvailabilityRow[]
}

/**
 * The downtime a target allows: `(1 − target/100) × measured` (metrics.md 4);
 * with a target that changed in the period the effective target gives the same sum.
 */
export function allowedDowntimeMinutes(entry: {
  target: number | null
  up_minutes: number
  degraded_minutes: number
  down_minutes: number
}): number | null {
  if (entry.target === null) return null
  return ((100 - entry.target) / 100) * (entry.up_minutes + entry.degraded_minutes + entry.down_minutes)
}

/** The availability part, when the response has one; services keep the report's (catalog) order. */
export function availabilityView(
  report: ReportView,
  services: readonly { id: string; name: string }[],
): AvailabilityView | undefined {
  if (!report.availability) return undefined
  return {
    overall: formatAvailability(report.availability.overall),
    services: report.availability.services.map((entry) => {
      const allowed = entry.availability === null ? null : allowedDowntimeMinutes(entry)
      return {
        service: entry.service,
        name: services.find((s) => s.id === entry.service)?.name ?? entry.service,
        availability: formatAvailability(entry.availability),
        target: entry.target === null ? null : formatAvailability(entry.target),
        judgement: entry.met === null ? 'noData' : entry.met ? 'met' : 'missed',
        measured: percentOrNull(entry.coverage),
        outages: formatInteger(entry.outages),
        downtime: entry.availability === null ? null : formatBusinessDuration(entry.down_minutes),
        allowed: allowed === null ? null : formatBusinessDuration(allowed),
      }
    }),
  }
}
