/**
 * The report of formats.md section 4 for one customer and period, as of the
 * period's end. The CLI and the API both call this.
 */
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

const number = (value: number | null, digits = 1) =>
  value === null ? '–' : value.toLocaleString('de-DE', { maximumFractionDigits: digits })

/** The report as a readable table for the terminal. */
export function formatReport(report: Report, catalog: Catalog): string {
  const customer = catalog.customers.find((c) => c.id === report.customer)
  const { tickets, satisfaction } = report
  const rows: Array<[string, string]> = [
    ['Tickets erstellt', number(tickets.created)],
    ['Tickets gelöst', number(tickets.resolved)],
    ['Wiedereröffnet', number(tickets.reopened)],
    ['Offen am Periodenende', number(tickets.open_at_end)],
    ['Ohne SLA erstellt', number(tickets.no_sla)],
    [
      'Reaktion eingehalten',
      `${number(tickets.response.compliance)} % (${tickets.response.met} eingehalten, ${tickets.response.breached} verletzt; offen verletzt: ${tickets.response.open_breached})`,
    ],
    [
      'Lösung eingehalten',
      `${number(tickets.resolution.compliance)} % (${tickets.resolution.met} eingehalten, ${tickets.resolution.breached} verletzt; offen verletzt: ${tickets.resolution.open_breached}, gefährdet: ${tickets.resolution.at_risk})`,
    ],
    ['Mittlere Lösungszeit', `${number(tickets.resolution.mean_minutes)} Geschäftsminuten`],
    ['Verfügbarkeit gesamt', `${number(report.availability.overall, 3)} %`],
    ...report.availability.services.map((s): [string, string] => [
      `Verfügbarkeit ${catalog.services.find((c) => c.id === s.service)?.name ?? s.service}`,
      `${number(s.availability, 3)} % (Ziel ${number(s.target)} %, Abdeckung ${number(s.coverage)} %, ${s.outages} Ausfälle, MTTR ${number(s.mttr_minutes)} min)`,
    ]),
    ['CSAT', `${number(satisfaction.csat)} % (${satisfaction.csat_responses} Antworten)`],
    ['NPS', `${number(satisfaction.nps)} (${satisfaction.nps_responses} Antworten)`],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  return [
    `Bericht ${customer?.name ?? report.customer} (${report.customer})`,
    `Zeitraum ${report.from} bis ${report.to} (Stand: Periodenende)`,
    '',
    ...rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`),
  ].join('\n')
}
