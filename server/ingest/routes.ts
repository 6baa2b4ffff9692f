/**
 * The HTTP ingest API: `POST /api/v1/events/{kind}` with NDJSON or CSV,
 * optionally gzip, read as a stream. One request is one ingest run through
 * `ingestEvents`, the function the CLI uses; its rows go through the push
 * buffer. 200 means stored. Refusals carry a one-line reason as
 * `{"error": "..."}`; the token never appears in an answer or a log.
 */
import { randomUUID } from 'node:crypto'
import { createGunzip } from 'node:zlib'
import { type Request, type Response, Router } from 'express'
import { ingestEvents } from '../../ingest/ingest'
import type { FileFormat } from '../../ingest/reader'
import { EVENT_KINDS, isEventKind } from '../../shared/events'
import { recentCatalog } from '../catalog/catalog'
import type { Store } from '../store'
import { StoreUnavailableError } from '../store'
import { openApiDocument } from './openapi'
import type { IngestPipeline } from './push'
import { verifyToken } from './tokens'

/** The default largest body, as sent (before gzip is undone). */
export const DEFAULT_MAX_BYTES = 100 * 2 ** 20
/** A gzip body may unpack to this many times the limit (a guard against zip bombs). */
const UNPACKED_FACTOR = 20

export function maxBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.LEITSTAND_INGEST_MAX_BYTES)
  return env.LEITSTAND_INGEST_MAX_BYTES && Number.isInteger(value) && value > 0 ? value : DEFAULT_MAX_BYTES
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const FORMATS: Record<string, FileFormat> = {
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'application/json': 'ndjson',
  'text/csv': 'csv',
}

function formatOf(req: Request): FileFormat {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  const format = FORMATS[type]
  if (!format)
    throw new Refusal(400, `Content-Type must be application/x-ndjson or text/csv, not '${type || '(none)'}'`)
  return format
}

function bearerToken(req: Request): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')
  if (!match?.[1]) throw new Refusal(401, 'an ingest token is needed: Authorization: Bearer TOKEN')
  return match[1]
}

function encodingOf(req: Request): 'gzip' | 'identity' {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase()
  if (encoding !== 'gzip' && encoding !== 'identity')
    throw new Refusal(400, `Content-Encoding must be gzip or none, not '${encoding}'`)
  return encoding
}

/** The request body, unzipped if need be, counted against the limit as it streams. */
async function* bodyOf(
  req: Request,
  encoding: 'gzip' | 'identity',
  maxBytes: number,
): AsyncGenerator<Buffer> {
  let sent = 0
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      sent += chunk.length
      if (sent > maxBytes) throw new Refusal(413, `the body is larger than ${maxBytes} bytes`)
      yield chunk
    }
  }
  if (encoding === 'identity') {
    yield* counted()
    return
  }
  const gunzip = createGunzip()
  const input = counted()
  // Feed the gunzip from the counted body; its errors (bad gzip, a cut-off body) end the read.
  void (async () => {
    try {
      for await (const chunk of input)
        if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r))
      gunzip.end()
    } catch (error) {
      gunzip.destroy(error as Error)
    }
  })()
  let unpacked = 0
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      unpacked += chunk.length
      if (unpacked > maxBytes * UNPACKED_FACTOR)
        throw new Refusal(413, `the body unpacks to more than ${maxBytes * UNPACKED_FACTOR} bytes`)
      yield chunk
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (typeof code === 'string' && code.startsWith('Z_'))
      throw new Refusal(400, `the body is not valid gzip: ${(error as Error).message}`)
    throw error
  }
}

function refuse(res: Response, status: number, reason: string) {
  if (res.headersSent) return
  // The rest of a refused body is not read: the connection closes after the answer.
  res.set('Connection', 'close')
  if (status === 401) res.set('WWW-Authenticate', 'Bearer')
  res.status(status).json({ error: reason })
}

export function ingestRoutes(store: Store, pipeline: IngestPipeline, maxBytes: number): Router {
  const routes = Router()

  routes.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApiDocument(maxBytes))
  })

  routes.post('/api/v1/events/:kind', async (req, res) => {
    try {
      const kind = req.params.kind ?? ''
      if (!isEventKind(kind))
        throw new Refusal(404, `unknown event kind '${kind}'; one of ${EVENT_KINDS.join(', ')}`)
      const token = await verifyToken(store, bearerToken(req))
      if (!token) throw new Refusal(401, 'the ingest token is not valid (unknown or revoked)')
      if (!token.kinds.includes(kind))
        throw new Refusal(403, `token '${token.name}' may not send ${kind} (only ${token.kinds.join(', ')})`)
      const format = formatOf(req)
      const encoding = encodingOf(req)
      const length = Number(req.headers['content-length'])
      if (Number.isFinite(length) && length > maxBytes)
        throw new Refusal(413, `the body is larger than ${maxBytes} bytes`)
      const current = await recentCatalog(store)
      if (!current) throw new Refusal(503, 'no catalog is loaded yet: load one with `leitstand catalog FILE`')
      const named = typeof req.query.source === 'string' ? req.query.source.slice(0, 200) : undefined
      const source = `api:${token.name}:${named ?? `${kind}:${randomUUID().slice(0, 8)}`}`
      const summary = await ingestEvents(
        pipeline.target(current.catalog),
        {
          kind,
          source,
          format,
          body: bodyOf(req, encoding, maxBytes),
        },
        { announce: false },
      )
      res.json({
        run: summary.run,
        source: summary.source,
        read: summary.read,
        stored: summary.stored,
        quarantined: summary.quarantined,
        problems: summary.problems,
      })
    } catch (error) {
      if (error instanceof Refusal) return refuse(res, error.status, error.message)
      if (error instanceof StoreUnavailableError)
        return refuse(res, 503, 'the store is not reachable; nothing of this request is acknowledged')
      // A client that went away mid-body: nobody to answer; the run is recorded as failed.
      if (req.destroyed || (error as NodeJS.ErrnoException).code === 'ECONNRESET') return
      const id = randomUUID().slice(0, 8)
      console.error(`[ingest] internal error ${id}:`, error)
      refuse(res, 500, `internal error (id ${id})`)
    }
  })
  return routes
}
