import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore, type Store } from './index'
import { migrate } from './migrate'
import { sql } from './sql'

let dir: string
let store: Store

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitstand-store-'))
  // A staged insert file that a process killed mid-insert left behind.
  await mkdir(join(dir, 'data', 'insert-staging'), { recursive: true })
  await writeFile(join(dir, 'data', 'insert-staging', 'left-over.jsonl'), '["half a row"')
  store = await openStore({ dataDir: join(dir, 'data') })
  await migrate(store)
})

afterAll(async () => {
  await store?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('embedded inserts', () => {
  it('clears staged files left by an earlier process when the store opens', async () => {
    expect(existsSync(join(dir, 'data', 'insert-staging', 'left-over.jsonl'))).toBe(false)
  })

  it('stores every row of a large insert (through a staged file) and removes the file', async () => {
    // 25,000 rows of about 450 characters: over the 8 MB from which chDB reads a file.
    const raw = 'x'.repeat(400)
    const rows = Array.from({ length: 25_000 }, (_, line) => [
      7,
      'tickets',
      'big.ndjson',
      line,
      raw,
      'bad',
      0,
    ])
    await store.insert(
      'quarantine',
      ['run', 'kind', 'source', 'line', 'raw', 'reason', 'quarantined_at'],
      rows,
    )
    const [counted] = await store.query<{ rows: number; lines: number; chars: number }>(
      sql`SELECT count() AS rows, uniqExact(line) AS lines, sum(length(raw)) AS chars FROM quarantine WHERE run = 7`,
    )
    expect(counted).toEqual({ rows: 25_000, lines: 25_000, chars: 25_000 * 400 })
    expect(await readdir(join(dir, 'data', 'insert-staging'))).toEqual([])
  })

  it('stores a small insert inline', async () => {
    await store.insert(
      'quarantine',
      ['run', 'kind', 'source', 'line', 'raw', 'reason', 'quarantined_at'],
      [[8, 'checks', 'small.ndjson', 1, '{}', 'missing field', 0]],
    )
    const [counted] = await store.query<{ rows: number }>(
      sql`SELECT count() AS rows FROM quarantine WHERE run = 8`,
    )
    expect(counted?.rows).toBe(1)
  })
})
