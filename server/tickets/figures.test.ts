/**
 * The store's ticket figures (checkpoints + open tickets at T) against the
 * obvious computation (every ticket replayed as of T) on seeded random
 * ticket lifecycles, over many periods.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { catalogSlaResolver, evaluateTickets, type TicketEvent } from '../../shared/ticket-clock'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../../test/support/fixtures'
import { day, HOUR, randomTicketEvents, toCsv } from '../../test/support/random-tickets'
import { ticketFigures as oracleFigures } from '../../test/support/ticket-figures-oracle'
import { ticketFigures } from './figures'

let t: TestStore
const catalog = testCatalog()
const events: TicketEvent[] = randomTicketEvents(400)

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
  const records = events.map(({ at, ...event }) => ({ ...event, at: new Date(at).toISOString() }))
  // Split over two files in reverse order, plus one duplicated line: order and repeats must not matter.
  const half = Math.floor(records.length / 2)
  await ingestFile(
    t.store,
    catalog,
    'tickets',
    await t.file('b.ndjson', ndjson(records.slice(half).reverse())),
  )
  await ingestFile(
    t.store,
    catalog,
    'tickets',
    await t.file('a.csv', toCsv([...records.slice(0, half), records[0] ?? {}])),
  )
})
afterAll(() => t.close())

describe('ticket figures from the store', () => {
  const periods: Array<[number, number]> = [
    [day(0), day(31)],
    [day(31), day(61)],
    [day(10), day(11)],
    [day(5), day(12)],
    [day(20) + 9 * HOUR, day(20) + 13 * HOUR],
    [day(0), day(90)],
    [day(60), day(75)],
  ]
  it.each(periods)('equal the replayed figures for [%i, %i)', async (from, to) => {
    const replayed = evaluateTickets(events, to, catalogSlaResolver(catalog))
    for (const customer of ['im', 'fm']) {
      const expected = oracleFigures(replayed, customer, from, to)
      const actual = await ticketFigures(t.store, catalog, customer, from, to)
      const { mean_minutes: expectedMean, ...expectedRest } = expected.resolution
      const { mean_minutes: actualMean, ...actualRest } = actual.resolution
      expect({ ...actual, resolution: actualRest }).toEqual({ ...expected, resolution: expectedRest })
      if (expectedMean === null) expect(actualMean).toBeNull()
      else expect(actualMean).toBeCloseTo(expectedMean, 6)
    }
  })

  it('covers what it claims: resolved, reopened, open breached, at risk and no SLA all occur', async () => {
    const replayed = evaluateTickets(events, day(90), catalogSlaResolver(catalog))
    const totals = oracleFigures(replayed, 'im', day(0), day(90))
    expect(totals.resolved).toBeGreaterThan(20)
    expect(totals.reopened).toBeGreaterThan(5)
    expect(totals.no_sla).toBeGreaterThan(5)
    expect(totals.resolution.breached).toBeGreaterThan(5)
    const midway = oracleFigures(
      evaluateTickets(events, day(30), catalogSlaResolver(catalog)),
      'im',
      day(0),
      day(30),
    )
    expect(midway.resolution.open_breached + midway.resolution.at_risk).toBeGreaterThan(0)
  })

  it('recomputes the clocks when a new catalog changes the targets', async () => {
    const before = await ticketFigures(t.store, catalog, 'im', day(0), day(90))
    const strict = testCatalog({
      slas: [
        {
          id: 'streng',
          customers: '*',
          services: ['email'],
          response: { calendar: 'office', P1: '1m', P2: '1m', P3: '1m', P4: '1m' },
          resolution: { calendar: 'office', P1: '1m', P2: '1m', P3: '1m', P4: '1m' },
        },
      ],
    })
    await withCatalog(t.store, strict)
    const after = await ticketFigures(t.store, strict, 'im', day(0), day(90))
    const replayed = evaluateTickets(events, day(90), catalogSlaResolver(strict))
    expect(after.resolution.met).toBe(oracleFigures(replayed, 'im', day(0), day(90)).resolution.met)
    expect(after.resolution.met).toBeLessThan(before.resolution.met)
    await withCatalog(t.store, catalog)
  })
})
