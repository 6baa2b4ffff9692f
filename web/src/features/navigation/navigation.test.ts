import { describe, expect, it } from 'vitest'
import { groupTitle, navigationFor, startPath } from './navigation'

const paths = (role: Parameters<typeof navigationFor>[0]) =>
  navigationFor(role).map((group) => [groupTitle(group), group.items.map((item) => item.to)])

describe('navigation', () => {
  it('shows a ministry user only the Ressort pages', () => {
    expect(paths('ministry')).toEqual([
      ['Ressort', ['/bericht', '/tickets', '/sla', '/sla/einhaltung', '/verfuegbarkeit', '/zufriedenheit']],
    ])
    expect(startPath('ministry')).toBe('/bericht')
  })

  it('shows staff all three audiences, each page once, and the Protokoll to leadership alone', () => {
    for (const role of ['leadership', 'service_manager'] as const) {
      expect(paths(role)).toEqual([
        [
          'Leitung',
          ['/ziele', '/tickets', '/zufriedenheit', ...(role === 'leadership' ? ['/protokoll'] : [])],
        ],
        [
          'Servicemanagement',
          ['/lage', '/sla', '/sla/einhaltung', '/verfuegbarkeit', '/quarantaene', '/katalog'],
        ],
        ['Ressort', ['/bericht']],
      ])
    }
    // Leadership starts on its goals, service management on the situation now.
    expect(startPath('leadership')).toBe('/ziele')
    expect(startPath('service_manager')).toBe('/lage')
  })

  it('marks the SLA board current only on its own path, not on the pages below it', () => {
    const items = navigationFor('service_manager').flatMap((group) => group.items)
    expect(items.find((item) => item.to === '/sla')?.end).toBe(true)
    expect(items.find((item) => item.to === '/sla/einhaltung')?.end).toBeUndefined()
  })
})
