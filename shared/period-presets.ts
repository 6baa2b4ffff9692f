/**
 * One period for every page (`bis` exclusive, as in the API) and the same
 * presets everywhere. Pure date math on local dates; how a period is written
 * in the URL and carried from page to page is web/src/lib/url-filters; the
 * server computes the views they give ahead (server/cache/warm.ts).
 */
import { addDays, addMonthsToMonth, monthOf } from './local-dates'

export interface Period {
  /** First day, YYYY-MM-DD. */
  from: string
  /** Day after the last day, YYYY-MM-DD. */
  to: string
}

/**
 * The presets, named for what they compute: the running month, quarter and
 * year count up to today (inclusive); the others are whole calendar months.
 */
export const PERIOD_PRESETS = [
  'this-month',
  'last-month',
  'this-quarter',
  'last-quarter',
  'this-year',
  'last-12-months',
] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

function quarterStart(month: string): string {
  const index = Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3 + 1
  return `${month.slice(0, 4)}-${String(index).padStart(2, '0')}`
}

export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const month = monthOf(today)
  const tomorrow = addDays(today, 1)
  switch (preset) {
    case 'this-month':
      return { from: `${month}-01`, to: tomorrow }
    case 'last-month':
      return { from: `${addMonthsToMonth(month, -1)}-01`, to: `${month}-01` }
    case 'this-quarter':
      return { from: `${quarterStart(month)}-01`, to: tomorrow }
    case 'last-quarter': {
      const start = addMonthsToMonth(quarterStart(month), -3)
      return { from: `${start}-01`, to: `${addMonthsToMonth(start, 3)}-01` }
    }
    case 'this-year':
      return { from: `${today.slice(0, 4)}-01-01`, to: tomorrow }
    case 'last-12-months':
      // The twelve whole months before the running one: never the same as "this year".
      return { from: `${addMonthsToMonth(month, -12)}-01`, to: `${month}-01` }
  }
}

/** The service page's default: the last 30 days up to today (the window of its burn-rate alerts). */
export function last30Days(today: string): Period {
  return { from: addDays(today, -29), to: addDays(today, 1) }
}

/** The `count` whole months before the running one, the latest first (the report's archive, the cockpit's months). */
export function monthsBefore(today: string, count: number): Period[] {
  const month = monthOf(today)
  return Array.from({ length: count }, (_, i) => ({
    from: `${addMonthsToMonth(month, -i - 1)}-01`,
    to: `${addMonthsToMonth(month, -i)}-01`,
  }))
}

/** The `count` whole quarters before the running one, the latest first (the cockpit's quarters). */
export function quartersBefore(today: string, count: number): Period[] {
  const start = quarterStart(monthOf(today))
  return Array.from({ length: count }, (_, i) => ({
    from: `${addMonthsToMonth(start, -3 * (i + 1))}-01`,
    to: `${addMonthsToMonth(start, -3 * i)}-01`,
  }))
}

/** The preset that computes exactly this period today, if one does. */
export function activePreset(period: Period, today: string): PeriodPreset | undefined {
  return PERIOD_PRESETS.find((preset) => {
    const p = presetPeriod(preset, today)
    return p.from === period.from && p.to === period.to
  })
}
