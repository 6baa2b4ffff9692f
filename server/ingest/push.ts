/**
 * Many small pushes, few parts. Monitoring sends a few checks every few
 * seconds per service; one insert per request would make a part per request.
 * The push buffer collects the rows of all requests per table and writes
 * them in one insert at most every `waitMs` (or at once past `maxRows`);
 * each request's promise resolves when the insert holding its rows is
 * stored, so a request is acknowledged only once it is. Derivation follows
 * the same way: the runs stored meanwhile are completed together, one cycle
 * after the other, in completeIngestRuns.
 */
import { completeIngestRuns, type IngestedRun } from '../../ingest/complete'
import type { IngestTarget } from '../../ingest/ingest'
import type { Catalog } from '../../shared/catalog'
import { recentCatalog } from '../catalog/catalog'
import type { Store } from '../store'

export interface PushOptions {
  /** Longest a row waits for its insert (ms); also the shortest time between two inserts into a table. */
  waitMs: number
  /** An insert starts at once when this many rows wait for a table. */
  maxRows: number
  /** Shortest time between two derivation cycles (ms). */
  deriveEveryMs: number
}

export function pushOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): PushOptions {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name])
    return env[name] && Number.isFinite(value) && value >= 0 ? value : fallback
  }
  return {
    waitMs: number('LEITSTAND_PUSH_WAIT_MS', 50),
    maxRows: number('LEITSTAND_PUSH_MAX_ROWS', 50_000),
    deriveEveryMs: number('LEITSTAND_DERIVE_EVERY_MS', 1000),
  }
}

interface Waiter {
  resolve(): void
  reject(error: unknown): void
}

/** The rows waiting for one table (and column list), and the insert in flight. */
class TableBuffer {
  private rows: unknown[][] = []
  private waiters: Waiter[] = []
  private timer: NodeJS.Timeout | undefined
  private writing: Promise<void> = Promise.resolve()
  private lastStart = 0

  constructor(
    private readonly store: Store,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly options: PushOptions,
  ) {}

  add(rows: unknown[][]): Promise<void> {
    const stored = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }))
    for (const row of rows) this.rows.push(row)
    if (this.rows.length >= this.options.maxRows) this.flush()
    else if (!this.timer) {
      const due = Math.max(0, this.lastStart + this.options.waitMs - Date.now())
      this.timer = setTimeout(() => this.flush(), due)
    }
    return stored
  }

  get waiting(): number {
    return this.rows.length
  }

  flush(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    const rows = this.rows
    const waiters = this.waiters
    this.rows = []
    this.waiters = []
    if (waiters.length === 0) return this.writing
    // One insert per table at a time, in order.
    this.writing = this.writing.then(async () => {
      this.lastStart = Date.now()
      try {
        await this.store.insert(this.table, this.columns, rows)
        for (const waiter of waiters) waiter.resolve()
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error)
      }
    })
    return this.writing
  }
}

export class PushBuffer {
  private readonly tables = new Map<string, TableBuffer>()

  constructor(
    private readonly store: Store,
    private readonly options: PushOptions,
  ) {}

  /** Resolves once the rows are stored (with those of other requests). */
  insert(table: string, columns: readonly string[], rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return Promise.resolve()
    const key = `${table}(${columns.join(',')})`
    let buffer = this.tables.get(key)
    if (!buffer) {
      buffer = new TableBuffer(this.store, table, columns, this.options)
      this.tables.set(key, buffer)
    }
    return buffer.add(rows)
  }

  /** Writes whatever waits. */
  async flush(): Promise<void> {
    await Promise.all([...this.tables.values()].map((buffer) => buffer.flush()))
  }
}

/**
 * Completes stored runs a batch at a time: while one cycle derives, the runs
 * stored meanwhile gather for the next. A cycle that fails is retried with
 * its runs a moment later (the rebuilds are idempotent).
 */
export class RunCompleter {
  private pending: IngestedRun[] = []
  private cycle: Promise<void> | undefined
  private idle: Array<() => void> = []

  private lastStart = 0

  constructor(
    private readonly store: Store,
    private readonly everyMs = 1000,
    private readonly log: (line: string) => void = (line) => console.error(line),
  ) {}

  add(run: IngestedRun): void {
    this.pending.push(run)
    this.cycle ??= this.run()
  }

  /** Resolves once every run added so far is completed. */
  settled(): Promise<void> {
    if (!this.cycle) return Promise.resolve()
    return new Promise((resolve) => this.idle.push(resolve))
  }

  private async run(): Promise<void> {
    while (this.pending.length > 0) {
      // A cycle at most every `everyMs`: the runs of that time are derived together, and the
      // store (one statement at a time when embedded) stays free for the pushes in between.
      const wait = this.lastStart + this.everyMs - Date.now()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      this.lastStart = Date.now()
      const runs = this.pending
      this.pending = []
      try {
        const current = await recentCatalog(this.store)
        if (!current) throw new Error('no catalog loaded')
        await completeIngestRuns(this.store, current.catalog, runs)
      } catch (error) {
        this.log(`[ingest] deriving runs ${runs.map((run) => run.run).join(', ')} failed, retrying: ${error}`)
        this.pending.unshift(...runs)
        await new Promise((resolve) => setTimeout(resolve, 2000))
      }
    }
    this.cycle = undefined
    for (const resolve of this.idle.splice(0)) resolve()
  }
}

/** The server's ingest: rows through the push buffer, runs completed by the completer. */
export interface IngestPipeline {
  buffer: PushBuffer
  completer: RunCompleter
  target(catalog: Catalog): IngestTarget
}

export function ingestPipeline(store: Store, options: PushOptions = pushOptionsFromEnv()): IngestPipeline {
  const buffer = new PushBuffer(store, options)
  const completer = new RunCompleter(store, options.deriveEveryMs)
  return {
    buffer,
    completer,
    target: (catalog) => ({
      store,
      catalog,
      insert: (table, columns, rows) => buffer.insert(table, columns, rows),
      stored: async (run) => completer.add(run),
    }),
  }
}
