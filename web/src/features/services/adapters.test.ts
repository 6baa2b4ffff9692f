import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import { ministryRows, type ServicePage, ticketFigures, waveOf } from './adapters'

const figures = (created: number, response: number | null, resolution: number | null) => ({
  created,
  resolved: 3,
  reopened: 0,
  open_at_end: 1,
  response: { met: 2, breached: 1, compliance: response, open_breached: 1 },
  resolution: {
    met: 2,
    breached: 1,
    compliance: resolution,
    open_breached: 1,
    at_risk: 0,
    mean_minutes: 300,
  },
  no_sla: 0,
})

const page: ServicePage = {
  service: 'email',
  name: 'E-Mail',
  from: '2026-03-10T00:00:00+01:00',
  to: '2026-03-11T00:00:00+01:00',
  tickets: figures(4, 96, 80),
  targets: { response: 95, resolution: 90 },
  ministries: [{ customer: 'im', name: 'IM', availability: null, tickets: figures(3, null, 50) }],
  created_bucket: 'hour',
  created: [
    { at: '2026-03-10T09:00:00+01:00', tickets: 3 },
    { at: '2026-03-10T12:00:00+01:00', tickets: 1 },
  ],
}
const period = { from: '2026-03-10', to: '2026-03-11' }

afterEach(() => setLanguage('de'))

describe('service page adapters', () => {
  it('judges compliance against the goals and links every figure to its tickets', () => {
    const rows = ticketFigures(page, period)
    const response = rows.find((row) => row.key === 'response')
    const resolution = rows.find((row) => row.key === 'resolution')
    expect(response).toMatchObject({
      value: '96,0\u00a0%',
      verdict: { met: true, text: 'Ziel 95\u00a0%: erreicht' },
    })
    expect(resolution).toMatchObject({
      value: '80,0\u00a0%',
      verdict: { met: false, text: 'Ziel 90\u00a0%: verfehlt' },
    })
    expect(rows.find((row) => row.key === 'created')?.href).toBe(
      '/sla/tickets?von=2026-03-10&bis=2026-03-11&ergebnis=created&service=email',
    )
    setLanguage('en')
    expect(ticketFigures(page, period).find((row) => row.key === 'resolution')?.verdict?.text).toBe(
      'target 90%: missed',
    )
  })

  it('narrows the drill-down of a ministry row to that ministry', () => {
    const [row] = ministryRows(page, period)
    expect(row).toMatchObject({ subscribed: false, response: null, resolution: '50,0\u00a0%', created: '3' })
    expect(row?.resolutionHref).toBe(
      '/sla/tickets?von=2026-03-10&bis=2026-03-11&ergebnis=resolution_breached&ressort=im&service=email',
    )
  })

  it('marks the hours in which an outage ran, clipped to the period', () => {
    const wave = waveOf(page, {
      outages: [
        {
          start: '2026-03-10T09:30:00+01:00',
          end: '2026-03-10T10:00:00+01:00',
          minutes: 30,
          in_maintenance: false,
        },
        {
          start: '2026-03-10T11:00:00+01:00',
          end: '2026-03-10T11:10:00+01:00',
          minutes: 10,
          in_maintenance: true,
        },
      ],
      maintenance: [
        {
          id: 'w',
          title: 'Patch',
          start: '2026-03-09T23:00:00+01:00',
          end: '2026-03-10T01:00:00+01:00',
          minutes: 120,
        },
      ],
    })
    expect(wave.bars.map((bar) => [bar.tickets, bar.duringOutage])).toEqual([
      [3, true],
      [1, false],
    ])
    // The maintenance part of a down stretch is no outage; the window before the period is clipped.
    expect(wave.areas).toEqual([
      {
        kind: 'outage',
        from: Date.parse('2026-03-10T09:30:00+01:00'),
        to: Date.parse('2026-03-10T10:00:00+01:00'),
      },
      {
        kind: 'maintenance',
        from: Date.parse('2026-03-10T00:00:00+01:00'),
        to: Date.parse('2026-03-10T01:00:00+01:00'),
      },
    ])
  })
})
