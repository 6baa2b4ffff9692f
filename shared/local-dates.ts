/**
 * Local dates as `YYYY-MM-DD` strings. Arithmetic runs on UTC midnights, so
 * no daylight-saving shift can move a date; only "today" needs the zone.
 */
export const ZONE = 'Europe/Berlin'

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function utc(date: string): Date {
  const match = LOCAL_DATE.exec(date)
  if (!match) throw new Error(`not a local date: ${date}`)
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** A real calendar date in `YYYY-MM-DD` form (2026-02-30 is not). */
export function isLocalDate(text: string | null | undefined): text is string {
  if (!text || !LOCAL_DATE.test(text)) return false
  return iso(utc(text)) === text
}

/** Today's date in `zone` (the agency works in Europe/Berlin, whatever the browser says). */
export function today(now: Date = new Date(), zone: string = ZONE): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

export function addDays(date: string, days: number): string {
  const d = utc(date)
  d.setUTCDate(d.getUTCDate() + days)
  return iso(d)
}

/** Same day `months` later, clamped to the month's end (31 May − 3 months = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const d = utc(date)
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay))
  return iso(target)
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000)
}

/** The Monday of the date's week. */
export function startOfWeek(date: string): string {
  const weekday = (utc(date).getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  return addDays(date, -weekday)
}

/** ISO 8601 week: the week with the year's first Thursday is week 1. */
export function isoWeek(date: string): { year: number; week: number } {
  const thursday = utc(addDays(startOfWeek(date), 3))
  const year = thursday.getUTCFullYear()
  const firstJan = Date.UTC(year, 0, 1)
  return { year, week: Math.floor((thursday.getTime() - firstJan) / (7 * 86_400_000)) + 1 }
}

/** `2026-03` of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7)
}

export function isMonth(text: string | null | undefined): text is string {
  return !!text && /^\d{4}-(0[1-9]|1[0-2])$/.test(text)
}

/** `2026-03` → `2026-04`; negative steps go back. */
export function addMonthsToMonth(month: string, months: number): string {
  return monthOf(addMonths(`${month}-01`, months))
}

/** The month as a period of local dates, `to` exclusive. */
export function monthPeriod(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: `${addMonthsToMonth(month, 1)}-01` }
}

/** The last day included of a period whose `to` is exclusive ("bis einschließlich"); empty when `to` is not a date. */
export function lastDayOf(period: { from: string; to: string }): string {
  return isLocalDate(period.to) ? addDays(period.to, -1) : ''
}

/** The exclusive end for a last day the user picked. */
export function endAfter(lastDay: string): string {
  return addDays(lastDay, 1)
}
