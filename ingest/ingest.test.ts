import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listQuarantine } from '../server/quarantine/quarantine'
import { sql } from '../server/store/sql'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../test/support/fixtures'
import { ingestFile } from './ingest'

let t: TestStore
const catalog = testCatalog()

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
})
afterAll(() => t.close())

const count = async (query: ReturnType<typeof sql>) =>
  Number((await t.store.query<{ n: number }>(query))[0]?.n ?? Number.NaN)

describe('ingest', () => {
  it('stores the good records of an NDJSON file and quarantines each bad one with line and reason', async () => {
    const file = await t.file(
      'tickets-a.ndjson',
      [
        JSON.stringify({
          id: 'a1',
          ticket: 'A',
          at: '2026-03-02T09:00:00+01:00',
          type: 'created',
          customer: 'im',
          service: 'email',
          priority: 'P2',
        }),
        '{"id": "a2", "ticket": "A", oops',
        JSON.stringify({
          id: 'a3',
          ticket: 'A',
          at: '2026-03-02T10:00:00+01:00',
          type: 'status',
          status: 'resolved',
        }),
        JSON.stringify({
          id: 'a4',
          ticket: 'B',
          at: '2026-03-02T10:00:00+01:00',
          type: 'created',
          customer: 'bm',
          service: 'email',
          priority: 'P2',
        }),
        JSON.stringify({ id: 'a5', ticket: 'B', at: 'yesterday', type: 'responded' }),
        JSON.stringify({
          id: 'a6',
          ticket: 'B',
          at: '2026-03-02T10:00:00+01:00',
          type: 'status',
          status: 'done',
        }),
        JSON.stringify({
          id: 'a7',
          ticket: 'B',
          at: '2026-03-02T10:00:00+01:00',
          type: 'created',
          customer: 'im',
          service: 'email',
        }),
        JSON.stringify({ ticket: 'B', at: '2026-03-02T10:00:00+01:00', type: 'responded' }),
        '',
        JSON.stringify({ id: 'a9', ticket: 'A', at: '2026-03-02 09:30', type: 'responded' }),
      ].join('\n'),
    )
    const summary = await ingestFile(t.store, catalog, 'tickets', file)
    expect(summary).toMatchObject({ read: 9, stored: 3, quarantined: 6 })

    const quarantined = await listQuarantine(t.store, { kind: 'tickets' })
    expect(quarantined.map((q) => [q.line, q.reason])).toEqual([
      [2, expect.stringMatching(/^invalid JSON/)],
      [4, "unknown customer 'bm'"],
      [5, "at: 'yesterday' is not an ISO 8601 timestamp"],
      [6, expect.stringMatching(/^status:/)],
      [7, "missing field 'priority' (required on 'created')"],
      [8, "missing field 'id'"],
    ])
    expect(quarantined[0]?.raw).toBe('{"id": "a2", "ticket": "A", oops')
    expect(quarantined[0]?.source).toBe(file)

    // A timestamp without an offset is local time in the catalog's timezone (CET: UTC+1).
    const [row] = await t.store.query<{ at: string }>(
      sql`SELECT toString(at) AS at FROM ticket_events FINAL WHERE id = 'a9'`,
    )
    expect(row?.at).toBe('2026-03-02 08:30:00.000')
  })

  it('reads CSV with a header; an empty cell is an absent field', async () => {
    const file = await t.file(
      'checks.csv',
      [
        'service,probe,at,status,latency_ms',
        'email,rz1,2026-03-02T09:00:00Z,up,12.5',
        'email,,2026-03-02T09:01:00Z,down,',
        'email,rz1,2026-03-02T09:02:00Z,sideways,3',
        'fax,rz1,2026-03-02T09:03:00Z,up,3',
        'email,rz1,2026-03-02T09:04:00Z',
        '"email","rz1","2026-07-01 12:00",up,7',
      ].join('\r\n'),
    )
    const summary = await ingestFile(t.store, catalog, 'checks', file)
    expect(summary).toMatchObject({ read: 6, stored: 3, quarantined: 3 })
    const rows = await t.store.query<{
      probe: string
      at: string
      status: string
      latency_ms: number | null
    }>(sql`SELECT probe, toString(at) AS at, status, latency_ms FROM checks FINAL ORDER BY at`)
    expect(rows).toEqual([
      { probe: 'rz1', at: '2026-03-02 09:00:00.000', status: 'up', latency_ms: 12.5 },
      { probe: 'default', at: '2026-03-02 09:01:00.000', status: 'down', latency_ms: null },
      // Summer time: 12:00 local is 10:00 UTC.
      { probe: 'rz1', at: '2026-07-01 10:00:00.000', status: 'up', latency_ms: 7 },
    ])
    const reasons = (await listQuarantine(t.store, { kind: 'checks' })).map((q) => [q.line, q.reason])
    expect(reasons).toEqual([
      [4, expect.stringMatching(/^status:/)],
      [5, "unknown service 'fax'"],
      [6, expect.stringMatching(/^invalid CSV/)],
    ])
  })

  it('stores nothing twice: duplicates in a file, the same file again, corrections in a later file', async () => {
    const events = [
      {
        id: 'd1',
        ticket: 'D',
        at: '2026-04-01T09:00:00+02:00',
        type: 'created',
        customer: 'fm',
        service: 'email',
        priority: 'P3',
      },
      { id: 'd2', ticket: 'D', at: '2026-04-01T11:00:00+02:00', type: 'status', status: 'waiting' },
      // Out of order and repeated: the later line wins.
      { id: 'd3', ticket: 'D', at: '2026-04-01T12:00:00+02:00', type: 'status', status: 'resolved' },
      { id: 'd2', ticket: 'D', at: '2026-04-01T10:00:00+02:00', type: 'status', status: 'in_progress' },
    ]
    const file = await t.file('tickets-d.ndjson', ndjson(events))
    await ingestFile(t.store, catalog, 'tickets', file)
    await ingestFile(t.store, catalog, 'tickets', file)
    const ofD = sql`SELECT count() AS n FROM ticket_events FINAL WHERE ticket = 'D'`
    expect(await count(ofD)).toBe(3)
    const [d2] = await t.store.query<{ status: string }>(
      sql`SELECT status FROM ticket_events FINAL WHERE id = 'd2'`,
    )
    expect(d2?.status).toBe('in_progress')

    // A correction sent later in another file (CSV) replaces the event.
    const correction = await t.file(
      'tickets-d-fix.csv',
      'id,ticket,at,type,status\nd3,D,2026-04-01T13:00:00+02:00,status,closed\n',
    )
    await ingestFile(t.store, catalog, 'tickets', correction)
    expect(await count(ofD)).toBe(3)
    const [d3] = await t.store.query<{ status: string; at: string }>(
      sql`SELECT status, toString(at) AS at FROM ticket_events FINAL WHERE id = 'd3'`,
    )
    expect(d3).toEqual({ status: 'closed', at: '2026-04-01 11:00:00.000' })
  })

  it('lists only the latest run of a file in quarantine, so a fixed file leaves it', async () => {
    const broken = ndjson([{ id: 'q1', at: '2026-03-01T10:00:00Z', customer: 'im', kind: 'csat', score: 9 }])
    const path = await t.file('surveys.ndjson', broken)
    expect(await ingestFile(t.store, catalog, 'surveys', path)).toMatchObject({ stored: 0, quarantined: 1 })
    expect((await listQuarantine(t.store, { kind: 'surveys' }))[0]?.reason).toBe(
      'score 9 is out of range 1-5 for csat',
    )
    await t.file(
      'surveys.ndjson',
      ndjson([{ id: 'q1', at: '2026-03-01T10:00:00Z', customer: 'im', kind: 'csat', score: 4 }]),
    )
    expect(await ingestFile(t.store, catalog, 'surveys', path)).toMatchObject({ stored: 1, quarantined: 0 })
    expect(await listQuarantine(t.store, { kind: 'surveys' })).toEqual([])
  })

  it('validates maintenance windows and hand-measured KPIs with their periods', async () => {
    const maintenance = await t.file(
      'maintenance.ndjson',
      ndjson([
        {
          id: 'm1',
          service: 'email',
          from: '2026-03-03T20:00:00+01:00',
          to: '2026-03-03T23:00:00+01:00',
          title: 'Patchen',
        },
        { id: 'm2', service: 'email', from: '2026-03-03T20:00:00+01:00', to: '2026-03-03T19:00:00+01:00' },
      ]),
    )
    expect(await ingestFile(t.store, catalog, 'maintenance', maintenance)).toMatchObject({
      stored: 1,
      quarantined: 1,
    })
    const kpis = await t.file(
      'kpis.csv',
      'kpi,period,value,customer\nemployee_satisfaction,2026-Q4,74.5,\nselfservice_share,2026-12,31,im\nx,2026-13,1,\ncloud,2026,40,\n',
    )
    expect(await ingestFile(t.store, catalog, 'kpis', kpis)).toMatchObject({ stored: 3, quarantined: 1 })
    const rows = await t.store.query<{ kpi: string; period_start: string; period_end: string }>(
      sql`SELECT kpi, period_start, period_end FROM kpis FINAL ORDER BY kpi`,
    )
    expect(rows).toEqual([
      { kpi: 'cloud', period_start: '2026-01-01', period_end: '2027-01-01' },
      { kpi: 'employee_satisfaction', period_start: '2026-10-01', period_end: '2027-01-01' },
      { kpi: 'selfservice_share', period_start: '2026-12-01', period_end: '2027-01-01' },
    ])
  })
})
