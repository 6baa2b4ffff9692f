/**
 * The whole drill-down list as CSV, in the report CSV's dialect: German with
 * semicolons and a decimal comma, English with commas and a decimal point;
 * UTF-8 with a byte order mark. Every text cell is formula-safe.
 */
import type { Catalog } from '../../shared/catalog'
import { figureText } from '../../shared/figure-format'
import { formatInstant } from '../../shared/time'
import { startsLikeFormula } from '../report/csv'
import type { ReportLanguage } from '../report/report'
import type { ListedTicket } from './tickets'

const DIALECT = {
  de: {
    separator: ';',
    decimal: ',',
    header: [
      'ticket',
      'ressort',
      'service',
      'prioritaet',
      'status',
      'sla',
      'erstellt',
      'geloest',
      'wiedereroeffnet',
      'reaktion_geschaeftsminuten',
      'reaktion_ziel_geschaeftsminuten',
      'reaktion_ueberschritten',
      'loesung_geschaeftsminuten',
      'loesung_ziel_geschaeftsminuten',
      'loesung_ueberschritten',
      'frist',
    ],
    yes: 'ja',
    no: 'nein',
  },
  en: {
    separator: ',',
    decimal: '.',
    header: [
      'ticket',
      'ministry',
      'service',
      'priority',
      'status',
      'sla',
      'created',
      'resolved',
      'reopened',
      'response_business_minutes',
      'response_target_business_minutes',
      'response_breached',
      'resolution_business_minutes',
      'resolution_target_business_minutes',
      'resolution_breached',
      'deadline',
    ],
    yes: 'yes',
    no: 'no',
  },
} as const

/**
 * One CSV cell: a text a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe; a cell
 * holding the separator, a quote or a line break is quoted.
 */
export function csvCell(text: string, separator: string): string {
  const safe = startsLikeFormula(text) ? `'${text}` : text
  return new RegExp(`["${separator}\\n\\r]`).test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function ticketListCsv(
  tickets: readonly ListedTicket[],
  catalog: Catalog,
  language: ReportLanguage,
): string {
  const { separator, decimal, header, yes, no } = DIALECT[language]
  const zone = catalog.timezone
  const name = (list: readonly { id: string; name: string }[], id: string) =>
    list.find((entry) => entry.id === id)?.name ?? id
  const minutes = (value: number | undefined) =>
    value === undefined ? '' : figureText('minutes', value).replace('.', decimal)
  const flag = (value: boolean | undefined) => (value === undefined ? '' : value ? yes : no)
  const lines = [header.join(separator)]
  for (const ticket of tickets) {
    const cells = [
      ticket.ticket,
      name(catalog.customers, ticket.customer),
      name(catalog.services, ticket.service),
      ticket.priority ?? '',
      ticket.status,
      ticket.sla ?? '',
      formatInstant(ticket.createdAt, zone),
      ticket.resolvedAt === null ? '' : formatInstant(ticket.resolvedAt, zone),
      String(ticket.reopens),
      minutes(ticket.response?.elapsedMinutes),
      minutes(ticket.response?.targetMinutes),
      flag(ticket.response?.breached),
      minutes(ticket.resolution?.elapsedMinutes),
      minutes(ticket.resolution?.targetMinutes),
      flag(ticket.resolution?.breached),
      ticket.resolution?.deadline == null ? '' : formatInstant(ticket.resolution.deadline, zone),
    ]
    lines.push(cells.map((cell) => csvCell(cell, separator)).join(separator))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
