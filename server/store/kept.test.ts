/**
 * Small tables kept in memory on the embedded store (kept.ts): a write
 * through the store is seen by the next read; on a ClickHouse server every
 * read goes to the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestStore, type TestStore } from '../../test/support/fixtures'
import { maintenanceWindowsOf } from '../availability/queries'
import type { Store } from '.'
import { sql } from './sql'

let t: TestStore
const COLUMNS = ['id', 'service', 'from', 'to', 'title', 'version']
const window = (id: string, day: number, version = 1) => [
  id,
  'email',
  Date.UTC(2026, 2, day, 20),
  Date.UTC(2026, 2, day, 22),
  `Wartung ${id}`,
  version,
]
const march = [Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 1)] as const

/** Statements a store runs (the real chDB underneath). */
function counting(store: Store) {
  const counter = { statements: 0 }
  const wrapped: Store = {
    ...store,
    query: (statement, options) => {
      counter.statements++
      return store.query(statement, options)
    },
  }
  return { store: wrapped, counter }
}

beforeAll(async () => {
  t = await openTestStore()
})
afterAll(() => t.close())

describe('kept tables', () => {
  it('reads the maintenance windows once, and again after this process wrote them', async () => {
    const { store, counter } = counting(t.store)
    await store.insert('maintenance', COLUMNS, [window('W1', 10)])
    expect((await maintenanceWindowsOf(store, 'email', ...march)).map((w) => w.id)).toEqual(['W1'])
    expect((await maintenanceWindowsOf(store, 'email', ...march)).map((w) => w.id)).toEqual(['W1'])
    expect(counter.statements).toBe(1)
    // A new window and a correction of W1 (moved out of March): both seen at once.
    await store.insert('maintenance', COLUMNS, [window('W2', 12), [...window('W1', 40, 2)]])
    const after = await maintenanceWindowsOf(store, 'email', ...march)
    expect(after.map((w) => [w.id, w.title])).toEqual([['W2', 'Wartung W2']])
    expect(counter.statements).toBe(2)
  })

  it('reads every time on a store that other processes write (a ClickHouse server)', async () => {
    const { store, counter } = counting({ ...t.store, kind: 'clickhouse' })
    await maintenanceWindowsOf(store, 'email', ...march)
    // Another process writes: seen without this process having written anything.
    await t.store.command(
      sql`INSERT INTO maintenance VALUES ('W3', 'email', '2026-03-20 20:00:00', '2026-03-20 21:00:00', 'Wartung W3', 1)`,
    )
    expect((await maintenanceWindowsOf(store, 'email', ...march)).map((w) => w.id)).toEqual(['W2', 'W3'])
    expect(counter.statements).toBe(2)
  })
})
