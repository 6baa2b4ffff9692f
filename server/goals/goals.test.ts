import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../../test/support/fixtures'
import { availabilityFigures } from '../availability/report'
import { ResultCache } from '../cache/results'
import { buckets } from '../period'
import { reportCsv } from '../report/csv'
import { buildReport, formatReport } from '../report/report'
import { satisfactionByBucket, satisfactionBySlaOutcome, surveyComments } from '../satisfaction/figures'
import { listTickets } from '../sla/tickets'
import { goalCockpit, type KeepSums } from './cockpit'
import { kpiValue } from './kpis'
import { sumsPerBucket } from './sums'

let t: TestStore
const catalog = testCatalog({
  goals: [
    {
      id: 'zuverlaessigkeit',
      name: 'Zuverlässigkeit',
      kpis: [
        { id: 'loesung', metric: 'resolution_compliance', target: 90, warn: 85 },
        { id: 'rueckstand', metric: 'backlog', target: 0, warn: 1, direction: 'lower' },
        { id: 'erstloesung', metric: 'first_time_resolution', target: 70, warn: 60 },
        // No direction: the metric's own (lower is better); `higher` would make this warn invalid.
        { id: 'wiedereroeffnet', metric: 'reopen_rate', target: 10, warn: 20 },
      ],
    },
    {
      id: 'kunden',
      name: 'Kundenzufriedenheit',
      kpis: [{ id: 'csat', metric: 'csat', target: 80, warn: 75 }],
    },
    {
      id: 'mitarbeitende',
      name: 'Mitarbeitendenzufriedenheit',
      kpis: [{ id: 'mazi', metric: 'kpi:employee_satisfaction', target: 75, warn: 70 }],
    },
  ],
})
const zone = 'Europe/Berlin'
const march = { from: Date.parse('2026-03-01T00:00:00+01:00'), to: Date.parse('2026-04-01T00:00:00+02:00') }
const ticket = (id: string, customer: string, created: string, resolved?: string) => [
  { id: `${id}a`, ticket: id, at: created, type: 'created', customer, service: 'email', priority: 'P2' },
  ...(resolved ? [{ id: `${id}b`, ticket: id, at: resolved, type: 'status', status: 'resolved' }] : []),
]

/** A reopen (back to in_progress) at `at`, and a new resolution at `resolved`. */
const reopen = (id: string, at: string, resolved?: string) => [
  { id: `${id}r${at}`, ticket: id, at, type: 'status', status: 'in_progress' },
  ...(resolved
    ? [{ id: `${id}s${resolved}`, ticket: id, at: resolved, type: 'status', status: 'resolved' }]
    : []),
]

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
  // Office calendar Mon-Fri 08:00-16:00, P2 resolution target 8 h = 480 business minutes.
  const events = [
    ...ticket('I1', 'im', '2026-03-02T09:00:00+01:00', '2026-03-02T10:00:00+01:00'), // 60 min, met
    ...ticket('I2', 'im', '2026-03-03T09:00:00+01:00', '2026-03-03T11:00:00+01:00'), // 120 min, met
    ...ticket('F1', 'fm', '2026-03-02T09:00:00+01:00', '2026-03-02T10:00:00+01:00'), // 60 min, met
    // Mon 480 + Tue 480 + Wed 08:00-09:00 60 = 1020 min > 480: breached
    ...ticket('F2', 'fm', '2026-03-02T08:00:00+01:00', '2026-03-04T09:00:00+01:00'),
    ...ticket('F3', 'fm', '2026-03-30T09:00:00+02:00'), // still open at the end of March
    // May, for the Erstlösungsquote (no ticket of March changes).
    ...ticket('R1', 'im', '2026-05-04T09:00:00+02:00', '2026-05-04T10:00:00+02:00'), // first time
    ...ticket('R2', 'im', '2026-05-05T09:00:00+02:00', '2026-05-05T10:00:00+02:00'),
    ...reopen('R2', '2026-05-06T09:00:00+02:00', '2026-05-06T10:00:00+02:00'), // reopened within May
    ...ticket('R3', 'fm', '2026-05-11T09:00:00+02:00', '2026-05-11T10:00:00+02:00'),
    ...reopen('R3', '2026-06-02T09:00:00+02:00', '2026-06-02T10:00:00+02:00'), // reopened only in June
    ...ticket('R4', 'fm', '2026-05-12T09:00:00+02:00', '2026-05-12T10:00:00+02:00'),
    ...reopen('R4', '2026-05-13T09:00:00+02:00'), // reopened, open at the end of May
    ...ticket('R5', 'fm', '2026-04-28T09:00:00+02:00', '2026-04-28T10:00:00+02:00'),
    ...reopen('R5', '2026-05-14T09:00:00+02:00', '2026-05-14T10:00:00+02:00'), // first resolved in April
    ...ticket('R6', 'fm', '2026-05-18T09:00:00+02:00', '2026-05-18T10:00:00+02:00'), // first time
  ]
  await ingestFile(t.store, catalog, 'tickets', await t.file('tickets.ndjson', ndjson(events)))
  const survey = (id: string, customer: string, score: number, extra: object = {}) => ({
    id,
    at: '2026-03-10T12:00:00+01:00',
    customer,
    kind: 'csat',
    score,
    ...extra,
  })
  await ingestFile(
    t.store,
    catalog,
    'surveys',
    await t.file(
      'surveys.ndjson',
      ndjson([
        survey('s1', 'im', 5, { ticket: 'I1', comment: 'Schnell erledigt' }),
        survey('s2', 'im', 4, { ticket: 'I2' }),
        survey('s3', 'im', 3),
        survey('s4', 'fm', 5, { ticket: 'F2', comment: 'FM intern' }),
        { id: 'n1', at: '2026-03-11T12:00:00+01:00', customer: 'im', kind: 'nps', score: 10 },
        { id: 'n2', at: '2026-03-11T12:00:00+01:00', customer: 'im', kind: 'nps', score: 3 },
      ]),
    ),
  )
  await ingestFile(
    t.store,
    catalog,
    'kpis',
    await t.file(
      'kpis.csv',
      'kpi,period,value,customer\nemployee_satisfaction,2026-Q1,74,\nemployee_satisfaction,2026-01,70,\nemployee_satisfaction,2026-02,72,\nemployee_satisfaction,2026,76,\n',
    ),
  )
})
afterAll(() => t.close())

describe('goal cockpit', () => {
  it('rates each KPI over all ministries and per ministry', async () => {
    const cockpit = await goalCockpit(t.store, catalog, { customers: ['im', 'fm'], ...march })
    const kpis = Object.fromEntries(cockpit.goals.flatMap((goal) => goal.kpis).map((kpi) => [kpi.id, kpi]))
    // 3 of 4 resolved tickets met: 75 % < warn 85 → red; im 2 of 2 = 100 green, fm 1 of 2 = 50 red.
    expect(kpis.loesung).toMatchObject({ value: 75, status: 'red' })
    expect(kpis.loesung?.byCustomer).toEqual([
      { customer: 'im', value: 100, status: 'green' },
      { customer: 'fm', value: 50, status: 'red' },
    ])
    // One ticket open at the end of March: 1 <= warn 1 → amber (lower is better).
    expect(kpis.rueckstand).toMatchObject({ value: 1, status: 'amber' })
    // CSAT: 5, 4, 3 (im) and 5 (fm): 3 of 4 satisfied = 75 % → amber.
    expect(kpis.csat).toMatchObject({ value: 75, status: 'amber' })
    // March lies in 2026-Q1 (74); no measurement lies within March → the quarter's value, amber.
    expect(kpis.mazi).toMatchObject({ value: 74, status: 'amber' })
    // The trend ends with March: its last point equals the period's value.
    expect(kpis.loesung?.trend).toHaveLength(12)
    expect(kpis.loesung?.trend.at(-1)).toEqual({ bucket: '2026-03-01', value: 75, status: 'red' })
    expect(kpis.loesung?.trend.at(-2)).toEqual({ bucket: '2026-02-01', value: null, status: 'grey' })
  })

  it('gives the previous period and carries a hand-measured value forward until the next one', async () => {
    const kpisOf = async (from: string, to: string) => {
      const cockpit = await goalCockpit(t.store, catalog, {
        customers: ['im', 'fm'],
        from: Date.parse(from),
        to: Date.parse(to),
      })
      return Object.fromEntries(cockpit.goals.flatMap((goal) => goal.kpis).map((kpi) => [kpi.id, kpi]))
    }
    // March against February: no ticket in February (no previous value); February measured 72.
    const march = await kpisOf('2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00')
    expect(march.loesung).toMatchObject({ value: 75, previous: null, measuredPeriod: null })
    expect(march.mazi).toMatchObject({ value: 74, previous: 72, measuredPeriod: null })
    // February 2027: nothing measured for it or around it; the latest measurement is the year 2026 (76 ≥ 75).
    const later = await kpisOf('2027-02-01T00:00:00+01:00', '2027-03-01T00:00:00+01:00')
    expect(later.mazi).toMatchObject({ value: 76, status: 'green', measuredPeriod: '2026' })
    // Before the first measurement ended: never measured, grey.
    const before = await kpisOf('2025-12-01T00:00:00+01:00', '2026-01-01T00:00:00+01:00')
    expect(before.mazi).toMatchObject({ value: null, status: 'grey', measuredPeriod: null })
  })

  it('gives the web the metric label and explanation in both languages, catalog names as written', async () => {
    const cockpit = await goalCockpit(t.store, catalog, { customers: ['im', 'fm'], ...march })
    expect(cockpit.goals.map((goal) => goal.name)).toEqual([
      'Zuverlässigkeit',
      'Kundenzufriedenheit',
      'Mitarbeitendenzufriedenheit',
    ])
    const kpis = Object.fromEntries(cockpit.goals.flatMap((goal) => goal.kpis).map((kpi) => [kpi.id, kpi]))
    // The catalog names none of these KPIs: the web shows the metric's label in the chosen language.
    expect(kpis.loesung).toMatchObject({
      name: null,
      label: { de: 'Lösungszeit eingehalten', en: 'Resolution time met' },
      explanation: {
        de: 'Im Zeitraum gelöste Tickets innerhalb der Lösungszeit des SLA, über alle Ressorts.',
        en: 'Tickets resolved in the period within the resolution time of the SLA, over all ministries.',
      },
    })
    expect(kpis.rueckstand?.label).toEqual({ de: 'Offene Tickets (Rückstand)', en: 'Open tickets (backlog)' })
    // A hand-measured KPI has no metric label; its explanation says where its values come from.
    expect(kpis.mazi).toMatchObject({
      name: null,
      label: null,
      explanation: {
        de: 'Von Hand gemessene Kennzahl, dem Zeitraum zugeordnet, den die Messung nennt.',
        en: 'A KPI measured by hand, attributed to the period the measurement names.',
      },
    })
    // A name the catalog gives is data: passed on as written.
    const named = await goalCockpit(
      t.store,
      testCatalog({
        goals: [
          {
            id: 'z',
            name: 'Ziel',
            kpis: [{ id: 'k', name: 'Eigene Bezeichnung', metric: 'csat', target: 80 }],
          },
        ],
      }),
      { customers: ['im'], ...march },
    )
    expect(named.goals[0]?.kpis[0]).toMatchObject({
      name: 'Eigene Bezeichnung',
      label: { de: 'Kundenzufriedenheit (CSAT)', en: 'Customer satisfaction (CSAT)' },
    })
  })

  it('sums each month once for neighbouring periods, with the figures of a cockpit computed whole', async () => {
    const cache = new ResultCache()
    const keep: KeepSums = (bucket, compute) =>
      cache.get(JSON.stringify([bucket.from, bucket.to]), [], compute)
    const customers = ['im', 'fm']
    const april = { from: march.to, to: Date.parse('2026-05-01T00:00:00+02:00') }
    const quarter = { from: Date.parse('2026-01-01T00:00:00+01:00'), to: march.to }
    // March: its twelve months and nothing else (the previous period is February, one of them).
    const before = cache.counters.computed
    expect(await goalCockpit(t.store, catalog, { customers, ...march, keep })).toEqual(
      await goalCockpit(t.store, catalog, { customers, ...march }),
    )
    expect(cache.counters.computed - before).toBe(12)
    // April: one new month; the first quarter: the quarter and the one before it.
    expect(await goalCockpit(t.store, catalog, { customers, ...april, keep })).toEqual(
      await goalCockpit(t.store, catalog, { customers, ...april }),
    )
    expect(cache.counters.computed - before).toBe(13)
    expect(await goalCockpit(t.store, catalog, { customers, ...quarter, keep })).toEqual(
      await goalCockpit(t.store, catalog, { customers, ...quarter }),
    )
    expect(cache.counters.computed - before).toBe(15)
  })
})

describe('Erstlösungsquote (first-time resolution rate)', () => {
  const may = { from: Date.parse('2026-05-01T00:00:00+02:00'), to: Date.parse('2026-06-01T00:00:00+02:00') }
  const kpisOf = async (period: { from: number; to: number }) => {
    const cockpit = await goalCockpit(t.store, catalog, { customers: ['im', 'fm'], ...period })
    return Object.fromEntries(cockpit.goals.flatMap((goal) => goal.kpis).map((kpi) => [kpi.id, kpi]))
  }

  it('is a goal KPI: resolved in the period and never reopened by its end, over all resolved', async () => {
    const kpis = await kpisOf(may)
    // Resolved as of 31 May: R1, R2 (again on 6 May), R3, R5 (again on 14 May), R6; R4 is open again.
    // Never reopened before 1 June: R1, R3 (its reopen is in June), R6 → 3 of 5 = 60 % ≥ warn 60: amber.
    expect(kpis.erstloesung).toMatchObject({ value: 60, status: 'amber', direction: 'higher', unit: '%' })
    expect(kpis.erstloesung?.label).toEqual({ de: 'Erstlösungsquote', en: 'First-time resolution rate' })
    // im: R1 of R1, R2 = 50 %; fm: R3, R6 of R3, R5, R6 = 66.7 %.
    expect(kpis.erstloesung?.byCustomer).toEqual([
      { customer: 'im', value: 50, status: 'red' },
      { customer: 'fm', value: (2 / 3) * 100, status: 'amber' },
    ])
    // April: R5 resolved on 28 April, its reopen still ahead → 1 of 1.
    expect(kpis.erstloesung?.previous).toBe(100)
    expect(kpis.erstloesung?.trend.at(-1)).toEqual({ bucket: '2026-05-01', value: 60, status: 'amber' })
    // June: only R3 is resolved (again), after its reopen on 2 June → 0 of 1.
    const june = await kpisOf({ from: may.to, to: Date.parse('2026-07-01T00:00:00+02:00') })
    expect(june.erstloesung).toMatchObject({ value: 0, status: 'red' })
  })

  it('takes its direction from the metric catalogue when the catalog gives none', async () => {
    const kpis = await kpisOf(may)
    // Reopen events in May (R2, R4, R5) per resolved ticket: 3 / 5 = 60 % > warn 20 with lower better: red.
    expect(kpis.wiedereroeffnet).toMatchObject({ value: 60, direction: 'lower', status: 'red' })
  })

  it('is a report figure and a CSV row equal to the goal, and its tickets are the drill-down', async () => {
    const report = await buildReport(t.store, catalog, 'fm', may.from, may.to)
    expect(report.tickets.resolved).toBe(3)
    expect(report.metrics).toEqual([
      { metric: 'first_time_resolution', value: (2 / 3) * 100, numerator: 2, denominator: 3 },
    ])
    expect(formatReport(report, catalog)).toMatch(/Erstlösungsquote +66,7 % \(2 von 3\)\n/)
    expect(reportCsv(report, catalog).split('\r\n')).toContain('Tickets;Erstlösungsquote;;66,7;%')
    const list = await listTickets(t.store, catalog, {
      customers: ['fm'],
      ...may,
      outcome: 'resolved_first_time',
      limit: 10,
    })
    expect(list.total).toBe(2)
    expect(list.tickets.map((ticket) => ticket.ticket)).toEqual(['R6', 'R3'])
  })
})

describe('availability sums', () => {
  it('equal each customer report, month by month, across a month boundary', async () => {
    // One check a minute from 2026-03-31 20:00 to 2026-04-01 04:00 local, down 23:00-01:00.
    const checks = []
    for (
      let at = Date.parse('2026-03-31T20:00:00+02:00');
      at < Date.parse('2026-04-01T04:00:00+02:00');
      at += 60_000
    ) {
      const down =
        at >= Date.parse('2026-03-31T23:00:00+02:00') && at < Date.parse('2026-04-01T01:00:00+02:00')
      checks.push({ service: 'email', at: new Date(at).toISOString(), status: down ? 'down' : 'up' })
    }
    await ingestFile(t.store, catalog, 'checks', await t.file('checks.ndjson', ndjson(checks)))
    const months = buckets(march.from, Date.parse('2026-05-01T00:00:00+02:00'), 'month', zone)
    const sums = await sumsPerBucket(t.store, catalog, ['im', 'fm'], months, {
      tickets: false,
      surveys: false,
      availability: true,
    })
    for (const [index, month] of months.entries()) {
      for (const customer of ['im', 'fm']) {
        const report = await availabilityFigures(t.store, catalog, customer, month.from, month.to)
        const expected = report.services.reduce((sum, s) => sum + s.down_minutes, 0)
        expect(sums[index]?.get(customer)?.counts.down_minutes).toBeCloseTo(expected, 6)
        expect(sums[index]?.get(customer)?.counts.up_minutes).toBeCloseTo(
          report.services.reduce((sum, s) => sum + s.up_minutes, 0),
          6,
        )
      }
    }
    // 60 min down on 31 March, 60 min on 1 April.
    expect(sums[0]?.get('im')?.counts.down_minutes).toBe(60)
    expect(sums[1]?.get('im')?.counts.down_minutes).toBe(60)
  })
})

describe('hand-measured KPIs', () => {
  const measurements = [
    { customer: '', period: '2026-01', start: '2026-01-01', end: '2026-02-01', value: 70 },
    { customer: '', period: '2026-02', start: '2026-02-01', end: '2026-03-01', value: 72 },
    { customer: '', period: '2026-Q1', start: '2026-01-01', end: '2026-04-01', value: 74 },
    { customer: '', period: '2026', start: '2026-01-01', end: '2027-01-01', value: 76 },
    { customer: 'im', period: '2026-03', start: '2026-03-01', end: '2026-04-01', value: 90 },
  ]
  it('takes a month as measured, or the quarter that contains it', () => {
    expect(kpiValue(measurements, '', '2026-01-01', '2026-02-01')).toBe(70)
    expect(kpiValue(measurements, '', '2026-03-01', '2026-04-01')).toBe(74)
    expect(kpiValue(measurements, 'im', '2026-03-01', '2026-04-01')).toBe(90)
  })
  it('averages what lies within a quarter or a year', () => {
    // Q1 holds 2026-01 (70), 2026-02 (72) and 2026-Q1 (74) itself: (70 + 72 + 74) / 3 = 72
    expect(kpiValue(measurements, '', '2026-01-01', '2026-04-01')).toBe(72)
    // The year holds all four: (70 + 72 + 74 + 76) / 4 = 73
    expect(kpiValue(measurements, '', '2026-01-01', '2027-01-01')).toBe(73)
    expect(kpiValue(measurements, '', '2027-01-01', '2027-02-01')).toBeNull()
  })
})

describe('satisfaction', () => {
  it('gives CSAT and NPS per month with counts, marking fewer than 5 responses', async () => {
    const rows = await satisfactionByBucket(t.store, ['im'], buckets(march.from, march.to, 'month', zone), {
      byService: false,
    })
    // CSAT 2 of 3 = 66.67 %; NPS: 1 promoter, 1 detractor of 2 = 0.
    expect(rows).toEqual([
      {
        bucket: '2026-03-01',
        customer: 'im',
        service: '',
        csat: (2 / 3) * 100,
        csat_responses: 3,
        nps: 0,
        nps_responses: 2,
        csat_meaningful: false,
        nps_meaningful: false,
      },
    ])
  })

  it('links CSAT to the SLA outcome of the rated ticket', async () => {
    const outcomes = await satisfactionBySlaOutcome(t.store, ['im', 'fm'], march.from, march.to)
    // I1 (5) and I2 (4) met: 100 %; F2 (5) breached: 100 %; s3 names no ticket and is left out.
    expect(outcomes.find((o) => o.outcome === 'met')).toMatchObject({ csat: 100, responses: 2 })
    expect(outcomes.find((o) => o.outcome === 'breached')).toMatchObject({ csat: 100, responses: 1 })
  })

  it("gives a ministry only its own surveys' comments", async () => {
    const comments = await surveyComments(t.store, ['im'], march.from, march.to, 100)
    expect(comments.map((c) => c.comment)).toEqual(['Schnell erledigt'])
  })
})
