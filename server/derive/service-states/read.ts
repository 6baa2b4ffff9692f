/**
 * Reads the state rollup (`service_states`, rebuilt by ./rebuild.ts): each
 * service's state timeline from its stored days, for the services it covers
 * with their current hold.
 */
import type { CheckStatus, StateSpan } from '../../../shared/availability'
import type { MonitoredService } from '../../availability/queries'
import type { Store } from '../../store'
import { keptTable } from '../../store/kept'
import { sql, typed } from '../../store/sql'

export const DAY = 86_400_000

export const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10)

/** How far each service's rollup is built: with which hold, through which run. */
export interface Built {
  hold_ms: number
  through_run: number
}

/** How far each service's rollup is built (kept in memory on the embedded store: server/store/kept.ts). */
export async function builtServices(store: Store, ids: readonly string[]): Promise<Map<string, Built>> {
  const built = await keptTable(store, 'service_states_built', async () => {
    const rows = await store.query<Built & { service: string }>(sql`
      SELECT service, hold_ms, through_run FROM service_states_built FINAL`)
    return new Map(rows.map((row) => [row.service, row]))
  })
  return new Map(ids.flatMap((id) => (built.has(id) ? [[id, built.get(id) as Built]] : [])))
}

/**
 * The services' state timelines within `[from, to)` from the rollup, for the
 * services it covers with their current hold; the others come back in
 * `missing` (read them from the raw checks). Spans of one state that touch
 * across a day boundary are joined again.
 */
export async function rolledUpTimelines(
  store: Store,
  services: readonly MonitoredService[],
  from: number,
  to: number,
): Promise<{ timelines: Map<string, StateSpan[]>; missing: MonitoredService[] }> {
  const timelines = new Map<string, StateSpan[]>()
  if (services.length === 0 || !(to > from)) {
    for (const service of services) timelines.set(service.id, [])
    return { timelines, missing: [] }
  }
  const built = await builtServices(
    store,
    services.map((service) => service.id),
  )
  const covered = services.filter((service) => built.get(service.id)?.hold_ms === service.holdMs)
  const missing = services.filter((service) => !covered.includes(service))
  if (covered.length === 0) return { timelines, missing }
  const ids = covered.map((service) => service.id)
  // Rows with another hold are left from before a change of check_interval, beyond the rebuilt days.
  const rows = await store.query<{
    service: string
    starts: number[]
    ends: number[]
    states: CheckStatus[]
  }>(sql`
    SELECT service, arrayMap(x -> toUnixTimestamp64Milli(x), span_start) AS starts,
      arrayMap(x -> toUnixTimestamp64Milli(x), span_end) AS ends, span_state AS states
    FROM service_states FINAL
    WHERE service IN ${ids}
      AND day >= ${typed('Date', isoDay(Math.floor(from / DAY)))}
      AND day <= ${typed('Date', isoDay(Math.floor((to - 1) / DAY)))}
      AND hold_ms = transform(toString(service), ${ids}, ${typed(
        'Array(Int64)',
        covered.map((service) => service.holdMs),
      )}, toInt64(-1))
    ORDER BY service, day`)
  for (const id of ids) timelines.set(id, [])
  for (const row of rows) {
    const spans = timelines.get(row.service) ?? []
    row.starts.forEach((rowStart, i) => {
      const start = Math.max(rowStart, from)
      const end = Math.min(row.ends[i] ?? start, to)
      const state = row.states[i] as CheckStatus
      if (!(end > start)) return
      const last = spans.at(-1)
      if (last && last.state === state && last.end === start) last.end = end
      else spans.push({ start, end, state })
    })
  }
  return { timelines, missing }
}
