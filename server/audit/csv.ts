/**
 * The audit trail as CSV (German: semicolons; English: commas), UTF-8 with a
 * byte order mark. Every cell is quoted, and a cell a spreadsheet would read
 * as a formula (starting with = + - @, tab or carriage return) gets a leading
 * single quote, as OWASP recommends for CSV injection.
 */
import type { AuditEntry } from '../../shared/audit'
import { startsLikeFormula } from '../report/csv'

export type AuditCsvLanguage = 'de' | 'en'

const HEADER = {
  de: ['zeitpunkt', 'aktion', 'benutzer', 'name', 'rolle', 'ressort', 'vorgang', 'ergebnis', 'grund'],
  en: ['time', 'action', 'user', 'name', 'role', 'ministry', 'subject', 'outcome', 'reason'],
}

/** One cell, safe against formula injection. */

export function csvCell(value: string): string {
  const neutral = startsLikeFormula(value) ? `'${value}` : value
  return `"${neutral.replaceAll('"', '""')}"`
}

export function auditCsv(entries: AuditEntry[], language: AuditCsvLanguage, more: boolean): string {
  const separator = language === 'de' ? ';' : ','
  const rows = [
    HEADER[language],
    ...entries.map((e) => [
      e.at,
      e.action,
      e.userId,
      e.userName,
      e.role,
      e.customer,
      e.subject,
      e.outcome,
      e.detail,
    ]),
  ]
  if (more)
    rows.push([
      language === 'de' ? 'Weitere Einträge: bitte enger filtern' : 'More entries: please narrow the filter',
    ])
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(separator)).join('\r\n')}\r\n`
}
