/**
 * Applies the numbered .sql files of ./migrations once each, in order, and
 * records what ran in schema_migrations. Statements are idempotent, so a run
 * interrupted halfway is simply repeated. On a cluster (CLICKHOUSE_CLUSTER)
 * each statement runs ON CLUSTER with replicated engines (./cluster.ts), and
 * the log itself is a replicated table.
 */
import { readdir, readFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { fileURLToPath } from 'node:url'
import { clusterDdl } from './cluster'
import { type Store, StoreQueryError, StoreUnavailableError } from './index'
import { sql } from './sql'

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url))

export interface Migration {
  version: number
  name: string
  statements: string[]
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => /^\d+_.+\.sql$/.test(file)).sort()
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(`${dir}${file}`, 'utf8')
      const statements = text
        .split(/;\s*\n/)
        .map((statement) =>
          statement
            .split('\n')
            .filter((line) => !line.trim().startsWith('--'))
            .join('\n')
            .trim(),
        )
        .filter(Boolean)
      return { version: Number.parseInt(file, 10), name: file, statements }
    }),
  )
}

/** Who holds the migration lock: one table, created without IF NOT EXISTS. */
const LOCK_TABLE = 'schema_migrations_lock'
/** A lock older than this was left by a process that died while migrating. */
const STALE_LOCK_MS = 10 * 60_000
const LOCK_POLL_MS = 500

const isAlreadyThere = (error: unknown) =>
  error instanceof StoreQueryError &&
  (error.code === 'TABLE_ALREADY_EXISTS' || error.code === '57' || /already exists/i.test(error.message))

/**
 * Takes the migration lock: creating a table fails for everybody but the
 * first (on a cluster through Keeper's distributed DDL queue), so two
 * instances starting at once apply each migration once.
 */
async function takeLock(store: Store, ddl: (statement: string) => string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      await store.command(
        ddl(
          `CREATE TABLE ${LOCK_TABLE} (holder String, since DateTime64(3, 'UTC')) ENGINE = MergeTree ORDER BY since`,
        ),
      )
      await store.command(
        sql`INSERT INTO schema_migrations_lock VALUES (${`${hostname()}:${process.pid}`}, now64(3))`,
      )
      return
    } catch (error) {
      if (!isAlreadyThere(error)) throw error
    }
    // The holder writes its start into the lock; a lock without it yet is being taken right now.
    const since = await store
      .query<{ since: number | null }>(
        sql`SELECT toUnixTimestamp64Milli(max(since)) AS since FROM schema_migrations_lock`,
      )
      .then(([row]) => row?.since ?? null)
      .catch(() => null)
    if (since !== null && since > 0 && Date.now() - since > STALE_LOCK_MS) await releaseLock(store, ddl)
    else if (Date.now() > deadline)
      throw new StoreUnavailableError(
        `another instance has been migrating the store for more than ${waitMs / 1000} s`,
      )
    else await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS))
  }
}

const releaseLock = (store: Store, ddl: (statement: string) => string) =>
  store.command(ddl(`DROP TABLE IF EXISTS ${LOCK_TABLE} SYNC`))

/** Returns the names of the migrations it applied. */
export async function migrate(store: Store, options: { lockWaitMs?: number } = {}): Promise<string[]> {
  const { cluster } = store
  const ddl = (statement: string) => (cluster ? clusterDdl(statement, cluster) : statement)
  await store.ensureDatabase()
  await store.command(
    ddl(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version UInt32, name String, applied_at DateTime64(3, 'UTC')
  ) ENGINE = MergeTree ORDER BY version`),
  )
  const applied: string[] = []
  const migrations = await readMigrations()
  const pending = async () => {
    const done = new Set(
      (await store.query<{ version: number }>(sql`SELECT version FROM schema_migrations`)).map(
        (row) => row.version,
      ),
    )
    return migrations.filter((migration) => !done.has(migration.version))
  }
  if ((await pending()).length === 0) return applied
  await takeLock(store, ddl, options.lockWaitMs ?? 5 * 60_000)
  try {
    // Read again under the lock: another instance may have applied them meanwhile.
    for (const migration of await pending()) {
      for (const statement of migration.statements) await store.command(ddl(statement))
      await store.command(
        sql`INSERT INTO schema_migrations VALUES (${{ type: 'UInt32', value: migration.version }}, ${migration.name}, now64(3))`,
      )
      applied.push(migration.name)
    }
  } finally {
    await releaseLock(store, ddl)
  }
  return applied
}
