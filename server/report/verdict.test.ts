/**
 * The report's verdict: agreed compliance targets from the ministry's SLAs,
 * the previous period, the 12-month trend, and what a ministry may read.
 * Office calendar 08:00-16:00 Mon-Fri; P2: response 2 h, resolution 8 h.
 */
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import type { User } from '../../shared/auth'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../../test/support/fixtures'
import { previousPeriod } from '../period'
import { createCaller } from '../router'
import { complianceTargets } from './verdict'

let t: TestStore
const office = { calendar: 'office', P1: '30m', P2: '2h', P3: '4h', P4: '8h' }
const catalog = testCatalog({
  slas: [
    {
      id: 'standard',
      customers: '*',
      services: ['email'],
      availability: { target: 99.5, calendar: 'always' },
      response: office,
      resolution: { calendar: 'office', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
      compliance: { response: 95, resolution: 90 },
    },
    {
      // im's e-file promises more: the strictest target applies to im's report.
      id: 'im-eakte',
      customers: ['im'],
      services: ['eakte'],
      response: office,
      resolution: { calendar: 'office', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
      compliance: { resolution: 92 },
    },
  ],
})

const ticket = (id: string, customer: string, created: string, resolved: string) => [
  { id: `${id}a`, ticket: id, at: created, type: 'created', customer, service: 'email', priority: 'P2' },
  { id: `${id}b`, ticket: id, at: resolved, type: 'status', status: 'resolved' },
]

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
  const events = [
    // February, im: one in time (60 min), one not (Mon 2 Feb 08:00 to Wed 4 Feb 09:00: 1020 > 480 min).
    ...ticket('F1', 'im', '2026-02-02T09:00:00+01:00', '2026-02-02T10:00:00+01:00'),
    ...ticket('F2', 'im', '2026-02-02T08:00:00+01:00', '2026-02-04T09:00:00+01:00'),
    // March, im: both in time.
    ...ticket('M1', 'im', '2026-03-02T09:00:00+01:00', '2026-03-02T10:00:00+01:00'),
    ...ticket('M2', 'im', '2026-03-03T09:00:00+01:00', '2026-03-03T11:00:00+01:00'),
    // March, fm: late.
    ...ticket('X1', 'fm', '2026-03-02T08:00:00+01:00', '2026-03-04T09:00:00+01:00'),
  ]
  await ingestFile(t.store, catalog, 'tickets', await t.file('tickets.ndjson', ndjson(events)))
})
afterAll(() => t.close())

const user = (customer: string): User => ({
  id: `ressort-${customer}`,
  name: customer,
  role: 'ministry',
  customer,
})
const callerFor = (who: User) => createCaller({ store: t.store, demo: true, user: who, secure: false })
const MARCH = { from: '2026-03-01', to: '2026-04-01' }

describe('report verdict', () => {
  it("takes the strictest agreed target of the ministry's SLAs", () => {
    expect(complianceTargets(catalog, 'im')).toEqual({ response: 95, resolution: 92 })
    // fm has e-mail alone.
    expect(complianceTargets(catalog, 'fm')).toEqual({ response: 95, resolution: 90 })
  })

  it('goes back a month for a month, by its own length for any other period', () => {
    const zone = 'Europe/Berlin'
    const at = (iso: string) => Date.parse(iso)
    expect(previousPeriod(at('2026-03-01T00:00:00+01:00'), at('2026-04-01T00:00:00+02:00'), zone)).toEqual({
      from: at('2026-02-01T00:00:00+01:00'),
      to: at('2026-03-01T00:00:00+01:00'),
    })
    expect(previousPeriod(at('2026-03-10T00:00:00+01:00'), at('2026-03-17T00:00:00+01:00'), zone)).toEqual({
      from: at('2026-03-03T00:00:00+01:00'),
      to: at('2026-03-10T00:00:00+01:00'),
    })
  })

  it('gives the previous month and the 12 months up to March', async () => {
    const verdict = await callerFor(user('im')).report.verdict({ ...MARCH, customer: 'im' })
    expect(verdict.targets).toEqual({ response: 95, resolution: 92 })
    // February: 1 of 2 resolutions in time. Responses: F1 stops at 10:00 after 60 min; F2 runs
    // to its resolution on Wed 09:00, 1020 min > 120: 1 of 2.
    expect(verdict.previous.from).toBe('2026-02-01T00:00:00+01:00')
    expect(verdict.previous.tickets.resolution).toMatchObject({ met: 1, breached: 1, compliance: 50 })
    expect(verdict.previous.tickets.response).toMatchObject({ met: 1, breached: 1, compliance: 50 })
    expect(verdict.trend.map((month) => month.month)).toEqual([
      '2025-04-01',
      '2025-05-01',
      '2025-06-01',
      '2025-07-01',
      '2025-08-01',
      '2025-09-01',
      '2025-10-01',
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ])
    expect(verdict.trend.at(-2)).toMatchObject({ response: 50, resolution: 50 })
    expect(verdict.trend.at(-1)).toMatchObject({ response: 100, resolution: 100 })
    expect(verdict.trend[0]).toEqual({
      month: '2025-04-01',
      response: null,
      resolution: null,
      availability: null,
    })
  })

  it("refuses a ministry another ministry's verdict and shows it only its own", async () => {
    const error = await callerFor(user('fm'))
      .report.verdict({ ...MARCH, customer: 'im' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect((error as TRPCError).code).toBe('FORBIDDEN')
    const own = await callerFor(user('fm')).report.verdict({ ...MARCH, customer: 'fm' })
    // fm's March: X1 late; nothing of im's tickets.
    expect(own.trend.at(-1)).toMatchObject({ response: 0, resolution: 0 })
    expect(own.previous.tickets.resolved).toBe(0)
  })
})
