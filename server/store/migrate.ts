/**
 * Applies the numbered .sql files of ./migrations once each, in order, and
 * records what ran in schema_migrations. Statements are idempotent, so a run
 * interrupted halfway is simply repeated.
 */
import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Store } from './index'
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

/** Returns the names of the migrations it applied. */
export async function migrate(store: Store): Promise<string[]> {
  await store.ensureDatabase()
  await store.command(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version UInt32, name String, applied_at DateTime64(3, 'UTC')
  ) ENGINE = MergeTree ORDER BY version`)
  const done = new Set(
    (await store.query<{ version: number }>(sql`SELECT version FROM schema_migrations`)).map(
      (row) => row.version,
    ),
  )
  const applied: string[] = []
  for (const migration of await readMigrations()) {
    if (done.has(migration.version)) continue
    for (const statement of migration.statements) await store.command(statement)
    await store.command(
      sql`INSERT INTO schema_migrations VALUES (${{ type: 'UInt32', value: migration.version }}, ${migration.name}, now64(3))`,
    )
    applied.push(migration.name)
  }
  return applied
}
