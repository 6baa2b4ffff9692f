/**
 * The ministry report as CSV for spreadsheets used in German offices:
 * semicolon-separated, decimal comma, UTF-8 with a byte order mark.
 * Survey comments only when asked for explicitly: they may hold personal data.
 */
import type { Catalog } from '../../shared/catalog'
import type { SurveyComment } from '../satisfaction/figures'
import type { Report } from './report'

type Cell = string | number | boolean | null

function cell(value: Cell): string {
  if (value === null) return ''
  if (typeof value === 'boolean') return value ? 'ja' : 'nein'
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function reportCsv(report: Report, catalog: Catalog, comments?: SurveyComment[]): string {
  const serviceName = (id: string) => catalog.services.find((s) => s.id === id)?.name ?? id
  const { tickets, availability, satisfaction } = report
  const rows: Cell[][] = [
    ['bereich', 'kennzahl', 'service', 'wert', 'einheit'],
    ['Tickets', 'erstellt', '', tickets.created, 'Anzahl'],
    ['Tickets', 'gelöst', '', tickets.resolved, 'Anzahl'],
    ['Tickets', 'wiedereröffnet', '', tickets.reopened, 'Anzahl'],
    ['Tickets', 'offen am Periodenende', '', tickets.open_at_end, 'Anzahl'],
    ['Tickets', 'ohne SLA', '', tickets.no_sla, 'Anzahl'],
    ['Reaktion', 'eingehalten', '', tickets.response.met, 'Anzahl'],
    ['Reaktion', 'verletzt', '', tickets.response.breached, 'Anzahl'],
    ['Reaktion', 'Einhaltung', '', tickets.response.compliance, '%'],
    ['Reaktion', 'offen und verletzt', '', tickets.response.open_breached, 'Anzahl'],
    ['Lösung', 'eingehalten', '', tickets.resolution.met, 'Anzahl'],
    ['Lösung', 'verletzt', '', tickets.resolution.breached, 'Anzahl'],
    ['Lösung', 'Einhaltung', '', tickets.resolution.compliance, '%'],
    ['Lösung', 'offen und verletzt', '', tickets.resolution.open_breached, 'Anzahl'],
    ['Lösung', 'gefährdet', '', tickets.resolution.at_risk, 'Anzahl'],
    ['Lösung', 'mittlere Lösungszeit', '', tickets.resolution.mean_minutes, 'Geschäftsminuten'],
    ['Verfügbarkeit', 'gesamt', '', availability.overall, '%'],
    ...availability.services.flatMap((s): Cell[][] => [
      ['Verfügbarkeit', 'Verfügbarkeit', serviceName(s.service), s.availability, '%'],
      ['Verfügbarkeit', 'Ziel', serviceName(s.service), s.target, '%'],
      ['Verfügbarkeit', 'Ziel erreicht', serviceName(s.service), s.met, ''],
      ['Verfügbarkeit', 'verfügbar', serviceName(s.service), s.up_minutes, 'Minuten'],
      ['Verfügbarkeit', 'eingeschränkt', serviceName(s.service), s.degraded_minutes, 'Minuten'],
      ['Verfügbarkeit', 'ausgefallen', serviceName(s.service), s.down_minutes, 'Minuten'],
      ['Verfügbarkeit', 'Abdeckung', serviceName(s.service), s.coverage, '%'],
      ['Verfügbarkeit', 'Ausfälle', serviceName(s.service), s.outages, 'Anzahl'],
      ['Verfügbarkeit', 'MTTR', serviceName(s.service), s.mttr_minutes, 'Minuten'],
      ['Verfügbarkeit', 'Fehlerbudget übrig', serviceName(s.service), s.budget_remaining, '%'],
    ]),
    ['Zufriedenheit', 'CSAT', '', satisfaction.csat, '%'],
    ['Zufriedenheit', 'CSAT Antworten', '', satisfaction.csat_responses, 'Anzahl'],
    ['Zufriedenheit', 'NPS', '', satisfaction.nps, ''],
    ['Zufriedenheit', 'NPS Antworten', '', satisfaction.nps_responses, 'Anzahl'],
  ]
  const lines = rows.map((row) => row.map(cell).join(';'))
  if (comments) {
    lines.push('', ['zeitpunkt', 'art', 'bewertung', 'service', 'ticket', 'kommentar'].join(';'))
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
          .join(';'),
      )
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
