import { describe, expect, it } from 'vitest'
import { endAfter, lastDayOf } from '../../../../shared/local-dates'
import { readTicketFilters, writeTicketFilters } from './filters'

// A Thursday.
const TODAY = '2026-03-19'

describe('filters in the URL', () => {
  it('default to the last 12 full months of all ministries', () => {
    expect(readTicketFilters(new URLSearchParams(''), TODAY)).toEqual({
      from: '2025-03-01',
      to: '2026-03-01',
      customers: [],
    })
  })

  it('read repeated and comma-separated ministries once each', () => {
    const params = new URLSearchParams('von=2026-01-01&bis=2026-04-01&ressort=im&ressort=fm,im')
    expect(readTicketFilters(params, TODAY)).toEqual({
      from: '2026-01-01',
      to: '2026-04-01',
      customers: ['im', 'fm'],
    })
  })

  it('round-trip through the query string', () => {
    const filters = { from: '2026-01-01', to: '2026-04-01', customers: ['im', 'fm'] }
    const query = writeTicketFilters(filters).toString()
    expect(query).toBe('von=2026-01-01&bis=2026-04-01&ressort=im&ressort=fm')
    expect(readTicketFilters(new URLSearchParams(query), TODAY)).toEqual(filters)
  })

  it('show the exclusive end as the last day included', () => {
    expect(lastDayOf({ from: '2026-01-01', to: '2026-04-01' })).toBe('2026-03-31')
    expect(endAfter('2026-03-31')).toBe('2026-04-01')
    expect(lastDayOf({ from: '2026-01-01', to: 'kaputt' })).toBe('')
  })
})
