import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import type { User } from '../../shared/auth'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../../test/support/fixtures'
import { availabilityFigures } from '../availability/report'
import { periodBounds } from '../period'
import { createCaller } from '../router'

let t: TestStore
const catalog = testCatalog({
  goals: [
    {
      id: 'zuverlaessigkeit',
      name: 'Zuverlässigkeit',
      kpis: [
        { id: 'reaktion', metric: 'response_compliance', target: 95 },
        { id: 'loesung', metric: 'resolution_compliance', target: 90 },
      ],
    },
  ],
})
const march = { from: '2026-03-01', to: '2026-04-01' }
const leitung: User = { id: 'leitung', name: 'Leitung', role: 'leadership' }
const im: User = { id: 'ressort-im', name: 'IM', role: 'ministry', customer: 'im' }
const fm: User = { id: 'ressort-fm', name: 'FM', role: 'ministry', customer: 'fm' }
const page = (user: User, input: Record<string, unknown> = {}) =>
  createCaller({ store: t.store, demo: true, user, secure: false }).services.page({
    ...march,
    service: 'email',
    ...input,
  })

const created = (
  id: string,
  ticket: string,
  at: string,
  customer: string,
  service: string,
  priority: string,
) => ({
  id,
  ticket,
  at,
  type: 'created',
  customer,
  service,
  priority,
})
const event = (id: string, ticket: string, at: string, fields: object) => ({ id, ticket, at, ...fields })

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
  // Office hours Mon-Fri 08:00-16:00 (Tuesday 10 March 2026, CET).
  const tickets = [
    // IM-1 P3: response 30 min (met, 4h), resolution 2h (met, 24h).
    created('a1', 'IM-1', '2026-03-10T09:00:00+01:00', 'im', 'email', 'P3'),
    event('a2', 'IM-1', '2026-03-10T09:30:00+01:00', { type: 'responded' }),
    event('a3', 'IM-1', '2026-03-10T11:00:00+01:00', { type: 'status', status: 'resolved' }),
    // IM-2 P1: response 60 min (breached, 30m), resolution 5h40m = 340 min (breached, 4h).
    created('b1', 'IM-2', '2026-03-10T09:20:00+01:00', 'im', 'email', 'P1'),
    event('b2', 'IM-2', '2026-03-10T10:20:00+01:00', { type: 'responded' }),
    event('b3', 'IM-2', '2026-03-10T15:00:00+01:00', { type: 'status', status: 'resolved' }),
    // FM-1 P2: response 10 min (met, 2h); resolution 09:40-16:00 + 08:00-09:00 next day = 440 min (met, 8h).
    created('c1', 'FM-1', '2026-03-10T09:40:00+01:00', 'fm', 'email', 'P2'),
    event('c2', 'FM-1', '2026-03-10T09:50:00+01:00', { type: 'responded' }),
    event('c3', 'FM-1', '2026-03-11T09:00:00+01:00', { type: 'status', status: 'resolved' }),
    // IM-3 is of another service and counts nowhere here.
    created('d1', 'IM-3', '2026-03-10T09:10:00+01:00', 'im', 'eakte', 'P3'),
    // IM-4 P4 stays open: by 1 April both clocks (8h, 40h) are long past.
    created('e1', 'IM-4', '2026-03-12T10:00:00+01:00', 'im', 'email', 'P4'),
  ]
  await ingestFile(t.store, catalog, 'tickets', await t.file('tickets.ndjson', ndjson(tickets)))
  // E-Mail on 10 March: up 08:00-09:00, down 09:00-09:30, up 09:30-10:00 (one check a minute).
  const checks = Array.from({ length: 120 }, (_, minute) => ({
    service: 'email',
    at: new Date(Date.parse('2026-03-10T07:00:00Z') + minute * 60_000).toISOString(),
    status: minute >= 60 && minute < 90 ? 'down' : 'up',
  }))
  await ingestFile(t.store, catalog, 'checks', await t.file('checks.ndjson', ndjson(checks)))
})
afterAll(() => t.close())

describe('services.page', () => {
  it("sums the service's tickets of every ministry for staff, with the goals' targets", async () => {
    const result = await page(leitung)
    expect(result).toMatchObject({
      service: 'email',
      name: 'E-Mail',
      targets: { response: 95, resolution: 90 },
    })
    expect(result.tickets).toEqual({
      created: 4,
      resolved: 3,
      reopened: 0,
      open_at_end: 1,
      response: { met: 2, breached: 1, compliance: expect.closeTo(66.6667, 3), open_breached: 1 },
      resolution: {
        met: 2,
        breached: 1,
        compliance: expect.closeTo(66.6667, 3),
        open_breached: 1,
        at_risk: 0,
        // (120 + 340 + 440) / 3
        mean_minutes: 300,
      },
      no_sla: 0,
    })
    // Created per hour: three in the hour from 09:00 on 10 March, one at 10:00 on 12 March.
    expect(result.created_bucket).toBe('hour')
    expect(result.created).toEqual([
      { at: '2026-03-10T09:00:00+01:00', tickets: 3 },
      { at: '2026-03-12T10:00:00+01:00', tickets: 1 },
    ])
  })

  it("lists each ministry with its tickets and the availability of its own report's row", async () => {
    const { ministries } = await page(leitung)
    expect(
      ministries.map((row) => [row.customer, row.tickets.created, row.tickets.resolution.mean_minutes]),
    ).toEqual([
      ['im', 3, 230],
      ['fm', 1, 440],
    ])
    const { from, to } = periodBounds(march, catalog.timezone)
    for (const row of ministries) {
      const report = await availabilityFigures(t.store, catalog, row.customer, from, to)
      expect(row.availability).toEqual(report.services.find((s) => s.service === 'email'))
    }
    // Up 08:00-09:00 and 09:30-10:01 (the last check holds for twice the 60 s interval), down 30 min:
    // 91 of 121 known minutes in the 24x7 window = 75.2066 %, one outage of 30 minutes.
    expect(ministries[0]?.availability).toMatchObject({
      availability: expect.closeTo((91 / 121) * 100, 6),
      up_minutes: 91,
      down_minutes: 30,
      outages: 1,
      mttr_minutes: 30,
    })
  })

  it("shows a ministry only its own tickets and row, and no other ministry's", async () => {
    const own = await page(im)
    expect(own.ministries.map((row) => row.customer)).toEqual(['im'])
    expect(own.tickets).toMatchObject({ created: 3, resolved: 2 })
    expect(own.created).toEqual([
      { at: '2026-03-10T09:00:00+01:00', tickets: 2 },
      { at: '2026-03-12T10:00:00+01:00', tickets: 1 },
    ])
    expect(JSON.stringify(own)).not.toContain('Finanzministerium')
    const other = await page(fm)
    expect(other.tickets).toMatchObject({ created: 1, resolved: 1 })
    await expect(page(im, { customer: 'fm' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    // FM does not subscribe E-Akte: refused, without saying more.
    await expect(page(fm, { service: 'eakte' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(page(leitung, { service: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('counts per day over long periods', async () => {
    const result = await page(leitung, { from: '2026-01-01', to: '2026-07-01' })
    expect(result.created_bucket).toBe('day')
    expect(result.created).toEqual([
      { at: '2026-03-10T00:00:00+01:00', tickets: 3 },
      { at: '2026-03-12T00:00:00+01:00', tickets: 1 },
    ])
  })
})
