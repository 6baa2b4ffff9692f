import { describe, expect, it } from 'vitest'
import { alertRows, type BurnAlert, formatBurnRate, formatMinutes, windowLabel } from './labels'

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
