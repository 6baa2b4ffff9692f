/**
 * The ministry report as CSV for spreadsheets. German (the default), as used
 * in German offices: semicolon-separated, decimal comma. English, as a
 * spreadsheet with British settings reads it: comma-separated, decimal point,
 * English header and labels. Both UTF-8 with a byte order mark.
 * Survey comments only when asked for explicitly: they may hold personal data.
 */
import type { Catalog } from '../../shared/catalog'
import type { SurveyComment } from '../satisfaction/figures'
import { agreementLines, type Report, type ReportLanguage } from './report'

type Cell = string | number | boolean | null

/** A cell a spreadsheet would read as a formula (OWASP "CSV injection"): =, +, -, @, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/

/** Whether a spreadsheet could run this text as a formula; every CSV of Leitstand asks here. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text)
}
/** Text that is a plain number, such as "-5" or "2.5": a spreadsheet reads it as a number, not a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

/**
 * Text from the data (ticket ids, survey comments, names) as a cell that a
 * spreadsheet shows as text and never evaluates: a leading ' keeps Excel and
 * LibreOffice from reading a formula, and the cell is quoted.
 */
function neutralisedText(text: string): { text: string; quote: boolean } {
  return startsLikeFormula(text) && !PLAIN_NUMBER.test(text)
    ? { text: `'${text}`, quote: true }
    : { text, quote: false }
}

const LABELS = {
  de: {
    header: ['bereich', 'kennzahl', 'service', 'wert', 'einheit'],
    commentHeader: ['zeitpunkt', 'art', 'bewertung', 'service', 'ticket', 'kommentar'],
    separator: ';',
    decimal: ',',
    yes: 'ja',
    no: 'nein',
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
    header: ['area', 'kpi', 'service', 'value', 'unit'],
    commentHeader: ['time', 'kind', 'score', 'service', 'ticket', 'comment'],
    separator: ',',
    decimal: '.',
    yes: 'yes',
    no: 'no',
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

export function reportCsv(
  report: Report,
  catalog: Catalog,
  comments?: SurveyComment[],
  language: ReportLanguage = 'de',
): string {
  const labels = LABELS[language]
  const { areas: a, kpis: k, units: u, separator } = labels
  const quoted = new RegExp(`["${separator}\\n\\r]`)
  const cell = (value: Cell): string => {
    if (value === null) return ''
    if (typeof value === 'boolean') return value ? labels.yes : labels.no
    if (typeof value === 'number') return String(value).replace('.', labels.decimal)
    const { text, quote } = neutralisedText(value)
    return quote || quoted.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const serviceName = (id: string) => catalog.services.find((s) => s.id === id)?.name ?? id
  const { tickets, availability, satisfaction } = report
  const rows: Cell[][] = [
    [...labels.header],
    [a.tickets, k.created, '', tickets.created, u.count],
    [a.tickets, k.resolved, '', tickets.resolved, u.count],
    [a.tickets, k.reopened, '', tickets.reopened, u.count],
    [a.tickets, k.openAtEnd, '', tickets.open_at_end, u.count],
    [a.tickets, k.noSla, '', tickets.no_sla, u.count],
    [a.response, k.met, '', tickets.response.met, u.count],
    [a.response, k.breached, '', tickets.response.breached, u.count],
    [a.response, k.compliance, '', tickets.response.compliance, u.percent],
    [a.response, k.openBreached, '', tickets.response.open_breached, u.count],
    [a.resolution, k.met, '', tickets.resolution.met, u.count],
    [a.resolution, k.breached, '', tickets.resolution.breached, u.count],
    [a.resolution, k.compliance, '', tickets.resolution.compliance, u.percent],
    [a.resolution, k.openBreached, '', tickets.resolution.open_breached, u.count],
    [a.resolution, k.atRisk, '', tickets.resolution.at_risk, u.count],
    [a.resolution, k.meanResolution, '', tickets.resolution.mean_minutes, u.businessMinutes],
    [a.availability, k.overall, '', availability.overall, u.percent],
    ...availability.services.flatMap((s): Cell[][] => [
      [a.availability, k.availability, serviceName(s.service), s.availability, u.percent],
      [a.availability, k.target, serviceName(s.service), s.target, u.percent],
      [a.availability, k.targetMet, serviceName(s.service), s.met, ''],
      [a.availability, k.up, serviceName(s.service), s.up_minutes, u.minutes],
      [a.availability, k.degraded, serviceName(s.service), s.degraded_minutes, u.minutes],
      [a.availability, k.down, serviceName(s.service), s.down_minutes, u.minutes],
      [a.availability, k.coverage, serviceName(s.service), s.coverage, u.percent],
      [a.availability, k.outages, serviceName(s.service), s.outages, u.count],
      [a.availability, k.mttr, serviceName(s.service), s.mttr_minutes, u.minutes],
      [a.availability, k.budget, serviceName(s.service), s.budget_remaining, u.percent],
    ]),
    [a.satisfaction, k.csat, '', satisfaction.csat, u.percent],
    [a.satisfaction, k.csatResponses, '', satisfaction.csat_responses, u.count],
    [a.satisfaction, k.nps, '', satisfaction.nps, ''],
    [a.satisfaction, k.npsResponses, '', satisfaction.nps_responses, u.count],
    // A period spanning a change of the agreements says so, one row a change.
    ...agreementLines(report, catalog, language).map((line): Cell[] => [
      a.agreements,
      k.change,
      '',
      line,
      '',
    ]),
  ]
  const lines = rows.map((row) => row.map(cell).join(separator))
  if (comments) {
    lines.push('', labels.commentHeader.join(separator))
    for (const c of comments) {
      lines.push(
        [
          new Date(c.at).toISOString(),
          c.kind,
          c.score,
          c.service ? serviceName(c.service) : '',
          c.ticket,
          c.comment,
        ]
          .map(cell)
          .join(separator),
      )
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
