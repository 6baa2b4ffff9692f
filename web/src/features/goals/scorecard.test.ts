import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import type { Cockpit, Kpi } from './adapters'
import { kpiHref, measuredPeriodLabel, scorecardRows, scorecardSummary } from './scorecard'

function kpi(overrides: Partial<Kpi>): Kpi {
  return {
    id: 'loesung',
    name: 'Lösungszeit eingehalten',
    label: null,
    metric: 'resolution_compliance',
    unit: '%',
    direction: 'higher',
    target: 90,
    warn: 85,
    value: 89.2,
    status: 'amber',
    measuredPeriod: null,
    previous: 91,
    explanation: { de: '', en: '' },
    trend: [],
    byCustomer: [],
    ...overrides,
  }
}

const cockpit: Cockpit = {
  from: '2026-11-01',
  to: '2026-12-01',
  goals: [
    {
      id: 'zuverlaessigkeit',
      name: 'Zuverlässigkeit',
      description: null,
      kpis: [
        kpi({}),
        kpi({
          id: 'mttr',
          name: 'Mittlere Störungsdauer',
          metric: 'mttr_minutes',
          unit: 'min',
          direction: 'lower',
          target: 45,
          warn: 60,
          value: 40,
          previous: 50,
          status: 'green',
        }),
      ],
    },
    {
      id: 'mitarbeitende',
      name: 'Mitarbeitende',
      description: null,
      kpis: [
        kpi({
          id: 'mazi',
          name: 'Zufriedenheit',
          metric: 'kpi:employee_satisfaction',
          unit: '',
          target: 75,
          warn: 70,
          value: 76,
          previous: 76,
          measuredPeriod: '2026-09',
          status: 'green',
        }),
        kpi({
          id: 'cloud',
          name: 'Cloud',
          metric: 'kpi:cloud',
          unit: '%',
          value: null,
          previous: null,
          status: 'grey',
        }),
      ],
    },
  ],
}

describe('scorecard', () => {
  afterEach(() => setLanguage('de'))

  it('sums the KPIs up in one sentence', () => {
    expect(scorecardSummary(cockpit)).toBe('2 von 4 Kennzahlen im Ziel, 1 knapp verfehlt, 1 ohne Daten.')
    setLanguage('en')
    expect(scorecardSummary(cockpit)).toBe('2 of 4 KPIs on target, 1 narrowly missed, 1 without data.')
  })

  it('gives each KPI its change, whether that is better, its date when carried forward, and its link', () => {
    const [loesung, mttr, mazi, cloud] = scorecardRows(cockpit)
    // 89.2 − 91.0 = −1.8 points: worse, higher being better.
    expect(loesung).toMatchObject({
      value: '89,2\u00a0%',
      target: '≥ 90,0\u00a0%',
      change: { text: '−1,8 Pp.', direction: 'down', better: false },
      href: '/sla/einhaltung?von=2026-11-01&bis=2026-12-01&gruppe=ressort',
    })
    // 40 − 50 = −10 minutes: better, lower being better.
    expect(mttr?.change).toEqual({ text: '−10,0', direction: 'down', better: true })
    expect(mazi).toMatchObject({
      asOf: 'Stand: September 2026',
      change: { text: '±0,0', direction: 'same', better: null },
      href: '#kpi-mitarbeitende-mazi',
    })
    expect(cloud).toMatchObject({ value: null, change: null, status: 'grey' })
  })

  it('links each kind of KPI to the page behind it and names measured periods', () => {
    const period = { from: '2026-11-01', to: '2026-12-01' }
    expect(kpiHref({ metric: 'response_compliance', id: 'r' }, 'g', period)).toBe(
      '/sla/einhaltung?von=2026-11-01&bis=2026-12-01&gruppe=ressort&kennzahl=reaktion',
    )
    expect(kpiHref({ metric: 'availability', id: 'a' }, 'g', period)).toBe('/verfuegbarkeit')
    // Outage MTTR is an availability figure; the Erstlösungsquote a ticket figure, found by its source.
    expect(kpiHref({ metric: 'mttr_minutes', id: 'm' }, 'g', period)).toBe('/verfuegbarkeit')
    expect(kpiHref({ metric: 'first_time_resolution', id: 'f' }, 'g', period)).toBe(
      '/sla/einhaltung?von=2026-11-01&bis=2026-12-01&gruppe=ressort',
    )
    expect(kpiHref({ metric: 'nps', id: 'n' }, 'g', period)).toBe(
      '/zufriedenheit?von=2026-11-01&bis=2026-12-01',
    )
    expect(measuredPeriodLabel('2026-Q3')).toBe('3. Quartal 2026')
    expect(measuredPeriodLabel('2026')).toBe('Jahr 2026')
  })
})
