import { describe, expect, it } from 'vitest'
import {
  COMPUTED_GOAL_METRICS,
  type Count,
  goalStatus,
  metricDefinition,
  metricValue,
  REPORT_METRICS,
} from './metric-catalogue'

describe('metric catalogue', () => {
  const counts: Partial<Record<Count, number>> = {
    resolved: 8,
    resolved_first_time: 6,
    reopened: 2,
    promoters: 5,
    detractors: 2,
    nps_responses: 10,
    outages: 4,
    outage_minutes: 90,
    open_at_end: 3,
  }
  const count = (name: Count) => counts[name] ?? 0

  it('forms each value from its counts: a share, a difference over a whole, a mean or a count', () => {
    expect(metricValue('first_time_resolution', count)).toBe(75)
    expect(metricValue('reopen_rate', count)).toBe(25)
    // (5 − 2) / 10 promoters minus detractors.
    expect(metricValue('nps', count)).toBe(30)
    expect(metricValue('mttr_minutes', count)).toBe(22.5)
    expect(metricValue('backlog', count)).toBe(3)
    // No denominator: no value (drawn as a gap), never 0 or 100.
    expect(metricValue('csat', count)).toBeNull()
    expect(metricValue('first_time_resolution', () => 0)).toBeNull()
  })

  it('shows in the report only figures of tickets and surveys, which the report counts', () => {
    expect(REPORT_METRICS).toEqual(['first_time_resolution'])
    for (const metric of COMPUTED_GOAL_METRICS.filter((m) => metricDefinition(m).report))
      expect(['tickets', 'satisfaction']).toContain(metricDefinition(metric).source)
  })
})

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
