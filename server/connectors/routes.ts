/**
 * The webhooks of connected systems, in front of the same ingest path as
 * every file and push: `POST /api/v1/connect/zammad` takes Zammad's webhook
 * deliveries (ingest/connectors/zammad.ts). The mapping file
 * (LEITSTAND_CONNECTORS) and the shared secret (LEITSTAND_ZAMMAD_SECRET)
 * configure it; without both the route answers 404.
 */
import { randomUUID } from 'node:crypto'
import express, { type Request, type Response, Router } from 'express'
import { MappingInvalidError, readMappingFile } from '../../ingest/connectors/mapping'
import { verifyZammadSignature, type ZammadPayload, zammadRecords } from '../../ingest/connectors/zammad'
import { ingestEvents } from '../../ingest/ingest'
import { recentCatalog } from '../catalog/catalog'
import type { IngestPipeline } from '../ingest/push'
import { type Store, StoreUnavailableError } from '../store'

export interface ConnectorSettings {
  /** The mapping file (YAML) of the connectors. */
  mappingFile?: string
  /** The secret Zammad signs its deliveries with (the trigger's HMAC token). */
  zammadSecret?: string
}

export function connectorSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ConnectorSettings {
  return {
    mappingFile: env.LEITSTAND_CONNECTORS || undefined,
    zammadSecret: env.LEITSTAND_ZAMMAD_SECRET || undefined,
  }
}

const answer = (res: Response, status: number, body: object) => res.status(status).json(body)

export function connectorRoutes(store: Store, pipeline: IngestPipeline, settings: ConnectorSettings): Router {
  const routes = Router()
  const { mappingFile, zammadSecret } = settings

  routes.post(
    '/api/v1/connect/zammad',
    // The signature is over the exact bytes: the body is read raw (a delivery is small).
    express.raw({ type: () => true, limit: '2mb' }),
    async (req: Request, res: Response) => {
      if (!mappingFile || !zammadSecret)
        return answer(res, 404, {
          error: 'the Zammad connector is not configured (LEITSTAND_CONNECTORS, LEITSTAND_ZAMMAD_SECRET)',
        })
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
      if (!verifyZammadSignature(body, req.get('x-hub-signature'), zammadSecret))
        return answer(res, 401, { error: 'the X-Hub-Signature does not match the configured secret' })
      let payload: ZammadPayload
      try {
        payload = JSON.parse(body.toString('utf8')) as ZammadPayload
      } catch {
        return answer(res, 400, { error: 'the body is not JSON' })
      }
      const delivery = (req.get('x-zammad-delivery') ?? randomUUID()).slice(0, 100)
      try {
        const current = await recentCatalog(store)
        if (!current) return answer(res, 503, { error: 'no catalog is loaded yet' })
        const mapping = await readMappingFile(mappingFile, current.catalog)
        if (!mapping.zammad) return answer(res, 404, { error: `${mappingFile} has no zammad section` })
        const records = await zammadRecords(store, payload, mapping.zammad, delivery)
        const summary = await ingestEvents(
          pipeline.target(current.catalog),
          {
            kind: 'tickets',
            source: `zammad:${delivery}`,
            format: 'records',
            records: (async function* () {
              yield records
            })(),
          },
          { announce: false },
        )
        return answer(res, 200, {
          delivery,
          read: summary.read,
          stored: summary.stored,
          quarantined: summary.quarantined,
          problems: summary.problems,
        })
      } catch (error) {
        if (error instanceof MappingInvalidError)
          return answer(res, 500, { error: error.message.split('\n')[0] })
        if (error instanceof StoreUnavailableError)
          return answer(res, 503, { error: 'the store is not reachable' })
        const id = randomUUID().slice(0, 8)
        console.error(`[connect] internal error ${id}:`, error)
        return answer(res, 500, { error: `internal error (id ${id})` })
      }
    },
  )
  return routes
}
