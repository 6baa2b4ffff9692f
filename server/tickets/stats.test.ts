/**
 * Volume by channel and category, backlog by age and reopen rate of a
 * period, as of its end, counted by hand from a few tickets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../../test/support/fixtures'
import { ticketStats } from './stats'

let t: TestStore
const catalog = testCatalog()
const HOUR = 3_600_000
const DAY = 24 * HOUR
// March 2026 in Berlin (UTC+1): [1 March 00:00, 1 April 00:00).
const from = Date.parse('2026-03-01T00:00:00+01:00')
const to = Date.parse('2026-04-01T00:00:00+02:00')

const created = (ticket: string, at: number, extra: { channel?: string; category?: string } = {}) => ({
  id: `${ticket}-c`,
  ticket,
  at: new Date(at).toISOString(),
  type: 'created',
  customer: 'im',
  service: 'email',
  priority: 'P3',
  ...extra,
})
const status = (ticket: string, n: number, at: number, value: string) => ({
  id: `${ticket}-s${n}`,
  ticket,
  at: new Date(at).toISOString(),
  type: 'status',
  status: value,
})

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
  const records = [
    // Created in March: phone ×2, email ×1, without channel ×1; categories Störung ×2, Anfrage ×1, none ×1.
    created('A', from + 2 * DAY, { channel: 'phone', category: 'Störung' }),
    created('B', from + 3 * DAY, { channel: 'phone', category: 'Störung' }),
    created('C', from + 10 * DAY, { channel: 'email', category: 'Anfrage' }),
    created('D', to - 12 * HOUR),
    // Created in February: counts in no volume, but in the backlog and the resolutions.
    created('E', from - 20 * DAY, { channel: 'portal' }),
    created('F', from - 40 * DAY, { channel: 'portal' }),
    // A resolved, reopened, resolved again in March: resolved once (as of the end), one reopen event.
    status('A', 1, from + 4 * DAY, 'resolved'),
    status('A', 2, from + 5 * DAY, 'in_progress'),
    status('A', 3, from + 6 * DAY, 'resolved'),
    // E resolved in March.
    status('E', 1, from + 1 * DAY, 'resolved'),
    // B resolved after the period: still open at its end.
  ]
  await ingestFile(t.store, catalog, 'tickets', await t.file('t.ndjson', ndjson(records)))
  await ingestFile(
    t.store,
    catalog,
    'tickets',
    await t.file('later.ndjson', ndjson([status('B', 1, to + DAY, 'resolved')])),
  )
})
afterAll(() => t.close())

describe('ticket statistics', () => {
  it('counts volume, backlog by age and the reopen rate as of the period end', async () => {
    const stats = await ticketStats(t.store, ['im'], from, to)
    expect(stats).toMatchObject({ created: 4, resolved: 2, reopened: 1 })
    // One reopen event per two resolved tickets.
    expect(stats.reopenRate).toBeCloseTo(50, 6)
    expect(stats.byChannel).toEqual(
      [
        { channel: 'phone', tickets: 2 },
        { channel: 'email', tickets: 1 },
        { channel: 'unknown', tickets: 1 },
      ].sort((a, b) => b.tickets - a.tickets || a.channel.localeCompare(b.channel)),
    )
    expect([...stats.byCategory].sort((a, b) => a.category.localeCompare(b.category))).toEqual([
      { category: 'Anfrage', tickets: 1 },
      { category: 'Störung', tickets: 2 },
      { category: 'unknown', tickets: 1 },
    ])
    // Open at the end: B (28 days old), C (21 days), D (12 hours), F (71 days).
    expect(stats.backlog).toEqual([
      { age: 'under1', tickets: 1 },
      { age: 'from1to3', tickets: 0 },
      { age: 'from3to7', tickets: 0 },
      { age: 'from7to30', tickets: 2 },
      { age: 'over30', tickets: 1 },
    ])
  })
})
