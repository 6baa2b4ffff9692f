import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import {
  bucketInfo,
  type ComplianceRow,
  complianceChart,
  complianceTable,
  groupName,
  groupOrder,
  measureLabel,
  yDomain,
  yTicks,
} from './compliance'
import type { ComplianceFilters } from './params'

const catalog = {
  customers: [
    { id: 'im', name: 'Ministerium für Inneres, Bau und Digitalisierung' },
    { id: 'fm', name: 'Finanzministerium' },
  ],
  services: [
    { id: 'email', name: 'E-Mail' },
    { id: 'eakte', name: 'E-Akte' },
  ],
}

function row(
  bucket: string,
  group: string,
  resolution: [number, number],
  response: [number, number] = [0, 0],
  mttr: ComplianceRow['mttr'] = { mean: null, median: null, p90: null },
): ComplianceRow {
  const rate = ([met, breached]: [number, number]) =>
    met + breached === 0 ? null : (met / (met + breached)) * 100
  return {
    bucket,
    group,
    resolved: resolution[0] + resolution[1],
    resolution: { met: resolution[0], breached: resolution[1], compliance: rate(resolution) },
    response: { met: response[0], breached: response[1], compliance: rate(response) },
    mttr,
  }
}

describe('bucketInfo', () => {
  const half = { from: '2026-01-01', to: '2026-07-01' }

  it('gives a month its days, labels and whether it is whole', () => {
    expect(bucketInfo('2026-03-01', 'month', half)).toEqual({
      from: '2026-03-01',
      to: '2026-04-01',
      axis: 'Mär 26',
      title: 'März 2026',
      range: '01.03.–31.03.2026',
      partial: false,
    })
    // The period ends on the 20th (exclusive): the month runs to the 19th.
    expect(bucketInfo('2026-03-01', 'month', { from: '2026-01-01', to: '2026-03-20' })).toMatchObject({
      to: '2026-03-20',
      range: '01.03.–19.03.2026',
      partial: true,
    })
  })

  it('reads a week clipped at the start from its Monday', () => {
    // Wednesday 4 March is in week 10 (Monday 2 March to Sunday 8 March).
    expect(bucketInfo('2026-03-04', 'week', { from: '2026-03-04', to: '2026-04-01' })).toEqual({
      from: '2026-03-04',
      to: '2026-03-09',
      axis: 'KW 10',
      title: 'KW 10/2026',
      range: '04.03.–08.03.2026',
      partial: true,
    })
    // Monday 29 December 2025 starts ISO week 1 of 2026.
    expect(bucketInfo('2025-12-29', 'week', { from: '2025-12-01', to: '2026-02-01' })).toMatchObject({
      to: '2026-01-05',
      title: 'KW 1/2026',
      range: '29.12.2025–04.01.2026',
      partial: false,
    })
  })
})

describe('complianceChart', () => {
  const period = { from: '2026-01-01', to: '2026-04-01' }

  it('draws resolution and response ungrouped, keeping empty buckets as gaps', () => {
    const chart = complianceChart(
      [
        row('2026-02-01', '', [0, 0], [4, 0]),
        row('2026-01-01', '', [9, 1], [0, 0]),
        row('2026-03-01', '', [3, 1], [1, 1]),
      ],
      { groupBy: 'none', measure: 'resolution', unit: 'month', period, catalog },
    )
    expect(chart.series).toEqual([
      { key: 's0', name: 'Lösung eingehalten' },
      { key: 's1', name: 'Reaktion eingehalten' },
    ])
    // January 9 of 10 = 90 %, February none resolved (null, not 0), March 3 of 4 = 75 %.
    expect(chart.rows.map((r) => [r.axis, r.s0, r.s1])).toEqual([
      ['Jan 26', 90, null],
      ['Feb 26', null, 100],
      ['Mär 26', 75, 50],
    ])
  })

  it('draws one line per group of the chosen measure, groups in catalog order', () => {
    const chart = complianceChart(
      [
        row('2026-01-01', 'eakte', [1, 1], [2, 2]),
        row('2026-01-01', 'email', [3, 1], [1, 0]),
        row('2026-02-01', 'email', [0, 0], [3, 1]),
      ],
      { groupBy: 'service', measure: 'response', unit: 'month', period, catalog },
    )
    expect(chart.series).toEqual([
      { key: 's0', name: 'E-Mail' },
      { key: 's1', name: 'E-Akte' },
    ])
    // e-mail response 1 of 1 then 3 of 4; e-Akte 2 of 4, and no row at all in February: a gap.
    expect(chart.rows.map((r) => [r.bucket, r.s0, r.s1])).toEqual([
      ['2026-01-01', 100, 50],
      ['2026-02-01', 75, null],
    ])
  })

  it('orders priorities P1 to P4 and unknown groups last', () => {
    expect(groupOrder('priority', ['P3', 'P1', 'P4', 'P1'], catalog)).toEqual(['P1', 'P3', 'P4'])
    expect(groupOrder('customer', ['zz', 'fm', 'im'], catalog)).toEqual(['im', 'fm', 'zz'])
  })
})

describe('complianceTable', () => {
  const filters: ComplianceFilters = {
    from: '2026-01-01',
    to: '2026-03-01',
    customers: ['im'],
    services: [],
    groupBy: 'service',
    unit: 'month',
    measure: 'resolution',
    target: undefined,
  }

  it('gives the counts behind each rate, each linked to its drill-down', () => {
    const [first] = complianceTable(
      [row('2026-02-01', 'email', [9, 1], [0, 2], { mean: 390, median: 300, p90: 612 })],
      filters,
      catalog,
    )
    expect(first).toMatchObject({
      groupName: 'E-Mail',
      resolution: {
        met: {
          count: '9',
          href: '/sla/tickets?von=2026-02-01&bis=2026-03-01&ergebnis=resolution_met&ressort=im&service=email',
        },
        breached: {
          count: '1',
          href: '/sla/tickets?von=2026-02-01&bis=2026-03-01&ergebnis=resolution_breached&ressort=im&service=email',
        },
        rate: '90,0\u00a0%',
      },
      // No response met: nothing to open; 0 of 2 is 0 %, a real value.
      response: { met: { count: '0', href: null }, rate: '0,0\u00a0%' },
      // 390 minutes = 6.5 h, 300 = 5 h, 612 = 10.2 h
      mttr: { mean: '6,5', median: '5,0', p90: '10,2' },
    })
    expect(first?.bucket.title).toBe('Februar 2026')
  })

  it('narrows the drill-down to the priority of the row', () => {
    const [p1] = complianceTable(
      [row('2026-01-01', 'P1', [1, 0])],
      { ...filters, groupBy: 'priority' },
      catalog,
    )
    expect(p1?.resolution.met.href).toBe(
      '/sla/tickets?von=2026-01-01&bis=2026-02-01&ergebnis=resolution_met&ressort=im&prioritaet=P1',
    )
  })

  it('shows no rate and no MTTR for a bucket without stopped clocks', () => {
    const [empty] = complianceTable([row('2026-01-01', '', [0, 0])], { ...filters, groupBy: 'none' }, catalog)
    expect(empty).toMatchObject({
      groupName: 'Alle Tickets',
      resolution: { rate: null },
      response: { rate: null },
      mttr: { mean: null, median: null, p90: null },
    })
  })

  it('sorts by bucket, then groups in catalog order', () => {
    const rows = complianceTable(
      [row('2026-02-01', 'im', [1, 0]), row('2026-01-01', 'fm', [1, 0]), row('2026-01-01', 'im', [1, 0])],
      { ...filters, groupBy: 'customer', customers: [] },
      catalog,
    )
    expect(rows.map((r) => r.key)).toEqual(['2026-01-01|im', '2026-01-01|fm', '2026-02-01|im'])
  })
})

describe('yDomain', () => {
  const chart = (values: Array<number | null>) => ({
    series: [{ key: 's0', name: 'x' }],
    rows: values.map((value, i) => ({ bucket: String(i), axis: '', title: '', partial: false, s0: value })),
  })

  it('starts a round 10 below the lowest value or target, ends at 100', () => {
    // lowest 50: 45 rounded down to 40
    expect(yDomain(chart([90, 75, 50, null]))).toEqual([40, 100])
    // values 97 and 99, target 90: 85 rounded down to 80
    expect(yDomain(chart([97, 99]), 90)).toEqual([80, 100])
    expect(yDomain(chart([3]))).toEqual([0, 100])
    expect(yDomain(chart([null, null]))).toEqual([0, 100])
  })
})

describe('yTicks', () => {
  it('counts down from 100 in round steps', () => {
    expect(yTicks([80, 100])).toEqual([80, 85, 90, 95, 100])
    expect(yTicks([60, 100])).toEqual([60, 70, 80, 90, 100])
    // 0 to 100: every 20 %
    expect(yTicks([0, 100])).toEqual([0, 20, 40, 60, 80, 100])
    // 30 to 100: 20 would miss 30, so every 10 %
    expect(yTicks([30, 100])).toEqual([30, 40, 50, 60, 70, 80, 90, 100])
  })
})

describe('compliance in English', () => {
  afterEach(() => setLanguage('de'))
  const half = { from: '2026-01-01', to: '2026-07-01' }

  it('labels months and weeks in English, dates day first', () => {
    setLanguage('en')
    expect(bucketInfo('2026-03-01', 'month', half)).toMatchObject({
      axis: 'Mar 26',
      title: 'March 2026',
      range: '01/03–31/03/2026',
    })
    expect(bucketInfo('2026-05-01', 'month', half).axis).toBe('May 26')
    expect(bucketInfo('2026-03-04', 'week', { from: '2026-03-04', to: '2026-04-01' })).toMatchObject({
      axis: 'Wk 10',
      title: 'Week 10/2026',
      range: '04/03–08/03/2026',
      partial: true,
    })
  })

  it('names the lines, groups and rates in English', () => {
    setLanguage('en')
    const chart = complianceChart([row('2026-01-01', '', [9, 1], [1, 1])], {
      groupBy: 'none',
      measure: 'resolution',
      unit: 'month',
      period: half,
      catalog,
    })
    expect(chart.series.map((s) => s.name)).toEqual(['Resolution met', 'Response met'])
    expect(measureLabel('response')).toBe('Response met')
    expect(groupName('priority', '', catalog)).toBe('no priority')
    expect(groupName('none', '', catalog)).toBe('All tickets')
    const [first] = complianceTable(
      [row('2026-02-01', '', [9, 1], [0, 2], { mean: 390, median: 300, p90: 612 })],
      {
        from: '2026-01-01',
        to: '2026-03-01',
        customers: [],
        services: [],
        groupBy: 'none',
        unit: 'month',
        measure: 'resolution',
        target: undefined,
      },
      catalog,
    )
    expect(first).toMatchObject({
      groupName: 'All tickets',
      resolution: { rate: '90.0%' },
      response: { rate: '0.0%' },
      mttr: { mean: '6.5', median: '5.0', p90: '10.2' },
    })
    expect(first?.bucket.title).toBe('February 2026')
  })
})
