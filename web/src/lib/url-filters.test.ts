import { describe, expect, it } from 'vitest'
import {
  appendCustomers,
  carriedPeriod,
  customerParam,
  customersParam,
  linkWithPeriod,
  periodParams,
  readPeriod,
} from './url-filters'

// A Thursday in the second quarter.
const TODAY = '2026-05-14'

describe('period in the URL', () => {
  it('reads von/bis, else the page default', () => {
    expect(readPeriod(new URLSearchParams('von=2026-02-01&bis=2026-02-08'), TODAY, 'last-month')).toEqual({
      from: '2026-02-01',
      to: '2026-02-08',
    })
    expect(readPeriod(new URLSearchParams('von=2026-02-01'), TODAY, 'last-month')).toEqual({
      from: '2026-04-01',
      to: '2026-05-01',
    })
  })

  it('writes von/bis first, then the other filters', () => {
    const params = periodParams({ from: '2026-04-01', to: '2026-05-01' })
    appendCustomers(params, ['im', 'fm'])
    expect(params.toString()).toBe('von=2026-04-01&bis=2026-05-01&ressort=im&ressort=fm')
  })

  it('carries a valid period to the next page and nothing else', () => {
    const carried = carriedPeriod('?von=2026-04-01&bis=2026-05-01&ressort=im&gruppe=service')
    expect(carried).toEqual({ from: '2026-04-01', to: '2026-05-01' })
    expect(linkWithPeriod('/zufriedenheit', carried)).toBe('/zufriedenheit?von=2026-04-01&bis=2026-05-01')
    expect(carriedPeriod('?von=2026-04-01')).toBeUndefined()
    expect(carriedPeriod('?von=2026-05-01&bis=2026-04-01')).toBeUndefined()
    expect(carriedPeriod('?von=kaputt&bis=2026-04-01')).toBeUndefined()
    expect(linkWithPeriod('/sla', undefined)).toBe('/sla')
  })
})

describe('ministries in the URL', () => {
  it('read repeated and comma-separated ids once each', () => {
    expect(customersParam(new URLSearchParams('ressort=im&ressort=fm,%20im&ressort='))).toEqual(['im', 'fm'])
  })

  it('read one ministry, trimmed; an empty one is none', () => {
    expect(customerParam(new URLSearchParams('ressort=%20im%20'))).toBe('im')
    expect(customerParam(new URLSearchParams('ressort='))).toBeUndefined()
    expect(customerParam(new URLSearchParams(''))).toBeUndefined()
  })
})
