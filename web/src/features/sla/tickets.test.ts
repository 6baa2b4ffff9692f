import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import { type ListedTicket, ticketRows } from './tickets'

const catalog = {
  customers: [{ id: 'im', name: 'Ministerium für Inneres, Bau und Digitalisierung' }],
  services: [{ id: 'email', name: 'E-Mail' }],
}

const base: ListedTicket = {
  ticket: 'INC-1',
  customer: 'im',
  service: 'email',
  priority: 'P3',
  status: 'resolved',
  sla: 'standard',
  slaSince: null,
  // Monday 2 March 2026, 09:00 and Tuesday 10:00 in Berlin.
  createdAt: Date.parse('2026-03-02T09:00:00+01:00'),
  resolvedAt: Date.parse('2026-03-03T10:00:00+01:00'),
  reopens: 0,
  response: { elapsedMinutes: 25, targetMinutes: 240, breached: false, met: true },
  resolution: {
    elapsedMinutes: 540,
    targetMinutes: 1440,
    breached: false,
    met: true,
    atRisk: false,
    deadline: null,
  },
}

describe('ticketRows', () => {
  it('shows a resolved ticket with both clocks met', () => {
    expect(ticketRows([base], catalog)).toEqual([
      {
        ticket: 'INC-1',
        href: '/sla/tickets/INC-1',
        customer: 'Ministerium für Inneres, Bau und Digitalisierung',
        service: 'E-Mail',
        terms: 'SLA standard',
        priority: 'P3',
        status: 'Gelöst',
        created: { date: '02.03.2026', time: '09:00' },
        resolved: { date: '03.03.2026', time: '10:00' },
        reopens: 0,
        response: { text: '25\u00a0Min. von 4\u00a0Std.', verdict: 'met', verdictLabel: 'eingehalten' },
        // 540 minutes = 9 h of 24 h
        resolution: { text: '9\u00a0Std. von 24\u00a0Std.', verdict: 'met', verdictLabel: 'eingehalten' },
      },
    ])
  })

  it('tells breached, at-risk and running clocks apart, and a ticket without an SLA', () => {
    const open: ListedTicket = {
      ...base,
      status: 'in_progress',
      resolvedAt: null,
      response: { elapsedMinutes: 300, targetMinutes: 240, breached: true, met: false },
      resolution: {
        ...base.resolution,
        elapsedMinutes: 1100,
        met: null,
        atRisk: true,
      } as ListedTicket['resolution'],
    }
    const [row] = ticketRows([open], catalog)
    expect(row?.resolved).toBeNull()
    expect(row?.response?.verdictLabel).toBe('verletzt')
    expect(row?.resolution?.verdictLabel).toBe('gefährdet')
    const running = ticketRows(
      [
        {
          ...open,
          resolution: { ...base.resolution, elapsedMinutes: 10, met: null } as ListedTicket['resolution'],
        },
      ],
      catalog,
    )[0]
    expect(running?.resolution?.verdictLabel).toBe('läuft')
    const noSla = ticketRows(
      [{ ...base, sla: null, response: null, resolution: null, priority: null }],
      catalog,
    )[0]
    expect(noSla).toMatchObject({ response: null, resolution: null, priority: '–' })
  })
})

describe('ticketRows in English', () => {
  afterEach(() => setLanguage('de'))

  it('says the clocks, verdicts, status and dates in English', () => {
    setLanguage('en')
    expect(ticketRows([base], catalog)[0]).toMatchObject({
      status: 'Resolved',
      created: { date: '02/03/2026', time: '09:00' },
      resolved: { date: '03/03/2026', time: '10:00' },
      response: { text: '25\u00a0min of 4\u00a0h', verdict: 'met', verdictLabel: 'met' },
      resolution: { text: '9\u00a0h of 24\u00a0h', verdict: 'met', verdictLabel: 'met' },
    })
    const [open] = ticketRows(
      [
        {
          ...base,
          status: 'waiting',
          resolvedAt: null,
          response: { elapsedMinutes: 300, targetMinutes: 240, breached: true, met: false },
          resolution: {
            ...base.resolution,
            elapsedMinutes: 1100,
            met: null,
            atRisk: true,
          } as ListedTicket['resolution'],
        },
      ],
      catalog,
    )
    expect(open?.status).toBe('Waiting')
    expect(open?.response?.verdictLabel).toBe('breached')
    expect(open?.resolution?.verdictLabel).toBe('at risk')
    // 1100 minutes = 18 h 20 min
    expect(open?.resolution?.text).toBe('18\u00a0h 20\u00a0min of 24\u00a0h')
  })
})
