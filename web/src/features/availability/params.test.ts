import { describe, expect, it } from 'vitest'
import {
  readOverviewFilters,
  readServiceFilters,
  serviceHref,
  writeOverviewFilters,
  writeServiceFilters,
} from './params'

describe('availability URL filters', () => {
  it('reads the days, falling back to 90 for anything but 30, 60, 90', () => {
    expect(readOverviewFilters(new URLSearchParams('tage=30&ressort=im&reihenfolge=unter-ziel'))).toEqual({
      days: 30,
      customer: 'im',
      order: 'below-target',
    })
    expect(readOverviewFilters(new URLSearchParams('tage=45'))).toEqual({
      days: 90,
      customer: undefined,
      order: 'catalog',
    })
    expect(writeOverviewFilters({ days: 90, customer: undefined, order: 'catalog' }).toString()).toBe('')
    expect(writeOverviewFilters({ days: 60, customer: 'fm', order: 'below-target' }).toString()).toBe(
      'tage=60&ressort=fm&reihenfolge=unter-ziel',
    )
  })

  it('round-trips the detail filters and links a service in the same view', () => {
    const filters = readServiceFilters(
      new URLSearchParams('von=2026-03-01&bis=2026-04-01&ressort=im'),
      '2026-03-15',
    )
    expect(filters).toEqual({ from: '2026-03-01', to: '2026-04-01', customer: 'im' })
    expect(writeServiceFilters(filters).toString()).toBe('von=2026-03-01&bis=2026-04-01&ressort=im')
    // Without a period: the last 30 days, the burn-rate window.
    expect(readServiceFilters(new URLSearchParams(), '2026-03-15')).toEqual({
      from: '2026-02-14',
      to: '2026-03-16',
      customer: undefined,
    })
    expect(serviceHref('email', 'im')).toBe('/verfuegbarkeit/email?ressort=im')
    expect(serviceHref('email', undefined)).toBe('/verfuegbarkeit/email')
  })
})
