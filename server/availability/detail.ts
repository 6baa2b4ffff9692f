/**
 * One service over a period: the figures with their trend, the outages, the
 * maintenance windows, the error budget burn-down, latency percentiles and the
 * facts that explain how the figure was computed (the web words them in the
 * reader's language).
 */
import {
  clipIntervals,
  intersectIntervals,
  intervalsInState,
  meanTimeBetweenOutages,
  normalizeIntervals,
  outagesOf,
  type ServiceAvailability,
  serviceAvailability,
  subtractIntervals,
  totalLength,
} from '../../shared/availability'
import type { Catalog, Service } from '../../shared/catalog'
import { formatInstant } from '../../shared/time'
import { buckets } from '../period'
import type { Store } from '../store'
import { type AvailabilityBasis, measuredTerms, openTimeOf } from './basis'
import { figuresPerBucket } from './buckets'
import { latencyOf, type ServiceLatency } from './latency'
import { maintenanceWindowsOf, monitoredService } from './queries'
import { stateTimelinesOf } from './timelines'

const MINUTE = 60_000
/** Up to about two months the trend is daily, beyond that monthly. */
const DAILY_TREND_MAX_DAYS = 62
/** The most recent outages listed; a flapping service could have tens of thousands. */
const MAX_LISTED_OUTAGES = 1000

export interface TrendPoint {
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  label: string
  from: string
  to: string
  availability: number | null
  target: number | null
  met: boolean | null
  coverage: number | null
  down_minutes: number
  outages: number
}

/** A maximal down stretch, split at maintenance: only the parts outside maintenance count as outages. */
export interface OutagePart {
  start: string
  end: string
  minutes: number
  in_maintenance: boolean
}

export interface MaintenanceListing {
  id: string
  title: string
  start: string
  end: string
  minutes: number
}

/** The error budget used so far in the period: its state at the end of each local day. */
export interface BurnDownPoint {
  date: string
  /** (allowed - down) / allowed * 100, with allowed = (1 - target/100) * known time from the period's start; null without known time or after now. */
  budget_remaining: number | null
  allowed_minutes: number | null
  down_minutes: number
}

/**
 * How the figure was computed, as facts: whose SLA (`basis`: the ministry's own
 * or the service's standard SLA), its target and calendar, and the minutes of
 * the measuring window W. The availability itself is `figures.availability`.
 */
export interface Explanation {
  basis: AvailabilityBasis['kind']
  /** The SLA whose availability part applies; null: none (no target, W is 24x7). */
  sla: string | null
  /** The availability calendar; null: 24x7 (no SLA). */
  calendar: string | null
  target: number | null
  hold_minutes: number
  period_minutes: number
  /** Open time of the calendar in the period. */
  open_minutes: number
  /** Maintenance within the open time: left out of W. */
  maintenance_minutes: number
  /** W = open - maintenance. */
  window_minutes: number
  up_minutes: number
  degraded_minutes: number
  down_minutes: number
  /** Time of W without a known state (no probe's check holding): neither good nor bad. */
  unknown_minutes: number
}

export interface ServiceDetail {
  service: string
  name: string
  basis: AvailabilityBasis
  from: string
  to: string
  figures: ServiceAvailability
  /** Mean time between the starts of the period's outages, in minutes (`meanTimeBetweenOutages`). */
  mtbf_minutes: number | null
  trend_bucket: 'day' | 'month'
  trend: TrendPoint[]
  outages: OutagePart[]
  /** More outage parts than listed: the list holds the most recent ones. */
  outages_truncated: boolean
  maintenance: MaintenanceListing[]
  /** Null without a target. */
  burn_down: BurnDownPoint[] | null
  latency: ServiceLatency
  explain: Explanation
}

const minutes = (ms: number) => ms / MINUTE

export async function serviceDetail(
  store: Store,
  catalog: Catalog,
  options: { service: Service; basis: AvailabilityBasis; from: number; to: number; now: number },
): Promise<ServiceDetail> {
  const { service, basis, from, to, now } = options
  const zone = catalog.timezone
  const monitored = monitoredService(service)
  const timeline = (await stateTimelinesOf(store, [monitored], from, to)).get(service.id) ?? []
  const windows = await maintenanceWindowsOf(store, service.id, from, to)
  const latency = await latencyOf(store, service.id, from, to)
  const maintenance = normalizeIntervals(windows.map((w): [number, number] => [w.from, w.to]))
  const terms = measuredTerms(catalog, basis, service.id, from, to, openTimeOf(catalog))
  const figures = serviceAvailability({
    service: service.id,
    target: basis.target,
    ...terms,
    timeline,
    maintenance,
    from,
    to,
  })

  const daily = to - from <= DAILY_TREND_MAX_DAYS * 86_400_000
  const trendBuckets = buckets(from, to, daily ? 'day' : 'month', zone)
  const trend = figuresPerBucket(service.id, terms, timeline, maintenance, trendBuckets).map(
    (f, i): TrendPoint => {
      const bucket = trendBuckets[i] as (typeof trendBuckets)[number]
      return {
        label: bucket.label,
        from: formatInstant(bucket.from, zone),
        to: formatInstant(bucket.to, zone),
        availability: f.availability,
        target: f.target,
        met: f.met,
        coverage: f.coverage,
        down_minutes: f.down_minutes,
        outages: f.outages,
      }
    },
  )

  const days = buckets(from, to, 'day', zone)
  let known = 0
  let down = 0
  let summedAllowed = 0
  const oneTarget = new Set(terms.stretches.map((stretch) => stretch.target)).size === 1
  const burnDown =
    basis.target === null
      ? null
      : figuresPerBucket(service.id, terms, timeline, maintenance, days).map((f, i): BurnDownPoint => {
          const day = days[i] as (typeof days)[number]
          const knownToday = f.up_minutes + f.degraded_minutes + f.down_minutes
          known += knownToday
          down += f.down_minutes
          // Each day in its own terms: the allowed downtime adds up over the stretches (metrics.md 4b).
          summedAllowed += (1 - (f.target ?? 100) / 100) * knownToday
          const allowed = oneTarget ? (1 - (basis.target ?? 100) / 100) * known : summedAllowed
          const measured = day.from < now && allowed > 0
          return {
            date: day.label,
            budget_remaining: measured ? ((allowed - down) / allowed) * 100 : null,
            allowed_minutes: day.from < now ? allowed : null,
            down_minutes: down,
          }
        })

  // Down stretches of [from, to), split at maintenance; the calendar plays no part (metrics.md section 4).
  // Only while the customer subscribes the service (metrics.md 4b).
  const downs = intersectIntervals(
    clipIntervals(intervalsInState(timeline, 'down'), from, to),
    terms.subscribed,
  )
  const inMaintenance = clipIntervals(maintenance, from, to)
  const parts = [
    ...subtractIntervals(downs, inMaintenance).map(([start, end]) => ({ start, end, in_maintenance: false })),
    ...intersectIntervals(downs, inMaintenance).map(([start, end]) => ({ start, end, in_maintenance: true })),
  ].sort((a, b) => a.start - b.start)
  const listed = parts.slice(-MAX_LISTED_OUTAGES)

  const open = intersectIntervals(clipIntervals(terms.open, from, to), terms.subscribed)
  const openMinutes = minutes(totalLength(open))
  const window = subtractIntervals(open, inMaintenance)
  const windowMinutes = minutes(totalLength(window))
  const knownMinutes = figures.up_minutes + figures.degraded_minutes + figures.down_minutes
  const explain: Explanation = {
    basis: basis.kind,
    sla: basis.sla,
    calendar: basis.calendar,
    // The effective target when the terms changed within the period (metrics.md 4b).
    target: figures.target,
    hold_minutes: minutes(monitored.holdMs),
    period_minutes: minutes(to - from),
    open_minutes: openMinutes,
    maintenance_minutes: openMinutes - windowMinutes,
    window_minutes: windowMinutes,
    up_minutes: figures.up_minutes,
    degraded_minutes: figures.degraded_minutes,
    down_minutes: figures.down_minutes,
    unknown_minutes: windowMinutes - knownMinutes,
  }

  return {
    service: service.id,
    name: service.name,
    basis,
    from: formatInstant(from, zone),
    to: formatInstant(to, zone),
    figures,
    mtbf_minutes: meanTimeBetweenOutages(
      outagesOf(timeline, maintenance, from, to, terms.subscribed),
      timeline,
      from,
    ),
    trend_bucket: daily ? 'day' : 'month',
    trend,
    outages: listed.map((part) => ({
      start: formatInstant(part.start, zone),
      end: formatInstant(part.end, zone),
      minutes: minutes(part.end - part.start),
      in_maintenance: part.in_maintenance,
    })),
    outages_truncated: parts.length > listed.length,
    maintenance: windows.map((w) => ({
      id: w.id,
      title: w.title,
      start: formatInstant(w.from, zone),
      end: formatInstant(w.to, zone),
      minutes: minutes(w.to - w.from),
    })),
    burn_down: burnDown,
    latency,
    explain,
  }
}
