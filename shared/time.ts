/** Instants and local dates. Browser-safe (luxon only). */
import { DateTime, IANAZone } from 'luxon'

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone)
}

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/

/**
 * The dates Leitstand works with: periods, report boundaries and event
 * timestamps all lie in 2000-01-01 .. 2100-12-31. A date far outside makes
 * every calendar and clock computation walk centuries, so it is refused at
 * the door (API input, downloads, CLI, ingest) instead of being computed.
 */
export const EARLIEST_DATE = '2000-01-01'
export const LATEST_DATE = '2100-12-31'
/** Instants of the supported range, in UTC: from EARLIEST_DATE 00:00Z up to (excluding) the day after LATEST_DATE. */
export const EARLIEST_INSTANT = Date.UTC(2000, 0, 1)
export const END_OF_RANGE_INSTANT = Date.UTC(2101, 0, 1)

/** Whether a YYYY-MM-DD date lies in the supported range (string order is date order). */
export function isSupportedDate(date: string): boolean {
  return date >= EARLIEST_DATE && date <= LATEST_DATE
}

/** Whether an instant lies in the supported range. */
export function isSupportedInstant(ms: number): boolean {
  return ms >= EARLIEST_INSTANT && ms < END_OF_RANGE_INSTANT
}

/** Whether the YYYY-MM-DD at the start of `text` names a real day (not Feb 30). */
export function isCalendarDate(text: string): boolean {
  const year = Number(text.slice(0, 4))
  const month = Number(text.slice(5, 7))
  const day = Number(text.slice(8, 10))
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth
}

/**
 * An ISO 8601 timestamp to epoch milliseconds. One without an offset is read
 * as local time in `zone`. Returns undefined when it is not a valid instant.
 */
export function parseTimestamp(text: string, zone: string): number | undefined {
  if (WITH_OFFSET.test(text)) {
    // Native parsing is an order of magnitude faster than luxon on the hot ingest
    // path, but it rolls impossible dates such as Feb 30 over: check the day too.
    if (!isCalendarDate(text)) return undefined
    const ms = Date.parse(text.replace(' ', 'T'))
    return Number.isNaN(ms) ? undefined : ms
  }
  if (WITHOUT_OFFSET.test(text)) {
    const parsed = DateTime.fromISO(text.replace(' ', 'T'), { zone })
    // A local time the clocks skip (02:30 on the day summer time starts) does not exist.
    if (!parsed.isValid || isSkippedLocalTime(text, parsed)) return undefined
    // A local time of the repeated hour in autumn (02:30 on the last Sunday of
    // October) happens twice: it stands for its earlier occurrence, summer time.
    return Math.min(
      ...parsed.getPossibleOffsets().map((candidate) => candidate.toMillis()),
      parsed.toMillis(),
    )
  }
  return undefined
}

/**
 * Whether a local time without offset falls into the hour the clocks skip
 * when summer time starts: luxon moves such a time forward silently, so its
 * wall-clock hour and minute differ from the text's. (A repeated hour in
 * autumn is not skipped: parseTimestamp takes its earlier occurrence.)
 */
function isSkippedLocalTime(text: string, parsed: DateTime): boolean {
  return parsed.hour !== Number(text.slice(11, 13)) || parsed.minute !== Number(text.slice(14, 16))
}

/** Why a timestamp without offset is not an instant in `zone`, when it is a skipped local time. */
export function skippedLocalTimeProblem(text: string, zone: string): string | undefined {
  if (!WITHOUT_OFFSET.test(text)) return undefined
  const parsed = DateTime.fromISO(text.replace(' ', 'T'), { zone })
  return parsed.isValid && isSkippedLocalTime(text, parsed)
    ? `local time '${text}' does not exist in ${zone} (the clocks skip that hour when summer time starts)`
    : undefined
}

/**
 * A report boundary: a local date (start of that day in `zone`) or a full
 * timestamp.
 */
export function parseBoundary(text: string, zone: string): number | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const parsed = DateTime.fromISO(text, { zone })
    return parsed.isValid ? parsed.toMillis() : undefined
  }
  return parseTimestamp(text, zone)
}

/** ISO 8601 with the zone's offset, e.g. 2026-03-01T00:00:00+01:00. */
export function formatInstant(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? new Date(ms).toISOString()
}

/** Days already resolved, by zone and date: every period a caller sends is resolved again, and luxon's zone offsets are slow. */
const localDayStarts = new Map<string, number>()
const LOCAL_DAY_STARTS_MAX = 10_000

/** Start of the local day `date` (YYYY-MM-DD) in `zone`. */
export function startOfLocalDay(date: string, zone: string): number {
  const key = `${zone} ${date}`
  let start = localDayStarts.get(key)
  if (start === undefined) {
    start = DateTime.fromISO(date, { zone }).startOf('day').toMillis()
    if (localDayStarts.size >= LOCAL_DAY_STARTS_MAX) localDayStarts.clear()
    localDayStarts.set(key, start)
  }
  return start
}
