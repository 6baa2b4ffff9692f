import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import {
  readOverviewFilters,
  readServiceFilters,
  SERVICE_PRESETS,
  serviceHref,
  servicePresetLabel,
  servicePresetPeriod,
  writeOverviewFilters,
  writeServiceFilters,
} from './params'

describe('availability URL filters', () => {
  it('reads the days, falling back to 90 for anything but 30, 60, 90', () => {
    expect(readOverviewFilters(new URLSearchParams('tage=30&ressort=im'))).toEqual({
      days: 30,
      customer: 'im',
    })
    expect(readOverviewFilters(new URLSearchParams('tage=45'))).toEqual({ days: 90, customer: undefined })
    expect(writeOverviewFilters({ days: 90, customer: undefined }).toString()).toBe('')
    expect(writeOverviewFilters({ days: 60, customer: 'fm' }).toString()).toBe('tage=60&ressort=fm')
  })

  it('offers the presets, `bis` exclusive', () => {
    const today = '2026-03-15'
    expect(servicePresetPeriod('letzte-30-tage', today)).toEqual({ from: '2026-02-14', to: '2026-03-16' })
    expect(servicePresetPeriod('letzter-monat', today)).toEqual({ from: '2026-02-01', to: '2026-03-01' })
    expect(servicePresetPeriod('letzte-12-monate', today)).toEqual({ from: '2025-04-01', to: '2026-03-16' })
    // January: the month before is December of the year before.
    expect(servicePresetPeriod('letzter-monat', '2026-01-10')).toEqual({
      from: '2025-12-01',
      to: '2026-01-01',
    })
  })

  it('round-trips the detail filters and links a service in the same view', () => {
    const filters = readServiceFilters(
      new URLSearchParams('von=2026-03-01&bis=2026-04-01&ressort=im'),
      '2026-03-15',
    )
    expect(filters).toEqual({ from: '2026-03-01', to: '2026-04-01', customer: 'im' })
    expect(writeServiceFilters(filters).toString()).toBe('von=2026-03-01&bis=2026-04-01&ressort=im')
    expect(readServiceFilters(new URLSearchParams(), '2026-03-15')).toEqual({
      from: '2026-02-14',
      to: '2026-03-16',
      customer: undefined,
    })
    expect(serviceHref('email', 'im')).toBe('/verfuegbarkeit/email?ressort=im')
    expect(serviceHref('email', undefined)).toBe('/verfuegbarkeit/email')
  })
})

describe('preset labels', () => {
  afterEach(() => setLanguage('de'))

  it('names the presets in the current language, the ids stay German', () => {
    expect(SERVICE_PRESETS.map(({ id }) => servicePresetLabel(id))).toEqual([
      'Letzte 30 Tage',
      'Letzter Monat',
      'Letzte 12 Monate',
    ])
    setLanguage('en')
    expect(SERVICE_PRESETS.map(({ id }) => servicePresetLabel(id))).toEqual([
      'Last 30 days',
      'Last month',
      'Last 12 months',
    ])
    expect(SERVICE_PRESETS.map(({ id }) => id)).toEqual([
      'letzte-30-tage',
      'letzter-monat',
      'letzte-12-monate',
    ])
  })
})
