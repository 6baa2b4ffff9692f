import { describe, expect, it } from 'vitest'
import { figureText } from './figure-format'

describe('one number format per kind of figure', () => {
  it('cuts availability to two decimals, so a value just under its target never reads as met', () => {
    expect(figureText('availability', 99.4996)).toBe('99.49')
    expect(figureText('availability', 99.9)).toBe('99.90')
    expect(figureText('availability', 100)).toBe('100.00')
    // 1.15 * 100 is 114.999… in binary: still 1.15.
    expect(figureText('availability', 1.15)).toBe('1.15')
    // metrics.md example 5: 1350 of 1380 minutes up = 97.826 %.
    expect(figureText('availability', (1350 / 1380) * 100)).toBe('97.82')
  })

  it('rounds other percentages and minutes to one decimal, without a negative zero', () => {
    expect(figureText('percent', (6 / 9) * 100)).toBe('66.7')
    expect(figureText('percent', 95)).toBe('95.0')
    expect(figureText('percent', -316.44)).toBe('-316.4')
    expect(figureText('percent', -0.01)).toBe('0.0')
    expect(figureText('minutes', 390)).toBe('390.0')
    expect(figureText('count', 12)).toBe('12')
  })
})
