import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import { endAfter, lastDayOf } from '../../lib/dates'
import {
  activePreset,
  PRESETS,
  presetLabel,
  presetPeriod,
  readTicketFilters,
  writeTicketFilters,
} from './filters'

// A Thursday.
const TODAY = '2026-03-19'

describe('period presets', () => {
  it('end with today and start on a Monday', () => {
    // This week's Monday is 16 March; three weeks before it is 23 February.
    expect(presetPeriod('letzte-4-wochen', TODAY)).toEqual({ from: '2026-02-23', to: '2026-03-20' })
    // 19 December 2025 is a Friday; its Monday is the 15th.
    expect(presetPeriod('letzte-3-monate', TODAY)).toEqual({ from: '2025-12-15', to: '2026-03-20' })
    // 19 March 2025 is a Wednesday; its Monday is the 17th.
    expect(presetPeriod('letzte-12-monate', TODAY)).toEqual({ from: '2025-03-17', to: '2026-03-20' })
    expect(presetPeriod('laufendes-jahr', TODAY)).toEqual({ from: '2026-01-01', to: '2026-03-20' })
  })

  it('recognises the preset a period came from', () => {
    expect(activePreset({ from: '2026-01-01', to: '2026-03-20' }, TODAY)).toBe('laufendes-jahr')
    expect(activePreset({ from: '2026-01-01', to: '2026-03-19' }, TODAY)).toBeUndefined()
  })
})

describe('filters in the URL', () => {
  it('default to the last three months of all ministries', () => {
    expect(readTicketFilters(new URLSearchParams(''), TODAY)).toEqual({
      from: '2025-12-15',
      to: '2026-03-20',
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

describe('preset labels', () => {
  afterEach(() => setLanguage('de'))

  it('follow the language', () => {
    expect(PRESETS.map(({ id }) => presetLabel(id))).toEqual([
      'Letzte 4 Wochen',
      'Letzte 3 Monate',
      'Letzte 12 Monate',
      'Laufendes Jahr',
    ])
    setLanguage('en')
    expect(PRESETS.map(({ id }) => presetLabel(id))).toEqual([
      'Last 4 weeks',
      'Last 3 months',
      'Last 12 months',
      'Year to date',
    ])
  })
})
