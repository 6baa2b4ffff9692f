import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import { formatBusinessDuration, formatWallDuration, percentUsed, timeLeftText } from './durations'

describe('business durations', () => {
  it('are hours and minutes, cut to whole minutes', () => {
    expect(formatBusinessDuration(190)).toBe('3\u00a0Std. 10\u00a0Min.')
    expect(formatBusinessDuration(240)).toBe('4\u00a0Std.')
    expect(formatBusinessDuration(45)).toBe('45\u00a0Min.')
    // 239.99 minutes is not yet the 4 hours of the target.
    expect(formatBusinessDuration(239.99)).toBe('3\u00a0Std. 59\u00a0Min.')
    expect(formatBusinessDuration(0)).toBe('0\u00a0Min.')
    expect(formatBusinessDuration(0.4)).toBe('unter 1\u00a0Min.')
  })

  it('never turn into days: 5777.1 minutes are 96 hours and 17 minutes', () => {
    expect(formatBusinessDuration(5777.1)).toBe('96\u00a0Std. 17\u00a0Min.')
    // 2400 minutes = 40 hours, the P4 resolution target.
    expect(formatBusinessDuration(2400)).toBe('40\u00a0Std.')
  })
})

describe('wall durations', () => {
  it('use days from 24 hours on and drop the minutes then', () => {
    expect(formatWallDuration(80)).toBe('1\u00a0Std. 20\u00a0Min.')
    expect(formatWallDuration(1440)).toBe('1\u00a0Tag')
    // 3 days 5 hours 12 minutes
    expect(formatWallDuration(3 * 1440 + 5 * 60 + 12)).toBe('3\u00a0Tage 5\u00a0Std.')
    expect(formatWallDuration(2 * 1440, true)).toBe('2\u00a0Tagen')
    expect(formatWallDuration(1440 + 60, true)).toBe('1\u00a0Tag 1\u00a0Std.')
  })
})

describe('time left', () => {
  it('counts down to the deadline', () => {
    expect(timeLeftText(80, 'at_risk')).toBe('noch 1\u00a0Std. 20\u00a0Min.')
    expect(timeLeftText(50.9, 'at_risk')).toBe('noch 50\u00a0Min.')
    expect(timeLeftText(0.5, 'at_risk')).toBe('noch unter 1\u00a0Min.')
  })

  it('says how long a deadline has passed, in the dative after "seit"', () => {
    expect(timeLeftText(-180, 'breached')).toBe('seit 3\u00a0Std. überschritten')
    expect(timeLeftText(-60.4, 'breached')).toBe('seit 1\u00a0Std. überschritten')
    expect(timeLeftText(-0.5, 'breached')).toBe('gerade überschritten')
    // 16485 minutes = 11 days (15840) + 645 minutes (10 h 45 min)
    expect(timeLeftText(-16485.07, 'breached')).toBe('seit 11\u00a0Tagen 10\u00a0Std. überschritten')
  })

  it('has no deadline while the clock is paused', () => {
    expect(timeLeftText(null, 'at_risk')).toBe('Uhr pausiert')
    expect(timeLeftText(null, 'breached')).toBe('überschritten, Uhr pausiert')
  })
})

describe('percent used', () => {
  it('is cut to whole percent', () => {
    // 190 of 240 = 79.17 %
    expect(percentUsed(190, 240)).toBe(79)
    expect(percentUsed(239.99, 240)).toBe(99)
    expect(percentUsed(240, 240)).toBe(100)
    expect(percentUsed(300, 240)).toBe(125)
    expect(percentUsed(10, 0)).toBe(0)
  })
})

describe('durations in English', () => {
  afterEach(() => setLanguage('de'))

  it('say hours and minutes as h and min, days as days', () => {
    setLanguage('en')
    expect(formatBusinessDuration(190)).toBe('3\u00a0h 10\u00a0min')
    expect(formatBusinessDuration(240)).toBe('4\u00a0h')
    expect(formatBusinessDuration(0.4)).toBe('under 1\u00a0min')
    // 5777.1 minutes = 96 h 17 min; thousands would get a comma.
    expect(formatBusinessDuration(5777.1)).toBe('96\u00a0h 17\u00a0min')
    expect(formatBusinessDuration(60_000)).toBe('1,000\u00a0h')
    expect(formatWallDuration(1440)).toBe('1\u00a0day')
    expect(formatWallDuration(3 * 1440 + 5 * 60 + 12)).toBe('3\u00a0days 5\u00a0h')
    // No dative in English.
    expect(formatWallDuration(2 * 1440, true)).toBe('2\u00a0days')
  })

  it('count down to the deadline and say how long ago it passed', () => {
    setLanguage('en')
    expect(timeLeftText(80, 'at_risk')).toBe('1\u00a0h 20\u00a0min left')
    expect(timeLeftText(0.5, 'at_risk')).toBe('under 1\u00a0min left')
    expect(timeLeftText(-180, 'breached')).toBe('breached 3\u00a0h ago')
    expect(timeLeftText(-0.5, 'breached')).toBe('just breached')
    // 16485 minutes = 11 days (15840) + 645 minutes (10 h 45 min)
    expect(timeLeftText(-16485.07, 'breached')).toBe('breached 11\u00a0days 10\u00a0h ago')
    expect(timeLeftText(null, 'at_risk')).toBe('clock paused')
    expect(timeLeftText(null, 'breached')).toBe('breached, clock paused')
  })
})
