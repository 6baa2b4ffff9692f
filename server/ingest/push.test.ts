/**
 * The push buffer on a real chDB store: a push is acknowledged only once its
 * rows are stored, the pushes that wait together share one insert, and an
 * insert that fails fails every push that waited on it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestStore, type TestStore } from '../../test/support/fixtures'
import type { Store } from '../store'
import { sql } from '../store/sql'
import { PushBuffer } from './push'

const COLUMNS = ['service', 'probe', 'at', 'id', 'status', 'latency_ms', 'version'] as const
const OPTIONS = { waitMs: 50, maxRows: 50_000, deriveEveryMs: 1000 }

let t: TestStore
let inserts: string[]
let counting: Store

beforeAll(async () => {
  t = await openTestStore()
  inserts = []
  counting = {
    ...t.store,
    insert: (table, columns, rows) => {
      inserts.push(table)
      return t.store.insert(table, columns, rows)
    },
  }
}, 30_000)

afterAll(() => t.close())

describe('the push buffer', () => {
  it('acknowledges each push once its rows are stored, the pushes of a moment in one insert', async () => {
    const buffer = new PushBuffer(counting, OPTIONS)
    const at = Date.UTC(2026, 3, 1, 12)
    const stored = await Promise.all(
      Array.from({ length: 40 }, async (_, n) => {
        const rows = [0, 1].map((i) => ['email', `push-${n}`, at + i * 60_000, '', 'up', 20 + n, n * 2 + i])
        await buffer.insert('checks', COLUMNS, rows)
        // Acknowledged: the store has both rows already.
        const [row] = await t.store.query<{ n: number }>(
          sql`SELECT count() AS n FROM checks WHERE probe = ${`push-${n}`}`,
        )
        return row?.n
      }),
    )
    expect(stored).toEqual(Array.from({ length: 40 }, () => 2))
    // Forty pushes within a moment: one insert (two if the first started alone).
    expect(inserts.filter((table) => table === 'checks').length).toBeLessThanOrEqual(2)
  })

  it('fails every push of an insert that fails: none is acknowledged', async () => {
    const buffer = new PushBuffer(counting, OPTIONS)
    const outcomes = await Promise.allSettled(
      [1, 2, 3].map((n) => buffer.insert('no_such_table', ['a'], [[n]])),
    )
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected'])
  })
})
