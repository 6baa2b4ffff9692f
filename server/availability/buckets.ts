/** A service's figures per bucket (days or months of `server/period.ts`). */
import {
  clipIntervals,
  type Interval,
  type ServiceAvailability,
  type StateSpan,
  serviceAvailability,
  timelineWithin,
} from '../../shared/availability'
import type { Bucket } from '../period'
import type { MeasuredTerms } from './basis'

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
      subscribed: clipIntervals(terms.subscribed, bucket.from, bucket.to),
      timeline: timelineWithin(timeline, bucket.from, bucket.to),
      open: clipIntervals(terms.open, bucket.from, bucket.to),
      maintenance,
      from: bucket.from,
      to: bucket.to,
    }),
  )
}
