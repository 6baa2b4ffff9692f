/**
 * The board's order, its filters, the tickets' subjects and assignee groups,
 * and what a ministry may see of them. Figures by hand: office calendar
 * 08:00-16:00 Mon-Fri, resolution targets P1 4 h, P2 8 h, P4 40 h, at risk
 * from 75 %; "now" is Thursday 12 March 2026, 14:00.
 */
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import type { User } from '../../shared/auth'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../../test/support/fixtures'
import { createCaller } from '../router'
import { situation } from '../situation/situation'
import { slaBoard } from './board'

let t: TestStore
const catalog = testCatalog()
const NOW = Date.parse('2026-03-12T14:00:00+01:00')
let quarantined = 0

const created = (id: string, ticket: string, at: string, customer: string, priority: string, extra = {}) => ({
  id,
  ticket,
  at,
  type: 'created',
  customer,
  service: 'email',
  priority,
  ...extra,
})

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
  const summary = await ingestFile(
    t.store,
    catalog,
    'tickets',
    await t.file(
      'tickets.ndjson',
      ndjson([
        // Thu 11:00-14:00 = 180 of 240 min: at risk, 60 min left. Retitled and handed to a team.
        created('s1', 'RISK-SOON', '2026-03-12T11:00:00+01:00', 'fm', 'P1', {
          title: 'Drucker',
          group: 'Servicedesk',
        }),
        { id: 's2', ticket: 'RISK-SOON', at: '2026-03-12T11:05:00+01:00', type: 'responded' },
        {
          id: 's3',
          ticket: 'RISK-SOON',
          at: '2026-03-12T11:30:00+01:00',
          type: 'assign',
          group: 'Team Druck',
        },
        {
          id: 's4',
          ticket: 'RISK-SOON',
          at: '2026-03-12T12:00:00+01:00',
          type: 'update',
          title: 'Drucker im 3. OG',
        },
        // Wed 15:30-16:00 = 30, Thu 08:00-14:00 = 360: 390 of 480 min (81 %), 90 min left.
        created('l1', 'RISK-LATER', '2026-03-11T15:30:00+01:00', 'im', 'P2', { title: 'Postfach voll' }),
        { id: 'l2', ticket: 'RISK-LATER', at: '2026-03-11T15:40:00+01:00', type: 'responded' },
        // Thu 09:30-14:00 = 270 of 240 min: breached at 13:30, 30 min ago.
        created('r1', 'LATE-RECENT', '2026-03-12T09:30:00+01:00', 'im', 'P1', { title: 'Netz weg' }),
        { id: 'r2', ticket: 'LATE-RECENT', at: '2026-03-12T09:40:00+01:00', type: 'responded' },
        // Mon 2 March 08:00, 2400 min = five office days: breached Fri 6 March 16:00.
        created('o1', 'LATE-OLD', '2026-03-02T08:00:00+01:00', 'im', 'P4'),
        { id: 'o2', ticket: 'LATE-OLD', at: '2026-03-02T08:30:00+01:00', type: 'responded' },
        // An assignment without a group is refused.
        { id: 'bad', ticket: 'LATE-OLD', at: '2026-03-03T08:00:00+01:00', type: 'assign' },
      ]),
    ),
  )
  quarantined = summary.quarantined
})
afterAll(() => t.close())

const board = (options: Partial<Parameters<typeof slaBoard>[2]> = {}) =>
  slaBoard(t.store, catalog, { customers: ['im', 'fm'], limit: 100, now: NOW, ...options })

describe('SLA board', () => {
  it('lists at risk by time left, then breached with the latest breach first', async () => {
    const result = await board()
    expect(result.tickets.map((ticket) => [ticket.ticket, ticket.state, ticket.minutesLeft])).toEqual([
      ['RISK-SOON', 'at_risk', 60],
      ['RISK-LATER', 'at_risk', 90],
      ['LATE-RECENT', 'breached', -30],
      // Fri 6 March 16:00 to Thu 12 March 14:00: 5 days 22 hours.
      ['LATE-OLD', 'breached', -(5 * 24 + 22) * 60],
    ])
    expect(result).toMatchObject({ open: 4, breached: 2, atRisk: 2 })
    expect(result.counts).toEqual([
      { customer: 'fm', priority: 'P1', breached: 0, atRisk: 1 },
      { customer: 'im', priority: 'P1', breached: 1, atRisk: 0 },
      { customer: 'im', priority: 'P2', breached: 0, atRisk: 1 },
      { customer: 'im', priority: 'P4', breached: 1, atRisk: 0 },
    ])
  })

  it('shows the latest subject and assignee group; assign and update leave the clocks alone', async () => {
    const [soon, later, , old] = (await board()).tickets
    expect(soon).toMatchObject({ title: 'Drucker im 3. OG', group: 'Team Druck', elapsedMinutes: 180 })
    expect(later).toMatchObject({ title: 'Postfach voll', group: '' })
    expect(old).toMatchObject({ title: '', group: '' })
    expect(quarantined).toBe(1)
  })

  it('filters by priority and by state; the counts follow the priority only', async () => {
    const p1 = await board({ priorities: ['P1'] })
    expect(p1.tickets.map((ticket) => ticket.ticket)).toEqual(['RISK-SOON', 'LATE-RECENT'])
    expect(p1).toMatchObject({ open: 2, breached: 1, atRisk: 1 })
    const breached = await board({ states: ['breached'] })
    expect(breached.tickets.map((ticket) => ticket.ticket)).toEqual(['LATE-RECENT', 'LATE-OLD'])
    expect(breached).toMatchObject({ breached: 2, atRisk: 2 })
  })
})

describe('SLA board for a ministry', () => {
  const fm: User = { id: 'ressort-fm', name: 'Demo FM', role: 'ministry', customer: 'fm' }
  const caller = () => createCaller({ store: t.store, demo: true, user: fm, secure: false })

  it("shows the ministry its own tickets' subjects and nothing of another's", async () => {
    const own = await caller().sla.board({ priorities: ['P1', 'P2', 'P4'], states: ['at_risk', 'breached'] })
    expect(own.tickets.map((ticket) => [ticket.ticket, ticket.title])).toEqual([
      ['RISK-SOON', 'Drucker im 3. OG'],
    ])
    expect(own.counts.map((count) => count.customer)).toEqual(['fm'])
    const error = await caller()
      .sla.board({ customers: ['im'] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect((error as TRPCError).code).toBe('FORBIDDEN')
  })
})

describe('situation now', () => {
  it('sums up the board, the month so far, quiet monitoring and the quarantine', async () => {
    const now = await situation(t.store, catalog, { customers: ['im', 'fm'], now: NOW })
    expect(now.month).toEqual({ from: '2026-03-01', to: '2026-03-13' })
    expect(now.tickets).toMatchObject({ open: 4, breached: 2, atRisk: 2 })
    expect(now.tickets.counts).toHaveLength(4)
    // All four responded within their targets (5, 10, 10 and 30 minutes); none resolved yet.
    // The test catalog's SLA agrees no compliance share: no target.
    expect(now.response).toEqual({ met: 4, breached: 0, compliance: 100, target: null })
    expect(now.resolution).toEqual({ met: 0, breached: 0, compliance: null, target: null })
    // No checks at all: both services' monitoring is quiet, and none is known to be below target.
    expect(now.stale.map((service) => service.service)).toEqual(['email', 'eakte'])
    expect(now.belowTarget).toEqual([])
    expect(now.quarantined).toBe(1)
  })

  it('is for the agency staff only', async () => {
    const fm: User = { id: 'ressort-fm', name: 'Demo FM', role: 'ministry', customer: 'fm' }
    const error = await createCaller({
      store: t.store,
      demo: true,
      user: fm,
      secure: false,
    })
      .situation.now()
      .catch((e: unknown) => e)
    expect((error as TRPCError).code).toBe('FORBIDDEN')
  })
})
