/** The report view in the URL: `?monat=2026-03&ressort=im`. */
import { addMonthsToMonth, isMonth, monthOf } from '../../lib/dates'
import { formatMonth } from '../../lib/format'

export interface ReportParams {
  month: string
  /** Absent: the user's own ministry, or the first one for staff. */
  customer: string | undefined
}

/** The last month that has ended in Berlin. */
export function lastCompleteMonth(today: string): string {
  return addMonthsToMonth(monthOf(today), -1)
}

export function readReportParams(params: URLSearchParams, today: string): ReportParams {
  const month = params.get('monat')
  return {
    month: isMonth(month) ? month : lastCompleteMonth(today),
    customer: params.get('ressort') || undefined,
  }
}

export function writeReportParams(report: ReportParams): URLSearchParams {
  const params = new URLSearchParams({ monat: report.month })
  if (report.customer) params.set('ressort', report.customer)
  return params
}

export interface MonthOption {
  value: string
  label: string
}

/** The current month and the 24 before it, newest first; a linked month outside them is kept. */
export function monthOptions(today: string, selected: string): MonthOption[] {
  const current = monthOf(today)
  const months = Array.from({ length: 25 }, (_, i) => addMonthsToMonth(current, -i))
  if (!months.includes(selected)) months.push(selected)
  return months
    .sort()
    .reverse()
    .map((month) => ({
      value: month,
      label: month === current ? `${formatMonth(month)} (laufend)` : formatMonth(month),
    }))
}
