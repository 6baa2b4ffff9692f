import { describe, expect, it } from 'vitest'
import { formatDate, formatInstant, formatInteger, formatMonth, formatPercent } from './format'

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
})
