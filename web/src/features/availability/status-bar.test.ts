import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import type { Overview } from './labels'
import {
  cellTone,
  minorBand,
  orderRows,
  statusCell,
  statusRows,
  targetSummary,
  toneLabel,
} from './status-bar'

const NBSP = '\u00a0'

describe('status bar tones', () => {
  it('measures the shortfall in error budgets: 99,5 % has a 0,5-point "knapp" band', () => {
    expect(minorBand(99.5)).toBe(0.5)
    expect(cellTone(100, 99.5)).toBe('met')
    expect(cellTone(99.5, 99.5)).toBe('met')
    // 0,3 points short, within one budget.
    expect(cellTone(99.2, 99.5)).toBe('minor')
    // Exactly one budget short (99,5 - 0,5 = 99,0) is still "knapp".
    expect(cellTone(99, 99.5)).toBe('minor')
    expect(cellTone(98.9, 99.5)).toBe('major')
    expect(cellTone(0, 99.5)).toBe('major')
  })

  it('gives a 100 % target a band of 0,1 points', () => {
    expect(minorBand(100)).toBe(0.1)
    expect(cellTone(99.95, 100)).toBe('minor')
    expect(cellTone(99.8, 100)).toBe('major')
  })

  it('keeps "no data" and "no target" apart', () => {
    expect(cellTone(null, 99.5)).toBe('none')
    expect(cellTone(null, null)).toBe('none')
    expect(cellTone(97, null)).toBe('unrated')
  })
})

describe('status cells', () => {
  it('names a day with its figures', () => {
    const cell = statusCell(
      '2026-03-12',
      { availability: 99.3, met: false, coverage: 98.5, down_minutes: 10, outages: 1 },
      99.5,
    )
    expect(cell.tone).toBe('minor')
    expect(cell.label).toBe(`12.03.2026: 99,30${NBSP}%, Ziel knapp verfehlt`)
    expect(cell.title).toBe(
      [
        '12.03.2026',
        `Verfügbarkeit 99,30${NBSP}% (Ziel 99,5${NBSP}%)`,
        `Abdeckung 98,50${NBSP}%`,
        'Ausfallzeit 10 min',
        '1 Ausfall',
      ].join('\n'),
    )
  })

  it('says "keine Daten" for a day without known time', () => {
    expect(statusCell('2026-03-01', null, 99.5)).toEqual({
      date: '2026-03-01',
      tone: 'none',
      availability: null,
      label: '01.03.2026: keine Daten',
      title: '01.03.2026\nkeine Daten',
    })
  })
})

describe('status rows', () => {
  it('aligns the days with the dates and counts the tones', () => {
    const overview = {
      customer: null,
      as_of: '2026-03-03T10:00:00.000Z',
      timezone: 'Europe/Berlin',
      dates: ['2026-03-01', '2026-03-02', '2026-03-03'],
      services: [
        {
          service: 'email',
          name: 'E-Mail',
          basis: {
            kind: 'standard',
            customer: null,
            sla: 'standard',
            target: 99.5,
            calendar: 'always',
            since: null,
          },
          state: 'up',
          state_since: '2026-03-02T08:30:00.000Z',
          last_check: null,
          availability: 98.75,
          met: false,
          coverage: 66.7,
          days: [
            null,
            { availability: 97.5, met: false, coverage: 100, down_minutes: 36, outages: 1 },
            { availability: 100, met: true, coverage: 100, down_minutes: 0, outages: 0 },
          ],
          service_time: [true, true, true],
        },
      ],
    } satisfies Overview
    const [row] = statusRows(overview)
    expect(row?.cells.map((cell) => [cell.date, cell.tone])).toEqual([
      ['2026-03-01', 'none'],
      // 2 points short of 99,5 %: more than one budget (0,5).
      ['2026-03-02', 'major'],
      ['2026-03-03', 'met'],
    ])
    expect(row?.counts).toEqual({ met: 1, minor: 0, major: 1, unrated: 0, closed: 0, none: 1 })
    expect(row?.state).toEqual({ state: 'up', since: '2026-03-02T08:30:00.000Z', lastCheck: null })
    expect(row?.cells[1]?.title).toContain('Ausfallzeit 36 min\n1 Ausfall')
  })
})

describe('days without service time, order and summary', () => {
  const service = (id: string, met: boolean | null, availability: number | null, target: number | null) => ({
    service: id,
    name: id,
    basis: {
      kind: 'standard' as const,
      customer: null,
      sla: 'standard',
      target,
      calendar: 'buero',
      since: null,
    },
    state: 'unknown' as const,
    state_since: null,
    last_check: '2026-03-02T18:00:00+01:00',
    availability,
    met,
    coverage: 100,
    // Sunday: no service time in an office-hours calendar; Monday: service time, no checks.
    days: [null, null],
    service_time: [false, true],
  })
  const overview = {
    customer: null,
    as_of: '2026-03-02T20:00:00+01:00',
    timezone: 'Europe/Berlin',
    dates: ['2026-03-01', '2026-03-02'],
    services: [
      service('a', true, 99.9, 99.5),
      service('b', false, 99.0, 99.5),
      service('c', null, null, 99.5),
      service('d', false, 90.0, 99.5),
      service('e', true, 100, 99.5),
    ],
  } satisfies Overview

  it('marks a day without service time apart from a day without data', () => {
    const [row] = statusRows(overview)
    expect(row?.cells.map((cell) => [cell.tone, cell.label])).toEqual([
      ['closed', '01.03.2026: keine Servicezeit'],
      ['none', '02.03.2026: keine Daten'],
    ])
    expect(row?.counts).toMatchObject({ closed: 1, none: 1 })
    expect(row?.state.lastCheck).toBe('2026-03-02T18:00:00+01:00')
  })

  it('puts services below target first, the furthest below first', () => {
    const rows = statusRows(overview)
    expect(orderRows(rows, 'below-target').map((row) => row.service)).toEqual(['d', 'b', 'c', 'a', 'e'])
    expect(orderRows(rows, 'catalog').map((row) => row.service)).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('counts the services within target', () => {
    // a and e met; b and d missed; c without a verdict.
    expect(targetSummary(statusRows(overview))).toEqual({ met: 2, count: 5, unrated: 1 })
  })
})

describe('status cells in English', () => {
  afterEach(() => setLanguage('de'))

  it('names a day with its figures, day before month and a decimal point', () => {
    setLanguage('en')
    const cell = statusCell(
      '2026-03-12',
      { availability: 99.3, met: false, coverage: 98.5, down_minutes: 10, outages: 1 },
      99.5,
    )
    expect(cell.label).toBe('12/03/2026: 99.30%, Target narrowly missed')
    expect(cell.title).toBe(
      [
        '12/03/2026',
        'Availability 99.30% (target 99.5%)',
        'Coverage 98.50%',
        'Downtime 10 min',
        '1 outage',
      ].join('\n'),
    )
    // No target, no coverage, two outages of 1 h 30 min together.
    const unrated = statusCell(
      '2026-03-13',
      { availability: 97, met: null, coverage: null, down_minutes: 90, outages: 2 },
      null,
    )
    expect(unrated.label).toBe('13/03/2026: 97.00%, measured, no target')
    expect(unrated.title).toBe(
      ['13/03/2026', 'Availability 97.00%', 'Coverage no data', 'Downtime 1 h 30 min', '2 outages'].join(
        '\n',
      ),
    )
  })

  it('says "no data" for a day without known time, and names every tone', () => {
    setLanguage('en')
    expect(statusCell('2026-03-01', null, 99.5)).toMatchObject({
      label: '01/03/2026: no data',
      title: '01/03/2026\nno data',
    })
    expect((['met', 'minor', 'major', 'unrated', 'none'] as const).map(toneLabel)).toEqual([
      'Target met',
      'Target narrowly missed',
      'Target clearly missed',
      'measured, no target',
      'no data',
    ])
  })
})
