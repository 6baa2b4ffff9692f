/**
 * Reads what the availability engine needs from the store: per-probe check
 * segments (derived in SQL, so a month of one-minute checks leaves
 * ClickHouse as a handful of rows per probe) and maintenance windows.
 */
import type { CheckStatus, Interval, ProbeSegment } from '../../shared/availability'
import type { Service } from '../../shared/catalog'
import type { Store } from '../store'
import { keptTable } from '../store/kept'
import { sql, typed } from '../store/sql'

export interface MonitoredService {
  id: string
  /** `2 * check_interval` in milliseconds: how long a check holds at most. */
  holdMs: number
}

export function monitoredService(service: Service): MonitoredService {
  return { id: service.id, holdMs: 2 * service.check_interval * 1000 }
}

/**
 * The segments of `probeSegments` (shared/availability.ts) for each service,
 * clipped to `[from, to)`: each check holds its status until the probe's next
 * check, for at most `holdMs`; checks of one probe at the same instant count
 * as the worst of them; consecutive equal checks whose holds touch are one
 * segment. Reads checks from `from - holdMs` (the longest) on: earlier ones
 * cannot hold into the period.
 *
 * Window functions only, no GROUP BY per check or instant: on chDB a GROUP BY
 * with a group per check took 2-3 times as long as the window sorts. One
 * ministry-month (1.3M checks) comes back as a few thousand segments at most.
 */
export async function probeSegmentsOf(
  store: Store,
  services: readonly MonitoredService[],
  from: number,
  to: number,
): Promise<Map<string, ProbeSegment[]>> {
  const result = new Map<string, ProbeSegment[]>(services.map((service) => [service.id, []]))
  if (services.length === 0 || !(to > from)) return result
  const ids = services.map((service) => service.id)
  const holds = typed(
    'Array(Int64)',
    services.map((service) => service.holdMs),
  )
  const longestHold = Math.max(...services.map((service) => service.holdMs))
  const fromMs = typed('Int64', from)
  const toMs = typed('Int64', to)
  const rows = await store.query<{
    service: string
    probe: string
    start_ms: number
    end_ms: number
    status: CheckStatus
  }>(sql`
    -- 4. Each segment from its first check to the hold of its last one, clipped to [from, to).
    SELECT service, probe, greatest(at_ms, ${fromMs}) AS start_ms,
      if(ends_segment, held_until_ms, next_held_until_ms) AS end_ms, status
    FROM (
      SELECT service, probe, at_ms, held_until_ms, status, starts_segment, ends_segment,
        leadInFrame(held_until_ms) OVER (PARTITION BY service, probe ORDER BY at_ms
          ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) AS next_held_until_ms
      FROM (
        -- 3. A segment starts where the status changes or the previous hold ended before this
        -- check, and ends where the next check does so. Only those checks go on: few rows.
        SELECT service, probe, at_ms, held_until_ms, status,
          lagInFrame(held_until_ms, 1, toInt64(-1)) OVER probe_order != at_ms
            OR lagInFrame(status) OVER probe_order != status AS starts_segment,
          leadInFrame(at_ms, 1, toInt64(-1)) OVER probe_order != held_until_ms
            OR leadInFrame(status) OVER probe_order != status AS ends_segment
        FROM (
          -- 2. A check holds until the probe's next check, at most hold_ms, and not past 'to'.
          -- Ordered by status within an instant, the worst check of an instant comes last and
          -- holds; the others hold until their own instant and are dropped below.
          SELECT service, probe, at_ms, status,
            least(
              leadInFrame(at_ms, 1, ${toMs}) OVER (PARTITION BY service, probe ORDER BY at_ms, status
                ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING),
              at_ms + hold_ms,
              ${toMs}) AS held_until_ms
          FROM (
            -- 1. The checks that may hold into the period. at_ms, not at: an alias named like
            -- the column would shadow it in WHERE.
            SELECT service, probe, toUnixTimestamp64Milli(at) AS at_ms, status,
              transform(toString(service), ${ids}, ${holds}, toInt64(0)) AS hold_ms
            FROM checks FINAL
            WHERE service IN ${ids}
              AND at >= ${new Date(from - longestHold)} AND at < ${new Date(to)}
          )
        )
        WHERE held_until_ms > at_ms
        WINDOW probe_order AS (PARTITION BY service, probe ORDER BY at_ms
          ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING)
      )
      WHERE starts_segment OR ends_segment
    )
    WHERE starts_segment AND end_ms > start_ms
    ORDER BY service, probe, start_ms`)
  for (const row of rows) {
    result.get(row.service)?.push({
      probe: row.probe,
      start: row.start_ms,
      end: row.end_ms,
      status: row.status,
    })
  }
  return result
}

export interface MaintenanceWindow {
  id: string
  title: string
  from: number
  to: number
}

/**
 * Every maintenance window by service, ordered by start (and id): read whole
 * and kept in memory on the embedded store (server/store/kept.ts); a few
 * hundred windows a year.
 */
function maintenanceByService(store: Store): Promise<Map<string, MaintenanceWindow[]>> {
  return keptTable(store, 'maintenance', async () => {
    const rows = await store.query<{
      service: string
      id: string
      title: string
      from_ms: number
      to_ms: number
    }>(sql`
      SELECT service, id, title, toUnixTimestamp64Milli(\`from\`) AS from_ms, toUnixTimestamp64Milli(\`to\`) AS to_ms
      FROM maintenance FINAL
      ORDER BY service, from_ms, id`)
    const byService = new Map<string, MaintenanceWindow[]>()
    for (const row of rows) {
      const list = byService.get(row.service) ?? []
      list.push({ id: row.id, title: row.title, from: row.from_ms, to: row.to_ms })
      byService.set(row.service, list)
    }
    return byService
  })
}

/** One service's maintenance windows overlapping `[from, to)`, unclipped, with id and title. */
export async function maintenanceWindowsOf(
  store: Store,
  service: string,
  from: number,
  to: number,
): Promise<MaintenanceWindow[]> {
  if (!(to > from)) return []
  const windows = (await maintenanceByService(store)).get(service) ?? []
  return windows.filter((window) => window.from < to && window.to > from)
}

/** Each service's maintenance windows overlapping `[from, to)`, unclipped. */
export async function maintenanceOf(
  store: Store,
  services: readonly string[],
  from: number,
  to: number,
): Promise<Map<string, Interval[]>> {
  const result = new Map<string, Interval[]>(services.map((service) => [service, []]))
  if (services.length === 0 || !(to > from)) return result
  const byService = await maintenanceByService(store)
  for (const service of services)
    for (const window of byService.get(service) ?? [])
      if (window.from < to && window.to > from) result.get(service)?.push([window.from, window.to])
  return result
}

/** The newest check of each service at or before `before` (epoch ms); a service without any is left out. */
export async function latestChecksOf(
  store: Store,
  services: readonly string[],
  before: number,
): Promise<Map<string, number>> {
  const newest = new Map<string, number>()
  // Monitored services checked in the last two days are found in their newest partition; only
  // those silent for longer need the whole table.
  for (const since of [before - RECENT_CHECKS_MS, undefined]) {
    const asked = services.filter((service) => !newest.has(service))
    if (asked.length === 0) break
    const rows = await store.query<{ service: string; at_ms: number }>(sql`
      SELECT service, toUnixTimestamp64Milli(max(at)) AS at_ms FROM checks
      WHERE service IN ${asked} AND at <= ${new Date(before)}
        ${since === undefined ? sql`` : sql`AND at > ${new Date(since)}`}
      GROUP BY service`)
    for (const row of rows) newest.set(row.service, Number(row.at_ms))
  }
  return newest
}

/** How far back `latestChecksOf` looks first. */
const RECENT_CHECKS_MS = 2 * 86_400_000
