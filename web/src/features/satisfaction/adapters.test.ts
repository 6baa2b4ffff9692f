import { afterEach, describe, expect, it } from 'vitest'
import { isWeak } from '../../../../shared/satisfaction'
import { setLanguage } from '../../i18n'
import {
  commentRows,
  formatNps,
  outcomeRows,
  readSatisfactionFilters,
  satisfactionRows,
  trendPoints,
  weakLabel,
  writeSatisfactionFilters,
} from './adapters'

const customers = [
  { id: 'im', name: 'Innenministerium' },
  { id: 'fm', name: 'Finanzministerium' },
]
const services = [{ id: 'email', name: 'E-Mail' }]

const row = (bucket: string, customer: string, csat: number | null, csatResponses: number, service = '') => ({
  bucket,
  customer,
  service,
  csat,
  csat_responses: csatResponses,
  nps: null,
  nps_responses: 0,
  csat_meaningful: csatResponses >= 5,
  nps_meaningful: false,
})

describe('satisfaction rows', () => {
  it('flag values from fewer than 5 responses as not meaningful, but show them', () => {
    expect([0, 1, 4, 5, 12].map(isWeak)).toEqual([false, true, true, false, false])
    const [fm, im] = satisfactionRows(
      [row('2026-03-01', 'fm', (4 / 6) * 100, 6), row('2026-03-01', 'im', (2 / 3) * 100, 3)],
      customers,
      services,
    ).sort((a, b) => a.customer.localeCompare(b.customer))
    // 2 of 3 responses 4 or 5 = 66.7 %: shown, flagged.
    expect(im).toMatchObject({ csat: '66,7\u00a0%', csatResponses: '3', csatWeak: true })
    expect(fm).toMatchObject({ csat: '66,7\u00a0%', csatResponses: '6', csatWeak: false })
    // No NPS responses: no data, not "wenig aussagekräftig", not 0.
    expect(im).toMatchObject({ nps: null, npsResponses: '0', npsWeak: false })
  })

  it('sort newest month first, ministries in catalog order, and name them', () => {
    const rows = satisfactionRows(
      [
        row('2026-02-01', 'im', 80, 5),
        row('2026-03-01', 'fm', 100, 1),
        row('2026-03-01', 'im', 50, 2, 'email'),
      ],
      customers,
      services,
    )
    expect(rows.map((r) => [r.monthLabel, r.customerName, r.serviceName])).toEqual([
      ['März 2026', 'Innenministerium', 'E-Mail'],
      ['März 2026', 'Finanzministerium', 'alle'],
      ['Februar 2026', 'Innenministerium', 'alle'],
    ])
  })

  it('give NPS its sign', () => {
    const [r] = satisfactionRows(
      [{ ...row('2026-03-01', 'im', null, 0), nps: -20, nps_responses: 5 }],
      customers,
      [],
    )
    expect(r).toMatchObject({ csat: null, nps: '-20,0', npsWeak: false })
  })
})

describe('SLA outcome rows', () => {
  it('label the outcomes in German and keep no data as null', () => {
    const rows = outcomeRows([
      { outcome: 'met', csat: 100, responses: 2, meaningful: false },
      { outcome: 'breached', csat: 0, responses: 6, meaningful: true },
      { outcome: 'open', csat: null, responses: 0, meaningful: false },
      { outcome: 'no_sla', csat: 50, responses: 2, meaningful: false },
    ])
    expect(rows.map((r) => [r.label, r.csat, r.formatted, r.responses, r.weak])).toEqual([
      ['SLA eingehalten', 100, '100,0\u00a0%', '2', true],
      ['SLA verletzt', 0, '0,0\u00a0%', '6', false],
      ['noch offen', null, null, '0', false],
      ['ohne SLA', 50, '50,0\u00a0%', '2', true],
    ])
  })
})

describe('comments', () => {
  it('show time in Berlin, ministry, service and the score on its scale', () => {
    const [c] = commentRows(
      [
        {
          id: 's1',
          at: Date.parse('2026-03-10T11:00:00Z'),
          customer: 'im',
          service: 'email',
          ticket: 'I1',
          kind: 'csat',
          score: 5,
          comment: 'Schnell erledigt',
        },
      ],
      customers,
      services,
    )
    expect(c).toEqual({
      id: 's1',
      when: '10.03.2026, 12:00',
      customerName: 'Innenministerium',
      serviceName: 'E-Mail',
      ticket: 'I1',
      score: 'CSAT 5 von 5',
      comment: 'Schnell erledigt',
    })
  })
})

describe('satisfaction filters', () => {
  it('default to the last 12 full months, in the URL as von/bis', () => {
    expect(readSatisfactionFilters(new URLSearchParams(''), '2026-04-15')).toEqual({
      from: '2025-04-01',
      to: '2026-04-01',
      customer: undefined,
      byService: false,
    })
    const filters = { from: '2026-01-01', to: '2026-04-01', customer: 'im', byService: true }
    expect(writeSatisfactionFilters(filters).toString()).toBe(
      'von=2026-01-01&bis=2026-04-01&ressort=im&dienste=1',
    )
    expect(readSatisfactionFilters(writeSatisfactionFilters(filters), '2026-04-15')).toEqual(filters)
  })
})

describe('in English', () => {
  afterEach(() => setLanguage('de'))

  it('formats rows with English numbers and months, "all" services', () => {
    setLanguage('en')
    const rows = satisfactionRows(
      [row('2026-03-01', 'im', (2 / 3) * 100, 1234), row('2026-02-01', 'fm', 100, 1, 'email')],
      customers,
      services,
    )
    expect(rows.map((r) => [r.monthLabel, r.customerName, r.serviceName, r.csat, r.csatResponses])).toEqual([
      ['March 2026', 'Innenministerium', 'all', '66.7%', '1,234'],
      ['February 2026', 'Finanzministerium', 'E-Mail', '100.0%', '1'],
    ])
    expect(formatNps(-20)).toBe('-20.0')
    expect(formatNps(12.5)).toBe('+12.5')
    expect(weakLabel()).toBe('not meaningful')
  })

  it('labels the SLA outcomes and scores in English', () => {
    setLanguage('en')
    expect(
      outcomeRows([
        { outcome: 'met', csat: 100, responses: 2, meaningful: false },
        { outcome: 'breached', csat: 0, responses: 6, meaningful: true },
        { outcome: 'open', csat: null, responses: 0, meaningful: false },
        { outcome: 'no_sla', csat: 50, responses: 2, meaningful: false },
      ]).map((r) => [r.label, r.formatted]),
    ).toEqual([
      ['SLA met', '100.0%'],
      ['SLA breached', '0.0%'],
      ['still open', null],
      ['without SLA', '50.0%'],
    ])
    const [csat, nps] = commentRows(
      [
        {
          id: 's1',
          at: Date.parse('2026-03-10T11:00:00Z'),
          customer: 'im',
          service: '',
          ticket: '',
          kind: 'csat',
          score: 4,
          comment: 'Quick',
        },
        {
          id: 's2',
          at: Date.parse('2026-07-01T22:30:00Z'),
          customer: 'fm',
          service: 'email',
          ticket: 'F1',
          kind: 'nps',
          score: 9,
          comment: 'Good',
        },
      ],
      customers,
      services,
    )
    expect(csat).toMatchObject({
      when: '10/03/2026, 12:00',
      score: 'CSAT 4 of 5',
      serviceName: null,
      ticket: null,
    })
    // 22:30 UTC in July is 00:30 the next day in Berlin (summer time).
    expect(nps).toMatchObject({ when: '02/07/2026, 00:30', score: 'NPS 9 of 10', serviceName: 'E-Mail' })
  })
})

describe('trend points', () => {
  const row = (
    bucket: string,
    csat: number | null,
    csatResponses: number,
    nps: number | null,
    npsResponses: number,
  ) => ({
    bucket,
    customer: '',
    service: '',
    csat,
    csat_responses: csatResponses,
    nps,
    nps_responses: npsResponses,
    csat_meaningful: csatResponses >= 5,
    nps_meaningful: npsResponses >= 5,
  })

  it('gives every month of the period a point: a thin month marked, an empty one a gap, the running one named', () => {
    const points = trendPoints(
      [row('2026-10-01', 80, 10, 20, 5), row('2026-11-01', 100, 2, null, 0)],
      { from: '2026-09-01', to: '2026-12-05' },
      '2026-12-04',
    )
    expect(points.map((p) => [p.label, p.csat, p.responses, p.csatWeak, p.npsWeak, p.running])).toEqual([
      ['September 2026', null, 0, false, false, false],
      ['Oktober 2026', 80, 15, false, false, false],
      ['November 2026', 100, 2, true, false, false],
      ['Dezember 2026 (laufend)', null, 0, false, false, true],
    ])
    expect(points[1]?.npsText).toBe('+20,0')
  })

  it('has no points for an invalid period', () => {
    expect(trendPoints([], { from: 'kaputt', to: '2026-12-01' }, '2026-12-04')).toEqual([])
  })
})
