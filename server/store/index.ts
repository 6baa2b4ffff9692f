/**
 * The only door to ClickHouse. One code path through @clickhouse/client serves
 * both adapters: embedded chDB in a local folder (default) or a ClickHouse
 * server when CLICKHOUSE_URL is set. Logging, timing, timeouts and error
 * mapping happen here once.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import {
  type ClickHouseClient,
  ClickHouseError,
  ClickHouseLogLevel,
  type ClickHouseSettings,
  createClient,
} from '@clickhouse/client'
import { storeDuration } from '../metrics'
import { assertClusterName, clusterDdl } from './cluster'
import { forgetStore, forgetTable } from './kept'
import type { Sql } from './sql'

export type StoreKind = 'chdb' | 'clickhouse'

export interface StoreConfig {
  /** Folder of the embedded chDB store; ignored when `url` is set. */
  dataDir?: string
  url?: string
  user?: string
  password?: string
  database?: string
  /**
   * Seconds a statement may run before ClickHouse cancels it (default 60):
   * sent with every statement as `max_execution_time`, which the ClickHouse
   * server and chDB both enforce; the statement then fails with StoreTimeoutError.
   */
  maxExecutionTime?: number
  /**
   * A replicated cluster (CLICKHOUSE_CLUSTER): schema statements run
   * ON CLUSTER with Replicated engines, inserts wait for a quorum of
   * replicas and reads see every quorum insert (server/store/cluster.ts).
   */
  cluster?: string
}

/** The store cannot be reached (server down, wrong URL, data folder locked). */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError'
}

/** A statement failed inside ClickHouse; the message stays on the server side. */
export class StoreQueryError extends Error {
  override name = 'StoreQueryError'
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message)
  }
}

/** A statement ran past `max_execution_time` and ClickHouse cancelled it. */
export class StoreTimeoutError extends Error {
  override name = 'StoreTimeoutError'
}

export interface Store {
  readonly kind: StoreKind
  /** Where the data lives: a folder or a URL (without credentials). */
  readonly location: string
  readonly database: string
  /** The replicated cluster the schema lives on, if any. */
  readonly cluster: string | undefined
  /** Creates the database if it does not exist (the embedded store does this on open). */
  ensureDatabase(): Promise<void>
  query<Row>(statement: Sql, options?: { maxExecutionTime?: number }): Promise<Row[]>
  command(statement: Sql | string): Promise<void>
  /** Inserts rows given as arrays in the order of `columns`. */
  insert(table: string, columns: readonly string[], rows: unknown[][]): Promise<void>
  ping(): Promise<{ ok: true } | { ok: false; reason: string }>
  close(): Promise<void>
}

export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env, dataDir?: string): StoreConfig {
  return {
    dataDir: dataDir ?? env.LEITSTAND_DATA ?? './data',
    url: env.CLICKHOUSE_URL || undefined,
    user: env.CLICKHOUSE_USER || undefined,
    password: env.CLICKHOUSE_PASSWORD || undefined,
    database: env.CLICKHOUSE_DATABASE || undefined,
    cluster: env.CLICKHOUSE_CLUSTER || undefined,
    maxExecutionTime: Number(env.LEITSTAND_QUERY_TIMEOUT) || undefined,
  }
}

const CONNECT_TIMEOUT_MS = 5000
const SLOW_QUERY_MS = 2000
/** From about this size (8 MB of JSON) an embedded insert goes through a file. */
const FILE_INSERT_CHARS = 8 * 2 ** 20
/** Where large embedded inserts are staged, inside the data folder. */
const STAGING_FOLDER = 'insert-staging'

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    return parsed.toString().replace(/\/$/, '')
  } catch {
    return url
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EPIPE',
])

function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as NodeJS.ErrnoException).code
  if (code && NETWORK_CODES.has(code)) return true
  return /timeout|socket hang up|ECONNREFUSED|ENOTFOUND/i.test(error.message)
}

// chDB binds one data folder per process: every store opened on the same
// folder shares its connections. A connection runs one statement at a time,
// so inserts have a connection of their own: a push is stored (and answered)
// while a long report query runs on the other.
interface EmbeddedClients {
  client: ClickHouseClient
  writer: ClickHouseClient
}
let embedded: ({ path: string; users: number } & EmbeddedClients) | undefined

/**
 * The process that holds a chDB data folder: ClickHouse writes its PID to
 * `status` and removes the file on a clean exit; a file left by a killed
 * process names a PID that no longer runs.
 */
async function folderHolder(path: string): Promise<number | undefined> {
  let status: string
  try {
    status = await readFile(join(path, 'status'), 'utf8')
  } catch {
    return undefined
  }
  const pid = Number(/^PID: (\d+)/m.exec(status)?.[1])
  if (!Number.isInteger(pid) || pid === process.pid) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined
  }
}

async function openEmbedded(dataDir: string): Promise<EmbeddedClients> {
  const path = resolve(dataDir)
  if (embedded && embedded.path === path) {
    embedded.users++
    return embedded
  }
  if (embedded) {
    throw new StoreUnavailableError(
      `chDB already uses the data folder ${embedded.path} in this process; cannot open ${path} as well`,
    )
  }
  const holder = await folderHolder(path)
  if (holder !== undefined) {
    throw new StoreUnavailableError(
      `the data folder ${path} is in use by process ${holder} (a running \`leitstand serve\`?): stop it, or point CLICKHOUSE_URL at a ClickHouse server that several processes can share`,
    )
  }
  const { createChdbConnection } = await import('chdb/connection')
  let connection: ReturnType<typeof createChdbConnection>
  let writerConnection: ReturnType<typeof createChdbConnection>
  try {
    connection = createChdbConnection({ path })
    writerConnection = createChdbConnection({ path })
  } catch (error) {
    throw new StoreUnavailableError(`cannot open the chDB data folder ${path}: ${(error as Error).message}`)
  }
  // Staged insert files a process killed mid-insert left behind (this process owns the folder now).
  await rm(join(path, STAGING_FOLDER), { recursive: true, force: true })
  // chdb/connection is typed against its own copy of @clickhouse/client-common.
  const client = createClient({ connection: connection as never })
  const writer = createClient({ connection: writerConnection as never })
  embedded = { path, client, writer, users: 1 }
  return embedded
}

export async function openStore(config: StoreConfig, options: { lazy?: boolean } = {}): Promise<Store> {
  const database = config.database ?? 'leitstand'
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database)) {
    throw new StoreUnavailableError(`invalid database name '${database}'`)
  }
  const maxExecutionTime = config.maxExecutionTime ?? 60
  const kind: StoreKind = config.url ? 'clickhouse' : 'chdb'
  if (config.cluster && !config.url)
    throw new StoreUnavailableError(
      'CLICKHOUSE_CLUSTER needs CLICKHOUSE_URL: the embedded store is one process',
    )
  const cluster = config.cluster ? assertClusterName(config.cluster) : undefined
  // On a cluster, an insert is acknowledged once a majority of replicas has it,
  // and a read waits until its replica has every such insert: a report that
  // follows an ingest sees the run whichever replica the balancer picks.
  const consistency: { read: ClickHouseSettings; write: ClickHouseSettings } = cluster
    ? {
        read: { select_sequential_consistency: '1' },
        write: { insert_quorum: 'auto', insert_quorum_parallel: 1 },
      }
    : { read: {}, write: {} }
  const location = config.url ? redactUrl(config.url) : resolve(config.dataDir ?? './data')

  let client: ClickHouseClient
  // Inserts name their table with its database: the writer connection has no USE of its own.
  let writer: ClickHouseClient
  let ensureDatabase = async () => {}
  if (config.url) {
    const common = {
      url: config.url,
      username: config.user,
      password: config.password,
      request_timeout: (maxExecutionTime + 5) * 1000,
      // Errors are mapped and reported here; the client's own warnings would repeat them.
      log: { level: ClickHouseLogLevel.OFF },
    }
    ensureDatabase = async () => {
      // The database may not exist yet: create it through a client without one.
      const bootstrap = createClient({ ...common, request_timeout: CONNECT_TIMEOUT_MS })
      try {
        const create = `CREATE DATABASE IF NOT EXISTS ${database}`
        await bootstrap.command({ query: cluster ? clusterDdl(create, cluster) : create })
      } catch (error) {
        throw new StoreUnavailableError(
          isUnreachable(error)
            ? `ClickHouse at ${location} is not reachable: ${(error as Error).message}`
            : `ClickHouse at ${location} is not usable: ${(error as Error).message}`,
        )
      } finally {
        await bootstrap.close()
      }
    }
    try {
      await ensureDatabase()
    } catch (error) {
      // A server may start while its database is down, answer 503 and recover later.
      if (!options.lazy) throw error
      process.stderr.write(`[store] ${(error as Error).message}\n`)
    }
    client = createClient({ ...common, database })
    writer = client
  } else {
    const clients = await openEmbedded(location)
    client = clients.client
    writer = clients.writer
    await client.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` })
    // chDB keeps one session per process; USE sets its current database.
    await client.command({ query: `USE ${database}` })
  }

  /**
   * chDB takes an INSERT's inline data as part of the statement text and
   * parses it on one thread, which leaves the other core to the caller (the
   * ingest parses the next batch meanwhile). Large payloads, such as the
   * ticket history's buckets, parse 2-4 times faster from a file, on every
   * core: those go through a file in the data folder (bench/ingest.ts).
   */
  const staging = join(location, STAGING_FOLDER)
  async function insertThroughFile(table: string, columns: readonly string[], rows: unknown[][]) {
    await mkdir(staging, { recursive: true })
    const file = join(staging, `${randomUUID()}.jsonl`)
    await writeFile(file, rows.map((row) => JSON.stringify(row)).join('\n'))
    try {
      await writer.command({
        query: `INSERT INTO ${database}.${table} (${columns.join(', ')}) SELECT * FROM file({file:String}, 'JSONCompactEachRow')`,
        query_params: { file },
        clickhouse_settings: { max_execution_time: maxExecutionTime },
      })
    } finally {
      await rm(file, { force: true })
    }
  }

  async function run<T>(what: string, statement: string, action: () => Promise<T>): Promise<T> {
    const started = performance.now()
    let outcome = 'error'
    try {
      const result = await action()
      outcome = 'ok'
      return result
    } catch (error) {
      // ClickHouse cancels a statement past max_execution_time (TIMEOUT_EXCEEDED, code 159); its
      // message says "Timeout exceeded", which must not read as an unreachable server.
      const { type, code } = (error ?? {}) as { type?: string; code?: string }
      if (type === 'TIMEOUT_EXCEEDED' || code === '159') {
        throw new StoreTimeoutError(`${what} cancelled after the time limit: ${(error as Error).message}`)
      }
      if (isUnreachable(error)) {
        throw new StoreUnavailableError(
          `ClickHouse at ${location} is not reachable: ${(error as Error).message}`,
        )
      }
      // chdb/connection raises the ClickHouseError of its own copy of client-common.
      if (error instanceof ClickHouseError || (error as Error)?.constructor?.name === 'ClickHouseError') {
        const { message, type, code } = error as ClickHouseError
        throw new StoreQueryError(`${what} failed: ${message}`, type ?? code)
      }
      throw error
    } finally {
      const elapsed = performance.now() - started
      storeDuration.observe({ operation: what, outcome }, elapsed / 1000)
      if (elapsed > SLOW_QUERY_MS || process.env.LEITSTAND_LOG_QUERIES) {
        process.stderr.write(
          `[store] ${what} ${elapsed.toFixed(0)} ms: ${statement.slice(0, 160).replace(/\s+/g, ' ')}\n`,
        )
      }
    }
  }

  const store: Store = {
    kind,
    location,
    database,
    cluster,
    ensureDatabase: () => ensureDatabase(),
    async query<Row>(statement: Sql, options?: { maxExecutionTime?: number }): Promise<Row[]> {
      return run('query', statement.query, async () => {
        const result = await client.query({
          query: statement.query,
          query_params: statement.params,
          format: 'JSONEachRow',
          clickhouse_settings: {
            max_execution_time: options?.maxExecutionTime ?? maxExecutionTime,
            output_format_json_quote_64bit_integers: 0,
            ...consistency.read,
          },
        })
        return result.json<Row>()
      })
    },
    async command(statement: Sql | string): Promise<void> {
      const { query, params } = typeof statement === 'string' ? { query: statement, params: {} } : statement
      await run('command', query, () =>
        client.command({
          query,
          query_params: params,
          clickhouse_settings: { max_execution_time: maxExecutionTime },
        }),
      )
    },
    async insert(table: string, columns: readonly string[], rows: unknown[][]): Promise<void> {
      if (rows.length === 0) return
      // Forgotten before and after: a read during the insert may or may not see the rows.
      forgetTable(store, table)
      try {
        await run('insert', `INSERT INTO ${table}`, async () => {
          // Large embedded payloads through a file; the size is judged by the first row.
          if (kind === 'chdb' && JSON.stringify(rows[0]).length * rows.length >= FILE_INSERT_CHARS)
            return insertThroughFile(table, columns, rows)
          await writer.insert({
            table: `${database}.${table}`,
            columns: columns as [string, ...string[]],
            values: rows,
            format: 'JSONCompactEachRow',
            clickhouse_settings: { ...consistency.write, max_execution_time: maxExecutionTime },
          })
        })
      } finally {
        forgetTable(store, table)
      }
    },
    async ping() {
      try {
        await run('ping', 'SELECT 1', () => client.query({ query: 'SELECT 1', format: 'JSONEachRow' }))
        return { ok: true as const }
      } catch (error) {
        return { ok: false as const, reason: (error as Error).message }
      }
    },
    async close() {
      forgetStore(store)
      if (kind === 'clickhouse') {
        await client.close()
      } else if (embedded && --embedded.users === 0) {
        await embedded.client.close()
        await embedded.writer.close()
        embedded = undefined
      }
    },
  }
  return store
}
