import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import {
  allowedDowntimeMinutes,
  availabilityView,
  businessHours,
  formatAvailability,
  type ReportView,
  reportGroups,
} from './adapters'

function report(overrides: Partial<ReportView> = {}): ReportView {
  return {
    customer: 'im',
    from: '2026-03-01T00:00:00+01:00',
    to: '2026-04-01T00:00:00+02:00',
    tickets: {
      created: 12,
      resolved: 9,
      reopened: 1,
      open_at_end: 4,
      response: { met: 7, breached: 1, compliance: 87.5, open_breached: 2 },
      resolution: {
        met: 6,
        breached: 3,
        compliance: (6 / 9) * 100,
        open_breached: 1,
        at_risk: 2,
        mean_minutes: 390,
      },
      no_sla: 0,
    },
    satisfaction: { csat: 75, csat_responses: 4, nps: null, nps_responses: 0 },
    metrics: [{ metric: 'first_time_resolution', value: 75, numerator: 6, denominator: 8 }],
    ...overrides,
  }
}

const figure = (view: ReportView, id: string) =>
  reportGroups(view)
    .flatMap((group) => group.figures)
    .find((f) => f.id === id)

describe('reportGroups', () => {
  it('groups tickets, service levels and satisfaction', () => {
    expect(reportGroups(report()).map((g) => g.title)).toEqual([
      'Tickets',
      'Einhaltung der Service-Level',
      'Zufriedenheit',
    ])
  })

  it('shows compliance in percent with the counts behind it', () => {
    expect(figure(report(), 'response')).toMatchObject({
      value: '87,5\u00a0%',
      detail: '7 von 8 eingehalten · 2 offen und überschritten',
    })
    // 6 of 9 = 66.67 %
    expect(figure(report(), 'resolution')).toMatchObject({
      value: '66,7\u00a0%',
      detail: '6 von 9 eingehalten · offen: 1 überschritten, 2 gefährdet',
    })
  })

  it('gives the mean resolution time in hours of service time', () => {
    // 390 minutes = 6.5 hours
    expect(figure(report(), 'mean_resolution')).toMatchObject({
      value: '6,5',
      unit: 'Stunden Servicezeit',
    })
    expect(figure(report(), 'mean_resolution')?.detail).toBeUndefined()
    // 45 minutes = 0.75 hours, one decimal
    expect(businessHours(45)).toBe('0,8')
  })

  it('keeps null as no data, never 0', () => {
    const empty = report({
      tickets: {
        ...report().tickets,
        response: { met: 0, breached: 0, compliance: null, open_breached: 0 },
        resolution: {
          met: 0,
          breached: 0,
          compliance: null,
          open_breached: 0,
          at_risk: 0,
          mean_minutes: null,
        },
      },
    })
    expect(figure(empty, 'response')?.value).toBeNull()
    expect(figure(empty, 'resolution')?.value).toBeNull()
    expect(figure(empty, 'mean_resolution')).toMatchObject({ value: null })
    expect(figure(empty, 'nps')).toMatchObject({ value: null, detail: '0 Antworten', weak: false })
  })

  it('marks satisfaction from fewer than 5 responses as not meaningful', () => {
    expect(figure(report(), 'csat')).toMatchObject({
      value: '75,0\u00a0%',
      detail: '4 Antworten',
      weak: true,
    })
    const five = report({ satisfaction: { csat: 80, csat_responses: 5, nps: -20, nps_responses: 1 } })
    expect(figure(five, 'csat')?.weak).toBe(false)
    expect(figure(five, 'nps')).toMatchObject({ value: '-20,0', detail: '1 Antwort', weak: true })
  })
})

describe('availability', () => {
  const service = (id: string, target: number | null, availability: number | null, met: boolean | null) => ({
    service: id,
    target,
    availability,
    met,
    up_minutes: 0,
    down_minutes: 0,
    degraded_minutes: 0,
    coverage: null,
    outages: 2,
    mttr_minutes: null,
    budget_remaining: null,
  })

  it('is absent while the report has no availability part', () => {
    expect(availabilityView(report(), [])).toBeUndefined()
  })

  it('names services and states whether the target was met', () => {
    const withAvailability = report({
      availability: {
        overall: 99.1,
        services: [service('email', 99.5, 99.9, true), service('eakte', null, null, null)],
      },
    })
    expect(availabilityView(withAvailability, [{ id: 'email', name: 'E-Mail' }])).toEqual({
      overall: '99,10\u00a0%',
      services: [
        {
          service: 'email',
          name: 'E-Mail',
          availability: '99,90\u00a0%',
          target: '99,50\u00a0%',
          judgement: 'met',
          measured: null,
          outages: '2',
          // Nothing measured (all minutes 0): no downtime, and the target allows none.
          downtime: '0\u00a0Min.',
          allowed: '0\u00a0Min.',
        },
        {
          service: 'eakte',
          name: 'eakte',
          availability: null,
          target: null,
          judgement: 'noData',
          measured: null,
          outages: '2',
          downtime: null,
          allowed: null,
        },
      ],
    })
  })

  it('gives the downtime beside the downtime the target allows, instead of an error budget in percent', () => {
    // metrics.md example 5 on a 99.5 % target: W 1380 min, 1350 up, down 30.
    // allowed = 0.005 * 1380 = 6.9 min, shown in whole minutes: 6 Min.
    const entry = {
      ...service('email', 99.5, (1350 / 1380) * 100, false),
      up_minutes: 1350,
      down_minutes: 30,
      coverage: 100,
      outages: 1,
      mttr_minutes: 30,
      budget_remaining: ((6.9 - 30) / 6.9) * 100,
    }
    const view = availabilityView(report({ availability: { overall: null, services: [entry] } }), [])
    expect(view?.services[0]).toMatchObject({
      availability: '97,82\u00a0%',
      judgement: 'missed',
      measured: '100,0\u00a0%',
      outages: '1',
      downtime: '30\u00a0Min.',
      allowed: '6\u00a0Min.',
    })
    // A month of 24x7 at 99.9 %: 43,200 min measured, 43.2 min allowed; 110 min down = 1 h 50 min.
    expect(
      allowedDowntimeMinutes({ target: 99.9, up_minutes: 43_090, degraded_minutes: 0, down_minutes: 110 }),
    ).toBeCloseTo(43.2, 6)
  })

  it('gives availability two decimals, cut instead of rounded up to the target', () => {
    expect(formatAvailability(99.4996)).toBe('99,49\u00a0%')
    // metrics.md example 5: 1350 of 1380 minutes up
    expect(formatAvailability((1350 / 1380) * 100)).toBe('97,82\u00a0%')
    expect(formatAvailability(100)).toBe('100,00\u00a0%')
    expect(formatAvailability(99.9)).toBe('99,90\u00a0%')
    expect(formatAvailability(1.15)).toBe('1,15\u00a0%')
    expect(formatAvailability(null)).toBeNull()
  })
})

describe('drill-down links', () => {
  it('lead from each count to the tickets behind it, for the ministry and month of the report', () => {
    const resolution = figure(report(), 'resolution')
    // The report of im for March 2026: the period 1 March up to 1 April.
    const base = '/sla/tickets?von=2026-03-01&bis=2026-04-01'
    expect(resolution?.links).toEqual([
      { text: '6 eingehalten', href: `${base}&ergebnis=resolution_met&ressort=im` },
      { text: '3 verletzt', href: `${base}&ergebnis=resolution_breached&ressort=im` },
      { text: '1 offen und überschritten', href: `${base}&ergebnis=open_breached&ressort=im` },
      { text: '2 gefährdet', href: `${base}&ergebnis=at_risk&ressort=im` },
    ])
    expect(figure(report(), 'response')?.links?.map((l) => l.text)).toEqual(['7 eingehalten', '1 verletzt'])
    expect(figure(report(), 'created')?.links).toEqual([
      { text: '12 erstellt', href: `${base}&ergebnis=created&ressort=im` },
    ])
    expect(figure(report(), 'open_at_end')?.links?.[0]?.href).toBe(`${base}&ergebnis=open&ressort=im`)
    // Nothing behind a 0: no link.
    const none = report({ tickets: { ...report().tickets, created: 0 } })
    expect(figure(none, 'created')?.links).toEqual([{ text: '0 erstellt', href: null }])
    // Satisfaction has no tickets to list.
    expect(figure(report(), 'csat')?.links).toBeUndefined()
  })

  it("show the metric catalogue's report figures with its label, the counts and the tickets behind them", () => {
    expect(figure(report(), 'first_time_resolution')).toMatchObject({
      label: 'Erstlösungsquote',
      value: '75,0\u00a0%',
      detail: '6 von 8',
      links: [
        {
          text: '6 ansehen',
          href: '/sla/tickets?von=2026-03-01&bis=2026-04-01&ergebnis=resolved_first_time&ressort=im',
        },
      ],
    })
    setLanguage('en')
    expect(figure(report(), 'first_time_resolution')).toMatchObject({
      label: 'First-time resolution rate',
      detail: '6 of 8',
    })
    setLanguage('de')
  })
})

describe('in English', () => {
  afterEach(() => setLanguage('de'))

  it('names groups, figures, counts and links in English with English numbers', () => {
    setLanguage('en')
    const view = report({ tickets: { ...report().tickets, created: 1234 } })
    expect(reportGroups(view).map((g) => g.title)).toEqual([
      'Tickets',
      'Service level compliance',
      'Satisfaction',
    ])
    expect(figure(view, 'created')).toMatchObject({
      label: 'Created',
      value: '1,234',
      explanation: 'Tickets created in the period.',
    })
    expect(figure(view, 'created')?.links?.[0]?.text).toBe('1,234 created')
    expect(figure(view, 'open_at_end')?.label).toBe('Open at the end of the period')
    expect(figure(view, 'response')).toMatchObject({
      label: 'Response met',
      value: '87.5%',
      detail: '7 of 8 met · 2 open and overdue',
    })
    // 6 of 9 = 66.67 %
    expect(figure(view, 'resolution')).toMatchObject({
      label: 'Resolution met',
      value: '66.7%',
      detail: '6 of 9 met · open: 1 overdue, 2 at risk',
    })
    expect(figure(view, 'resolution')?.links?.map((l) => l.text)).toEqual([
      '6 met',
      '3 breached',
      '1 open and overdue',
      '2 at risk',
    ])
    // 390 minutes = 6.5 hours
    expect(figure(view, 'mean_resolution')).toMatchObject({
      label: 'Mean resolution time',
      value: '6.5',
      unit: 'hours of service time',
    })
    expect(figure(view, 'csat')).toMatchObject({ value: '75.0%', detail: '4 responses', weak: true })
    const one = report({ satisfaction: { csat: 80, csat_responses: 5, nps: -20, nps_responses: 1 } })
    expect(figure(one, 'nps')).toMatchObject({ value: '-20.0', detail: '1 response' })
    expect(figure(report({ satisfaction: { ...one.satisfaction, nps: 12.5 } }), 'nps')?.value).toBe('+12.5')
  })

  it('formats availability, measured time, downtime and allowed downtime the English way', () => {
    setLanguage('en')
    expect(formatAvailability(99.4996)).toBe('99.49%')
    expect(formatAvailability(100)).toBe('100.00%')
    const entry = {
      service: 'email',
      target: 99.5,
      availability: (1350 / 1380) * 100,
      met: false,
      up_minutes: 1350,
      down_minutes: 30,
      degraded_minutes: 0,
      coverage: 100,
      outages: 1,
      mttr_minutes: 30,
      budget_remaining: ((6.9 - 30) / 6.9) * 100,
    }
    const view = availabilityView(report({ availability: { overall: 99.1, services: [entry] } }), [])
    expect(view).toEqual({
      overall: '99.10%',
      services: [
        {
          service: 'email',
          name: 'email',
          availability: '97.82%',
          target: '99.50%',
          judgement: 'missed',
          measured: '100.0%',
          outages: '1',
          downtime: '30\u00a0min',
          allowed: '6\u00a0min',
        },
      ],
    })
  })
})
