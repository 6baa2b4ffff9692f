/**
 * Periods and their buckets, for every domain: a period's local dates as
 * instants, the period before it, and its days, weeks or months. Each
 * figure of a bucket is evaluated as of the bucket's end.
 */
import { DateTime } from 'luxon'
import { startOfLocalDay } from '../shared/time'
import { type Sql, sql } from './store/sql'

/** A period as instants: `from` inclusive, `to` exclusive. */
export interface Period {
  from: number
  to: number
}

/** Local dates of an input to instants: `from` inclusive, `to` exclusive. */
export function periodBounds(input: { from: string; to: string }, zone: string): Period {
  return { from: startOfLocalDay(input.from, zone), to: startOfLocalDay(input.to, zone) }
}

/** Whole months back by as many months, any other period back by its own length. */
export function previousPeriod(from: number, to: number, zone: string): Period {
  const start = DateTime.fromMillis(from, { zone })
  const end = DateTime.fromMillis(to, { zone })
  const wholeMonths =
    start.day === 1 && end.day === 1 && start.startOf('day').equals(start) && end.startOf('day').equals(end)
  if (wholeMonths) {
    const months = Math.round(end.diff(start, 'months').months)
    return { from: start.minus({ months }).toMillis(), to: from }
  }
  const days = Math.round(end.diff(start, 'days').days)
  return { from: start.minus({ days }).toMillis(), to: from }
}

export interface Bucket extends Period {
  /** The local date the bucket starts (clipped to the period), `YYYY-MM-DD`, for days, weeks and months alike. */
  label: string
}

export type BucketUnit = 'day' | 'week' | 'month'

const STEP = { day: { days: 1 }, week: { weeks: 1 }, month: { months: 1 } } as const

/** The local days, calendar weeks (Monday) or months in `zone` overlapping [from, to), each clipped to it. */
export function buckets(from: number, to: number, unit: BucketUnit, zone: string): Bucket[] {
  const list: Bucket[] = []
  let start = DateTime.fromMillis(from, { zone }).startOf(unit)
  while (start.toMillis() < to) {
    const end = start.plus(STEP[unit])
    const clippedFrom = Math.max(from, start.toMillis())
    list.push({
      label: DateTime.fromMillis(clippedFrom, { zone }).toISODate() as string,
      from: clippedFrom,
      to: Math.min(to, end.toMillis()),
    })
    start = end
  }
  return list
}

/** The `count` whole local months that end with the month of the period's last day (a trend up to the period). */
export function monthsUpTo(to: number, count: number, zone: string): Bucket[] {
  const lastMonth = DateTime.fromMillis(to - 1, { zone }).startOf('month')
  return buckets(
    lastMonth.minus({ months: count - 1 }).toMillis(),
    lastMonth.plus({ months: 1 }).toMillis(),
    'month',
    zone,
  )
}

const INSTANTS = "Array(DateTime64(3, 'UTC'))"

/**
 * The buckets' starts and ends as two bound arrays: a query pairs a row with
 * bucket `b` (1-based) and reads `${starts}[b]`, `${ends}[b]`.
 */
export function bucketBounds(list: readonly Bucket[]): {
  starts: { type: string; value: Date[] }
  ends: { type: string; value: Date[] }
} {
  return {
    starts: { type: INSTANTS, value: list.map((bucket) => new Date(bucket.from)) },
    ends: { type: INSTANTS, value: list.map((bucket) => new Date(bucket.to)) },
  }
}

/** The start and end of the bucket `b` of the row, for a query that pairs rows with the buckets of `list`. */
export function bucketOfRow(list: readonly Bucket[]): { start: Sql; end: Sql } {
  const { starts, ends } = bucketBounds(list)
  return { start: sql`${starts}[b]`, end: sql`${ends}[b]` }
}
