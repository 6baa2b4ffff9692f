import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../../ingest/ingest'
import {
  ndjson,
  openTestStore,
  type TestStore,
  testCatalog,
  withCatalog,
} from '../../../test/support/fixtures'
import { sql } from '../../store/sql'
import { historyEvents } from './read'

let t: TestStore
const catalog = testCatalog()
const created = (id: string, ticket: string, customer = 'im') => ({
  id,
  ticket,
  at: '2026-03-02T09:00:00+01:00',
  type: 'created',
  customer,
  service: 'email',
  priority: 'P3',
})

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
})
afterAll(() => t.close())

const statusOf = async (ticket: string) =>
  (
    await t.store.query<{ settled: number }>(
      sql`SELECT settled FROM ticket_history FINAL WHERE ticket = ${ticket}`,
    )
  )[0]

describe('ticket history', () => {
  it('follows an event that a correction moves to another ticket', async () => {
    const resolved = {
      id: 'x',
      ticket: 'A',
      at: '2026-03-02T10:00:00+01:00',
      type: 'status',
      status: 'resolved',
    }
    await ingestFile(
      t.store,
      catalog,
      'tickets',
      await t.file('a.ndjson', ndjson([created('a', 'A'), created('b', 'B'), resolved])),
    )
    expect(await statusOf('A')).toEqual({ settled: 1 })
    expect(await statusOf('B')).toEqual({ settled: 0 })
    // The event was meant for ticket B: re-sent with the same id, it leaves A.
    await ingestFile(
      t.store,
      catalog,
      'tickets',
      await t.file('fix.ndjson', ndjson([{ ...resolved, ticket: 'B' }])),
    )
    expect(await statusOf('A')).toEqual({ settled: 0 })
    expect(await statusOf('B')).toEqual({ settled: 1 })
    const events = await historyEvents(t.store, sql`customer = 'im' AND ticket = 'A'`)
    expect(events.map((event) => event.id)).toEqual(['a'])
  })

  it('moves a ticket to the customer of an earlier `created` that arrives later, leaving no row behind', async () => {
    await ingestFile(
      t.store,
      catalog,
      'tickets',
      await t.file('c.ndjson', ndjson([created('c2', 'C', 'im')])),
    )
    const earlier = { ...created('c1', 'C', 'fm'), at: '2026-03-02T08:00:00+01:00' }
    await ingestFile(t.store, catalog, 'tickets', await t.file('c-early.ndjson', ndjson([earlier])))
    const rows = await t.store.query<{ customer: string }>(
      sql`SELECT customer FROM ticket_history FINAL WHERE ticket = 'C'`,
    )
    expect(rows).toEqual([{ customer: 'fm' }])
  })

  it('drops a ticket whose only `created` is corrected into another type', async () => {
    await ingestFile(t.store, catalog, 'tickets', await t.file('d.ndjson', ndjson([created('d1', 'D')])))
    await ingestFile(
      t.store,
      catalog,
      'tickets',
      await t.file(
        'd-fix.ndjson',
        ndjson([{ id: 'd1', ticket: 'D', at: '2026-03-02T09:00:00+01:00', type: 'responded' }]),
      ),
    )
    expect(await t.store.query(sql`SELECT ticket FROM ticket_history FINAL WHERE ticket = 'D'`)).toEqual([])
  })
})
