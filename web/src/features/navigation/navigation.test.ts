import { describe, expect, it } from 'vitest'
import { navigationFor, startPath } from './navigation'

const paths = (role: Parameters<typeof navigationFor>[0]) =>
  navigationFor(role).map((group) => [group.title, group.items.map((item) => item.to)])

describe('navigation', () => {
  it('shows a ministry user only the Ressort pages', () => {
    expect(paths('ministry')).toEqual([['Ressort', ['/bericht', '/tickets']]])
    expect(startPath('ministry')).toBe('/bericht')
  })

  it('shows staff all three audiences, each page once', () => {
    for (const role of ['leadership', 'service_manager'] as const) {
      expect(paths(role)).toEqual([
        ['Leitung', ['/tickets']],
        ['Servicemanagement', ['/quarantaene']],
        ['Ressort', ['/bericht']],
      ])
      expect(startPath(role)).toBe('/tickets')
    }
  })
})
