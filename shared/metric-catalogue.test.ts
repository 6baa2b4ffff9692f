import { describe, expect, it } from 'vitest'
import { goalStatus } from './metric-catalogue'

describe('goal status', () => {
  const higher = { target: 90, warn: 85, direction: 'higher' as const }
  const lower = { target: 30, warn: 60, direction: 'lower' as const }
  it.each([
    [95, higher, 'green'],
    [90, higher, 'green'],
    [87, higher, 'amber'],
    [85, higher, 'amber'],
    [84.9, higher, 'red'],
    [null, higher, 'grey'],
    [20, lower, 'green'],
    [30, lower, 'green'],
    [45, lower, 'amber'],
    [60, lower, 'amber'],
    [61, lower, 'red'],
    [null, lower, 'grey'],
    [80, { target: 90, direction: 'higher' as const }, 'red'],
  ])('%s against %o is %s', (value, kpi, status) => {
    expect(goalStatus(value, kpi)).toBe(status)
  })
})
