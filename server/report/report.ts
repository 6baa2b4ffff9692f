/**
 * The report of formats.md section 4 for one customer and period, as of the
 * period's end. The CLI and the API both call this.
 */
import { agreementNotes, noteText } from '../../shared/agreement-notes'
import type { AvailabilityFigures } from '../../shared/availability'
import type { Catalog } from '../../shared/catalog'
import {
  type ComputedGoalMetric,
  type Count,
  type MetricDefinition,
  metricDefinition,
  metricParts,
  metricValue,
  REPORT_METRICS,
} from '../../shared/metric-catalogue'
import { type SatisfactionFigures, satisfactionFigures } from '../../shared/satisfaction'
import { formatInstant } from '../../shared/time'
import { availabilityFigures } from '../availability/report'
import { surveyCounts } from '../satisfaction/queries'
import type { Store } from '../store'
import { type TicketFigures, ticketFiguresAndCounts } from '../tickets/figures'
import { type Area, figureOf, figureValue, type Kpi, ROW_WORDS, reportRows, rowOf } from './rows'

export interface Report {
  customer: string
  from: string
  to: string
  tickets: TicketFigures
  availability: AvailabilityFigures
  satisfaction: SatisfactionFigures
  /** The metric catalogue's figures marked for the report, with their counts. */
  metrics: ReportMetric[]
}

export interface ReportMetric {
  metric: ComputedGoalMetric
  value: number | null
  numerator: number
  /** null for a metric that is a count. */
  denominator: number | null
}

export async function buildReport(
  store: Store,
  catalog: Catalog,
  customer: string,
  from: number,
  to: number,
): Promise<Report> {
  const [tickets, availability, surveys] = await Promise.all([
    ticketFiguresAndCounts(store, catalog, customer, from, to),
    availabilityFigures(store, catalog, customer, from, to),
    surveyCounts(store, customer, from, to),
  ])
  // The report's metrics read the counts of tickets and surveys (metric-catalogue.test.ts keeps them so).
  const counts: Partial<Record<Count, number>> = { ...tickets.counts, ...surveys }
  const count = (name: Count) => {
    const value = counts[name]
    if (value === undefined) throw new Error(`report: no count '${name}' for a report metric`)
    return value
  }
  return {
    customer,
    from: formatInstant(from, catalog.timezone),
    to: formatInstant(to, catalog.timezone),
    tickets: tickets.figures,
    availability,
    satisfaction: satisfactionFigures(surveys),
    metrics: REPORT_METRICS.map((metric) => {
      const { part, whole } = metricParts(metric, count)
      return { metric, value: metricValue(metric, count), numerator: part, denominator: whole }
    }),
  }
}

/** The languages of the report's files and terminal table: German (the default) and English. */
export const REPORT_LANGUAGES = ['de', 'en'] as const
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number]

export function isReportLanguage(text: unknown): text is ReportLanguage {
  return typeof text === 'string' && (REPORT_LANGUAGES as readonly string[]).includes(text)
}

/** de-DE or en-GB, as the dashboard's number and date formats. */
export function reportLocale(language: ReportLanguage): 'de-DE' | 'en-GB' {
  return language === 'en' ? 'en-GB' : 'de-DE'
}

/** The terminal table's phrases; its rows and their words come from ./rows.ts. */
const TABLE = {
  de: {
    noSla: 'Ohne SLA erstellt',
    compliance: (value: string, met: number, breached: number, openBreached: number, atRisk?: number) =>
      `${value} % (${met} eingehalten, ${breached} verletzt; offen verletzt: ${openBreached}${atRisk === undefined ? '' : `, gefährdet: ${atRisk}`})`,
    percent: (value: string) => `${value} %`,
    service: (value: string, target: string, coverage: string, outages: number, mttr: string) =>
      `${value} % (Ziel ${target} %, Abdeckung ${coverage} %, ${outages} Ausfälle, MTTR ${mttr} min)`,
    percentWithAnswers: (value: string, n: number) => `${value} % (${n} Antworten)`,
    ofCount: (value: string, part: number, whole: number) => `${value} (${part} von ${whole})`,
    withAnswers: (value: string, n: number) => `${value} (${n} Antworten)`,
    title: (name: string, id: string) => `Bericht ${name} (${id})`,
    period: (from: string, to: string) => `Zeitraum ${from} bis ${to} (Stand: Periodenende)`,
  },
  en: {
    noSla: 'Created without SLA',
    compliance: (value: string, met: number, breached: number, openBreached: number, atRisk?: number) =>
      `${value}% (${met} met, ${breached} breached; open breached: ${openBreached}${atRisk === undefined ? '' : `, at risk: ${atRisk}`})`,
    percent: (value: string) => `${value}%`,
    service: (value: string, target: string, coverage: string, outages: number, mttr: string) =>
      `${value}% (target ${target}%, coverage ${coverage}%, ${outages} ${outages === 1 ? 'outage' : 'outages'}, MTTR ${mttr} min)`,
    percentWithAnswers: (value: string, n: number) =>
      `${value}% (${n} ${n === 1 ? 'response' : 'responses'})`,
    ofCount: (value: string, part: number, whole: number) => `${value} (${part} of ${whole})`,
    withAnswers: (value: string, n: number) => `${value} (${n} ${n === 1 ? 'response' : 'responses'})`,
    title: (name: string, id: string) => `Report ${name} (${id})`,
    period: (from: string, to: string) => `Period ${from} to ${to} (as of the end of the period)`,
  },
} satisfies Record<ReportLanguage, unknown>

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

/**
 * The report's lines on agreements that change within its period (metrics.md
 * 4b): "Ab 01.07.2026 gilt ein Verfügbarkeitsziel von 99,7 % statt 99,5 %".
 */
export function agreementLines(report: Report, catalog: Catalog, language: ReportLanguage = 'de'): string[] {
  const serviceName = (id: string) => catalog.services.find((s) => s.id === id)?.name ?? id
  return agreementNotes(catalog, report.customer, Date.parse(report.from), Date.parse(report.to)).map(
    (note) => noteText(note, language, serviceName),
  )
}

/** The report as a readable table for the terminal, in German or English. */
export function formatReport(report: Report, catalog: Catalog, language: ReportLanguage = 'de'): string {
  const text = TABLE[language]
  const { areas, kpis, units } = ROW_WORDS[language]
  const customer = catalog.customers.find((c) => c.id === report.customer)
  const figures = reportRows(report)
  const count = (area: Area, kpi: Kpi, service?: string) => Number(figureOf(figures, area, kpi, service) ?? 0)
  // Counts whole with the language's grouping; the rest with its kind's decimals, as on the report page.
  const number = (area: Area, kpi: Kpi, service?: string) => {
    const row = rowOf(figures, area, kpi, service)
    if (row?.kind === 'count' && typeof row.value === 'number')
      return row.value.toLocaleString(reportLocale(language))
    return figureValue(row, language === 'en' ? '.' : ',') ?? '–'
  }
  // One line for a figure alone; compliance, a service's availability and the survey scores with
  // the figures that explain them.
  const alone = (area: Area, kpi: Kpi, label: string): [string, string] => [label, number(area, kpi)]
  // The metric catalogue's report figures, each after the figures of its source, with the counts behind it.
  const metricLines = (source: MetricDefinition['source']) =>
    report.metrics
      .filter(({ metric }) => metricDefinition(metric).source === source)
      .map(({ metric, numerator, denominator }): [string, string] => {
        const { label, unit } = metricDefinition(metric)
        const row = figures.find((f) => typeof f.kpi === 'object' && f.kpi.metric === metric)
        const value = figureValue(row, language === 'en' ? '.' : ',') ?? '–'
        const shown = unit === '%' ? text.percent(value) : `${value} ${unit}`.trim()
        return [label[language], denominator === null ? shown : text.ofCount(shown, numerator, denominator)]
      })
  const compliance = (area: 'response' | 'resolution') =>
    text.compliance(
      number(area, 'compliance'),
      count(area, 'met'),
      count(area, 'breached'),
      count(area, 'openBreached'),
      area === 'resolution' ? count(area, 'atRisk') : undefined,
    )
  const rows: Array<[string, string]> = [
    alone('tickets', 'created', `${areas.tickets} ${kpis.created}`),
    alone('tickets', 'resolved', `${areas.tickets} ${kpis.resolved}`),
    alone('tickets', 'reopened', capitalised(kpis.reopened)),
    alone('tickets', 'openAtEnd', capitalised(kpis.openAtEnd)),
    alone('tickets', 'noSla', text.noSla),
    ...metricLines('tickets'),
    [`${areas.response} ${kpis.met}`, compliance('response')],
    [`${areas.resolution} ${kpis.met}`, compliance('resolution')],
    [capitalised(kpis.meanResolution), `${number('resolution', 'meanResolution')} ${units.businessMinutes}`],
    [`${areas.availability} ${kpis.overall}`, text.percent(number('availability', 'overall'))],
    ...report.availability.services.map(({ service }): [string, string] => [
      `${areas.availability} ${catalog.services.find((c) => c.id === service)?.name ?? service}`,
      text.service(
        number('availability', 'availability', service),
        number('availability', 'target', service),
        number('availability', 'coverage', service),
        count('availability', 'outages', service),
        number('availability', 'mttr', service),
      ),
    ]),
    [
      kpis.csat,
      text.percentWithAnswers(number('satisfaction', 'csat'), count('satisfaction', 'csatResponses')),
    ],
    [kpis.nps, text.withAnswers(number('satisfaction', 'nps'), count('satisfaction', 'npsResponses'))],
    ...metricLines('satisfaction'),
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  return [
    text.title(customer?.name ?? report.customer, report.customer),
    text.period(report.from, report.to),
    '',
    ...rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`),
    ...agreementLines(report, catalog, language).flatMap((line, i) => (i === 0 ? ['', line] : [line])),
  ].join('\n')
}
