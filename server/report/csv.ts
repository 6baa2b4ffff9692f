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
import { figureValue, kpiWord, ROW_WORDS, reportRows } from './rows'

/** `{ number }`: a figure already written with its kind's decimals (shared/figure-format.ts), never neutralised. */
type Cell = string | number | boolean | null | { number: string }

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

/** The CSV's own settings per language; the rows and their words are in ./rows.ts. */
const FORMAT = {
  de: {
    header: ['bereich', 'kennzahl', 'service', 'wert', 'einheit'],
    commentHeader: ['zeitpunkt', 'art', 'bewertung', 'service', 'ticket', 'kommentar'],
    separator: ';',
    decimal: ',',
    yes: 'ja',
    no: 'nein',
  },
  en: {
    header: ['area', 'kpi', 'service', 'value', 'unit'],
    commentHeader: ['time', 'kind', 'score', 'service', 'ticket', 'comment'],
    separator: ',',
    decimal: '.',
    yes: 'yes',
    no: 'no',
  },
} as const satisfies Record<ReportLanguage, unknown>

export function reportCsv(
  report: Report,
  catalog: Catalog,
  comments?: SurveyComment[],
  language: ReportLanguage = 'de',
): string {
  const labels = FORMAT[language]
  const { areas: a, kpis: k, units: u } = ROW_WORDS[language]
  const { separator } = labels
  const quoted = new RegExp(`["${separator}\\n\\r]`)
  const cell = (value: Cell): string => {
    if (value === null) return ''
    if (typeof value === 'boolean') return value ? labels.yes : labels.no
    if (typeof value === 'number') return String(value).replace('.', labels.decimal)
    if (typeof value === 'object') return value.number
    const { text, quote } = neutralisedText(value)
    return quote || quoted.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const serviceName = (id: string) => catalog.services.find((s) => s.id === id)?.name ?? id
  const rows: Cell[][] = [
    [...labels.header],
    ...reportRows(report).map((row): Cell[] => [
      a[row.area],
      kpiWord(row.kpi, language),
      row.service ? serviceName(row.service) : '',
      typeof row.value === 'number' ? { number: figureValue(row, labels.decimal) ?? '' } : row.value,
      row.unit ? u[row.unit] : '',
    ]),
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
