import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  daysBetween,
  isLocalDate,
  isoWeek,
  monthPeriod,
  startOfWeek,
  today,
} from './local-dates'

describe('local dates', () => {
  it('takes today in Berlin, not in UTC', () => {
    // 23:30 UTC on 28 March is 00:30 on the 29th in Berlin (UTC+1, before the switch).
    expect(today(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29')
    // 22:30 UTC on 24 October is 00:30 on the 25th in summer time (UTC+2).
    expect(today(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25')
    expect(today(new Date('2026-10-24T21:59:00Z'))).toBe('2026-10-24')
  })

  it('rejects what is not a calendar date', () => {
    expect(isLocalDate('2026-02-28')).toBe(true)
    expect(isLocalDate('2026-02-29')).toBe(false)
    expect(isLocalDate('2024-02-29')).toBe(true)
    expect(isLocalDate('2026-3-1')).toBe(false)
    expect(isLocalDate(null)).toBe(false)
  })

  it('adds days across month, year and the daylight-saving switch', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29')
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31)
  })

  it('clamps months to their last day', () => {
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28')
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29')
    expect(addMonths('2026-01-15', -12)).toBe('2025-01-15')
    expect(addMonthsToMonth('2026-01', -1)).toBe('2025-12')
    expect(monthPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2027-01-01' })
  })

  it('finds Monday and the ISO week', () => {
    // 2026-03-05 is a Thursday; 2026-03-08 a Sunday.
    expect(startOfWeek('2026-03-05')).toBe('2026-03-02')
    expect(startOfWeek('2026-03-08')).toBe('2026-03-02')
    expect(startOfWeek('2026-03-09')).toBe('2026-03-09')
    // 1 Jan 2026 is a Thursday, so week 1 starts Mon 29 Dec 2025; 2 March is 9 weeks later.
    expect(isoWeek('2026-03-02')).toEqual({ year: 2026, week: 10 })
    expect(isoWeek('2025-12-29')).toEqual({ year: 2026, week: 1 })
    // 2026 starts on a Thursday: it has 53 weeks, and Fri 1 Jan 2027 is in the last one.
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 })
    expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 })
  })
})
