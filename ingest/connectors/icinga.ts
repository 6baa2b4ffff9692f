/**
 * Checks and downtimes from Icinga 2 through its REST API. On connecting,
 * the mapped services' last check results and their downtimes are read
 * (`/v1/objects`); then the event stream (`/v1/events`: CheckResult,
 * DowntimeAdded, DowntimeRemoved) is followed and written every second as an
 * ingest run, through the same path as every file and push.
 *
 * States: OK → up, WARNING → degraded, CRITICAL → down, UNKNOWN → no check
 * (the state is not known, so it is not recorded). A check's time is the end
 * of its execution, its probe the Icinga endpoint that ran it. Downtimes
 * become maintenance windows; one removed early ends at its removal (one
 * removed before it began keeps a window of a millisecond: Leitstand deletes
 * nothing). The REST API has no history: what happened while the connector
 * was not connected is not read (Icinga DB or IDO would have it).
 */

import type { IncomingMessage } from 'node:http'
import { request } from 'node:https'
import type { EventKind } from '../../shared/events'
import { type IngestSummary, type IngestTarget, ingestEvents } from '../ingest'
import type { RawRecord } from '../reader'
import type { IcingaMapping } from './mapping'
import { ConnectorError } from './prometheus'
import { connectorState, saveConnectorState } from './state'

export const ICINGA = 'icinga'

export interface IcingaConnection {
  /** The API's base URL, e.g. https://icinga.example:5665 */
  url: string
  user: string
  password: string
  /** The Icinga CA's certificate (PEM) the API's certificate is checked against. */
  ca?: string
}

const STATES: Record<number, 'up' | 'degraded' | 'down' | undefined> = { 0: 'up', 1: 'degraded', 2: 'down' }

interface CheckResult {
  state?: number
  execution_end?: number
  check_source?: string
  performance_data?: Array<string | { label?: string; value?: number; unit?: string }>
}

interface Downtime {
  __name?: string
  host_name?: string
  service_name?: string
  start_time?: number
  end_time?: number
  remove_time?: number
  comment?: string
}

function call(
  connection: IcingaConnection,
  method: string,
  path: string,
  body?: object,
  signal?: AbortSignal,
) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(
      new URL(path, connection.url),
      {
        method,
        ca: connection.ca,
        auth: `${connection.user}:${connection.password}`,
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        signal,
        timeout: 30_000,
      },
      (res) => {
        if (res.statusCode === 200) return resolve(res)
        res.resume()
        reject(new ConnectorError(`Icinga at ${connection.url} answered ${res.statusCode} to ${path}`))
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        signal?.aborted
          ? error
          : new ConnectorError(
              `Icinga at ${connection.url} is not reachable: ${error.code ?? error.message}`,
            ),
      ),
    )
    req.end(body ? JSON.stringify(body) : undefined)
  })
}

async function results<T>(connection: IcingaConnection, path: string): Promise<T[]> {
  const res = await call(connection, 'GET', path)
  let text = ''
  for await (const chunk of res) text += chunk
  return (JSON.parse(text) as { results: T[] }).results
}

/** `time=0.123s` in the performance data, as milliseconds. */
function latencyOf(result: CheckResult): number | undefined {
  for (const item of result.performance_data ?? []) {
    if (typeof item === 'string') {
      const match = /^'?time'?=([\d.]+)(ms|s)?/.exec(item)
      if (match) return Math.round(Number(match[1]) * (match[2] === 'ms' ? 1 : 1000))
    } else if (item.label === 'time' && typeof item.value === 'number') {
      return Math.round(item.value * (item.unit === 'ms' ? 1 : 1000))
    }
  }
  return undefined
}

/** Turns Icinga objects and events into check and maintenance records. */
class Translator {
  private line = 0
  private readonly refused = new Set<string>()
  readonly checks: RawRecord[] = []
  readonly maintenance: RawRecord[] = []

  constructor(private readonly mapping: IcingaMapping) {}

  private serviceOf(host: string, service: string | undefined): string | undefined {
    return this.mapping.services.find(
      (entry) => entry.host === host && (entry.service ?? '') === (service ?? ''),
    )?.leitstand
  }

  private push(list: RawRecord[], record: Record<string, unknown>) {
    list.push({ line: ++this.line, raw: JSON.stringify(record), record })
  }

  check(host: string, service: string | undefined, result: CheckResult) {
    const name = service ? `${host}!${service}` : host
    const leitstand = this.serviceOf(host, service)
    if (!leitstand) {
      // Once per object and connection: a busy Icinga would otherwise fill the quarantine.
      if (!this.refused.has(name)) {
        this.refused.add(name)
        this.checks.push({
          line: ++this.line,
          raw: name,
          record: { error: `Icinga object '${name}' is not mapped to a service (icinga.services)` },
        })
      }
      return
    }
    const status = STATES[result.state ?? 3]
    if (!status || result.execution_end === undefined) return
    const latency = latencyOf(result)
    this.push(this.checks, {
      service: leitstand,
      probe: result.check_source || 'icinga',
      at: new Date(Math.round(result.execution_end * 1000)).toISOString(),
      status,
      ...(latency === undefined ? {} : { latency_ms: latency }),
    })
  }

  downtime(downtime: Downtime, removed = false) {
    const leitstand =
      downtime.host_name && this.serviceOf(downtime.host_name, downtime.service_name || undefined)
    if (
      !leitstand ||
      !downtime.__name ||
      downtime.start_time === undefined ||
      downtime.end_time === undefined
    )
      return
    const from = Math.round(downtime.start_time * 1000)
    let to = Math.round(downtime.end_time * 1000)
    if (removed)
      to = Math.max(from + 1, Math.min(to, Math.round((downtime.remove_time || Date.now() / 1000) * 1000)))
    this.push(this.maintenance, {
      id: `icinga:${downtime.__name}`,
      service: leitstand,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      title: downtime.comment ?? '',
    })
  }

  take(kind: 'checks' | 'maintenance'): RawRecord[] {
    const list = kind === 'checks' ? this.checks : this.maintenance
    return list.splice(0, list.length)
  }
}

async function ingest(target: IngestTarget, kind: EventKind, source: string, records: RawRecord[]) {
  if (records.length === 0) return undefined
  return ingestEvents(target, {
    kind,
    source,
    format: 'records',
    records: (async function* () {
      yield records
    })(),
  })
}

/**
 * Follows one Icinga until `signal` aborts (resolves) or the connection
 * breaks (rejects with the reason, recorded for the freshness page). Each
 * flush is an ingest run per kind; `onRun` hears of every one.
 */
export async function followIcinga(
  target: IngestTarget,
  options: IcingaConnection & {
    mapping: IcingaMapping
    signal: AbortSignal
    flushMs?: number
    onRun?: (summary: IngestSummary) => void
  },
): Promise<void> {
  const { store } = target
  const translator = new Translator(options.mapping)
  const previous = await connectorState(store, ICINGA, options.url)
  let records = previous?.records ?? 0
  let readUntil = previous?.readUntil ?? null
  let lastSuccessAt = previous?.lastSuccessAt ?? null
  const source = `icinga ${options.url}`

  const write = async () => {
    for (const kind of ['checks', 'maintenance'] as const) {
      const summary = await ingest(target, kind, source, translator.take(kind))
      if (summary) {
        records += summary.read
        options.onRun?.(summary)
      }
    }
    readUntil = Date.now()
    lastSuccessAt = readUntil
    await saveConnectorState(store, {
      connector: ICINGA,
      source: options.url,
      readUntil,
      lastAttemptAt: readUntil,
      lastSuccessAt,
      lastError: '',
      records,
    })
  }
  // One flush at a time: the timer's and the last one queue behind each other.
  let flushing: Promise<void> = Promise.resolve()
  const flush = () => {
    flushing = flushing.then(write)
    return flushing
  }

  try {
    // Subscribed first, read second: a result that arrives in between is in the stream (the
    // store keeps a check once however often it comes), none falls between the two.
    const stream = await call(
      options,
      'POST',
      '/v1/events',
      { queue: `leitstand-${process.pid}`, types: ['CheckResult', 'DowntimeAdded', 'DowntimeRemoved'] },
      options.signal,
    )
    const services = await results<{
      attrs: { host_name: string; name: string; last_check_result: CheckResult | null }
    }>(options, '/v1/objects/services?attrs=host_name&attrs=name&attrs=last_check_result')
    for (const { attrs } of services) {
      const mapped = options.mapping.services.some(
        (e) => e.host === attrs.host_name && e.service === attrs.name,
      )
      if (mapped && attrs.last_check_result)
        translator.check(attrs.host_name, attrs.name, attrs.last_check_result)
    }
    for (const { attrs } of await results<{ attrs: Downtime }>(options, '/v1/objects/downtimes'))
      translator.downtime(attrs)
    await flush()

    const timer = setInterval(() => void flush().catch(() => undefined), options.flushMs ?? 1000)
    try {
      let rest = ''
      for await (const chunk of stream) {
        rest += chunk
        let end = rest.indexOf('\n')
        while (end !== -1) {
          const line = rest.slice(0, end).trim()
          rest = rest.slice(end + 1)
          end = rest.indexOf('\n')
          if (!line) continue
          const event = JSON.parse(line) as {
            type: string
            host?: string
            service?: string
            check_result?: CheckResult
            downtime?: Downtime
          }
          if (event.type === 'CheckResult' && event.host && event.check_result)
            translator.check(event.host, event.service, event.check_result)
          else if (event.type === 'DowntimeAdded' && event.downtime) translator.downtime(event.downtime)
          else if (event.type === 'DowntimeRemoved' && event.downtime)
            translator.downtime(event.downtime, true)
        }
      }
    } finally {
      clearInterval(timer)
    }
    if (!options.signal.aborted) throw new ConnectorError(`Icinga at ${options.url} closed the event stream`)
  } catch (error) {
    if (!options.signal.aborted) {
      await saveConnectorState(store, {
        connector: ICINGA,
        source: options.url,
        readUntil,
        lastAttemptAt: Date.now(),
        lastSuccessAt,
        lastError: (error as Error).message.split('\n')[0] ?? 'unknown error',
        records,
      }).catch(() => undefined)
      throw error
    }
  }
  await flush()
}
