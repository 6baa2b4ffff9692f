/**
 * The state rollup (migration 003): each service's state timeline, cut into
 * UTC days, in `service_states`. A day's row is a pure function of the checks
 * that can hold into it and the service's hold, computed by the same code as
 * the raw path (`probeSegmentsOf`, then `stateTimeline`), so both paths give
 * identical figures. After each ingest run of checks the days the run touched
 * are recomputed from the deduplicated checks (FINAL) and replace their old
 * rows: a re-sent or corrected check never counts twice.
 */
import { type CheckStatus, type StateSpan, stateTimeline, timelineWithin } from '../../../shared/availability'
import type { Catalog } from '../../../shared/catalog'
import { type MonitoredService, monitoredService, probeSegmentsOf } from '../../availability/queries'
import type { Store } from '../../store'
import { sql, typed } from '../../store/sql'
import { runVersion } from '../../store/versions'
import { builtServices, DAY, isoDay } from './read'

/** Days computed by one query: about a million checks at 30 services x 3 probes x one a minute. */
const DAYS_PER_BLOCK = 8

const COLUMNS = ['service', 'day', 'hold_ms', 'span_start', 'span_end', 'span_state', 'version'] as const

/**
 * Which services' days to recompute:
 * - `{ run }` after an ingest run of checks: the days within one hold of the
 *   checks stored since the last rebuild (so also those of a killed run), and
 *   every day of a service not yet built or built with another hold;
 * - `'stale'` (e.g. after a catalog load): every day of the services not yet
 *   built or built with another hold;
 * - `'all'`: every day of every service.
 */
export type RebuildScope = { run: number } | 'stale' | 'all'

/** Recomputes the rollup; returns how many services it recomputed and how many service-days it wrote. */
export async function rebuildServiceStates(
  store: Store,
  catalog: Catalog,
  scope: RebuildScope,
): Promise<{ services: number; days: number }> {
  const services = catalog.services.map(monitoredService)
  if (services.length === 0) return { services: 0, days: 0 }
  const ids = services.map((service) => service.id)
  const built = await builtServices(store, ids)
  const [counters] = await store.query<{ last_run: number; build: number }>(sql`
    SELECT (SELECT max(run) FROM ingest_runs) AS last_run,
      greatest((SELECT max(version) FROM service_states), (SELECT max(version) FROM service_states_built)) + 1 AS build`)
  const build = counters?.build ?? 1
  const throughRun = scope !== 'all' && scope !== 'stale' ? scope.run : (counters?.last_run ?? 0)

  // The first check version each service needs: 0 = all its checks.
  const firstVersion = new Map<string, number>()
  for (const service of services) {
    const done = built.get(service.id)
    const current = done !== undefined && done.hold_ms === service.holdMs && scope !== 'all'
    if (!current) firstVersion.set(service.id, 0)
    else if (scope !== 'stale')
      firstVersion.set(service.id, runVersion(Math.min(done.through_run + 1, throughRun)))
  }
  const todo = services.filter((service) => firstVersion.has(service.id))
  let days = 0
  if (todo.length > 0) {
    const todoIds = todo.map((service) => service.id)
    const versions = todoIds.map((id) => firstVersion.get(id) ?? 0)
    // Without FINAL: a replaced check has the instant of its replacement.
    const ranges = await store.query<{ service: string; first_ms: number; last_ms: number }>(sql`
      SELECT service, toUnixTimestamp64Milli(min(at)) AS first_ms, toUnixTimestamp64Milli(max(at)) AS last_ms
      FROM checks
      WHERE service IN ${todoIds} AND version >= ${typed('UInt64', Math.min(...versions))}
        AND version >= transform(toString(service), ${todoIds}, ${typed('Array(UInt64)', versions)}, toUInt64(0))
      GROUP BY service`)
    // A check at `at` changes the state only within [at, at + hold): its own hold, and the
    // hold of the probe's previous check, which now ends at `at`. Those are the days to recompute.
    const dayRanges = new Map<string, [number, number]>()
    // A service already built through earlier runs changes only from its first new check on.
    const changedFrom = new Map<string, number>()
    for (const range of ranges) {
      const hold = todo.find((service) => service.id === range.service)?.holdMs ?? 0
      dayRanges.set(range.service, [
        Math.floor(range.first_ms / DAY),
        Math.floor((range.last_ms + hold - 1) / DAY),
      ])
      if ((firstVersion.get(range.service) ?? 0) > 0) changedFrom.set(range.service, range.first_ms)
    }
    const whole = todo.filter((service) => !changedFrom.has(service.id))
    const partly = todo.filter((service) => changedFrom.has(service.id))
    days = await recomputeDays(store, whole, dayRanges, build)
    days += await recomputeFrom(store, partly, changedFrom, dayRanges, build)
  }
  const markers = (scope === 'stale' ? todo : services).map((service) => [
    service.id,
    service.holdMs,
    Math.max(built.get(service.id)?.through_run ?? 0, throughRun),
    build,
  ])
  await store.insert('service_states_built', ['service', 'hold_ms', 'through_run', 'version'], markers)
  return { services: todo.length, days }
}

/** Recomputes and stores the given day ranges (inclusive UTC day numbers), a block of days per query. */
async function recomputeDays(
  store: Store,
  services: readonly MonitoredService[],
  dayRanges: ReadonlyMap<string, [number, number]>,
  build: number,
): Promise<number> {
  const blocks = new Map<number, Array<{ service: MonitoredService; first: number; last: number }>>()
  for (const service of services) {
    const range = dayRanges.get(service.id)
    if (!range) continue
    for (let block = Math.floor(range[0] / DAYS_PER_BLOCK); block * DAYS_PER_BLOCK <= range[1]; block++) {
      const first = Math.max(range[0], block * DAYS_PER_BLOCK)
      const last = Math.min(range[1], (block + 1) * DAYS_PER_BLOCK - 1)
      const list = blocks.get(block) ?? []
      list.push({ service, first, last })
      blocks.set(block, list)
    }
  }
  let written = 0
  for (const block of [...blocks.keys()].sort((a, b) => a - b)) {
    const parts = blocks.get(block) ?? []
    const first = Math.min(...parts.map((part) => part.first))
    const last = Math.max(...parts.map((part) => part.last))
    const segments = await probeSegmentsOf(
      store,
      parts.map((part) => part.service),
      first * DAY,
      (last + 1) * DAY,
    )
    const rows: unknown[][] = []
    for (const part of parts) {
      const timeline = stateTimeline(segments.get(part.service.id) ?? [])
      for (let day = part.first; day <= part.last; day++) {
        // An empty day is written too: it replaces whatever the day held before.
        const spans = timelineWithin(timeline, day * DAY, (day + 1) * DAY)
        rows.push([
          part.service.id,
          isoDay(day),
          part.service.holdMs,
          spans.map((span) => span.start),
          spans.map((span) => span.end),
          spans.map((span) => span.state),
          build,
        ])
      }
    }
    await store.insert('service_states', COLUMNS, rows)
    written += rows.length
  }
  return written
}

/**
 * Recomputes the services' days from an instant on: a check at `at` changes
 * nothing before `at` (it only cuts the hold of the probe's previous check,
 * which ends at `at` now), so the first day keeps its stored spans before
 * the instant and the rest is computed from the checks that hold into it. A
 * steady stream of pushes so re-reads only the last hold of checks, not the
 * whole day, in a few statements (the embedded store runs one at a time).
 */
async function recomputeFrom(
  store: Store,
  services: readonly MonitoredService[],
  changedFrom: ReadonlyMap<string, number>,
  dayRanges: ReadonlyMap<string, [number, number]>,
  build: number,
): Promise<number> {
  // Services whose changes begin on the same day are read together, from the earliest change
  // (recomputing a service from before its own first change gives the same spans).
  const groups = new Map<number, MonitoredService[]>()
  for (const service of services) {
    const firstDay = dayRanges.get(service.id)?.[0]
    if (firstDay === undefined || !changedFrom.has(service.id)) continue
    groups.set(firstDay, [...(groups.get(firstDay) ?? []), service])
  }
  const rows: unknown[][] = []
  for (const [firstDay, group] of groups) {
    const from = Math.min(...group.map((service) => changedFrom.get(service.id) ?? Number.POSITIVE_INFINITY))
    const lastDay = Math.max(...group.map((service) => dayRanges.get(service.id)?.[1] ?? firstDay))
    const ids = group.map((service) => service.id)
    const stored = await store.query<{
      service: string
      starts: number[]
      ends: number[]
      states: CheckStatus[]
    }>(sql`
      SELECT service, arrayMap(x -> toUnixTimestamp64Milli(x), span_start) AS starts,
        arrayMap(x -> toUnixTimestamp64Milli(x), span_end) AS ends, span_state AS states
      FROM service_states FINAL
      WHERE service IN ${ids} AND day = ${typed('Date', isoDay(firstDay))}
        AND hold_ms = transform(toString(service), ${ids}, ${typed(
          'Array(Int64)',
          group.map((service) => service.holdMs),
        )}, toInt64(-1))`)
    const before = new Map(stored.map((row) => [row.service, row]))
    const segments = await probeSegmentsOf(store, group, from, (lastDay + 1) * DAY)
    for (const service of group) {
      const timeline: StateSpan[] = []
      const kept = before.get(service.id)
      kept?.starts.forEach((start, i) => {
        const end = Math.min(kept.ends[i] ?? start, from)
        if (end > start) timeline.push({ start, end, state: kept.states[i] as CheckStatus })
      })
      // The span that runs into `from` and the one that goes on from it are one when their states agree.
      for (const span of stateTimeline(segments.get(service.id) ?? [])) {
        const last = timeline.at(-1)
        if (last && last.state === span.state && last.end === span.start) last.end = span.end
        else timeline.push({ ...span })
      }
      const [, serviceLastDay] = dayRanges.get(service.id) ?? [firstDay, lastDay]
      for (let day = firstDay; day <= serviceLastDay; day++) {
        const spans = timelineWithin(timeline, day * DAY, (day + 1) * DAY)
        rows.push([
          service.id,
          isoDay(day),
          service.holdMs,
          spans.map((span) => span.start),
          spans.map((span) => span.end),
          spans.map((span) => span.state),
          build,
        ])
      }
    }
  }
  await store.insert('service_states', COLUMNS, rows)
  return rows.length
}
