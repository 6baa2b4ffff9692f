import { describe, expect, it } from 'vitest'
import {
  boardHref,
  drillDownHref,
  parseTarget,
  readBoardFilters,
  readComplianceFilters,
  readDrillDown,
  targetLine,
  writeBoardFilters,
  writeComplianceFilters,
} from './params'

// A Thursday.
const TODAY = '2026-03-19'

describe('SLA filters in the URL', () => {
  it('board: ministries, services, priorities and states, repeated or comma-separated', () => {
    const filters = readBoardFilters(
      new URLSearchParams('ressort=im,fm&service=email&service=email&prioritaet=P1,P9&zustand=verletzt,egal'),
    )
    // Unknown priorities and states are dropped.
    expect(filters).toEqual({
      customers: ['im', 'fm'],
      services: ['email'],
      priorities: ['P1'],
      states: ['breached'],
    })
    expect(writeBoardFilters(filters).toString()).toBe(
      'ressort=im&ressort=fm&service=email&prioritaet=P1&zustand=verletzt',
    )
    expect(boardHref({ states: ['at_risk'] })).toBe('/sla?zustand=gefaehrdet')
    expect(boardHref({})).toBe('/sla')
  })

  it('compliance: defaults to the last 12 full months by month, ungrouped, without a target line', () => {
    expect(readComplianceFilters(new URLSearchParams(''), TODAY)).toEqual({
      from: '2025-03-01',
      to: '2026-03-01',
      customers: [],
      services: [],
      groupBy: 'none',
      unit: 'month',
      measure: 'resolution',
      target: undefined,
    })
  })

  it('compliance: round-trips, leaving defaults out', () => {
    const query =
      'von=2026-01-01&bis=2026-04-01&ressort=im&gruppe=prioritaet&raster=woche&kennzahl=reaktion&ziel=97.5'
    const filters = readComplianceFilters(new URLSearchParams(query), TODAY)
    expect(filters).toMatchObject({ groupBy: 'priority', unit: 'week', measure: 'response', target: 97.5 })
    expect(writeComplianceFilters(filters).toString()).toBe(query)
    expect(
      writeComplianceFilters({
        ...filters,
        groupBy: 'none',
        unit: 'month',
        measure: 'resolution',
        target: undefined,
      }).toString(),
    ).toBe('von=2026-01-01&bis=2026-04-01&ressort=im')
    expect(readComplianceFilters(new URLSearchParams('gruppe=quatsch'), TODAY).groupBy).toBe('none')
  })

  it('target line: a percentage above 0 up to 100, German decimal comma accepted', () => {
    expect(parseTarget('90')).toBe(90)
    expect(parseTarget('97,5')).toBe(97.5)
    expect(parseTarget('0')).toBeUndefined()
    expect(parseTarget('101')).toBeUndefined()
    expect(parseTarget('neunzig')).toBeUndefined()
    expect(parseTarget('')).toBeUndefined()
    expect(parseTarget(null)).toBeUndefined()
  })

  it('drill-down: reads outcome, ministries, services and valid priorities', () => {
    const params = new URLSearchParams(
      'von=2026-03-01&bis=2026-04-01&ergebnis=resolution_breached&ressort=im&service=email&prioritaet=P1&prioritaet=P9',
    )
    const drill = readDrillDown(params, TODAY)
    expect(drill).toEqual({
      from: '2026-03-01',
      to: '2026-04-01',
      outcome: 'resolution_breached',
      customers: ['im'],
      services: ['email'],
      priorities: ['P1'],
    })
    expect(drillDownHref(drill)).toBe(
      '/sla/tickets?von=2026-03-01&bis=2026-04-01&ergebnis=resolution_breached&ressort=im&service=email&prioritaet=P1',
    )
    // Without parameters: the tickets resolved last month.
    expect(readDrillDown(new URLSearchParams('ergebnis=alles'), TODAY)).toMatchObject({
      from: '2026-02-01',
      to: '2026-03-01',
      outcome: 'resolved',
    })
  })
})

describe('the target line of SLA-Einhaltung', () => {
  const goals = { resolution: 90, response: 95 }
  it("defaults to the goal's target of the measure, keeps a chosen one, and may be none", () => {
    expect(targetLine(undefined, goals, 'resolution')).toBe(90)
    expect(targetLine(undefined, goals, 'response')).toBe(95)
    expect(targetLine(97.5, goals, 'resolution')).toBe(97.5)
    expect(targetLine(null, goals, 'resolution')).toBeUndefined()
    expect(targetLine(undefined, { resolution: null, response: null }, 'resolution')).toBeUndefined()
  })

  it('writes the choice of none as ziel=keine and reads it back', () => {
    const filters = readComplianceFilters(
      new URLSearchParams('von=2026-01-01&bis=2026-04-01&ziel=keine'),
      TODAY,
    )
    expect(filters.target).toBeNull()
    expect(writeComplianceFilters(filters).toString()).toBe('von=2026-01-01&bis=2026-04-01&ziel=keine')
  })
})
