/**
 * The report's rows, described once: each figure with its area, its name, the
 * service it is about (or none) and its unit, and the words for them in
 * German and English. The CSV writes one line a row (./csv.ts); the terminal
 * table shows the same rows, several to a line (./report.ts).
 */
import { type FigureKind, figureText } from '../../shared/figure-format'
import {
  type ComputedGoalMetric,
  type MetricDefinition,
  metricDefinition,
} from '../../shared/metric-catalogue'
import type { Report, ReportLanguage } from './report'

export const ROW_WORDS = {
  de: {
    areas: {
      tickets: 'Tickets',
      response: 'Reaktion',
      resolution: 'Lösung',
      availability: 'Verfügbarkeit',
      satisfaction: 'Zufriedenheit',
      agreements: 'Vereinbarung',
    },
    kpis: {
      created: 'erstellt',
      resolved: 'gelöst',
      reopened: 'wiedereröffnet',
      openAtEnd: 'offen am Periodenende',
      noSla: 'ohne SLA',
      met: 'eingehalten',
      breached: 'verletzt',
      compliance: 'Einhaltung',
      openBreached: 'offen und verletzt',
      atRisk: 'gefährdet',
      meanResolution: 'mittlere Lösungszeit',
      overall: 'gesamt',
      availability: 'Verfügbarkeit',
      target: 'Ziel',
      targetMet: 'Ziel erreicht',
      up: 'verfügbar',
      degraded: 'eingeschränkt',
      down: 'ausgefallen',
      coverage: 'Abdeckung',
      outages: 'Ausfälle',
      mttr: 'MTTR',
      budget: 'Fehlerbudget übrig',
      csat: 'CSAT',
      csatResponses: 'CSAT Antworten',
      nps: 'NPS',
      npsResponses: 'NPS Antworten',
      change: 'Änderung im Zeitraum',
    },
    units: {
      count: 'Anzahl',
      percent: '%',
      businessMinutes: 'Geschäftsminuten',
      minutes: 'Minuten',
    },
  },
  en: {
    areas: {
      tickets: 'Tickets',
      response: 'Response',
      resolution: 'Resolution',
      availability: 'Availability',
      satisfaction: 'Satisfaction',
      agreements: 'Agreement',
    },
    kpis: {
      created: 'created',
      resolved: 'resolved',
      reopened: 'reopened',
      openAtEnd: 'open at the end of the period',
      noSla: 'without SLA',
      met: 'met',
      breached: 'breached',
      compliance: 'compliance',
      openBreached: 'open and breached',
      atRisk: 'at risk',
      meanResolution: 'mean resolution time',
      overall: 'overall',
      availability: 'availability',
      target: 'target',
      targetMet: 'target met',
      up: 'up',
      degraded: 'degraded',
      down: 'down',
      coverage: 'coverage',
      outages: 'outages',
      mttr: 'MTTR',
      budget: 'error budget left',
      csat: 'CSAT',
      csatResponses: 'CSAT responses',
      nps: 'NPS',
      npsResponses: 'NPS responses',
      change: 'change within the period',
    },
    units: {
      count: 'count',
      percent: '%',
      businessMinutes: 'business minutes',
      minutes: 'minutes',
    },
  },
} as const satisfies Record<ReportLanguage, unknown>

type Words = (typeof ROW_WORDS)['de']
export type Area = keyof Words['areas']
export type Kpi = keyof Words['kpis']
export type Unit = keyof Words['units'] | ''

/** One figure of the report. `service` is a service id, '' for the customer's whole report. */
export interface ReportRow {
  area: Area
  /** A figure of the report's own, or one of the metric catalogue (named there). */
  kpi: Kpi | { metric: ComputedGoalMetric }
  service: string
  value: number | boolean | null
  unit: Unit
  /** How its number is written for reading: availability with two decimals (cut), other figures with one, counts whole. */
  kind: FigureKind
}

function kindOf(area: Area, kpi: ReportRow['kpi'], unit: Unit): FigureKind {
  if (area === 'availability' && (kpi === 'overall' || kpi === 'availability' || kpi === 'target'))
    return 'availability'
  if (unit === 'count') return 'count'
  if (unit === 'minutes' || unit === 'businessMinutes') return 'minutes'
  // Percentages, and the NPS score with them.
  return 'percent'
}

/** A row's number with its kind's decimals and the given decimal sign ("99,74"); null when it holds no number. */
export function figureValue(row: ReportRow | undefined, decimal: ',' | '.'): string | null {
  return typeof row?.value === 'number' ? figureText(row.kind, row.value).replace('.', decimal) : null
}

/** The report's figures in the order of the CSV. */
export function reportRows(report: Report): ReportRow[] {
  const { tickets, availability, satisfaction } = report
  const { response, resolution } = tickets
  const row = (area: Area, kpi: Kpi, value: ReportRow['value'], unit: Unit, service = ''): ReportRow => ({
    area,
    kpi,
    service,
    value,
    unit,
    kind: kindOf(area, kpi, unit),
  })
  // The metric catalogue's report figures, after the figures of their source.
  const metrics = (source: MetricDefinition['source'] & Area) =>
    report.metrics
      .filter(({ metric }) => metricDefinition(metric).source === source)
      .map(({ metric, value }): ReportRow => {
        const { unit } = metricDefinition(metric)
        const kpi = { metric }
        return {
          area: source,
          kpi,
          service: '',
          value,
          unit: METRIC_UNIT[unit],
          kind: kindOf(source, kpi, METRIC_UNIT[unit]),
        }
      })
  return [
    row('tickets', 'created', tickets.created, 'count'),
    row('tickets', 'resolved', tickets.resolved, 'count'),
    row('tickets', 'reopened', tickets.reopened, 'count'),
    row('tickets', 'openAtEnd', tickets.open_at_end, 'count'),
    row('tickets', 'noSla', tickets.no_sla, 'count'),
    ...metrics('tickets'),
    row('response', 'met', response.met, 'count'),
    row('response', 'breached', response.breached, 'count'),
    row('response', 'compliance', response.compliance, 'percent'),
    row('response', 'openBreached', response.open_breached, 'count'),
    row('resolution', 'met', resolution.met, 'count'),
    row('resolution', 'breached', resolution.breached, 'count'),
    row('resolution', 'compliance', resolution.compliance, 'percent'),
    row('resolution', 'openBreached', resolution.open_breached, 'count'),
    row('resolution', 'atRisk', resolution.at_risk, 'count'),
    row('resolution', 'meanResolution', resolution.mean_minutes, 'businessMinutes'),
    row('availability', 'overall', availability.overall, 'percent'),
    ...availability.services.flatMap((s) => [
      row('availability', 'availability', s.availability, 'percent', s.service),
      row('availability', 'target', s.target, 'percent', s.service),
      row('availability', 'targetMet', s.met, '', s.service),
      row('availability', 'up', s.up_minutes, 'minutes', s.service),
      row('availability', 'degraded', s.degraded_minutes, 'minutes', s.service),
      row('availability', 'down', s.down_minutes, 'minutes', s.service),
      row('availability', 'coverage', s.coverage, 'percent', s.service),
      row('availability', 'outages', s.outages, 'count', s.service),
      row('availability', 'mttr', s.mttr_minutes, 'minutes', s.service),
      row('availability', 'budget', s.budget_remaining, 'percent', s.service),
    ]),
    row('satisfaction', 'csat', satisfaction.csat, 'percent'),
    row('satisfaction', 'csatResponses', satisfaction.csat_responses, 'count'),
    row('satisfaction', 'nps', satisfaction.nps, ''),
    row('satisfaction', 'npsResponses', satisfaction.nps_responses, 'count'),
    ...metrics('satisfaction'),
  ]
}

const METRIC_UNIT: Record<MetricDefinition['unit'], Unit> = {
  '%': 'percent',
  min: 'minutes',
  Tickets: 'count',
  '': '',
}

/** The name of a row's figure in `language`: the report's word, or the metric catalogue's label. */
export function kpiWord(kpi: ReportRow['kpi'], language: ReportLanguage): string {
  return typeof kpi === 'string'
    ? ROW_WORDS[language].kpis[kpi]
    : metricDefinition(kpi.metric).label[language]
}

/** Looks a report's row up by area, name and service. */
export function rowOf(rows: readonly ReportRow[], area: Area, kpi: Kpi, service = ''): ReportRow | undefined {
  return rows.find((row) => row.area === area && row.kpi === kpi && row.service === service)
}

/** Looks a report's figure up by area, name and service. */
export function figureOf(rows: readonly ReportRow[], area: Area, kpi: Kpi, service = ''): ReportRow['value'] {
  return rowOf(rows, area, kpi, service)?.value ?? null
}
