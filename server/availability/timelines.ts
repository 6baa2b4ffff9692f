/**
 * Where the services' state timelines come from: the rollup
 * (server/derive/service-states/) for the services it covers, the raw checks
 * for the others. Both give the same spans; `'raw'` forces the raw path
 * (tests and benchmarks compare the two).
 */
import { type StateSpan, stateTimeline } from '../../shared/availability'
import { rolledUpTimelines } from '../derive/service-states/read'
import type { Store } from '../store'
import { type MonitoredService, probeSegmentsOf } from './queries'

export type TimelineSource = 'rollup' | 'raw'

/** Each service's state timeline within `[from, to)` (spans clipped to it). */
export async function stateTimelinesOf(
  store: Store,
  services: readonly MonitoredService[],
  from: number,
  to: number,
  source: TimelineSource = 'rollup',
): Promise<Map<string, StateSpan[]>> {
  if (source === 'raw') return rawTimelines(store, services, from, to)
  const { timelines, missing } = await rolledUpTimelines(store, services, from, to)
  if (missing.length > 0) {
    for (const [id, timeline] of await rawTimelines(store, missing, from, to)) timelines.set(id, timeline)
  }
  return timelines
}

async function rawTimelines(
  store: Store,
  services: readonly MonitoredService[],
  from: number,
  to: number,
): Promise<Map<string, StateSpan[]>> {
  const segments = await probeSegmentsOf(store, services, from, to)
  return new Map(services.map((service) => [service.id, stateTimeline(segments.get(service.id) ?? [])]))
}
