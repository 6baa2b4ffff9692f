/**
 * The connectors that `leitstand serve` runs by itself: Prometheus read every
 * step (LEITSTAND_PROMETHEUS_URL), Icinga 2 followed and reconnected after a
 * break (LEITSTAND_ICINGA_URL, _USER, _PASSWORD, _CA), both mapped by
 * LEITSTAND_CONNECTORS. Every read goes through the server's push pipeline;
 * a failure is recorded for the freshness page and retried.
 */
import { readFile } from 'node:fs/promises'
import { followIcinga } from '../../ingest/connectors/icinga'
import { readMappingFile } from '../../ingest/connectors/mapping'
import { readPrometheus } from '../../ingest/connectors/prometheus'
import { recentCatalog } from '../catalog/catalog'
import type { IngestPipeline } from '../ingest/push'
import type { Store } from '../store'

const RETRY_MS = 10_000
const FIRST_READ_MS = 60 * 60_000

export function startConnectors(
  store: Store,
  pipeline: IngestPipeline,
  env: NodeJS.ProcessEnv = process.env,
): () => void {
  const mappingFile = env.LEITSTAND_CONNECTORS
  const stops: Array<() => void> = []
  if (!mappingFile) return () => undefined
  const mapped = async () => {
    const current = await recentCatalog(store)
    if (!current) throw new Error('no catalog loaded yet')
    return { catalog: current.catalog, mapping: await readMappingFile(mappingFile, current.catalog) }
  }
  const log = (what: string, error: unknown) =>
    console.error(`[connect] ${what}: ${(error as Error).message.split('\n')[0]}`)

  const prometheusUrl = env.LEITSTAND_PROMETHEUS_URL
  if (prometheusUrl) {
    let timer: NodeJS.Timeout | undefined
    const tick = async () => {
      let every = RETRY_MS
      try {
        const { catalog, mapping } = await mapped()
        if (mapping.prometheus) {
          every = Math.max(15_000, mapping.prometheus.step)
          await readPrometheus(pipeline.target(catalog), {
            url: prometheusUrl,
            mapping: mapping.prometheus,
            since: Date.now() - FIRST_READ_MS,
          })
        }
      } catch (error) {
        log('prometheus', error)
      }
      timer = setTimeout(() => void tick(), every)
      timer.unref()
    }
    void tick()
    stops.push(() => clearTimeout(timer))
  }

  const icingaUrl = env.LEITSTAND_ICINGA_URL
  if (icingaUrl) {
    const controller = new AbortController()
    const follow = async () => {
      while (!controller.signal.aborted) {
        try {
          const { catalog, mapping } = await mapped()
          if (!mapping.icinga) return
          await followIcinga(pipeline.target(catalog), {
            url: icingaUrl,
            user: env.LEITSTAND_ICINGA_USER ?? '',
            password: env.LEITSTAND_ICINGA_PASSWORD ?? '',
            ca: env.LEITSTAND_ICINGA_CA ? await readFile(env.LEITSTAND_ICINGA_CA, 'utf8') : undefined,
            mapping: mapping.icinga,
            signal: controller.signal,
          })
        } catch (error) {
          log('icinga', error)
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref())
      }
    }
    void follow()
    stops.push(() => controller.abort())
  }
  return () => {
    for (const stop of stops) stop()
  }
}
