/**
 * Checks from Prometheus and the blackbox exporter: `probe_success` (and
 * `probe_duration_seconds` as latency) per target and probe location, read
 * through the HTTP API's `query_range` at the mapping's step, become checks
 * of the catalog services the mapping names. A run reads from where the last
 * one stopped (connector_state) up to now less two steps (so the newest
 * scrapes have landed); its timestamps are multiples of the step, so a range
 * read twice gives the same checks, which the check identity (service,
 * probe, time) stores once. A series the mapping does not cover is
 * quarantined with its labels, once per run.
 */
import type { Store } from '../../server/store'
import { type IngestSummary, type IngestTarget, ingestEvents } from '../ingest'
import type { RawRecord } from '../reader'
import type { PrometheusMapping } from './mapping'
import { connectorState, saveConnectorState } from './state'

export const PROMETHEUS = 'prometheus'

/** Prometheus answers at most 11,000 points per series and query. */
const MAX_POINTS = 10_000
const REQUEST_TIMEOUT_MS = 30_000

interface Series {
  metric: Record<string, string>
  values: Array<[number, string]>
}

export class ConnectorError extends Error {
  override name = 'ConnectorError'
}

async function queryRange(
  url: string,
  query: string,
  start: number,
  end: number,
  stepMs: number,
): Promise<Series[]> {
  const endpoint = new URL('api/v1/query_range', url.endsWith('/') ? url : `${url}/`)
  endpoint.search = new URLSearchParams({
    query,
    start: String(start / 1000),
    end: String(end / 1000),
    step: `${stepMs / 1000}s`,
  }).toString()
  let response: Response
  try {
    response = await fetch(endpoint, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message
    throw new ConnectorError(`Prometheus at ${url} is not reachable: ${cause}`)
  }
  const body = (await response.json().catch(() => undefined)) as
    | { status: string; error?: string; data?: { resultType: string; result: Series[] } }
    | undefined
  if (!response.ok || body?.status !== 'success' || body.data?.resultType !== 'matrix') {
    throw new ConnectorError(
      `Prometheus at ${url} refused ${query}: ${body?.error ?? `HTTP ${response.status}`}`,
    )
  }
  return body.data.result
}

const labelText = (metric: Record<string, string>) =>
  `{${Object.entries(metric)
    .filter(([name]) => name !== '__name__')
    .map(([name, value]) => `${name}="${value}"`)
    .join(',')}}`

/** The series' service by the first target whose labels all match, and its probe. */
function mapSeries(metric: Record<string, string>, mapping: PrometheusMapping) {
  const target = mapping.targets.find((t) =>
    Object.entries(t.match).every(([name, value]) => metric[name] === value),
  )
  const probe = (mapping.probe_label && metric[mapping.probe_label]) || 'default'
  return target ? { service: target.service, probe } : undefined
}

/** The checks of [start, end) as records for the ingest, in batches. */
async function* checkRecords(
  url: string,
  mapping: PrometheusMapping,
  start: number,
  end: number,
): AsyncGenerator<RawRecord[]> {
  const step = mapping.step
  let line = 0
  const unmapped = new Set<string>()
  for (let from = start; from < end; from += MAX_POINTS * step) {
    // query_range includes both ends: stop one step short of the next chunk.
    const to = Math.min(end, from + MAX_POINTS * step) - step
    if (to < from) break
    const [success, duration] = await Promise.all([
      queryRange(url, 'probe_success', from, to, step),
      queryRange(url, 'probe_duration_seconds', from, to, step),
    ])
    const latency = new Map<string, Map<number, number>>()
    for (const series of duration) {
      const key = labelText(series.metric)
      latency.set(
        key,
        new Map(series.values.map(([at, value]) => [Math.round(at * 1000), Number(value) * 1000])),
      )
    }
    const batch: RawRecord[] = []
    for (const series of success) {
      const key = labelText(series.metric)
      const mapped = mapSeries(series.metric, mapping)
      if (!mapped) {
        if (!unmapped.has(key)) {
          unmapped.add(key)
          batch.push({
            line: ++line,
            raw: `probe_success${key}`,
            record: { error: `no target of the mapping matches the series probe_success${key}` },
          })
        }
        continue
      }
      const latencies = latency.get(key)
      for (const [seconds, value] of series.values) {
        const at = Math.round(seconds * 1000)
        const latencyMs = latencies?.get(at)
        const up = Number(value) >= 1
        const slow =
          up &&
          mapping.degraded_above_ms !== undefined &&
          latencyMs !== undefined &&
          latencyMs > mapping.degraded_above_ms
        const record = {
          service: mapped.service,
          probe: mapped.probe,
          at: new Date(at).toISOString(),
          status: !up ? 'down' : slow ? 'degraded' : 'up',
          ...(latencyMs === undefined ? {} : { latency_ms: Math.round(latencyMs) }),
        }
        batch.push({ line: ++line, raw: JSON.stringify(record), record })
      }
    }
    yield batch
  }
}

export interface PrometheusRun {
  summary: IngestSummary
  from: number
  to: number
}

/**
 * Reads what is new since the last run (or since `since` the first time) and
 * ingests it through `target`. A failure is recorded for the freshness page
 * and thrown; the next run reads the same range again.
 */
export async function readPrometheus(
  target: IngestTarget,
  options: { url: string; mapping: PrometheusMapping; since: number; now?: number },
): Promise<PrometheusRun | undefined> {
  const { store } = target
  const { url, mapping } = options
  const step = mapping.step
  const now = options.now ?? Date.now()
  const previous = await connectorState(store, PROMETHEUS, url)
  const aligned = (ms: number) => Math.floor(ms / step) * step
  const from = aligned(previous?.readUntil ?? options.since)
  const to = aligned(now - 2 * step)
  const attempt = { connector: PROMETHEUS, source: url, lastAttemptAt: now }
  if (to <= from) return undefined
  try {
    const summary = await ingestEvents(target, {
      kind: 'checks',
      source: `prometheus ${url}`,
      format: 'records',
      records: checkRecords(url, mapping, from, to),
    })
    await saveConnectorState(store, {
      ...attempt,
      readUntil: to,
      lastSuccessAt: Date.now(),
      lastError: '',
      records: (previous?.records ?? 0) + summary.read,
    })
    return { summary, from, to }
  } catch (error) {
    await recordFailure(store, previous, attempt, error)
    throw error
  }
}

async function recordFailure(
  store: Store,
  previous: Awaited<ReturnType<typeof connectorState>>,
  attempt: { connector: string; source: string; lastAttemptAt: number },
  error: unknown,
): Promise<void> {
  await saveConnectorState(store, {
    ...attempt,
    readUntil: previous?.readUntil ?? null,
    lastSuccessAt: previous?.lastSuccessAt ?? null,
    lastError: (error as Error).message.split('\n')[0] ?? 'unknown error',
    records: previous?.records ?? 0,
  }).catch(() => undefined)
}
