import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import { ministryTotals, totals, type WeeklyTicketRow, weekRows } from './adapters'

const row = (week: string, customer: string, created: number, resolved: number): WeeklyTicketRow => ({
  week,
  customer,
  created,
  resolved,
})

// The server sends every week for every ministry, zeros included, in no promised order.
const ROWS = [
  row('2026-03-16', 'fm', 6, 2),
  row('2026-03-02', 'im', 3, 2),
  row('2026-03-02', 'fm', 0, 0),
  row('2026-03-09', 'im', 2, 1),
  row('2026-03-09', 'fm', 0, 0),
  row('2026-03-16', 'im', 0, 1),
]

describe('weekRows', () => {
  // Wednesday 4 March up to (not including) Monday 23 March.
  const period = { from: '2026-03-04', to: '2026-03-23' }

  it('sums the ministries of each week, oldest week first', () => {
    const weeks = weekRows(ROWS, period)
    expect(weeks.map((w) => [w.week, w.created, w.resolved])).toEqual([
      ['2026-03-02', 3, 2],
      ['2026-03-09', 2, 1],
      ['2026-03-16', 6, 3],
    ])
  })

  it('labels weeks by ISO number and range and marks partial ones', () => {
    const [first, second, third] = weekRows(ROWS, period)
    expect(first).toMatchObject({
      label: 'KW 10',
      title: 'KW 10/2026',
      range: '02.03.–08.03.2026',
      partial: true,
    })
    expect(second).toMatchObject({ label: 'KW 11', partial: false })
    // 16 + 7 = 23 March, the exclusive end: a whole week.
    expect(third).toMatchObject({ label: 'KW 12', range: '16.03.–22.03.2026', partial: false })
  })

  it('adds the year to the axis label when the period spans two', () => {
    const weeks = weekRows([row('2025-12-22', 'im', 1, 0), row('2026-01-05', 'im', 0, 1)], {
      from: '2025-12-22',
      to: '2026-01-12',
    })
    expect(weeks.map((w) => w.label)).toEqual(['KW 52/25', 'KW 2/26'])
    expect(
      weekRows([row('2025-12-29', 'im', 0, 0)], { from: '2025-12-29', to: '2026-01-05' })[0]?.range,
    ).toBe('29.12.2025–04.01.2026')
  })

  it('is empty without rows', () => {
    expect(weekRows([], period)).toEqual([])
  })
})

describe('sums', () => {
  it('totals created and resolved', () => {
    // created 6 + 3 + 0 + 2 + 0 + 0, resolved 2 + 2 + 0 + 1 + 0 + 1
    expect(totals(ROWS)).toEqual({ created: 11, resolved: 6 })
    expect(totals([])).toEqual({ created: 0, resolved: 0 })
  })

  it('totals per ministry in catalog order, naming unknown ids by id', () => {
    const customers = [
      { id: 'im', name: 'Ministerium für Inneres, Bau und Digitalisierung' },
      { id: 'fm', name: 'Finanzministerium' },
    ]
    expect(ministryTotals([...ROWS, row('2026-03-02', 'alt', 1, 1)], customers)).toEqual([
      { customer: 'im', name: 'Ministerium für Inneres, Bau und Digitalisierung', created: 5, resolved: 4 },
      { customer: 'fm', name: 'Finanzministerium', created: 6, resolved: 2 },
      { customer: 'alt', name: 'alt', created: 1, resolved: 1 },
    ])
  })
})

describe('weekRows in English', () => {
  afterEach(() => setLanguage('de'))

  it('labels weeks as W and Week, ranges day before month', () => {
    setLanguage('en')
    const [first, , third] = weekRows(ROWS, { from: '2026-03-04', to: '2026-03-23' })
    expect(first).toMatchObject({ label: 'W10', title: 'Week 10/2026', range: '02/03–08/03/2026' })
    expect(third).toMatchObject({ label: 'W12', title: 'Week 12/2026', range: '16/03–22/03/2026' })
    const across = weekRows([row('2025-12-22', 'im', 1, 0), row('2025-12-29', 'im', 0, 1)], {
      from: '2025-12-22',
      to: '2026-01-05',
    })
    expect(across.map((w) => [w.label, w.range])).toEqual([
      ['W52/25', '22/12–28/12/2025'],
      ['W1/26', '29/12/2025–04/01/2026'],
    ])
  })
})
