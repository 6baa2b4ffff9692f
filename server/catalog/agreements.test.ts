/**
 * Agreements over time, end to end on real chDB (metrics.md 4b): a catalog
 * load that only adds a change from 16 April leaves every report of January
 * to March byte for byte the same (JSON and CSV, German and English), while
 * April follows the new terms from the 16th on; a subscription that starts
 * mid-month; and a load recomputes only the tickets whose terms it changed.
 * Every expected number is worked out by hand in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import type { Catalog, CatalogInput } from '../../shared/catalog'
import { startOfLocalDay } from '../../shared/time'
import { ndjson, openTestStore, type TestStore, testCatalog } from '../../test/support/fixtures'
import { reportCsv } from '../report/csv'
import { agreementLines, buildReport } from '../report/report'
import { catalogLoads, saveCatalog } from './catalog'

const ZONE = 'Europe/Berlin'
const HOUR = 3_600_000
const day = (date: string) => startOfLocalDay(date, ZONE)

// email: always; eakte: handed over to im on Monday 16 March. Both on the standard SLA, checked hourly.
const customers: CatalogInput['customers'] = [
  {
    id: 'im',
    name: 'Ministerium für Inneres, Bau und Digitalisierung',
    services: ['email', { service: 'eakte', from: '2026-03-16' }],
  },
  { id: 'fm', name: 'Finanzministerium', services: ['email'] },
]
const services = [
  { id: 'email', name: 'E-Mail', check_interval: 3600 },
  { id: 'eakte', name: 'E-Akte', check_interval: 3600 },
]
const standard = {
  id: 'standard',
  customers: '*' as const,
  services: '*' as const,
  availability: { target: 99.5, calendar: 'always' },
  response: { calendar: 'office', P1: '30m', P2: '2h', P3: '4h', P4: '8h' },
  resolution: { calendar: 'office', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
}
const before = testCatalog({ customers, services, slas: [standard] })
// The same, plus a change from Thursday 16 April: availability 99.7, resolution P2 4h.
const changed = {
  ...standard,
  changes: [{ from: '2026-04-16', availability: { target: 99.7 }, resolution: { P2: '4h' } }],
}
const after = testCatalog({ customers, services, slas: [changed] })

const MONTHS = [
  ['2026-01-01', '2026-02-01'],
  ['2026-02-01', '2026-03-01'],
  ['2026-03-01', '2026-04-01'],
] as const
const APRIL = ['2026-04-01', '2026-05-01'] as const

const p2 = (ticket: string, customer: string, service: string, created: string, resolved: string) => [
  { id: `${ticket}-c`, ticket, at: created, type: 'created', customer, service, priority: 'P2' },
  { id: `${ticket}-r`, ticket, at: resolved, type: 'status', status: 'resolved' },
]

/** Hourly checks of a service from `from` to `to` (local dates), down in the given local hours. */
function checks(service: string, from: string, to: string, downHours: string[]) {
  const down = new Set(downHours.map((hour) => Date.parse(hour)))
  const records: object[] = []
  for (let at = day(from); at < day(to); at += HOUR)
    records.push({ service, at: new Date(at).toISOString(), status: down.has(at) ? 'down' : 'up' })
  return records
}

let t: TestStore
const snapshot = async (catalog: Catalog, customer: string, [from, to]: readonly [string, string]) => {
  const report = await buildReport(t.store, catalog, customer, day(from), day(to))
  return {
    json: JSON.stringify(report),
    csv: reportCsv(report, catalog, undefined, 'de'),
    csvEnglish: reportCsv(report, catalog, undefined, 'en'),
    report,
  }
}
let pastBefore: Array<Awaited<ReturnType<typeof snapshot>>>
let aprilBefore: Awaited<ReturnType<typeof snapshot>>
let firstLoadRecomputed: number
let secondLoadRecomputed: number

beforeAll(async () => {
  t = await openTestStore()
  firstLoadRecomputed = (await saveCatalog(t.store, before, 'v1')).recomputedTickets
  await ingestFile(
    t.store,
    before,
    'tickets',
    await t.file(
      'tickets.ndjson',
      ndjson([
        // Tue 13 Jan 09:00 to Wed 12:00: 7 h + 4 h = 660 business minutes > 480: breached.
        ...p2('JAN', 'im', 'email', '2026-01-13T09:00:00+01:00', '2026-01-14T12:00:00+01:00'),
        // Tue 17 Feb 09:00-15:00: 360 minutes, met.
        ...p2('FEB', 'im', 'email', '2026-02-17T09:00:00+01:00', '2026-02-17T15:00:00+01:00'),
        ...p2('MAR', 'im', 'eakte', '2026-03-17T09:00:00+01:00', '2026-03-17T15:00:00+01:00'),
        // Tue 14 April, before the change: 360 minutes against 8 h, met, under either catalog.
        ...p2('APR-14', 'im', 'email', '2026-04-14T09:00:00+02:00', '2026-04-14T15:00:00+02:00'),
        // Mon 20 April, after the change: 360 minutes, met against 8 h, breached against 4 h.
        ...p2('APR-20', 'im', 'email', '2026-04-20T09:00:00+02:00', '2026-04-20T15:00:00+02:00'),
        ...p2('FM-20', 'fm', 'email', '2026-04-20T09:00:00+02:00', '2026-04-20T10:00:00+02:00'),
      ]),
    ),
  )
  await ingestFile(
    t.store,
    before,
    'checks',
    await t.file(
      'checks.ndjson',
      ndjson([
        // email down Mon 20 April 10:00-12:00 (the 12:00 check is up): 120 minutes.
        ...checks('email', '2026-01-01', '2026-05-01', [
          '2026-04-20T10:00:00+02:00',
          '2026-04-20T11:00:00+02:00',
        ]),
        // eakte down Tue 10 March 10:00-11:00 (before im subscribes) and Fri 20 March 10:00-11:00.
        ...checks('eakte', '2026-01-01', '2026-05-01', [
          '2026-03-10T10:00:00+01:00',
          '2026-03-20T10:00:00+01:00',
        ]),
      ]),
    ),
  )
  pastBefore = await Promise.all(MONTHS.map((month) => snapshot(before, 'im', month)))
  aprilBefore = await snapshot(before, 'im', APRIL)
  secondLoadRecomputed = (await saveCatalog(t.store, after, 'v2')).recomputedTickets
}, 120_000)

afterAll(async () => {
  await t?.close()
})

describe('a catalog load that only adds a change from 16 April', () => {
  it('leaves every report of January to March byte for byte the same, JSON and CSV', async () => {
    const pastAfter = await Promise.all(MONTHS.map((month) => snapshot(after, 'im', month)))
    pastAfter.forEach((month, i) => {
      expect(month.json).toBe(pastBefore[i]?.json)
      expect(month.csv).toBe(pastBefore[i]?.csv)
      expect(month.csvEnglish).toBe(pastBefore[i]?.csvEnglish)
    })
    // The months are not empty: January's ticket breached, February's met.
    expect(pastAfter[0]?.report.tickets.resolution).toMatchObject({ met: 0, breached: 1 })
    expect(pastAfter[1]?.report.tickets.resolution).toMatchObject({ met: 1, breached: 0 })
  })

  it('recomputes only the tickets created from the change on', () => {
    // The first load found no tickets; the second only APR-20 and FM-20 (created after 16 April).
    expect(firstLoadRecomputed).toBe(0)
    expect(secondLoadRecomputed).toBe(2)
  })

  it('keeps the old target for a ticket created before the change and gives the new one to a ticket created after', async () => {
    // Before the load: both April tickets met against 8 h.
    expect(aprilBefore.report.tickets.resolution).toMatchObject({ met: 2, breached: 0 })
    const april = await snapshot(after, 'im', APRIL)
    // After: APR-14 still met (8 h), APR-20 breached (360 > 240).
    expect(april.report.tickets.resolution).toMatchObject({ met: 1, breached: 1, compliance: 50 })
  })

  it('measures April in the terms in force at each instant: the effective target', async () => {
    const before = aprilBefore.report.availability.services.find((s) => s.service === 'email')
    // Plain 99.5: allowed = 0.005 * 43200 = 216, budget (216 - 120) / 216 = 44.44 %.
    expect(before?.target).toBe(99.5)
    expect(before?.budget_remaining).toBeCloseTo(44.4444, 3)
    const april = await snapshot(after, 'im', APRIL)
    const email = april.report.availability.services.find((s) => s.service === 'email')
    // 1-15 April (15 days, 21600 min) at 99.5 and 16-30 April (15 days, 21600 min) at 99.7:
    // allowed = 0.005 * 21600 + 0.003 * 21600 = 108 + 64.8 = 172.8 min,
    // target = 100 * (1 - 172.8 / 43200) = 99.6; availability = 43080 / 43200 = 99.7222 %: met;
    // budget = (172.8 - 120) / 172.8 = 30.5556 %.
    expect(email).toMatchObject({ up_minutes: 43080, down_minutes: 120, met: true, outages: 1 })
    expect(email?.target).toBeCloseTo(99.6, 9)
    expect(email?.availability).toBeCloseTo(99.72222, 4)
    expect(email?.budget_remaining).toBeCloseTo(30.5556, 3)
    // The report says so in one line, in the CSV too.
    const [line] = agreementLines(april.report, after, 'de')
    expect(line).toBe(
      'Ab 16.04.2026 gilt ein Verfügbarkeitsziel von 99,7 % statt 99,5 % und eine Lösungszeit P2 von 4 h statt 8 h',
    )
    expect(april.csv).toContain(`Vereinbarung;Änderung im Zeitraum;;${line};`)
    expect(agreementLines(april.report, after, 'en')).toEqual([
      'From 16/04/2026, an availability target of 99.7% instead of 99.5% and a resolution time P2 of 4 h instead of 8 h applies',
    ])
  })
})

describe('a subscription that starts mid-month', () => {
  it('counts only the time from its first day, for W and for outages', () => {
    const [, february, march] = pastBefore
    // February: im does not subscribe eakte at any instant; it is not in the report.
    expect(february?.report.availability.services.map((s) => s.service)).toEqual(['email'])
    const eakte = march?.report.availability.services.find((s) => s.service === 'eakte')
    // W = 16 March 00:00 to 1 April 00:00: 16 days less the hour DST skips on 29 March = 22980 min.
    // The outage of 10 March is before the subscription; the one of 20 March counts: 60 min.
    expect(eakte).toMatchObject({
      up_minutes: 22920,
      down_minutes: 60,
      outages: 1,
      mttr_minutes: 60,
      target: 99.5,
    })
    expect(eakte?.availability).toBeCloseTo((22920 / 22980) * 100, 9)
    expect(eakte?.coverage).toBe(100)
    // The line in March's report says when it began.
    expect(agreementLines(march?.report as NonNullable<typeof march>['report'], before, 'de')).toEqual([
      'Ab 16.03.2026 ist E-Akte abonniert',
    ])
  })
})

describe('catalog versions', () => {
  it('lists per load what it added, removed and changed', async () => {
    const loads = await catalogLoads(t.store)
    expect(loads.map((load) => load.source)).toEqual(['v2', 'v1'])
    expect(loads[0]?.diff.slas).toEqual({ added: [], removed: [], changed: ['standard'] })
    expect(loads[0]?.diff.subscriptions).toEqual({ added: [], removed: [], changed: [] })
    expect(loads[1]?.diff.subscriptions.added).toEqual(['im/email', 'im/eakte', 'fm/email'])
  })

  it('recomputes the tickets of a pair that moves to another SLA, and only those', async () => {
    const own = testCatalog({
      customers,
      services,
      slas: [changed, { ...standard, id: 'fm-email', customers: ['fm'], services: ['email'] }],
    })
    const saved = await saveCatalog(t.store, own, 'v3')
    // fm/email has one ticket, FM-20; im's five tickets keep the standard SLA.
    expect(saved.recomputedTickets).toBe(1)
    const report = await buildReport(t.store, own, 'fm', day(APRIL[0]), day(APRIL[1]))
    expect(report.tickets.resolution).toMatchObject({ met: 1, breached: 0 })
  })
})
