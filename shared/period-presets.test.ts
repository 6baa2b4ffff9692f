import { describe, expect, it } from 'vitest'
import { activePreset, last30Days, monthsBefore, presetPeriod, quartersBefore } from './period-presets'

// A Thursday in the second quarter.
const TODAY = '2026-05-14'

describe('period presets', () => {
  it('compute what they are named for', () => {
    expect(presetPeriod('this-month', TODAY)).toEqual({ from: '2026-05-01', to: '2026-05-15' })
    expect(presetPeriod('last-month', TODAY)).toEqual({ from: '2026-04-01', to: '2026-05-01' })
    expect(presetPeriod('this-quarter', TODAY)).toEqual({ from: '2026-04-01', to: '2026-05-15' })
    expect(presetPeriod('last-quarter', TODAY)).toEqual({ from: '2026-01-01', to: '2026-04-01' })
    expect(presetPeriod('this-year', TODAY)).toEqual({ from: '2026-01-01', to: '2026-05-15' })
    // May 2025 to April 2026: twelve whole months, the running one left out.
    expect(presetPeriod('last-12-months', TODAY)).toEqual({ from: '2025-05-01', to: '2026-05-01' })
  })

  it('cross the year in January and December', () => {
    expect(presetPeriod('last-month', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2026-01-01' })
    expect(presetPeriod('last-quarter', '2026-02-28')).toEqual({ from: '2025-10-01', to: '2026-01-01' })
    expect(presetPeriod('this-year', '2026-12-31')).toEqual({ from: '2026-01-01', to: '2027-01-01' })
    // In December "last 12 months" is not the running year (the review's complaint).
    expect(presetPeriod('last-12-months', '2026-12-04')).toEqual({ from: '2025-12-01', to: '2026-12-01' })
    expect(presetPeriod('this-year', '2026-12-04')).toEqual({ from: '2026-01-01', to: '2026-12-05' })
  })

  it('give the service page its 30 days and the archives their whole months and quarters, the latest first', () => {
    // 15 April to 14 May inclusive: 16 + 14 days.
    expect(last30Days(TODAY)).toEqual({ from: '2026-04-15', to: '2026-05-15' })
    expect(monthsBefore('2026-02-10', 3)).toEqual([
      { from: '2026-01-01', to: '2026-02-01' },
      { from: '2025-12-01', to: '2026-01-01' },
      { from: '2025-11-01', to: '2025-12-01' },
    ])
    expect(quartersBefore(TODAY, 2)).toEqual([
      { from: '2026-01-01', to: '2026-04-01' },
      { from: '2025-10-01', to: '2026-01-01' },
    ])
  })

  it('recognise the preset a period came from, and no preset for any other', () => {
    expect(activePreset({ from: '2026-01-01', to: '2026-04-01' }, TODAY)).toBe('last-quarter')
    expect(activePreset({ from: '2026-01-01', to: '2026-04-02' }, TODAY)).toBeUndefined()
  })
})
