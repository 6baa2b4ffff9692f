/**
 * `sla.timeline` → the event list in words, the geometry of the horizontal
 * timeline and each clock's stretches with the business minutes they used.
 * Pure, unit-tested.
 */
import { t } from '../../i18n'
import { formatDateAndTime, formatInteger, formatTimestamp } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'
import { formatBusinessDuration, percentUsed } from './durations'
import { type ClockKind, clockLabel, statusLabel } from './labels'

export type Timeline = RouterOutputs['sla']['timeline']
export type TimelineEvent = Timeline['events'][number]
export type TimelineClock = NonNullable<Timeline['resolution']>
type Interval = readonly [number, number]

// ----------------------------------------------------------------- events

/** "erstellt", "Status → In Bearbeitung", "Priorität → P1", "Reaktion" (en: "created", "Status → In progress", …). */
export function eventLabel(event: Pick<TimelineEvent, 'type' | 'status' | 'priority'>): string {
  switch (event.type) {
    case 'created':
      return t('sla:timeline.event.created')
    case 'status':
      return t('sla:timeline.event.status', {
        status: event.status ? statusLabel(event.status) : t('sla:timeline.event.unknown'),
      })
    case 'priority':
      return t('sla:timeline.event.priority', {
        priority: event.priority ?? t('sla:timeline.event.unknown'),
      })
    case 'responded':
      return t('sla:timeline.event.responded')
  }
}

/** Why an event does not count (metrics.md section 2), or null when it counts. */
export function ignoredReason(event: Pick<TimelineEvent, 'type' | 'at' | 'ignored'>, createdAt: number) {
  if (!event.ignored) return null
  if (event.at < createdAt) return t('sla:timeline.ignored.beforeCreated')
  if (event.type === 'created') return t('sla:timeline.ignored.secondCreated')
  return t('sla:timeline.ignored.other')
}

// --------------------------------------------------------------- geometry

export interface Domain {
  start: number
  end: number
}

/** Where an instant lies on the bar, in percent of its width, clamped to it. */
export function position(at: number, domain: Domain): number {
  const span = domain.end - domain.start
  if (span <= 0) return 0
  return Math.min(100, Math.max(0, ((at - domain.start) / span) * 100))
}

export type SegmentKind = 'running' | 'paused' | 'stopped'

export interface Segment {
  kind: SegmentKind
  from: number
  to: number
  /** Percent of the bar. */
  left: number
  width: number
}

/**
 * The lane of one clock: its running and paused stretches, and "stopped"
 * for every gap between them (the ticket was resolved, then reopened).
 */
export function laneSegments(
  domain: Domain,
  running: readonly Interval[],
  paused: readonly Interval[] = [],
): Segment[] {
  const pieces = [
    ...running.map(([from, to]) => ({ kind: 'running' as const, from, to })),
    ...paused.map(([from, to]) => ({ kind: 'paused' as const, from, to })),
  ].sort((a, b) => a.from - b.from)
  const withGaps: Array<{ kind: SegmentKind; from: number; to: number }> = []
  for (const piece of pieces) {
    const previous = withGaps.at(-1)
    if (previous && piece.from > previous.to)
      withGaps.push({ kind: 'stopped', from: previous.to, to: piece.from })
    withGaps.push(piece)
  }
  return withGaps.map((piece) => {
    const left = position(piece.from, domain)
    return { ...piece, left, width: position(piece.to, domain) - left }
  })
}

/**
 * The bar spans the ticket from its first event to now (open) or to its last
 * change (resolved). A deadline still ahead is included when it lies no
 * further ahead than the ticket is old; farther out it would squeeze the past
 * into a sliver, and the text says when it is.
 */
export function timelineDomain(timeline: Timeline): Domain {
  const { ticket, events, running, paused, asOf } = timeline
  const start = Math.min(ticket.createdAt, ...events.map((event) => event.at))
  let past = Math.max(
    start,
    ...events.map((event) => event.at),
    ...running.map(([, to]) => to),
    ...paused.map(([, to]) => to),
  )
  if (ticket.resolvedAt === null) past = Math.max(past, asOf)
  let end = past
  for (const clock of [timeline.response, timeline.resolution]) {
    const at = clock?.breachAt
    if (at != null && at > past && at - past <= past - start) end = Math.max(end, at)
  }
  // A ticket created this instant still gets a visible bar: one minute wide.
  return { start, end: end > start ? end : start + 60_000 }
}

export interface Marker {
  clock: ClockKind
  /** `breach`: the target was reached here; `deadline`: it will be, if the clock keeps running. */
  kind: 'breach' | 'deadline'
  at: number
  left: number
  /** The point lies after the bar's end: drawn as an arrow at the edge. */
  beyond: boolean
  label: string
}

export interface Lane {
  clock: ClockKind
  label: string
  segments: Segment[]
  marker: Marker | null
}

export interface TimelineGeometry {
  domain: Domain
  lanes: Lane[]
  events: Array<{ id: string; left: number; label: string; ignored: boolean }>
  /** Where "now" is, for an open ticket. */
  now: number | null
  startLabel: string
  endLabel: string
}

function markerOf(clock: ClockKind, data: TimelineClock, domain: Domain, asOf: number): Marker | null {
  if (data.breachAt === null) return null
  const at = data.breachAt
  const kind = data.breached || at <= asOf ? 'breach' : 'deadline'
  const { date, time } = formatDateAndTime(at)
  return {
    clock,
    kind,
    at,
    left: position(at, domain),
    beyond: at > domain.end,
    label:
      kind === 'breach'
        ? t('sla:timeline.markerBreach', { clock: clockLabel(clock), date, time })
        : t('sla:timeline.markerDeadline', { clock: clockLabel(clock), date, time }),
  }
}

export function timelineGeometry(timeline: Timeline): TimelineGeometry {
  const domain = timelineDomain(timeline)
  const lanes: Lane[] = []
  if (timeline.response) {
    lanes.push({
      clock: 'response',
      label: clockLabel('response'),
      segments: laneSegments(
        domain,
        timeline.response.stretches.map((s) => [s.from, s.to] as const),
      ),
      marker: markerOf('response', timeline.response, domain, timeline.asOf),
    })
  }
  if (timeline.resolution) {
    lanes.push({
      clock: 'resolution',
      label: clockLabel('resolution'),
      segments: laneSegments(domain, timeline.running, timeline.paused),
      marker: markerOf('resolution', timeline.resolution, domain, timeline.asOf),
    })
  }
  return {
    domain,
    lanes,
    events: timeline.events.map((event) => ({
      id: event.id,
      left: position(event.at, domain),
      label: t(event.ignored ? 'sla:timeline.event.atIgnored' : 'sla:timeline.event.at', {
        label: eventLabel(event),
        at: formatTimestamp(event.at),
      }),
      ignored: event.ignored,
    })),
    now: timeline.ticket.resolvedAt === null ? position(timeline.asOf, domain) : null,
    startLabel: formatTimestamp(domain.start),
    endLabel: formatTimestamp(domain.end),
  }
}

// ----------------------------------------------------------------- clocks

export interface StretchRow {
  kind: 'running' | 'paused'
  from: string
  /** "läuft noch" for the stretch running now, "dauert an" for a pause that lasts. */
  to: string
  /** Business minutes of this stretch; null for a pause (it uses none). */
  minutes: string | null
  /** Business time used up to the end of this stretch. */
  total: string
  /** "Ziel erreicht am 12.03.2026 um 14:32" in the stretch where the target was reached. */
  breach: string | null
}

const minutesText = (minutes: number) => formatInteger(Math.floor(minutes + 1e-9))

/**
 * The stretches of a clock, oldest first: running ones with the business
 * minutes they used, pauses (resolution only) with none.
 */
export function stretchRows(clock: TimelineClock, paused: readonly Interval[], asOf: number): StretchRow[] {
  const rows = [
    ...clock.stretches.map((s) => ({
      kind: 'running' as const,
      from: s.from,
      to: s.to,
      minutes: s.businessMinutes,
    })),
    ...paused.map(([from, to]) => ({ kind: 'paused' as const, from, to, minutes: 0 })),
  ].sort((a, b) => a.from - b.from)
  let total = 0
  return rows.map((row) => {
    total += row.minutes
    const breachHere =
      clock.breached &&
      clock.breachAt !== null &&
      row.kind === 'running' &&
      clock.breachAt >= row.from &&
      clock.breachAt <= row.to
    const at = breachHere && clock.breachAt !== null ? formatDateAndTime(clock.breachAt) : null
    return {
      kind: row.kind,
      from: formatTimestamp(row.from),
      to:
        row.to < asOf
          ? formatTimestamp(row.to)
          : row.kind === 'running'
            ? t('sla:timeline.stillRunning')
            : t('sla:timeline.ongoing'),
      minutes: row.kind === 'running' ? minutesText(row.minutes) : null,
      total: minutesText(total),
      breach: at ? t('sla:timeline.reachedAt', at) : null,
    }
  })
}

export type ClockState = 'met' | 'breached' | 'at_risk' | 'running' | 'paused'

export function clockStateLabel(state: ClockState): string {
  return t(`sla:verdict.${state}`)
}

export interface ClockSummary {
  clock: ClockKind
  label: string
  state: ClockState
  stateLabel: string
  elapsed: string
  target: string
  percent: number
  /** One sentence on where the clock stands. */
  verdict: string
}

/** A full stop, unless the text ends in an abbreviation's ("Min."). */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`)

export function clockSummary(
  clock: ClockKind,
  data: TimelineClock,
  options: { atRisk: boolean; running: boolean },
): ClockSummary {
  const state: ClockState = data.breached
    ? 'breached'
    : data.met === true
      ? 'met'
      : options.atRisk
        ? 'at_risk'
        : options.running
          ? 'running'
          : 'paused'
  const elapsed = formatBusinessDuration(data.elapsedMinutes)
  const target = formatBusinessDuration(data.targetMinutes)
  let verdict: string
  if (data.breached && data.breachAt !== null) {
    const { date, time } = formatDateAndTime(data.breachAt)
    verdict = t('sla:timeline.verdicts.breachedAt', { date, time })
  } else if (data.breached) {
    verdict = t('sla:timeline.verdicts.breached')
  } else if (data.met === true) {
    verdict = sentence(t('sla:timeline.verdicts.met', { elapsed, target }))
  } else if (data.breachAt !== null) {
    const { date, time } = formatDateAndTime(data.breachAt)
    verdict = t('sla:timeline.verdicts.deadline', { date, time })
  } else {
    verdict = sentence(
      t('sla:timeline.verdicts.paused', {
        left: formatBusinessDuration(data.targetMinutes - data.elapsedMinutes),
      }),
    )
  }
  return {
    clock,
    label: clockLabel(clock),
    state,
    stateLabel: clockStateLabel(state),
    elapsed,
    target,
    percent: percentUsed(data.elapsedMinutes, data.targetMinutes),
    verdict,
  }
}
