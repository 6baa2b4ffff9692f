/**
 * The store's ticket figures (checkpoints + open tickets at T) against the
 * obvious computation (every ticket replayed as of T) on seeded random
 * ticket lifecycles, over many periods.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { catalogSlaResolver, evaluateTickets, type TicketEvent } from '../../shared/ticket-clock'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../../test/support/fixtures'
import { ticketFigures as oracleFigures } from '../../test/support/ticket-figures-oracle'
import { ticketFigures } from './figures'

let t: TestStore
const catalog = testCatalog()
const events: TicketEvent[] = []

function random(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let x = Math.imul(state ^ (state >>> 15), 1 | state)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

const START = Date.parse('2026-03-01T00:00:00+01:00')
const HOUR = 3_600_000

function generate(count: number) {
  const next = random(42)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T
  let id = 0
  for (let n = 0; n < count; n++) {
    const ticket = `T${n}`
    let at = START + Math.floor(next() * 60 * 24) * HOUR + Math.floor(next() * 4) * 15 * 60_000
    const add = (event: Omit<TicketEvent, 'id' | 'ticket'>) =>
      events.push({ id: `e${id++}`, ticket, ...event })
    const customer = pick(['im', 'fm'])
    // Some tickets have an event before their creation, which must be ignored.
    if (next() < 0.1) add({ at: at - HOUR, type: 'status', status: 'in_progress' })
    if (next() > 0.03)
      add({
        at,
        type: 'created',
        customer,
        service: pick(['email', 'email', 'eakte']),
        priority: pick(['P1', 'P2', 'P3', 'P4']),
      })
    const steps = 1 + Math.floor(next() * 7)
    for (let s = 0; s < steps; s++) {
      // Same-instant events now and then: they apply in type order, then id.
      if (next() > 0.15) at += Math.floor(next() * 30) * HOUR + Math.floor(next() * 60) * 60_000
      const roll = next()
      if (roll < 0.15) add({ at, type: 'responded' })
      else if (roll < 0.25) add({ at, type: 'priority', priority: pick(['P1', 'P2', 'P3', 'P4']) })
      else
        add({
          at,
          type: 'status',
          status: pick(['in_progress', 'waiting', 'resolved', 'resolved', 'closed', 'new']),
        })
    }
  }
}

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
  generate(400)
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

function toCsv(records: object[]): string {
  const columns = ['id', 'ticket', 'at', 'type', 'customer', 'service', 'priority', 'status']
  const lines = records.map((r) => columns.map((c) => (r as Record<string, unknown>)[c] ?? '').join(','))
  return `${columns.join(',')}\n${lines.join('\n')}\n`
}

const day = (n: number) => START + n * 24 * HOUR

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
