import { describe, expect, it } from 'vitest'
import { lastCompleteMonth, monthOptions, readReportParams, writeReportParams } from './params'

describe('report params', () => {
  it('default to the last complete month', () => {
    expect(lastCompleteMonth('2026-04-01')).toBe('2026-03')
    expect(lastCompleteMonth('2026-01-31')).toBe('2025-12')
    expect(readReportParams(new URLSearchParams(''), '2026-04-01')).toEqual({
      month: '2026-03',
      customer: undefined,
    })
  })

  it('read month and ministry, ignoring a malformed month', () => {
    expect(readReportParams(new URLSearchParams('monat=2025-11&ressort=im'), '2026-04-01')).toEqual({
      month: '2025-11',
      customer: 'im',
    })
    expect(readReportParams(new URLSearchParams('monat=2025-13'), '2026-04-01').month).toBe('2026-03')
    expect(writeReportParams({ month: '2025-11', customer: 'im' }).toString()).toBe(
      'monat=2025-11&ressort=im',
    )
  })

  it('offer the current month and 24 before it, newest first', () => {
    const options = monthOptions('2026-04-15', '2026-03')
    expect(options).toHaveLength(25)
    expect(options[0]).toEqual({ value: '2026-04', label: 'April 2026 (laufend)' })
    expect(options[1]).toEqual({ value: '2026-03', label: 'März 2026' })
    expect(options.at(-1)?.value).toBe('2024-04')
  })

  it('keep a linked month that is older', () => {
    const options = monthOptions('2026-04-15', '2020-01')
    expect(options).toHaveLength(26)
    expect(options.at(-1)).toEqual({ value: '2020-01', label: 'Januar 2020' })
  })
})
