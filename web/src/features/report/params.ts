/**
 * The report view in the URL: a calendar month `?monat=2026-03&ressort=im`
 * or any period `?von=2026-03-10&bis=2026-03-17` (`bis` exclusive, as in the
 * API and the export links). `druck=1` is the print view the PDF is made of.
 */

import {
  addDays,
  addMonthsToMonth,
  daysBetween,
  isLocalDate,
  isMonth,
  monthOf,
  monthPeriod,
} from '../../../../shared/local-dates'
import type { Period } from '../../../../shared/period-presets'
import { LANGUAGE_PARAM, type Language, t } from '../../i18n'
import { formatDate, formatMonth } from '../../lib/format'
import { customerParam, periodParam, periodParams, setCustomer } from '../../lib/url-filters'

export interface ReportParams extends Period {
  /** The calendar month when the period is exactly one; undefined for another period. */
  month: string | undefined
  /** Absent: the user's own ministry, or the first one for staff. */
  customer: string | undefined
}

/** The last month that has ended in Berlin. */
export function lastCompleteMonth(today: string): string {
  return addMonthsToMonth(monthOf(today), -1)
}

/** The month `[from, to)` covers exactly, if it is one. */
export function monthOfPeriod(from: string, to: string): string | undefined {
  if (!isLocalDate(from) || !from.endsWith('-01')) return undefined
  const month = monthOf(from)
  return monthPeriod(month).to === to ? month : undefined
}

/**
 * `von` and `bis` win over `monat`. A malformed date is passed on as it is:
 * the server's validation message then says what is wrong.
 */
export function readReportParams(params: URLSearchParams, today: string): ReportParams {
  const customer = customerParam(params)
  const period = periodParam(params)
  if (period) return { month: monthOfPeriod(period.from, period.to), ...period, customer }
  const linked = params.get('monat')
  const month = isMonth(linked) ? linked : lastCompleteMonth(today)
  return { month, ...monthPeriod(month), customer }
}

/** Always `von`/`bis`, the period every page reads and the navigation carries (`monat` is still read). */
export function writeReportParams(report: Omit<ReportParams, 'month'>): URLSearchParams {
  const params = periodParams(report)
  setCustomer(params, report.customer)
  return params
}

/**
 * The query of /export/bericht.csv and .pdf: always `ressort`, `von`, `bis`;
 * `sprache=en` for an English file (German, the server's default, goes without).
 */
export function exportQuery(
  report: { customer: string; from: string; to: string },
  comments = false,
  lang: Language = 'de',
): string {
  const params = new URLSearchParams({ ressort: report.customer, von: report.from, bis: report.to })
  if (comments) params.set('kommentare', '1')
  if (lang !== 'de') params.set(LANGUAGE_PARAM, lang)
  return params.toString()
}

/**
 * "März 2026" for a month, "10.03.2026" for one day, else "10.03.2026 bis 16.03.2026" (last day included);
 * in English "March 2026", "10/03/2026", "10/03/2026 to 16/03/2026".
 */
export function periodLabel(from: string, to: string): string {
  const month = monthOfPeriod(from, to)
  if (month) return formatMonth(month)
  if (!isLocalDate(from) || !isLocalDate(to)) return t('report:period.range', { from, to })
  if (daysBetween(from, to) === 1) return formatDate(from)
  return t('report:period.range', { from: formatDate(from), to: formatDate(addDays(to, -1)) })
}

export interface MonthOption {
  value: string
  label: string
}

/** The current month and the 24 before it, newest first; a linked month outside them is kept. */
export function monthOptions(today: string, selected: string | undefined): MonthOption[] {
  const current = monthOf(today)
  const months = Array.from({ length: 25 }, (_, i) => addMonthsToMonth(current, -i))
  if (selected && !months.includes(selected)) months.push(selected)
  return months
    .sort()
    .reverse()
    .map((month) => ({
      value: month,
      label:
        month === current ? t('report:period.current', { month: formatMonth(month) }) : formatMonth(month),
    }))
}
