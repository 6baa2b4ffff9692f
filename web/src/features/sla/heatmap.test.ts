import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import type { ComplianceRow } from './compliance'
import { HEAT_BANDS, heatBand, heatBandLabel, heatmap } from './heatmap'

const catalog = {
  customers: [
    { id: 'im', name: 'Ministerium für Inneres, Bau und Digitalisierung' },
    { id: 'fm', name: 'Finanzministerium' },
  ],
  services: [
    { id: 'email', name: 'E-Mail' },
    { id: 'eakte', name: 'E-Akte' },
    { id: 'vpn', name: 'Fernzugang (VPN)' },
  ],
}

const row = (bucket: string, group: string, met: number, breached: number): ComplianceRow => ({
  bucket,
  group,
  resolved: met + breached,
  resolution: { met, breached, compliance: met + breached === 0 ? null : (met / (met + breached)) * 100 },
  response: { met: 0, breached: 0, compliance: null },
  mttr: { mean: null, median: null, p90: null },
})

describe('heatmap', () => {
  const period = { from: '2026-01-01', to: '2026-03-01' }
  const map = heatmap(
    [
      row('2026-01-01', 'im/email', 8, 2),
      row('2026-02-01', 'im/email', 10, 0),
      row('2026-01-01', 'fm/email', 5, 5),
      row('2026-01-01', 'im/eakte', 0, 0),
      row('2026-02-01', 'fm/eakte', 2, 1),
    ],
    period,
    catalog,
  )

  it('has a column for each service with data, in catalog order, and a row for each Ressort', () => {
    // VPN has no resolved ticket in the period: no column.
    expect(map.services.map((s) => s.name)).toEqual(['E-Mail', 'E-Akte'])
    expect(map.rows.map((r) => r.customer)).toEqual(['im', 'fm'])
  })

  it('sums the months before dividing', () => {
    const [im, fm] = map.rows
    // im e-mail: (8 + 10) of (10 + 10) = 90 %
    expect(im?.cells[0]).toMatchObject({
      met: 18,
      breached: 2,
      compliance: 90,
      text: '90',
      band: 'b90',
      label: '90 %, 18 von 20 eingehalten',
      href: '/sla/tickets?von=2026-01-01&bis=2026-03-01&ergebnis=resolved&ressort=im&service=email',
    })
    // fm e-mail 5 of 10 = 50 %; fm e-Akte 2 of 3 = 66.7 %, printed cut to 66.
    expect(fm?.cells.map((c) => [c.text, c.band])).toEqual([
      ['50', 'b0'],
      ['66', 'b60'],
    ])
  })

  it('leaves a cell without resolved tickets grey: no number, no link', () => {
    expect(map.rows[0]?.cells[1]).toMatchObject({
      compliance: null,
      text: '–',
      band: null,
      label: 'keine Daten',
      href: null,
    })
  })

  it('adds Ressorts and services the catalog overview does not name, by id', () => {
    const other = heatmap([row('2026-01-01', 'alt/fax', 1, 0)], period, catalog)
    expect(other.services).toEqual([{ id: 'fax', name: 'fax' }])
    expect(other.rows.map((r) => r.name)).toEqual([
      'Ministerium für Inneres, Bau und Digitalisierung',
      'Finanzministerium',
      'alt',
    ])
  })
})

describe('tickets behind a cell', () => {
  it('counts them and marks a cell of fewer than 30 as few', () => {
    // 23 tickets at 100 % against 146 at 96 %: 140 met, 6 breached.
    const map = heatmap(
      [row('2026-01-01', 'im/email', 23, 0), row('2026-01-01', 'fm/email', 140, 6)],
      { from: '2026-01-01', to: '2026-02-01' },
      catalog,
    )
    const [im, fm] = map.rows.map((r) => r.cells[0])
    expect(im).toMatchObject({ text: '100', tickets: 23, few: true })
    expect(fm).toMatchObject({ text: '95', tickets: 146, few: false })
    // 29 is few, 30 is not.
    const edge = heatmap(
      [row('2026-01-01', 'im/email', 29, 0), row('2026-01-01', 'fm/email', 30, 0)],
      { from: '2026-01-01', to: '2026-02-01' },
      catalog,
    )
    expect(edge.rows.map((r) => r.cells[0]?.few)).toEqual([true, false])
  })
})

describe('heatBand', () => {
  it('puts each rate in its band, bounds included below', () => {
    expect(heatBand(100)).toBe('b95')
    expect(heatBand(95)).toBe('b95')
    expect(heatBand(94.99)).toBe('b90')
    expect(heatBand(80)).toBe('b80')
    expect(heatBand(60)).toBe('b60')
    expect(heatBand(59.9)).toBe('b0')
    expect(heatBand(0)).toBe('b0')
    expect(heatBand(null)).toBeNull()
  })
})

describe('heatmap in English', () => {
  afterEach(() => setLanguage('de'))

  it('says a cell and the colour bands in English', () => {
    setLanguage('en')
    const map = heatmap(
      [row('2026-01-01', 'im/email', 900, 100), row('2026-01-01', 'fm/eakte', 1, 0)],
      { from: '2026-01-01', to: '2026-02-01' },
      catalog,
    )
    // im e-mail: 900 of 1,000 = 90 %
    expect(map.rows[0]?.cells[0]?.label).toBe('90%, 900 of 1,000 met')
    expect(map.rows[0]?.cells[1]?.label).toBe('no data')
    expect(HEAT_BANDS.map((band) => heatBandLabel(band.band))).toEqual([
      '95% and above',
      '90% to under 95%',
      '80% to under 90%',
      '60% to under 80%',
      'under 60%',
    ])
  })
})
