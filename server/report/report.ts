/**
 * The report of formats.md section 4 for one customer and period, as of the
 * period's end. The CLI and the API both call this.
 */
import { agreementNotes, noteText } from '../../shared/agreement-notes'
import type { AvailabilityFigures } from '../../shared/availability'
import type { Catalog } from '../../shared/catalog'
import { type SatisfactionFigures, satisfactionFigures } from '../../shared/satisfaction'
import { formatInstant } from '../../shared/time'
import { availabilityFigures } from '../availability/report'
import { surveyCounts } from '../satisfaction/queries'
import type { Store } from '../store'
import { type TicketFigures, ticketFigures } from '../tickets/figures'

export interface Report {
  customer: string
  from: string
  to: string
  tickets: TicketFigures
  availability: AvailabilityFigures
  satisfaction: SatisfactionFigures
}

export async function buildReport(
  store: Store,
  catalog: Catalog,
  customer: string,
  from: number,
  to: number,
): Promise<Report> {
  const [tickets, availability, counts] = await Promise.all([
    ticketFigures(store, catalog, customer, from, to),
    availabilityFigures(store, catalog, customer, from, to),
    surveyCounts(store, customer, from, to),
  ])
  return {
    customer,
    from: formatInstant(from, catalog.timezone),
    to: formatInstant(to, catalog.timezone),
    tickets,
    availability,
    satisfaction: satisfactionFigures(counts),
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

const TABLE = {
  de: {
    created: 'Tickets erstellt',
    resolved: 'Tickets gelöst',
    reopened: 'Wiedereröffnet',
    openAtEnd: 'Offen am Periodenende',
    noSla: 'Ohne SLA erstellt',
    response: 'Reaktion eingehalten',
    resolution: 'Lösung eingehalten',
    compliance: (value: string, met: number, breached: number, openBreached: number, atRisk?: number) =>
      `${value} % (${met} eingehalten, ${breached} verletzt; offen verletzt: ${openBreached}${atRisk === undefined ? '' : `, gefährdet: ${atRisk}`})`,
    meanResolution: 'Mittlere Lösungszeit',
    businessMinutes: (value: string) => `${value} Geschäftsminuten`,
    availabilityOverall: 'Verfügbarkeit gesamt',
    percent: (value: string) => `${value} %`,
    availabilityOf: (service: string) => `Verfügbarkeit ${service}`,
    service: (value: string, target: string, coverage: string, outages: number, mttr: string) =>
      `${value} % (Ziel ${target} %, Abdeckung ${coverage} %, ${outages} Ausfälle, MTTR ${mttr} min)`,
    percentWithAnswers: (value: string, n: number) => `${value} % (${n} Antworten)`,
    withAnswers: (value: string, n: number) => `${value} (${n} Antworten)`,
    title: (name: string, id: string) => `Bericht ${name} (${id})`,
    period: (from: string, to: string) => `Zeitraum ${from} bis ${to} (Stand: Periodenende)`,
  },
  en: {
    created: 'Tickets created',
    resolved: 'Tickets resolved',
    reopened: 'Reopened',
    openAtEnd: 'Open at the end of the period',
    noSla: 'Created without SLA',
    response: 'Response met',
    resolution: 'Resolution met',
    compliance: (value: string, met: number, breached: number, openBreached: number, atRisk?: number) =>
      `${value}% (${met} met, ${breached} breached; open breached: ${openBreached}${atRisk === undefined ? '' : `, at risk: ${atRisk}`})`,
    meanResolution: 'Mean resolution time',
    businessMinutes: (value: string) => `${value} business minutes`,
    availabilityOverall: 'Availability overall',
    percent: (value: string) => `${value}%`,
    availabilityOf: (service: string) => `Availability ${service}`,
    service: (value: string, target: string, coverage: string, outages: number, mttr: string) =>
      `${value}% (target ${target}%, coverage ${coverage}%, ${outages} ${outages === 1 ? 'outage' : 'outages'}, MTTR ${mttr} min)`,
    percentWithAnswers: (value: string, n: number) =>
      `${value}% (${n} ${n === 1 ? 'response' : 'responses'})`,
    withAnswers: (value: string, n: number) => `${value} (${n} ${n === 1 ? 'response' : 'responses'})`,
    title: (name: string, id: string) => `Report ${name} (${id})`,
    period: (from: string, to: string) => `Period ${from} to ${to} (as of the end of the period)`,
  },
} satisfies Record<ReportLanguage, unknown>

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
  const number = (value: number | null, digits = 1) =>
    value === null ? '–' : value.toLocaleString(reportLocale(language), { maximumFractionDigits: digits })
  const customer = catalog.customers.find((c) => c.id === report.customer)
  const { tickets, satisfaction } = report
  const { response, resolution } = tickets
  const rows: Array<[string, string]> = [
    [text.created, number(tickets.created)],
    [text.resolved, number(tickets.resolved)],
    [text.reopened, number(tickets.reopened)],
    [text.openAtEnd, number(tickets.open_at_end)],
    [text.noSla, number(tickets.no_sla)],
    [
      text.response,
      text.compliance(number(response.compliance), response.met, response.breached, response.open_breached),
    ],
    [
      text.resolution,
      text.compliance(
        number(resolution.compliance),
        resolution.met,
        resolution.breached,
        resolution.open_breached,
        resolution.at_risk,
      ),
    ],
    [text.meanResolution, text.businessMinutes(number(resolution.mean_minutes))],
    [text.availabilityOverall, text.percent(number(report.availability.overall, 3))],
    ...report.availability.services.map((s): [string, string] => [
      text.availabilityOf(catalog.services.find((c) => c.id === s.service)?.name ?? s.service),
      text.service(
        number(s.availability, 3),
        number(s.target),
        number(s.coverage),
        s.outages,
        number(s.mttr_minutes),
      ),
    ]),
    ['CSAT', text.percentWithAnswers(number(satisfaction.csat), satisfaction.csat_responses)],
    ['NPS', text.withAnswers(number(satisfaction.nps), satisfaction.nps_responses)],
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
