/**
 * Availability of a service (metrics.md section 4): per-probe check segments,
 * the service's state timeline by probe quorum, interval arithmetic and the
 * figures of the report (formats.md section 4). Instants are epoch
 * milliseconds, intervals half-open `[start, end)`. Browser-safe: no imports
 * beyond types.
 */
import type { Interval } from './calendar'

export type { Interval }

export type CheckStatus = 'up' | 'degraded' | 'down'

const MINUTE = 60_000

/** One monitoring result of one probe. */
export interface Check {
  probe: string
  at: number
  status: CheckStatus
}

/** A stretch `[start, end)` in which one probe is known with one status. */
export interface ProbeSegment {
  probe: string
  start: number
  end: number
  status: CheckStatus
}

/** A stretch `[start, end)` in which the service is in one known state; time outside any span is unknown. */
export interface StateSpan {
  start: number
  end: number
  state: CheckStatus
}

/** One service's figures, keys in the order of formats.md section 4; numbers unrounded. */
export interface ServiceAvailability {
  service: string
  target: number | null
  availability: number | null
  met: boolean | null
  up_minutes: number
  down_minutes: number
  degraded_minutes: number
  coverage: number | null
  outages: number
  mttr_minutes: number | null
  budget_remaining: number | null
}

export interface AvailabilityFigures {
  overall: number | null
  services: ServiceAvailability[]
}

// ---------------------------------------------------------------------------
// Interval arithmetic. Lists are "normalized" when sorted by start, without
// empty pieces, and without two pieces that overlap or touch.

/** Sorts, drops empty pieces and merges pieces that overlap or touch. Does not change its input. */
export function normalizeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0])
  const merged: Interval[] = []
  for (const [start, end] of sorted) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/** The time in both lists. Both normalized; so is the result. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i] as Interval
    const [bStart, bEnd] = b[j] as Interval
    const start = Math.max(aStart, bStart)
    const end = Math.min(aEnd, bEnd)
    if (start < end) result.push([start, end])
    // The piece that ends first cannot meet anything further in the other list.
    if (aEnd <= bEnd) i++
    else j++
  }
  return result
}

/** The time of `a` outside `b`. Both normalized; so is the result. */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = []
  let j = 0
  for (const [aStart, aEnd] of a) {
    let start = aStart
    // Pieces of b that end before this piece of a also end before every later one.
    while (j < b.length && (b[j] as Interval)[1] <= start) j++
    let k = j
    while (k < b.length && start < aEnd) {
      const [bStart, bEnd] = b[k] as Interval
      if (bStart >= aEnd) break
      if (bStart > start) result.push([start, bStart])
      start = Math.max(start, bEnd)
      k++
    }
    if (start < aEnd) result.push([start, aEnd])
  }
  return result
}

/** The parts of a normalized list within `[from, to)`. */
export function clipIntervals(intervals: readonly Interval[], from: number, to: number): Interval[] {
  return to > from ? intersectIntervals(intervals, [[from, to]]) : []
}

/** Total length of a normalized list. */
export function totalLength(intervals: readonly Interval[]): number {
  let total = 0
  for (const [start, end] of intervals) total += end - start
  return total
}

// ---------------------------------------------------------------------------
// From checks to the state timeline.

const SEVERITY: Record<CheckStatus, number> = { up: 0, degraded: 1, down: 2 }

interface SweepEvent {
  time: number
  /** +1 where a probe's segment starts, -1 where it ends. */
  delta: 1 | -1
  severity: number
}

/**
 * Each probe's checks as segments: a check holds its status from its `at`
 * until the probe's next check, but for at most `holdMs` (`2 * check_interval`);
 * after that the probe is unknown. Several checks of one probe at the same
 * instant (different ids) count as the worst of them, so a `down` is never
 * hidden by a sibling. Consecutive checks with the same status whose holds
 * touch become one segment. `server/availability/queries.ts` does the same in SQL.
 */
export function probeSegments(checks: readonly Check[], holdMs: number): ProbeSegment[] {
  const byProbe = new Map<string, Check[]>()
  for (const check of checks) {
    const list = byProbe.get(check.probe)
    if (list) list.push(check)
    else byProbe.set(check.probe, [check])
  }
  const segments: ProbeSegment[] = []
  for (const [probe, list] of byProbe) {
    list.sort((a, b) => a.at - b.at || SEVERITY[b.status] - SEVERITY[a.status])
    let last: ProbeSegment | undefined
    for (let i = 0; i < list.length; i++) {
      const check = list[i] as Check
      // Sorted worst first within an instant: the first check of an instant stands for all of it.
      if (i > 0 && (list[i - 1] as Check).at === check.at) continue
      let next = i + 1
      while (next < list.length && (list[next] as Check).at === check.at) next++
      const nextAt = list[next]?.at ?? Number.POSITIVE_INFINITY
      const end = Math.min(nextAt, check.at + holdMs)
      if (last && last.status === check.status && last.end === check.at) last.end = end
      else {
        last = { probe, start: check.at, end, status: check.status }
        segments.push(last)
      }
    }
  }
  return segments
}

/**
 * The service's state at each instant, from its probes' segments (each
 * probe's segments must not overlap one another). Among the probes known at
 * an instant: down if more than half say down; else degraded if any says down
 * or degraded; else up. Instants with no probe known are in no span (unknown).
 * Adjacent spans of one state are merged, so down spans are maximal.
 */
export function stateTimeline(segments: readonly ProbeSegment[]): StateSpan[] {
  // Sweep over segment starts (+1) and ends (-1), counting the known probes per status.
  const events: SweepEvent[] = []
  for (const segment of segments) {
    if (!(segment.end > segment.start)) continue
    const severity = SEVERITY[segment.status]
    events.push({ time: segment.start, delta: 1, severity }, { time: segment.end, delta: -1, severity })
  }
  events.sort((a, b) => a.time - b.time)
  const counts = [0, 0, 0]
  const spans: StateSpan[] = []
  let i = 0
  while (i < events.length) {
    const time = events[i]?.time
    for (let event = events[i]; event !== undefined && event.time === time; event = events[++i]) {
      counts[event.severity] = (counts[event.severity] ?? 0) + event.delta
    }
    const nextTime = events[i]?.time
    if (time === undefined || nextTime === undefined) break
    const state = quorumState(counts[0] ?? 0, counts[1] ?? 0, counts[2] ?? 0)
    if (state === 'unknown') continue
    const last = spans.at(-1)
    if (last && last.state === state && last.end === time) last.end = nextTime
    else spans.push({ start: time, end: nextTime, state })
  }
  return spans
}

/** The quorum rule of metrics.md section 4 for the numbers of known probes saying each status. */
export function quorumState(up: number, degraded: number, down: number): CheckStatus | 'unknown' {
  const known = up + degraded + down
  if (known === 0) return 'unknown'
  if (down * 2 > known) return 'down'
  if (down + degraded > 0) return 'degraded'
  return 'up'
}

/** The spans of one state as a normalized interval list. */
export function intervalsInState(timeline: readonly StateSpan[], state: CheckStatus): Interval[] {
  return normalizeIntervals(
    timeline.filter((span) => span.state === state).map((span) => [span.start, span.end]),
  )
}

/**
 * The spans of a timeline (sorted, not overlapping, as `stateTimeline` makes
 * it) within `[from, to)`, clipped to it. Binary search: figures per day over
 * a long timeline look only at that day's spans.
 */
export function timelineWithin(timeline: readonly StateSpan[], from: number, to: number): StateSpan[] {
  let low = 0
  let high = timeline.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((timeline[middle] as StateSpan).end <= from) low = middle + 1
    else high = middle
  }
  const result: StateSpan[] = []
  for (let i = low; i < timeline.length; i++) {
    const span = timeline[i] as StateSpan
    if (span.start >= to) break
    result.push({ start: Math.max(span.start, from), end: Math.min(span.end, to), state: span.state })
  }
  return result
}

// ---------------------------------------------------------------------------
// Figures.

/** A stretch `[start, end)` of a period under one set of SLA terms, with their availability target. */
export interface TargetStretch {
  start: number
  end: number
  target: number | null
}

export interface ServiceAvailabilityInput {
  service: string
  /** The SLA's availability target in percent; null without an SLA (or one without availability). */
  target: number | null
  /**
   * Where the target changes within `[from, to)` (metrics.md 4b): the
   * stretches of one set of terms, sorted. Absent: `target` all along.
   */
  stretches?: readonly TargetStretch[]
  /** Where the customer subscribes the service within `[from, to)`, normalized; absent: all of it. */
  subscribed?: readonly Interval[]
  /** The service's state timeline (`stateTimeline`); it may reach beyond `[from, to)`. */
  timeline: readonly StateSpan[]
  /**
   * Open time of the availability calendar in force at each instant within
   * `[from, to)`; `[[from, to]]` without an SLA.
   */
  open: readonly Interval[]
  /** The service's maintenance windows, in any order, overlapping or not. */
  maintenance: readonly Interval[]
  from: number
  to: number
}

/**
 * Outages ignore the calendar: a night outage is still an outage. They are
 * the maximal down intervals of [from, to) outside maintenance, so
 * - an outage running over a period boundary is clipped to the period and
 *   counts, with its clipped length, in each period it touches;
 * - maintenance inside a down stretch splits it: each part outside the
 *   maintenance is an outage of its own (the spec's "maximal intervals
 *   outside maintenance", taken literally);
 * - a down stretch interrupted by a degraded, up or unknown moment is two outages;
 * - only the time while the customer subscribes the service counts (`subscribed`, normalized).
 */
export function outagesOf(
  timeline: readonly StateSpan[],
  maintenance: readonly Interval[],
  from: number,
  to: number,
  subscribed: readonly Interval[] = [[from, to]],
): Interval[] {
  const inPeriod = clipIntervals(normalizeIntervals(maintenance), from, to)
  const down = intersectIntervals(clipIntervals(intervalsInState(timeline, 'down'), from, to), subscribed)
  return subtractIntervals(down, inPeriod)
}

/**
 * MTBF in minutes: the mean time between the starts of consecutive outages
 * that start within the period, (last start - first start) / (starts - 1),
 * on the clock like MTTR. An outage that runs into the period from before
 * has no start in it; null with fewer than two starts.
 */
export function meanTimeBetweenOutages(
  outages: readonly Interval[],
  timeline: readonly StateSpan[],
  from: number,
): number | null {
  const downAcrossStart = intervalsInState(timeline, 'down').some(
    ([start, end]) => start < from && end > from,
  )
  const starts = outages.map(([start]) => start).filter((start) => start > from || !downAcrossStart)
  const first = starts[0]
  const last = starts.at(-1)
  if (starts.length < 2 || first === undefined || last === undefined) return null
  return (last - first) / (starts.length - 1) / MINUTE
}

const ratio = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null)

/**
 * The allowed downtime and the effective target over stretches of one set of
 * terms (metrics.md 4b): `allowed = sum((1 - target_i/100) * measured_i)`,
 * target = `100 * (1 - allowed / measured)`, the plain target when it is one
 * all along. With nothing measured, the target in force at the last
 * subscribed instant.
 */
export function effectiveTarget(
  stretches: ReadonlyArray<TargetStretch & { measuredMinutes: number }>,
  lastSubscribedInstant: number | null,
): { target: number | null; allowedMinutes: number | null } {
  const targets = new Set(stretches.map((stretch) => stretch.target))
  let measured = 0
  let allowed = 0
  for (const stretch of stretches) {
    measured += stretch.measuredMinutes
    if (stretch.target !== null) allowed += (1 - stretch.target / 100) * stretch.measuredMinutes
  }
  if (targets.size <= 1) {
    const target = stretches[0]?.target ?? null
    return { target, allowedMinutes: target === null ? null : (1 - target / 100) * measured }
  }
  if (measured > 0) return { target: 100 * (1 - allowed / measured), allowedMinutes: allowed }
  const at = lastSubscribedInstant ?? (stretches.at(-1)?.end ?? 0) - 1
  const inForce = stretches.find((stretch) => stretch.start <= at && at < stretch.end) ?? stretches.at(-1)
  return { target: inForce?.target ?? null, allowedMinutes: 0 }
}

/** The figures of one service for one customer over `[from, to)` (metrics.md sections 4 and 4b). */
export function serviceAvailability(input: ServiceAvailabilityInput): ServiceAvailability {
  const { from, to } = input
  const maintenance = clipIntervals(normalizeIntervals(input.maintenance), from, to)
  // Only the time while the customer subscribes the service counts, for W and for outages.
  const subscribed = input.subscribed
    ? clipIntervals(input.subscribed, from, to)
    : clipIntervals([[from, to]], from, to)
  // W: the open time of the calendar in force within [from, to), while subscribed, minus maintenance.
  const window = subtractIntervals(
    intersectIntervals(clipIntervals(normalizeIntervals(input.open), from, to), subscribed),
    maintenance,
  )
  const minutesIn = (intervals: readonly Interval[]) => totalLength(intervals) / MINUTE
  const upSpans = intersectIntervals(intervalsInState(input.timeline, 'up'), window)
  const degradedSpans = intersectIntervals(intervalsInState(input.timeline, 'degraded'), window)
  const downSpans = intervalsInState(input.timeline, 'down')
  const downInWindow = intersectIntervals(downSpans, window)
  const up = minutesIn(upSpans)
  const degraded = minutesIn(degradedSpans)
  const down = minutesIn(downInWindow)
  const known = up + degraded + down

  // Only the time while the customer subscribes the service counts (metrics.md 4b).
  const outages = outagesOf(input.timeline, maintenance, from, to, subscribed)

  const { target, allowedMinutes: allowed } = input.stretches
    ? effectiveTarget(
        input.stretches
          .map((stretch) => ({
            ...stretch,
            start: Math.max(stretch.start, from),
            end: Math.min(stretch.end, to),
          }))
          .filter((stretch) => stretch.end > stretch.start)
          .map((stretch) => {
            const inStretch = (spans: Interval[]) =>
              minutesIn(clipIntervals(spans, stretch.start, stretch.end))
            return {
              ...stretch,
              measuredMinutes: inStretch(upSpans) + inStretch(degradedSpans) + inStretch(downInWindow),
            }
          }),
        subscribed.length > 0 ? (subscribed.at(-1) as Interval)[1] - 1 : null,
      )
    : {
        target: input.target,
        allowedMinutes: input.target === null ? null : (1 - input.target / 100) * known,
      }
  const availability = ratio(up + degraded, known)
  return {
    service: input.service,
    target,
    availability,
    met: target === null || availability === null ? null : availability >= target,
    up_minutes: up,
    down_minutes: down,
    degraded_minutes: degraded,
    coverage: ratio(known, minutesIn(window)),
    outages: outages.length,
    mttr_minutes: outages.length === 0 ? null : minutesIn(outages) / outages.length,
    budget_remaining: allowed === null || !(allowed > 0) ? null : ((allowed - down) / allowed) * 100,
  }
}

/** Sum of (up + degraded) over sum of (up + degraded + down) across the services, each in its own W. */
export function overallAvailability(services: readonly ServiceAvailability[]): number | null {
  let good = 0
  let known = 0
  for (const service of services) {
    good += service.up_minutes + service.degraded_minutes
    known += service.up_minutes + service.degraded_minutes + service.down_minutes
  }
  return ratio(good, known)
}
