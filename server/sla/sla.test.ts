import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { catalogSlaResolver, evaluateTickets, type TicketEvent } from '../../shared/ticket-clock'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../../test/support/fixtures'
import { day, randomTicketEvents, START } from '../../test/support/random-tickets'
import { ticketFigures as oracleFigures } from '../../test/support/ticket-figures-oracle'
import { buckets } from '../period'
import { ticketFigures } from '../tickets/figures'
import { slaBoard } from './board'
import { compliance } from './compliance'
import { listTickets, ticketTimeline } from './tickets'

let t: TestStore
const catalog = testCatalog()
const events = randomTicketEvents(300, 7)
const zone = 'Europe/Berlin'
const at = (iso: string) => Date.parse(iso)

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
  const records = events.map(({ at, ...event }) => ({ ...event, at: new Date(at).toISOString() }))
  // Hand-made tickets with known outcomes, for customer im, office calendar 08:00-16:00, P1 target 4h.
  records.push(
    // Open since Mon 2026-06-01 08:00, P1: at 11:00 it has used 180 of 240 min = 75% (at risk); breaches at 12:00.
    {
      id: 'h1',
      ticket: 'HAND-RISK',
      at: '2026-06-01T08:00:00+02:00',
      type: 'created',
      customer: 'im',
      service: 'email',
      priority: 'P1',
    },
    { id: 'h2', ticket: 'HAND-RISK', at: '2026-06-01T08:10:00+02:00', type: 'responded' },
    // Open since Fri 2026-05-29 12:00, P1: 240 min used by 16:00, breached on Friday.
    {
      id: 'h3',
      ticket: 'HAND-LATE',
      at: '2026-05-29T12:00:00+02:00',
      type: 'created',
      customer: 'im',
      service: 'email',
      priority: 'P1',
    },
    { id: 'h4', ticket: 'HAND-LATE', at: '2026-05-29T12:05:00+02:00', type: 'status', status: 'in_progress' },
  )
  await ingestFile(t.store, catalog, 'tickets', await t.file('tickets.ndjson', ndjson(records)))
  // The oracle replays the hand-made tickets too.
  for (const record of records.slice(events.length))
    events.push({ ...record, at: Date.parse(record.at) } as TicketEvent)
})
afterAll(() => t.close())

describe('compliance per month', () => {
  it('equals each month report, bucket by bucket, with the counts behind it', async () => {
    const from = day(0)
    const to = day(92)
    const rows = await compliance(t.store, {
      customers: ['im', 'fm'],
      buckets: buckets(from, to, 'month', zone),
      groupBy: 'customer',
    })
    for (const bucket of buckets(from, to, 'month', zone)) {
      const replayed = evaluateTickets(events, bucket.to, catalogSlaResolver(catalog))
      for (const customer of ['im', 'fm']) {
        const expected = oracleFigures(replayed, customer, bucket.from, bucket.to)
        const row = rows.find((r) => r.bucket === bucket.label && r.group === customer)
        expect(row?.resolution).toEqual({
          met: expected.resolution.met,
          breached: expected.resolution.breached,
          compliance: expected.resolution.compliance,
        })
        expect(row?.response.met).toBe(expected.response.met)
        expect(row?.response.breached).toBe(expected.response.breached)
        if (expected.resolution.mean_minutes === null) expect(row?.mttr.mean).toBeNull()
        else expect(row?.mttr.mean).toBeCloseTo(expected.resolution.mean_minutes, 6)
      }
    }
  })

  it('makes local days, weeks and months, clipped to the period, each labelled by its local start date', () => {
    // The day summer time starts has 23 hours; every label is YYYY-MM-DD, months included.
    const days = buckets(at('2026-03-28T00:00:00+01:00'), at('2026-03-31T00:00:00+02:00'), 'day', zone)
    expect(days.map((b) => [b.label, (b.to - b.from) / 3_600_000])).toEqual([
      ['2026-03-28', 24],
      ['2026-03-29', 23],
      ['2026-03-30', 24],
    ])
    const clipped = buckets(at('2026-03-15T00:00:00+01:00'), at('2026-04-10T00:00:00+02:00'), 'month', zone)
    expect(clipped.map((b) => b.label)).toEqual(['2026-03-15', '2026-04-01'])
    const weeks = buckets(at('2026-03-04T00:00:00+01:00'), at('2026-03-20T00:00:00+01:00'), 'week', zone)
    expect(weeks.map((b) => b.label)).toEqual(['2026-03-04', '2026-03-09', '2026-03-16'])
    const months = buckets(at('2026-03-01T00:00:00+01:00'), at('2026-05-01T00:00:00+02:00'), 'month', zone)
    // March ends at the local midnight in summer time: 2026-03-31T22:00Z.
    expect(months.map((b) => new Date(b.to).toISOString())).toEqual([
      '2026-03-31T22:00:00.000Z',
      '2026-04-30T22:00:00.000Z',
    ])
  })
})

describe('drill-down', () => {
  it('lists exactly the tickets behind each figure of a month', async () => {
    const from = day(31)
    const to = day(61)
    const figures = await ticketFigures(t.store, catalog, 'im', from, to)
    const count = async (outcome: Parameters<typeof listTickets>[2]['outcome']) =>
      (await listTickets(t.store, catalog, { customers: ['im'], from, to, outcome, limit: 1000 })).total
    expect(await count('created')).toBe(figures.created)
    expect(await count('resolved')).toBe(figures.resolved)
    expect(await count('resolution_met')).toBe(figures.resolution.met)
    expect(await count('resolution_breached')).toBe(figures.resolution.breached)
    expect(await count('response_breached')).toBe(figures.response.breached)
    expect(await count('open')).toBe(figures.open_at_end)
    expect(await count('open_breached')).toBe(figures.resolution.open_breached)
    expect(await count('at_risk')).toBe(figures.resolution.at_risk)
  })

  it('never lists another ministry', async () => {
    const { tickets } = await listTickets(t.store, catalog, {
      customers: ['fm'],
      from: START,
      to: day(120),
      outcome: 'created',
      limit: 1000,
    })
    expect(tickets.length).toBeGreaterThan(0)
    expect(tickets.every((ticket) => ticket.customer === 'fm')).toBe(true)
  })
})

describe('SLA board', () => {
  it('shows at-risk before breached tickets with their deadlines', async () => {
    const board = await slaBoard(t.store, catalog, {
      customers: ['im'],
      limit: 500,
      now: at('2026-06-01T11:00:00+02:00'),
    })
    const late = board.tickets.find((ticket) => ticket.ticket === 'HAND-LATE')
    const risk = board.tickets.find((ticket) => ticket.ticket === 'HAND-RISK')
    expect(late).toMatchObject({ state: 'breached', clock: 'resolution', targetMinutes: 240 })
    // Fri 12:00-16:00 = 240, Mon 08:00-11:00 = 180: 420 min used; the target was reached Fri 16:00.
    expect(late?.elapsedMinutes).toBe(420)
    expect(late?.deadline).toBe(at('2026-05-29T16:00:00+02:00'))
    expect(risk).toMatchObject({ state: 'at_risk', clock: 'resolution', elapsedMinutes: 180 })
    expect(risk?.deadline).toBe(at('2026-06-01T12:00:00+02:00'))
    expect(risk?.minutesLeft).toBe(60)
    const order = board.tickets.map((ticket) => ticket.state)
    expect(order.indexOf('breached')).toBeGreaterThan(order.lastIndexOf('at_risk'))
    expect(board.breached).toBeGreaterThanOrEqual(1)
    expect(board.atRisk).toBeGreaterThanOrEqual(1)
  })
})

describe('timeline', () => {
  it('shows the running stretches, the business time used and where the target was reached', async () => {
    const timeline = await ticketTimeline(
      t.store,
      catalog,
      ['im'],
      'HAND-LATE',
      at('2026-06-01T11:00:00+02:00'),
    )
    expect(timeline?.resolution?.breachAt).toBe(at('2026-05-29T16:00:00+02:00'))
    expect(timeline?.resolution?.stretches).toEqual([
      { from: at('2026-05-29T12:00:00+02:00'), to: at('2026-06-01T11:00:00+02:00'), businessMinutes: 420 },
    ])
    expect(timeline?.events.map((event) => event.type)).toEqual(['created', 'status'])
  })

  it('is not found for a ticket of another ministry', async () => {
    expect(await ticketTimeline(t.store, catalog, ['fm'], 'HAND-LATE')).toBeUndefined()
  })
})
