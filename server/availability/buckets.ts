/** Local days and months (the catalog's timezone) as instants, and a service's figures per bucket. */
import { DateTime } from 'luxon'
import {
  clipIntervals,
  type Interval,
  type ServiceAvailability,
  type StateSpan,
  serviceAvailability,
  timelineWithin,
} from '../../shared/availability'
import type { MeasuredTerms } from './basis'

export interface Bucket {
  /** `YYYY-MM-DD` for a day, `YYYY-MM` for a month. */
  label: string
  start: number
  end: number
}

function bucketsOf(from: number, to: number, zone: string, unit: 'day' | 'month'): Bucket[] {
  const result: Bucket[] = []
  let start = DateTime.fromMillis(from, { zone }).startOf(unit)
  while (start.toMillis() < to) {
    const next = start.plus(unit === 'day' ? { days: 1 } : { months: 1 })
    result.push({
      label: start.toFormat(unit === 'day' ? 'yyyy-MM-dd' : 'yyyy-MM'),
      start: Math.max(start.toMillis(), from),
      end: Math.min(next.toMillis(), to),
    })
    start = next
  }
  return result
}

/** The local days overlapping `[from, to)`, each clipped to it. */
export const localDays = (from: number, to: number, zone: string) => bucketsOf(from, to, zone, 'day')

/** The local months overlapping `[from, to)`, each clipped to it. */
export const localMonths = (from: number, to: number, zone: string) => bucketsOf(from, to, zone, 'month')

/** Figures of one service per bucket, looking only at each bucket's spans, each in the terms then in force. */
export function figuresPerBucket(
  service: string,
  terms: MeasuredTerms,
  timeline: readonly StateSpan[],
  maintenance: readonly Interval[],
  buckets: readonly Bucket[],
): ServiceAvailability[] {
  return buckets.map((bucket) =>
    serviceAvailability({
      service,
      target: null,
      stretches: terms.stretches,
      subscribed: clipIntervals(terms.subscribed, bucket.start, bucket.end),
      timeline: timelineWithin(timeline, bucket.start, bucket.end),
      open: clipIntervals(terms.open, bucket.start, bucket.end),
      maintenance,
      from: bucket.start,
      to: bucket.end,
    }),
  )
}
