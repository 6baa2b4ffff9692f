import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ClusterDdlError, clusterDdl } from './cluster'
import { openStore, type Store, StoreUnavailableError } from './index'
import { migrate, readMigrations } from './migrate'
import { sql } from './sql'

let dir: string
let store: Store

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitstand-cluster-'))
  store = await openStore({ dataDir: join(dir, 'data') })
})

afterAll(async () => {
  await store?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('clusterDdl', () => {
  it('creates tables on the cluster with the replicated form of their engine', () => {
    expect(
      clusterDdl(
        'CREATE TABLE IF NOT EXISTS checks (service String, version UInt64) ENGINE = ReplacingMergeTree(version) ORDER BY service',
        'leitstand',
      ),
    ).toBe(
      "CREATE TABLE IF NOT EXISTS checks ON CLUSTER `leitstand` (service String, version UInt64) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/checks', '{replica}', version) ORDER BY service",
    )
    expect(clusterDdl('CREATE TABLE t (a UInt8) ENGINE = MergeTree ORDER BY a', 'c1')).toBe(
      "CREATE TABLE t ON CLUSTER `c1` (a UInt8) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/t', '{replica}') ORDER BY a",
    )
    expect(
      clusterDdl('CREATE TABLE h (a UInt8, d UInt8) ENGINE = ReplacingMergeTree(a, d) ORDER BY a TTL x', 'c'),
    ).toContain(
      "ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/h', '{replica}', a, d)",
    )
  })

  it('runs ALTER, DROP and CREATE DATABASE on the cluster', () => {
    expect(clusterDdl('ALTER TABLE quarantine ADD COLUMN IF NOT EXISTS x String', 'c')).toBe(
      'ALTER TABLE quarantine ON CLUSTER `c` ADD COLUMN IF NOT EXISTS x String',
    )
    expect(clusterDdl('DROP TABLE IF EXISTS lock SYNC', 'c')).toBe(
      'DROP TABLE IF EXISTS lock ON CLUSTER `c` SYNC',
    )
    expect(clusterDdl('CREATE DATABASE IF NOT EXISTS leitstand', 'c')).toBe(
      'CREATE DATABASE IF NOT EXISTS leitstand ON CLUSTER `c`',
    )
  })

  it('refuses what it cannot replicate, rather than leave it on one replica', () => {
    expect(() => clusterDdl('CREATE TABLE m (a UInt8) ENGINE = Memory', 'c')).toThrow(ClusterDdlError)
    expect(() => clusterDdl('INSERT INTO t VALUES (1)', 'c')).toThrow(/cannot run on a cluster/)
    expect(() => clusterDdl('ALTER TABLE t ON CLUSTER x DELETE WHERE 1', 'c')).toThrow(/names a cluster/)
    expect(() => clusterDdl('CREATE TABLE t (a UInt8) ENGINE = MergeTree ORDER BY a', 'bad name')).toThrow(
      /invalid cluster name/,
    )
  })

  it("passes every migration through ClickHouse's own parser in cluster mode", async () => {
    const statements = (await readMigrations()).flatMap((migration) => migration.statements)
    expect(statements.length).toBeGreaterThan(5)
    for (const statement of statements) {
      const rewritten = clusterDdl(statement, 'leitstand')
      const [row] = await store.query<{ formatted: string }>(
        sql`SELECT formatQuery(${rewritten}) AS formatted`,
      )
      expect(row?.formatted, statement).toContain('ON CLUSTER leitstand')
      if (/^CREATE TABLE/i.test(statement))
        expect(row?.formatted, statement).toMatch(
          /ENGINE = Replicated\w*MergeTree\('\/clickhouse\/tables\/\{shard\}/,
        )
    }
  })
})

describe('migrate', () => {
  it('numbers every migration once', async () => {
    const versions = (await readMigrations()).map((migration) => migration.version)
    expect(new Set(versions).size).toBe(versions.length)
  })

  it('applies each migration once when two instances start at once', async () => {
    const [first, second] = await Promise.all([migrate(store), migrate(store)])
    const all = (await readMigrations()).map((migration) => migration.name)
    expect([...(first ?? []), ...(second ?? [])].sort()).toEqual(all)
    const rows = await store.query<{ version: number; times: number }>(
      sql`SELECT version, count() AS times FROM schema_migrations GROUP BY version ORDER BY version`,
    )
    expect(rows.every((row) => row.times === 1)).toBe(true)
    expect(rows).toHaveLength(all.length)
    const [lock] = await store.query<{ n: number }>(
      sql`SELECT count() AS n FROM system.tables WHERE database = currentDatabase() AND name = 'schema_migrations_lock'`,
    )
    expect(lock?.n).toBe(0)
  })

  it('waits for a lock that another instance holds, and says so when it takes too long', async () => {
    await store.command(sql`DELETE FROM schema_migrations WHERE version = 1`)
    await store.command(
      "CREATE TABLE schema_migrations_lock (holder String, since DateTime64(3, 'UTC')) ENGINE = MergeTree ORDER BY since",
    )
    await expect(migrate(store, { lockWaitMs: 1200 })).rejects.toThrow(StoreUnavailableError)
    await store.command('DROP TABLE schema_migrations_lock SYNC')
    expect(await migrate(store)).toEqual(['001_events.sql'])
  })
})
