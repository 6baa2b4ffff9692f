import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import {
  alertRows,
  type BurnAlert,
  basisLabel,
  formatAvailability,
  formatBurnRate,
  formatMinutes,
  formatTarget,
  stateLabel,
  windowLabel,
} from './labels'

const alert = (overrides: Partial<BurnAlert> & Pick<BurnAlert, 'id'>): BurnAlert => ({
  severity: 'page',
  long_window_minutes: 60,
  short_window_minutes: 5,
  threshold: 14.4,
  long_burn_rate: 0,
  short_burn_rate: 0,
  firing: false,
  ...overrides,
})

const NBSP = '\u00a0'

/** The three alerts of the German test below, out of rule order, for the English one. */
const threeAlerts = () => [
  alert({
    id: '3d',
    severity: 'ticket',
    long_window_minutes: 4320,
    short_window_minutes: 360,
    threshold: 1,
    long_burn_rate: 1.25,
    short_burn_rate: 2,
    firing: true,
  }),
  // 30 down minutes in the last hour at 99,5 %: 0,5 / 0,005 = 100.
  alert({ id: '1h', long_burn_rate: 100, short_burn_rate: 0, firing: false }),
  alert({
    id: '6h',
    long_window_minutes: 360,
    short_window_minutes: 30,
    threshold: 6,
    long_burn_rate: null,
    short_burn_rate: 0.01,
  }),
]

describe('alert labels', () => {
  it('names the windows as the SRE workbook does', () => {
    expect(windowLabel(60)).toBe('60 min')
    expect(windowLabel(5)).toBe('5 min')
    expect(windowLabel(360)).toBe('6 h')
    expect(windowLabel(4320)).toBe('3 Tage')
  })

  it('lists the three alerts in rule order with state and rates', () => {
    const rows = alertRows([
      alert({
        id: '3d',
        severity: 'ticket',
        long_window_minutes: 4320,
        short_window_minutes: 360,
        threshold: 1,
        long_burn_rate: 1.25,
        short_burn_rate: 2,
        firing: true,
      }),
      // 30 down minutes in the last hour at 99,5 %: 0,5 / 0,005 = 100.
      alert({ id: '1h', long_burn_rate: 100, short_burn_rate: 0, firing: false }),
      alert({
        id: '6h',
        long_window_minutes: 360,
        short_window_minutes: 30,
        threshold: 6,
        long_burn_rate: null,
        short_burn_rate: 0.01,
      }),
    ])
    expect(rows.map((r) => [r.windows, r.severity, r.threshold, r.longRate, r.shortRate, r.state])).toEqual([
      ['60 min / 5 min', 'Sofortalarm', '> 14,4', '100,0', '0,0', 'ruhig'],
      ['6 h / 30 min', 'Sofortalarm', '> 6', null, '< 0,1', 'ruhig'],
      ['3 Tage / 6 h', 'Ticket', '> 1', '1,3', '2,0', 'löst aus'],
    ])
    expect(rows[2]?.description).toBe(
      'Alarm 3 Tage / 6 h (Schwelle > 1): löst aus, Burn-Rate lang 1,3, kurz 2,0',
    )
  })

  it('formats rates and durations', () => {
    expect(formatBurnRate(null)).toBeNull()
    expect(formatBurnRate(14.4)).toBe('14,4')
    expect(formatMinutes(30)).toBe('30 min')
    expect(formatMinutes(135)).toBe('2 h 15 min')
    expect(formatMinutes(120)).toBe('2 h')
    expect(formatMinutes(3000)).toBe('2 d 2 h')
  })
})

describe('basis and figure labels', () => {
  it('says whose SLA measures, with the target', () => {
    expect(
      basisLabel({
        kind: 'standard',
        customer: null,
        sla: 'gold',
        target: 99.95,
        calendar: 'always',
        since: null,
      }),
    ).toBe(`Standard-SLA des Dienstes, Ziel 99,95${NBSP}%`)
    expect(
      basisLabel(
        { kind: 'customer', customer: 'fm', sla: null, target: null, calendar: null, since: null },
        'Finanzministerium',
      ),
    ).toBe('SLA des Ressorts Finanzministerium, ohne Verfügbarkeitsziel')
    expect(formatTarget(99.5)).toBe(`99,5${NBSP}%`)
    expect(formatAvailability(99.3)).toBe(`99,30${NBSP}%`)
    expect(stateLabel('down')).toBe('Gestört')
  })
})

describe('labels in English', () => {
  afterEach(() => setLanguage('de'))

  it('names the states, windows and alerts', () => {
    setLanguage('en')
    expect(['up', 'degraded', 'down', 'unknown'].map((s) => stateLabel(s as 'up'))).toEqual([
      'Up',
      'Degraded',
      'Down',
      'Unknown',
    ])
    expect(windowLabel(60)).toBe('60 min')
    expect(windowLabel(360)).toBe('6 h')
    expect(windowLabel(4320)).toBe('3 days')
    const rows = alertRows(threeAlerts())
    expect(rows.map((r) => [r.windows, r.severity, r.threshold, r.longRate, r.shortRate, r.state])).toEqual([
      ['60 min / 5 min', 'Page', '> 14.4', '100.0', '0.0', 'quiet'],
      ['6 h / 30 min', 'Page', '> 6', null, '< 0.1', 'quiet'],
      ['3 days / 6 h', 'Ticket', '> 1', '1.3', '2.0', 'firing'],
    ])
    expect(rows[2]?.description).toBe(
      'Alert 3 days / 6 h (threshold > 1): firing, burn rate long 1.3, short 2.0',
    )
    expect(rows[1]?.description).toBe(
      'Alert 6 h / 30 min (threshold > 6): quiet, burn rate long no data, short < 0.1',
    )
  })

  it('says whose SLA measures and formats targets and rates the English way', () => {
    setLanguage('en')
    expect(
      basisLabel({
        kind: 'standard',
        customer: null,
        sla: 'gold',
        target: 99.95,
        calendar: 'always',
        since: null,
      }),
    ).toBe("The service's standard SLA, target 99.95%")
    expect(
      basisLabel(
        { kind: 'customer', customer: 'fm', sla: null, target: null, calendar: null, since: null },
        'Finanzministerium',
      ),
    ).toBe('SLA of the ministry Finanzministerium, no availability target')
    expect(
      basisLabel({
        kind: 'customer',
        customer: 'fm',
        sla: 'rund',
        target: 99.5,
        calendar: null,
        since: null,
      }),
    ).toBe("The ministry's SLA, target 99.5%")
    expect(formatTarget(99.5)).toBe('99.5%')
    expect(formatAvailability(99.3)).toBe('99.30%')
    expect(formatBurnRate(14.4)).toBe('14.4')
    expect(formatMinutes(1500)).toBe('1 d 1 h')
  })
})
