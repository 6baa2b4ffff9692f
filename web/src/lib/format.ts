/**
 * Numbers and dates the way the reader expects them: de-DE in German, en-GB
 * in English (day before month, 24-hour clock). Times are always Europe/Berlin.
 */

import { ZONE } from '../../../shared/local-dates'
import { locale } from '../i18n'

type Locale = ReturnType<typeof locale>

/** One formatter per locale and options, made on first use. */
function cached<F>(make: (locale: Locale) => F): () => F {
  const made = new Map<Locale, F>()
  return () => {
    const current = locale()
    let formatter = made.get(current)
    if (!formatter) {
      formatter = make(current)
      made.set(current, formatter)
    }
    return formatter
  }
}

const integer = cached((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0 }))
const oneDecimal = cached(
  (l) => new Intl.NumberFormat(l, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
)

/** 12345 → "12.345" (en: "12,345") */
export function formatInteger(value: number): string {
  return integer().format(value)
}

/** 87.5 → "87,5" (en: "87.5"); always one decimal so columns line up. */
export function formatDecimal(value: number): string {
  return oneDecimal().format(value)
}

/** A number with up to (or exactly) `digits` decimals: 99.95 → "99,95". */
export function formatNumber(value: number, digits: { min?: number; max: number }): string {
  return value.toLocaleString(locale(), {
    minimumFractionDigits: digits.min ?? 0,
    maximumFractionDigits: digits.max,
  })
}

/** 87.5 → "87,5 %" (German typesetting: a no-break space before the sign; en: "87.5%"). */
export function formatPercent(value: number): string {
  return percentOf(formatDecimal(value))
}

/** A formatted number with the percent sign as the language sets it. */
export function percentOf(formatted: string): string {
  return locale() === 'de-DE' ? `${formatted}\u00a0%` : `${formatted}%`
}

/** "2026-03-02" → "02.03.2026" (en: "02/03/2026"), by the text alone so no zone can shift it. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-')
  return locale() === 'de-DE' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`
}

/** "2026-03-02" → "02.03." (en: "02/03") */
export function formatDayMonth(date: string): string {
  const [, month, day] = date.split('-')
  return locale() === 'de-DE' ? `${day}.${month}.` : `${day}/${month}`
}

const monthYear = cached(
  (l) => new Intl.DateTimeFormat(l, { timeZone: 'UTC', month: 'long', year: 'numeric' }),
)

/** "2026-03" → "März 2026" (en: "March 2026") */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-').map(Number)
  if (!year || !number) return month
  return monthYear().format(Date.UTC(year, number - 1, 1))
}

const dateTime = cached(
  (l) =>
    new Intl.DateTimeFormat(l, {
      timeZone: ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
)

/** An instant (ISO 8601 with offset or Z) → "01.04.2026, 00:00" in Europe/Berlin. */
export function formatInstant(instant: string): string {
  const ms = Date.parse(instant)
  return Number.isNaN(ms) ? instant : dateTime().format(ms)
}

const dateOnly = cached(
  (l) => new Intl.DateTimeFormat(l, { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }),
)
const timeOnly = cached(
  (l) => new Intl.DateTimeFormat(l, { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }),
)
const timeWithSeconds = cached(
  (l) =>
    new Intl.DateTimeFormat(l, { timeZone: ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit' }),
)

/** Epoch milliseconds → "12.03.2026, 14:32" in Europe/Berlin. */
export function formatTimestamp(ms: number): string {
  return dateTime().format(ms)
}

/** Epoch milliseconds → date and time apart, for "am 12.03.2026 um 14:32". */
export function formatDateAndTime(ms: number): { date: string; time: string } {
  return { date: dateOnly().format(ms), time: timeOnly().format(ms) }
}

/** Epoch milliseconds → "14:32:05", the time of day of a live view's last update. */
export function formatTimeOfDay(ms: number): string {
  return timeWithSeconds().format(ms)
}
