import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import {
  customerRows,
  directionLabel,
  formatKpiValue,
  type Kpi,
  kpiExplanation,
  kpiName,
  STATUS,
  statusCounts,
  targetLine,
  trendDomain,
  trendRows,
} from './adapters'
import { defaultPeriodValue, kindLabel, parseGoalPeriod, periodOptions, readGoalPeriod } from './period'

function kpi(overrides: Partial<Kpi> = {}): Kpi {
  return {
    id: 'loesung',
    name: 'Lösungszeit eingehalten',
    metric: 'resolution_compliance',
    unit: '%',
    direction: 'higher',
    target: 90,
    warn: 85,
    value: 75,
    status: 'red',
    measuredPeriod: null,
    previous: 80,
    label: { de: 'Lösungszeit eingehalten', en: 'Resolution time met' },
    explanation: {
      de: 'Im Zeitraum gelöste Tickets innerhalb der Lösungszeit des SLA, über alle Ressorts.',
      en: 'Tickets resolved in the period within the resolution time of the SLA, over all ministries.',
    },
    trend: [
      { bucket: '2026-01-01', value: 92, status: 'green' },
      { bucket: '2026-02-01', value: null, status: 'grey' },
      { bucket: '2026-03-01', value: 75, status: 'red' },
    ],
    byCustomer: [
      { customer: 'im', value: 100, status: 'green' },
      { customer: 'fm', value: 50, status: 'red' },
      { customer: 'xx', value: null, status: 'grey' },
    ],
    ...overrides,
  }
}

describe('status', () => {
  it('names each light with a word and a distinct shape, never colour alone', () => {
    expect(Object.values(STATUS).map((s) => s.label)).toEqual(['grün', 'gelb', 'rot', 'grau'])
    expect(new Set(Object.values(STATUS).map((s) => s.shape)).size).toBe(4)
    expect(STATUS.grey.meaning).toBe('keine Daten')
  })

  it('says which way is better', () => {
    expect(directionLabel('higher')).toBe('höher ist besser')
    expect(directionLabel('lower')).toBe('niedriger ist besser')
  })

  it('counts the KPIs per light', () => {
    const goals = [
      { kpis: [kpi(), kpi({ status: 'green' })] },
      { kpis: [kpi({ status: 'grey' }), kpi({ status: 'red' })] },
    ]
    expect(statusCounts({ goals } as never)).toEqual({ green: 1, amber: 0, red: 2, grey: 1 })
  })
})

describe('values', () => {
  it('format with their unit in German typesetting; null stays no data', () => {
    expect(formatKpiValue(87.5, '%')).toBe('87,5\u00a0%')
    expect(formatKpiValue(42, 'min')).toBe('42,0\u00a0min')
    expect(formatKpiValue(1234, 'Tickets')).toBe('1.234\u00a0Tickets')
    // The NPS has no unit and a sign; a hand-measured score without a unit has no sign.
    expect(formatKpiValue(12.5, '', 'nps')).toBe('+12,5')
    expect(formatKpiValue(-20, '', 'nps')).toBe('-20,0')
    expect(formatKpiValue(0, '', 'nps')).toBe('0,0')
    expect(formatKpiValue(72, '', 'kpi:employee_satisfaction')).toBe('72,0')
    expect(formatKpiValue(3.25, 'Punkte')).toBe('3,3\u00a0Punkte')
    expect(formatKpiValue(null, '%')).toBeNull()
  })

  it('state target and warn level, ≤ when lower is better', () => {
    expect(targetLine(kpi())).toBe('Ziel ≥ 90,0\u00a0%, Warnschwelle ≥ 85,0\u00a0%')
    expect(targetLine(kpi({ unit: 'Tickets', direction: 'lower', target: 0, warn: 1 }))).toBe(
      'Ziel ≤ 0\u00a0Tickets, Warnschwelle ≤ 1\u00a0Ticket',
    )
    expect(targetLine(kpi({ warn: null }))).toBe('Ziel ≥ 90,0\u00a0%')
  })
})

describe('trend', () => {
  it('keeps a month without data as a gap (null), never 0', () => {
    const rows = trendRows(kpi())
    expect(rows.map((r) => [r.month, r.axis, r.value, r.formatted, r.status])).toEqual([
      ['2026-01', 'Jan 26', 92, '92,0\u00a0%', 'green'],
      ['2026-02', 'Feb 26', null, null, 'grey'],
      ['2026-03', 'Mär 26', 75, '75,0\u00a0%', 'red'],
    ])
    expect(rows[2]?.title).toBe('März 2026')
  })

  it('scales the chart to the values and the target line', () => {
    // 75 … 92 and the target 90: range 17, 15 % room each side.
    const [low, high] = trendDomain(trendRows(kpi()), 90)
    expect(low).toBeCloseTo(75 - 2.55)
    expect(high).toBeCloseTo(92 + 2.55)
    // No values at all: the target alone, with room.
    const [emptyLow, emptyHigh] = trendDomain([], 90)
    expect(emptyLow).toBeLessThan(90)
    expect(emptyHigh).toBeGreaterThan(90)
  })
})

describe('breakdown per ministry', () => {
  it('names the ministries and keeps the server order', () => {
    const customers = [
      { id: 'fm', name: 'Finanzministerium' },
      { id: 'im', name: 'Innenministerium' },
    ]
    expect(customerRows(kpi(), customers)).toEqual([
      { customer: 'im', name: 'Innenministerium', value: '100,0\u00a0%', status: 'green' },
      { customer: 'fm', name: 'Finanzministerium', value: '50,0\u00a0%', status: 'red' },
      { customer: 'xx', name: 'xx', value: null, status: 'grey' },
    ])
  })
})

describe('goal period', () => {
  it('reads month, quarter and year, as local dates with the end exclusive', () => {
    expect(parseGoalPeriod('2026-03')).toEqual({
      kind: 'month',
      value: '2026-03',
      from: '2026-03-01',
      to: '2026-04-01',
      label: 'März 2026',
    })
    expect(parseGoalPeriod('2025-Q4')).toMatchObject({
      kind: 'quarter',
      from: '2025-10-01',
      to: '2026-01-01',
      label: '4. Quartal 2025',
    })
    expect(parseGoalPeriod('2025')).toMatchObject({ kind: 'year', from: '2025-01-01', to: '2026-01-01' })
    for (const bad of ['2026-13', '2026-Q5', '26', '', null]) expect(parseGoalPeriod(bad)).toBeUndefined()
  })

  it('defaults to the last complete month; a kind opens with its last complete period', () => {
    expect(readGoalPeriod(new URLSearchParams(''), '2026-04-01').value).toBe('2026-03')
    expect(readGoalPeriod(new URLSearchParams('zeitraum=kaputt'), '2026-01-15').value).toBe('2025-12')
    expect(readGoalPeriod(new URLSearchParams('zeitraum=2026-Q1'), '2026-04-01').value).toBe('2026-Q1')
    expect(defaultPeriodValue('quarter', '2026-04-01')).toBe('2026-Q1')
    expect(defaultPeriodValue('quarter', '2026-02-10')).toBe('2025-Q4')
    expect(defaultPeriodValue('year', '2026-02-10')).toBe('2025')
  })

  it('offers periods newest first, the running one marked', () => {
    expect(periodOptions('quarter', '2026-05-10').slice(0, 3)).toEqual([
      { value: '2026-Q2', label: '2. Quartal 2026 (laufend)' },
      { value: '2026-Q1', label: '1. Quartal 2026' },
      { value: '2025-Q4', label: '4. Quartal 2025' },
    ])
    expect(periodOptions('quarter', '2026-05-10')).toHaveLength(8)
    expect(periodOptions('year', '2026-05-10').map((o) => o.value)).toEqual([
      '2026',
      '2025',
      '2024',
      '2023',
      '2022',
    ])
    expect(periodOptions('month', '2026-05-10')).toHaveLength(24)
    // A linked older month is kept.
    expect(periodOptions('month', '2026-05-10', '2019-01').at(-1)).toEqual({
      value: '2019-01',
      label: 'Januar 2019',
    })
  })
})

describe('KPI name and explanation', () => {
  it('take the catalog name as written, else the metric label, else the metric id', () => {
    expect(kpiName(kpi())).toBe('Lösungszeit eingehalten')
    expect(kpiName(kpi({ name: null }))).toBe('Lösungszeit eingehalten')
    expect(kpiName(kpi({ name: null, label: null, metric: 'kpi:employee_satisfaction' }))).toBe(
      'kpi:employee_satisfaction',
    )
    expect(kpiExplanation(kpi())).toBe(
      'Im Zeitraum gelöste Tickets innerhalb der Lösungszeit des SLA, über alle Ressorts.',
    )
    expect(kindLabel('quarter')).toBe('Quartal')
  })
})

describe('in English', () => {
  afterEach(() => setLanguage('de'))

  it('names the lights, the direction and the period kinds', () => {
    setLanguage('en')
    expect(Object.values(STATUS).map((s) => s.label)).toEqual(['green', 'amber', 'red', 'grey'])
    expect(Object.values(STATUS).map((s) => s.meaning)).toEqual([
      'target met',
      'warning level met, target missed',
      'target and warning level missed',
      'no data',
    ])
    expect(directionLabel('higher')).toBe('higher is better')
    expect(directionLabel('lower')).toBe('lower is better')
    expect(['month', 'quarter', 'year'].map((k) => kindLabel(k as 'month'))).toEqual([
      'Month',
      'Quarter',
      'Year',
    ])
  })

  it('shows the metric label and explanation in English; a catalog name stays as written', () => {
    setLanguage('en')
    expect(kpiName(kpi({ name: null }))).toBe('Resolution time met')
    expect(kpiName(kpi())).toBe('Lösungszeit eingehalten')
    expect(kpiExplanation(kpi())).toBe(
      'Tickets resolved in the period within the resolution time of the SLA, over all ministries.',
    )
  })

  it('formats values, targets and the trend the English way', () => {
    setLanguage('en')
    expect(formatKpiValue(87.5, '%')).toBe('87.5%')
    expect(formatKpiValue(42, 'min')).toBe('42.0\u00a0min')
    expect(formatKpiValue(1234, 'Tickets')).toBe('1,234\u00a0tickets')
    expect(formatKpiValue(1, 'Tickets')).toBe('1\u00a0ticket')
    expect(formatKpiValue(12.5, '', 'nps')).toBe('+12.5')
    expect(formatKpiValue(-20, '', 'nps')).toBe('-20.0')
    expect(formatKpiValue(3.25, 'Punkte')).toBe('3.3\u00a0Punkte')
    expect(targetLine(kpi())).toBe('Target ≥ 90.0%, warning level ≥ 85.0%')
    expect(targetLine(kpi({ unit: 'Tickets', direction: 'lower', target: 0, warn: 1 }))).toBe(
      'Target ≤ 0\u00a0tickets, warning level ≤ 1\u00a0ticket',
    )
    const rows = trendRows(kpi())
    expect(rows.map((r) => [r.axis, r.formatted])).toEqual([
      ['Jan 26', '92.0%'],
      ['Feb 26', null],
      ['Mar 26', '75.0%'],
    ])
    expect(rows[2]?.title).toBe('March 2026')
    expect(customerRows(kpi(), [{ id: 'im', name: 'Innenministerium' }])[0]).toEqual({
      customer: 'im',
      name: 'Innenministerium',
      value: '100.0%',
      status: 'green',
    })
  })

  it('names the periods in English', () => {
    setLanguage('en')
    expect(parseGoalPeriod('2026-03')?.label).toBe('March 2026')
    expect(parseGoalPeriod('2025-Q4')?.label).toBe('Q4 2025')
    expect(parseGoalPeriod('2025')?.label).toBe('Year 2025')
    expect(periodOptions('quarter', '2026-05-10').slice(0, 2)).toEqual([
      { value: '2026-Q2', label: 'Q2 2026 (current)' },
      { value: '2026-Q1', label: 'Q1 2026' },
    ])
  })
})
