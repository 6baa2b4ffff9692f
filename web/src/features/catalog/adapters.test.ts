import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import { type CatalogLoad, versionEntries } from './adapters'

const none = { added: [], removed: [], changed: [] }
const diff = (overrides: Partial<CatalogLoad['diff']>): CatalogLoad['diff'] => ({
  slas: none,
  subscriptions: none,
  calendars: none,
  customers: none,
  services: none,
  goals: none,
  timezone: false,
  ...overrides,
})

const loads: CatalogLoad[] = [
  {
    version: 3,
    loadedAt: '2026-06-15T08:30:00.000Z',
    source: 'katalog.yaml',
    diff: diff({
      slas: { added: [], removed: [], changed: ['standard'] },
      subscriptions: { added: ['bm/eakte'], removed: ['fm/fax'], changed: [] },
    }),
  },
  { version: 2, loadedAt: '2026-05-01T10:00:00.000Z', source: 'katalog.yaml', diff: diff({}) },
  {
    version: 1,
    loadedAt: '2026-01-02T09:00:00.000Z',
    source: 'erst.yaml',
    diff: diff({ slas: { added: ['standard'], removed: [], changed: [] } }),
  },
]

describe('versionEntries', () => {
  afterEach(() => setLanguage('de'))

  it('lists per load what it added, removed and changed, newest first', () => {
    const [third, second, first] = versionEntries(loads)
    expect(third).toMatchObject({
      title: 'Version 3',
      // 08:30 UTC is 10:30 in Berlin (summer time).
      loaded: 'geladen am 15.06.2026 um 10:30 Uhr aus katalog.yaml',
      note: null,
      lines: [
        { kind: 'SLAs', change: 'geändert', ids: ['standard'] },
        { kind: 'Abonnements (Ressort/Dienst)', change: 'neu', ids: ['bm/eakte'] },
        { kind: 'Abonnements (Ressort/Dienst)', change: 'entfernt', ids: ['fm/fax'] },
      ],
    })
    expect(second).toMatchObject({ note: 'Keine Änderung gegenüber der Version davor.', lines: [] })
    expect(first).toMatchObject({ note: 'Erste Version: alles neu.', lines: [] })
  })

  it('speaks English', () => {
    setLanguage('en')
    const [third] = versionEntries(loads)
    expect(third?.loaded).toBe('loaded on 15/06/2026 at 10:30 from katalog.yaml')
    expect(third?.lines[0]).toEqual({ kind: 'SLAs', change: 'changed', ids: ['standard'] })
  })
})
