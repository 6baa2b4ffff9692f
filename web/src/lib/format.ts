/** Numbers and dates the way a German reader expects them (de-DE, Europe/Berlin). */
import { ZONE } from './dates'

const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** 12345 → "12.345" */
export function formatInteger(value: number): string {
  return integer.format(value)
}

/** 87.5 → "87,5"; always one decimal so columns line up. */
export function formatDecimal(value: number): string {
  return oneDecimal.format(value)
}

/** 87.5 → "87,5 %" (German typesetting: a no-break space before the sign). */
export function formatPercent(value: number): string {
  return `${formatDecimal(value)}\u00a0%`
}

/** "2026-03-02" → "02.03.2026", by the text alone so no zone can shift it. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-')
  return `${day}.${month}.${year}`
}

/** "2026-03-02" → "02.03." */
export function formatDayMonth(date: string): string {
  const [, month, day] = date.split('-')
  return `${day}.${month}.`
}

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
]

/** "2026-03" → "März 2026" */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-')
  return `${MONTHS[Number(number) - 1] ?? number} ${year}`
}

const dateTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/** An instant (ISO 8601 with offset or Z) → "01.04.2026, 00:00" in Europe/Berlin. */
export function formatInstant(instant: string): string {
  const ms = Date.parse(instant)
  return Number.isNaN(ms) ? instant : dateTime.format(ms)
}

const dateOnly = new Intl.DateTimeFormat('de-DE', {
  timeZone: ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})
const timeOnly = new Intl.DateTimeFormat('de-DE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' })
const timeWithSeconds = new Intl.DateTimeFormat('de-DE', {
  timeZone: ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** Epoch milliseconds → "12.03.2026, 14:32" in Europe/Berlin. */
export function formatTimestamp(ms: number): string {
  return dateTime.format(ms)
}

/** Epoch milliseconds → date and time apart, for "am 12.03.2026 um 14:32". */
export function formatDateAndTime(ms: number): { date: string; time: string } {
  return { date: dateOnly.format(ms), time: timeOnly.format(ms) }
}

/** Epoch milliseconds → "14:32:05", the time of day of a live view's last update. */
export function formatTimeOfDay(ms: number): string {
  return timeWithSeconds.format(ms)
}
