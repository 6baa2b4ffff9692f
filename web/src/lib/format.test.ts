import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../i18n'
import {
  formatDate,
  formatDateAndTime,
  formatInstant,
  formatInteger,
  formatMonth,
  formatPercent,
  formatTimeOfDay,
  formatTimestamp,
} from './format'

describe('German formats', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatInteger(12345)).toBe('12.345')
    expect(formatPercent(87.5)).toBe('87,5\u00a0%')
    expect(formatPercent(100)).toBe('100,0\u00a0%')
    expect(formatPercent(66.66666)).toBe('66,7\u00a0%')
  })

  it('writes dates day first', () => {
    expect(formatDate('2026-03-02')).toBe('02.03.2026')
    expect(formatMonth('2026-03')).toBe('März 2026')
  })

  it('shows instants in Berlin time, summer and winter', () => {
    expect(formatInstant('2026-04-01T00:00:00+02:00')).toBe('01.04.2026, 00:00')
    expect(formatInstant('2026-03-01T00:00:00+01:00')).toBe('01.03.2026, 00:00')
    expect(formatInstant('2026-01-15T12:00:00Z')).toBe('15.01.2026, 13:00')
  })

  it('shows epoch milliseconds in Berlin time', () => {
    // 13:32:05 UTC on 12 March is 14:32:05 in Berlin (winter, UTC+1).
    const march = Date.parse('2026-03-12T13:32:05Z')
    expect(formatTimestamp(march)).toBe('12.03.2026, 14:32')
    expect(formatDateAndTime(march)).toEqual({ date: '12.03.2026', time: '14:32' })
    expect(formatTimeOfDay(march)).toBe('14:32:05')
    // 22:15 UTC on 30 June is 00:15 on 1 July in summer time (UTC+2).
    expect(formatDateAndTime(Date.parse('2026-06-30T22:15:00Z'))).toEqual({
      date: '01.07.2026',
      time: '00:15',
    })
  })
})

describe('English formats', () => {
  afterEach(() => setLanguage('de'))

  it('groups thousands with commas, uses a decimal point, and day-first dates', () => {
    setLanguage('en')
    expect(formatInteger(12345)).toBe('12,345')
    expect(formatPercent(87.5)).toBe('87.5%')
    expect(formatDate('2026-03-02')).toBe('02/03/2026')
    expect(formatMonth('2026-03')).toBe('March 2026')
  })

  it('still shows Berlin time', () => {
    setLanguage('en')
    expect(formatInstant('2026-01-15T12:00:00Z')).toBe('15/01/2026, 13:00')
    expect(formatTimeOfDay(Date.parse('2026-03-12T13:32:05Z'))).toBe('14:32:05')
  })
})
