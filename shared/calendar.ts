/**
 * Business time (metrics.md section 1): the open time of a catalog calendar
 * (Servicezeit) as epoch-millisecond intervals. Weekly hours are local
 * wall-clock time in the calendar's timezone, minus public holidays of the
 * region and the `closed` days; `24x7` is always open.
 * Browser-safe: luxon and date-holidays only.
 */
import Holidays from 'date-holidays'
import { IANAZone } from 'luxon'
// The catalog's calendar definition as a type only: the catalog's schema imports this module.
import type { CalendarDef } from './catalog'

/** The days of a calendar's weekly hours, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** `[start, end)` in epoch milliseconds. */
export type Interval = [start: number, end: number]

export interface BusinessCalendar {
  readonly id: string
  readonly timezone: string
  readonly alwaysOpen: boolean
  /** Open time within `[fromMs, toMs)`, sorted, adjacent pieces merged. */
  openIntervals(fromMs: number, toMs: number): Interval[]
  /** Length of the open time within `[fromMs, toMs)`; 0 when `toMs <= fromMs`. */
  businessMs(fromMs: number, toMs: number): number
  businessMinutes(fromMs: number, toMs: number): number
  /**
   * The earliest instant at which `amountMs` of open time has elapsed after
   * `startMs`. `Infinity` for a calendar that is never open again.
   */
  addBusinessMs(startMs: number, amountMs: number): number
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
// UTC offsets lie within -12h..+14h: the instants of a local day lie within
// 15h of its UTC-labelled counterpart, and its UTC day index differs by at most one.
const OFFSET_MARGIN = 15 * HOUR
// Offset transitions are at least months apart in every zone; sampling every
// 6h finds each one, then a binary search pins it to the millisecond.
const OFFSET_SAMPLE_STEP = 6 * HOUR
// A calendar with weekly hours but no open day for ten years is closed for good.
const MAX_CLOSED_DAYS = 3660

/** Whether date-holidays knows a region code like `DE` or `DE-MV`. */
export function isHolidayRegion(code: string): boolean {
  const [country, state] = code.split('-')
  if (!country) return false
  const probe = new Holidays()
  if (!(country in probe.getCountries())) return false
  return state === undefined || state in (probe.getStates(country) ?? {})
}

// Public-holiday dates (YYYY-MM-DD) per region and year, shared by all calendars:
// evaluating the date-holidays rules is far slower than a Set lookup.
const holidayCache = new Map<string, { holidays: Holidays; years: Map<number, Set<string>> }>()

function publicHolidayDates(region: string, year: number): Set<string> {
  let entry = holidayCache.get(region)
  if (!entry) {
    const [country = '', state] = region.split('-')
    entry = { holidays: state ? new Holidays(country, state) : new Holidays(country), years: new Map() }
    holidayCache.set(region, entry)
  }
  let dates = entry.years.get(year)
  if (!dates) {
    dates = new Set()
    for (const holiday of entry.holidays.getHolidays(year)) {
      if (holiday.type !== 'public') continue
      // A holiday is a local date; one spanning several days (rare) closes each of them.
      const first = Date.parse(`${holiday.date.slice(0, 10)}T00:00:00Z`)
      const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY))
      for (let i = 0; i < days; i++) dates.add(isoDate(first + i * DAY))
    }
    entry.years.set(year, dates)
  }
  return dates
}

function isoDate(utcLabelMs: number): string {
  return new Date(utcLabelMs).toISOString().slice(0, 10)
}

interface OffsetSegment {
  start: number
  end: number
  offsetMinutes: number
}

/** Windows up to this length are checked for an offset change at their ends only. */
const SHORT_WINDOW_MS = 3 * 86_400_000

/** `[fromMs, toMs)` cut where the zone's UTC offset changes. */
function offsetSegments(zone: IANAZone, fromMs: number, toMs: number): OffsetSegment[] {
  const segments: OffsetSegment[] = []
  let start = fromMs
  let offsetMinutes = zone.offset(fromMs)
  // No zone changes its offset and back within a few days (changes are months apart): a
  // short window with the same offset at both ends has one segment. Saves the sampling,
  // the bulk of the work when decades of days are worked out.
  if (toMs - fromMs <= SHORT_WINDOW_MS && zone.offset(toMs) === offsetMinutes)
    return [{ start: fromMs, end: toMs, offsetMinutes }]
  for (let sample = fromMs + OFFSET_SAMPLE_STEP; ; sample += OFFSET_SAMPLE_STEP) {
    const probe = Math.min(sample, toMs)
    if (zone.offset(probe) !== offsetMinutes) {
      // The first millisecond with the new offset lies in (probe - step, probe].
      let before = Math.max(start, probe - OFFSET_SAMPLE_STEP)
      let after = probe
      while (after - before > 1) {
        const middle = Math.floor((before + after) / 2)
        if (zone.offset(middle) === offsetMinutes) before = middle
        else after = middle
      }
      segments.push({ start, end: after, offsetMinutes })
      start = after
      offsetMinutes = zone.offset(after)
    }
    if (probe >= toMs) break
  }
  segments.push({ start, end: toMs, offsetMinutes })
  return segments
}

function mergeSorted(intervals: Interval[]): Interval[] {
  intervals.sort((a, b) => a[0] - b[0])
  const merged: Interval[] = []
  for (const [start, end] of intervals) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

function alwaysOpenCalendar(id: string, timezone: string): BusinessCalendar {
  return {
    id,
    timezone,
    alwaysOpen: true,
    openIntervals: (fromMs, toMs) => (toMs > fromMs ? [[fromMs, toMs]] : []),
    businessMs: (fromMs, toMs) => Math.max(0, toMs - fromMs),
    businessMinutes: (fromMs, toMs) => Math.max(0, toMs - fromMs) / MINUTE,
    addBusinessMs: (startMs, amountMs) => {
      checkAmount(amountMs)
      return startMs + amountMs
    },
  }
}

/** From this many days on, businessMs sums whole days from a running total. */
const LONG_SPAN_DAYS = 60

function checkAmount(amountMs: number) {
  if (!(amountMs >= 0)) throw new RangeError(`business time to add must be >= 0, got ${amountMs}`)
}

export function createCalendar(def: CalendarDef, defaultZone: string): BusinessCalendar {
  const timezone = def.timezone ?? defaultZone
  const zone = IANAZone.create(timezone)
  if (!zone.isValid) throw new Error(`calendar '${def.id}': unknown timezone '${timezone}'`)
  if (def.hours === '24x7') return alwaysOpenCalendar(def.id, timezone)
  const region = def.holidays
  if (region !== undefined && !isHolidayRegion(region)) {
    throw new Error(`calendar '${def.id}': unknown holiday region '${region}'`)
  }

  // Monday first, as WEEKDAYS; minute ranges of the local day.
  const weeklyHours = WEEKDAYS.map((day) => (def.hours === '24x7' ? [] : (def.hours[day] ?? [])))
  const neverOpen = weeklyHours.every((ranges) => ranges.length === 0)
  const closedDates = new Set(def.closed)

  // Open intervals per local day, keyed by the day's index counted from 1970-01-01.
  // Tickets cluster on the same days, so each day is worked out once.
  const dayCache = new Map<number, readonly Interval[]>()

  function openIntervalsOfDay(dayIndex: number): readonly Interval[] {
    const cached = dayCache.get(dayIndex)
    if (cached) return cached
    const intervals = computeDay(dayIndex)
    dayCache.set(dayIndex, intervals)
    return intervals
  }

  function computeDay(dayIndex: number): readonly Interval[] {
    // The local midnight written as if it were UTC: date arithmetic without zones.
    const midnightLabel = dayIndex * DAY
    const weekday = (new Date(midnightLabel).getUTCDay() + 6) % 7
    const ranges = weeklyHours[weekday] ?? []
    if (ranges.length === 0) return []
    const date = isoDate(midnightLabel)
    if (closedDates.has(date)) return []
    if (region !== undefined && publicHolidayDates(region, Number(date.slice(0, 4))).has(date)) return []

    // An instant u with offset o shows local minute (u + o - midnightLabel) / MINUTE. Within
    // each stretch of constant offset, a range of local minutes is one stretch of instants:
    // a skipped hour (spring) yields nothing, a repeated hour (autumn) yields two pieces.
    const pieces: Interval[] = []
    const segments = offsetSegments(zone, midnightLabel - OFFSET_MARGIN, midnightLabel + DAY + OFFSET_MARGIN)
    for (const segment of segments) {
      const shift = midnightLabel - segment.offsetMinutes * MINUTE
      for (const [fromMinute, toMinute] of ranges) {
        const start = Math.max(segment.start, shift + fromMinute * MINUTE)
        const end = Math.min(segment.end, shift + toMinute * MINUTE)
        if (start < end) pieces.push([start, end])
      }
    }
    return mergeSorted(pieces)
  }

  // Every local day whose instants may touch [fromMs, toMs), by day index.
  const firstDay = (ms: number) => Math.floor(ms / DAY) - 1
  const lastDay = (ms: number) => Math.floor(ms / DAY) + 1

  // Open time of whole days summed from `prefixBase`: prefix[i] = days prefixBase .. prefixBase+i-1.
  // A ticket open for decades (a report far ahead) then costs two lookups, not a walk over every day.
  let prefixBase = 0
  let prefix: number[] = []

  function openMsOfDay(day: number): number {
    let total = 0
    for (const [start, end] of openIntervalsOfDay(day)) total += end - start
    return total
  }

  /** Open time of the whole local days [first, end). */
  function wholeDaysMs(first: number, end: number): number {
    if (prefix.length === 0 || first < prefixBase) {
      // Anchor (again) a year earlier, so that earlier and earlier requests rebuild rarely.
      const covered = prefix.length === 0 ? end : Math.max(end, prefixBase + prefix.length - 1)
      prefixBase = first - 366
      prefix = [0]
      for (let day = prefixBase; day < covered; day++)
        prefix.push((prefix.at(-1) as number) + openMsOfDay(day))
    }
    for (let day = prefixBase + prefix.length - 1; day < end; day++)
      prefix.push((prefix.at(-1) as number) + openMsOfDay(day))
    return (prefix[end - prefixBase] as number) - (prefix[first - prefixBase] as number)
  }

  /** Open time of the days [first, last] clipped to [fromMs, toMs). */
  function clippedDaysMs(first: number, last: number, fromMs: number, toMs: number): number {
    let total = 0
    // Local days are disjoint sets of instants, so their pieces add up without merging.
    for (let day = first; day <= last; day++) {
      for (const [start, end] of openIntervalsOfDay(day)) {
        const clipped = Math.min(end, toMs) - Math.max(start, fromMs)
        if (clipped > 0) total += clipped
      }
    }
    return total
  }

  function businessMs(fromMs: number, toMs: number): number {
    if (!(toMs > fromMs) || neverOpen) return 0
    const first = firstDay(fromMs)
    const last = lastDay(toMs)
    if (last - first < LONG_SPAN_DAYS) return clippedDaysMs(first, last, fromMs, toMs)
    // Days from first+3 to last-3 lie wholly inside [fromMs, toMs) whatever the zone's offset.
    return (
      clippedDaysMs(first, first + 2, fromMs, toMs) +
      wholeDaysMs(first + 3, last - 2) +
      clippedDaysMs(last - 2, last, fromMs, toMs)
    )
  }

  function openIntervals(fromMs: number, toMs: number): Interval[] {
    if (!(toMs > fromMs) || neverOpen) return []
    const pieces: Interval[] = []
    for (let day = firstDay(fromMs); day <= lastDay(toMs); day++) {
      for (const [start, end] of openIntervalsOfDay(day)) {
        const clippedStart = Math.max(start, fromMs)
        const clippedEnd = Math.min(end, toMs)
        if (clippedStart < clippedEnd) pieces.push([clippedStart, clippedEnd])
      }
    }
    // Joins a range ending at 24:00 with the next day's range from 00:00.
    return mergeSorted(pieces)
  }

  function addBusinessMs(startMs: number, amountMs: number): number {
    checkAmount(amountMs)
    if (amountMs === 0) return startMs
    if (neverOpen) return Number.POSITIVE_INFINITY
    let remaining = amountMs
    let closedDaysInARow = 0
    for (let day = firstDay(startMs); closedDaysInARow <= MAX_CLOSED_DAYS; day++) {
      let openToday = false
      for (const [start, end] of openIntervalsOfDay(day)) {
        openToday = true
        const from = Math.max(start, startMs)
        if (from >= end) continue
        // `<=`: the instant the amount is complete, not the start of the next open piece.
        if (remaining <= end - from) return from + remaining
        remaining -= end - from
      }
      closedDaysInARow = openToday ? 0 : closedDaysInARow + 1
    }
    return Number.POSITIVE_INFINITY
  }

  return {
    id: def.id,
    timezone,
    alwaysOpen: false,
    openIntervals,
    businessMs,
    businessMinutes: (fromMs, toMs) => businessMs(fromMs, toMs) / MINUTE,
    addBusinessMs,
  }
}
