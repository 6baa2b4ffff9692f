import { describe, expect, it } from 'vitest'
import { alertFiring, BURN_ALERT_RULES, burnRate } from './availability-burn'

const minutes = (up: number, degraded: number, down: number) => ({
  up_minutes: up,
  degraded_minutes: degraded,
  down_minutes: down,
})

describe('burn rate', () => {
  it('is the down share of the known time over the budget share', () => {
    // 10 of 60 minutes down against 99.9 %: (10/60) / 0.001 = 166.67.
    expect(burnRate(minutes(50, 0, 10), 99.9)).toBeCloseTo(166.6667, 3)
    // Degraded counts as good: 1 of 100 down against 99 %: 0.01 / 0.01 = 1, the budget spent exactly.
    expect(burnRate(minutes(90, 9, 1), 99)).toBeCloseTo(1, 12)
    expect(burnRate(minutes(60, 0, 0), 99.9)).toBe(0)
  })

  it('is null without known time, without a target, or at 100 % (no budget)', () => {
    expect(burnRate(minutes(0, 0, 0), 99.9)).toBeNull()
    expect(burnRate(minutes(50, 0, 10), null)).toBeNull()
    expect(burnRate(minutes(50, 0, 10), 100)).toBeNull()
  })
})

describe('multi-window alerts', () => {
  it('are the SRE workbook rules: 1h/5m at 14.4, 6h/30m at 6, 3d/6h at 1', () => {
    expect(BURN_ALERT_RULES.map((r) => [r.longMinutes, r.shortMinutes, r.threshold, r.severity])).toEqual([
      [60, 5, 14.4, 'page'],
      [360, 30, 6, 'page'],
      [4320, 360, 1, 'ticket'],
    ])
  })

  it('fire only when both windows exceed the threshold', () => {
    expect(alertFiring(166.7, 1000, 14.4)).toBe(true)
    expect(alertFiring(166.7, 0, 14.4)).toBe(false)
    expect(alertFiring(14.4, 20, 14.4)).toBe(false)
    expect(alertFiring(null, 20, 1)).toBe(false)
  })
})
