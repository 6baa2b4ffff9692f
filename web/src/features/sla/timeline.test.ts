import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import {
  clockSummary,
  eventLabel,
  ignoredReason,
  laneSegments,
  position,
  stretchRows,
  type Timeline,
  type TimelineClock,
  timelineDomain,
  timelineGeometry,
} from './timeline'

const MINUTE = 60_000
// Thursday 12 March 2026, 08:00 in Berlin (UTC+1); a 24x7 calendar, so business time = wall time.
const T0 = Date.parse('2026-03-12T08:00:00+01:00')
const at = (minutes: number) => T0 + minutes * MINUTE

/**
 * P1 (resolution 4 h, response 30 min). In progress after 5 min (response met),
 * waiting from 60 to 120, in progress again until now at 250: 60 + 130 = 190
 * minutes used, 50 left, deadline at 300 = 13:00. Two ignored events: one
 * before the creation, one second "created".
 */
const RESOLUTION: TimelineClock = {
  targetMinutes: 240,
  elapsedMinutes: 190,
  breached: false,
  met: null,
  breachAt: at(300),
  stretches: [
    { from: at(0), to: at(60), businessMinutes: 60 },
    { from: at(120), to: at(250), businessMinutes: 130 },
  ],
}
const RESPONSE: TimelineClock = {
  targetMinutes: 30,
  elapsedMinutes: 5,
  breached: false,
  met: true,
  breachAt: null,
  stretches: [{ from: at(0), to: at(5), businessMinutes: 5 }],
}
const event = (id: string, minutes: number, rest: Partial<Timeline['events'][number]>) => ({
  id,
  ticket: 'INC-RISK',
  at: at(minutes),
  type: 'status' as const,
  ignored: false,
  ...rest,
})
const TIMELINE: Timeline = {
  ticket: {
    ticket: 'INC-RISK',
    customer: 'im',
    service: 'eakte',
    priority: 'P1',
    status: 'in_progress',
    sla: 'rund-um-die-uhr',
    slaSince: null,
    createdAt: at(0),
    resolvedAt: null,
    reopens: 0,
    response: { elapsedMinutes: 5, targetMinutes: 30, breached: false, met: true },
    resolution: {
      elapsedMinutes: 190,
      targetMinutes: 240,
      breached: false,
      met: null,
      atRisk: true,
      deadline: at(300),
    },
  },
  asOf: at(250),
  events: [
    event('e0', -30, { status: 'in_progress', ignored: true }),
    event('e1', 0, { type: 'created', customer: 'im', service: 'eakte', priority: 'P1' }),
    event('e2', 5, { status: 'in_progress' }),
    event('e3', 10, { type: 'created', ignored: true }),
    event('e4', 60, { status: 'waiting' }),
    event('e5', 120, { status: 'in_progress' }),
  ],
  running: [
    [at(0), at(60)],
    [at(120), at(250)],
  ],
  paused: [[at(60), at(120)]],
  response: RESPONSE,
  resolution: RESOLUTION,
}

describe('events', () => {
  it('are labelled in German', () => {
    expect(eventLabel({ type: 'created' })).toBe('erstellt')
    expect(eventLabel({ type: 'status', status: 'in_progress' })).toBe('Status → In Bearbeitung')
    expect(eventLabel({ type: 'status', status: 'waiting' })).toBe('Status → Wartend')
    expect(eventLabel({ type: 'status', status: 'closed' })).toBe('Status → Geschlossen')
    expect(eventLabel({ type: 'priority', priority: 'P1' })).toBe('Priorität → P1')
    expect(eventLabel({ type: 'responded' })).toBe('Reaktion')
  })

  it('say why an ignored one does not count', () => {
    const [before, , , second, waiting] = TIMELINE.events
    const created = TIMELINE.ticket.createdAt
    expect(before && ignoredReason(before, created)).toBe(
      'Liegt vor dem Anlegen des Tickets und zählt daher nicht.',
    )
    expect(second && ignoredReason(second, created)).toBe('Weiteres „erstellt“: Es zählt nur das früheste.')
    expect(waiting && ignoredReason(waiting, created)).toBeNull()
  })
})

describe('timeline geometry', () => {
  it('spans the first event to the deadline ahead, when that is not farther than the ticket is old', () => {
    // From the ignored event at −30 to the deadline at 300: 330 minutes.
    expect(timelineDomain(TIMELINE)).toEqual({ start: at(-30), end: at(300) })
    // A deadline 400 minutes ahead of a ticket 280 minutes old stays off the bar.
    const far = { ...TIMELINE, resolution: { ...RESOLUTION, breachAt: at(650) } }
    expect(timelineDomain(far)).toEqual({ start: at(-30), end: at(250) })
  })

  it('places running, paused and stopped stretches in percent of the bar', () => {
    expect(position(50, { start: 0, end: 400 })).toBe(12.5)
    expect(position(-10, { start: 0, end: 400 })).toBe(0)
    expect(position(500, { start: 0, end: 400 })).toBe(100)
    // Resolved at 100, reopened at 300: the gap is "stopped".
    expect(
      laneSegments(
        { start: 0, end: 400 },
        [
          [0, 100],
          [300, 400],
        ],
        [],
      ),
    ).toEqual([
      { kind: 'running', from: 0, to: 100, left: 0, width: 25 },
      { kind: 'stopped', from: 100, to: 300, left: 25, width: 50 },
      { kind: 'running', from: 300, to: 400, left: 75, width: 25 },
    ])
  })

  it('draws both clocks with the deadline and now', () => {
    const geometry = timelineGeometry(TIMELINE)
    const [response, resolution] = geometry.lanes
    // Each minute is 100/330 % of the bar; creation is 30 minutes in.
    const pct = (minutes: number) => (minutes / 330) * 100
    expect(response?.label).toBe('Reaktion')
    expect(response?.segments).toHaveLength(1)
    expect(response?.segments[0]?.left).toBeCloseTo(pct(30), 9)
    expect(response?.segments[0]?.width).toBeCloseTo(pct(5), 9)
    expect(response?.marker).toBeNull()
    expect(resolution?.segments.map((s) => s.kind)).toEqual(['running', 'paused', 'running'])
    const widths = resolution?.segments.map((s) => s.width) ?? []
    expect(widths[0]).toBeCloseTo(pct(60), 9)
    expect(widths[1]).toBeCloseTo(pct(60), 9)
    expect(widths[2]).toBeCloseTo(pct(130), 9)
    expect(resolution?.segments[2]?.left).toBeCloseTo(pct(150), 9)
    // 08:00 + 300 minutes = 13:00, at the bar's end.
    expect(resolution?.marker).toMatchObject({
      kind: 'deadline',
      left: 100,
      beyond: false,
      label: 'Lösung: Frist am 12.03.2026 um 13:00',
    })
    expect(geometry.now).toBeCloseTo(pct(280), 9)
    expect(geometry.events.map((e) => e.ignored)).toEqual([true, false, false, true, false, false])
    expect(geometry.events[2]?.label).toBe('Status → In Bearbeitung, 12.03.2026, 08:05')
    expect(geometry.startLabel).toBe('12.03.2026, 07:30')
    expect(geometry.endLabel).toBe('12.03.2026, 13:00')
  })

  it('marks where a breached clock reached its target', () => {
    // Created at 0, running until now at 300: the 240-minute target was reached at 12:00.
    const late: Timeline = {
      ...TIMELINE,
      events: [event('e1', 0, { type: 'created' })],
      running: [[at(0), at(300)]],
      paused: [],
      asOf: at(300),
      response: null,
      resolution: {
        ...RESOLUTION,
        elapsedMinutes: 300,
        breached: true,
        met: false,
        breachAt: at(240),
        stretches: [{ from: at(0), to: at(300), businessMinutes: 300 }],
      },
    }
    const geometry = timelineGeometry(late)
    expect(geometry.lanes).toHaveLength(1)
    expect(geometry.lanes[0]?.marker).toMatchObject({
      kind: 'breach',
      left: 80,
      label: 'Lösung: Frist abgelaufen am 12.03.2026 um 12:00',
    })
    expect(stretchRows(late.resolution as TimelineClock, [], late.asOf)).toEqual([
      {
        kind: 'running',
        from: '12.03.2026, 08:00',
        to: 'läuft noch',
        minutes: '300',
        total: '300',
        breach: 'Frist abgelaufen am 12.03.2026 um 12:00',
      },
    ])
    expect(
      clockSummary('resolution', late.resolution as TimelineClock, { atRisk: false, running: true }),
    ).toMatchObject({
      state: 'breached',
      stateLabel: 'verletzt',
      percent: 125,
      verdict: 'Frist abgelaufen am 12.03.2026 um 12:00, seitdem überschritten.',
    })
  })
})

describe('clock stretches', () => {
  it('add up the business minutes of each running stretch; a pause uses none', () => {
    expect(stretchRows(RESOLUTION, TIMELINE.paused, TIMELINE.asOf)).toEqual([
      {
        kind: 'running',
        from: '12.03.2026, 08:00',
        to: '12.03.2026, 09:00',
        minutes: '60',
        total: '60',
        breach: null,
      },
      {
        kind: 'paused',
        from: '12.03.2026, 09:00',
        to: '12.03.2026, 10:00',
        minutes: null,
        total: '60',
        breach: null,
      },
      {
        kind: 'running',
        from: '12.03.2026, 10:00',
        to: 'läuft noch',
        minutes: '130',
        total: '190',
        breach: null,
      },
    ])
  })

  it('sum up each clock in a sentence', () => {
    expect(clockSummary('resolution', RESOLUTION, { atRisk: true, running: true })).toEqual({
      clock: 'resolution',
      label: 'Lösung',
      state: 'at_risk',
      stateLabel: 'gefährdet',
      elapsed: '3\u00a0Std. 10\u00a0Min.',
      target: '4\u00a0Std.',
      percent: 79,
      verdict: 'Die Frist läuft am 12.03.2026 um 13:00 ab, wenn die Uhr weiterläuft.',
    })
    expect(clockSummary('response', RESPONSE, { atRisk: false, running: false })).toMatchObject({
      state: 'met',
      verdict: 'Eingehalten: gestoppt nach 5\u00a0Min. von 30\u00a0Min.',
    })
    const paused = { ...RESOLUTION, elapsedMinutes: 200, breachAt: null }
    expect(clockSummary('resolution', paused, { atRisk: false, running: false })).toMatchObject({
      state: 'paused',
      verdict: 'Die Uhr ist pausiert; bis zum Ziel bleiben 40\u00a0Min.',
    })
  })
})

describe('timeline in English', () => {
  afterEach(() => setLanguage('de'))

  it('labels events and says why an ignored one does not count', () => {
    setLanguage('en')
    expect(eventLabel({ type: 'created' })).toBe('created')
    expect(eventLabel({ type: 'status', status: 'in_progress' })).toBe('Status → In progress')
    expect(eventLabel({ type: 'status', status: 'closed' })).toBe('Status → Closed')
    expect(eventLabel({ type: 'status' })).toBe('Status → unknown')
    expect(eventLabel({ type: 'priority', priority: 'P1' })).toBe('Priority → P1')
    expect(eventLabel({ type: 'responded' })).toBe('Response')
    const [before, , , second, waiting] = TIMELINE.events
    const created = TIMELINE.ticket.createdAt
    expect(before && ignoredReason(before, created)).toBe(
      'Lies before the ticket was created, so it does not count.',
    )
    expect(second && ignoredReason(second, created)).toBe('Another “created”: only the earliest counts.')
    expect(waiting && ignoredReason(waiting, created)).toBeNull()
  })

  it('draws the bar with English labels and dates', () => {
    setLanguage('en')
    const geometry = timelineGeometry(TIMELINE)
    expect(geometry.lanes.map((lane) => lane.label)).toEqual(['Response', 'Resolution'])
    expect(geometry.lanes[1]?.marker?.label).toBe('Resolution: deadline on 12/03/2026 at 13:00')
    expect(geometry.events[0]?.label).toBe('Status → In progress, 12/03/2026, 07:30 (ignored)')
    expect(geometry.events[2]?.label).toBe('Status → In progress, 12/03/2026, 08:05')
    expect(geometry.startLabel).toBe('12/03/2026, 07:30')
  })

  it('lists the stretches and sums up each clock in English', () => {
    setLanguage('en')
    expect(stretchRows(RESOLUTION, TIMELINE.paused, TIMELINE.asOf).map((r) => [r.from, r.to])).toEqual([
      ['12/03/2026, 08:00', '12/03/2026, 09:00'],
      ['12/03/2026, 09:00', '12/03/2026, 10:00'],
      ['12/03/2026, 10:00', 'still running'],
    ])
    expect(clockSummary('resolution', RESOLUTION, { atRisk: true, running: true })).toEqual({
      clock: 'resolution',
      label: 'Resolution',
      state: 'at_risk',
      stateLabel: 'at risk',
      elapsed: '3\u00a0h 10\u00a0min',
      target: '4\u00a0h',
      percent: 79,
      verdict: 'The deadline passes on 12/03/2026 at 13:00 if the clock keeps running.',
    })
    expect(clockSummary('response', RESPONSE, { atRisk: false, running: false })).toMatchObject({
      stateLabel: 'met',
      verdict: 'Met: stopped after 5\u00a0min of 30\u00a0min.',
    })
    const paused = { ...RESOLUTION, elapsedMinutes: 200, breachAt: null }
    expect(clockSummary('resolution', paused, { atRisk: false, running: false })).toMatchObject({
      stateLabel: 'paused',
      verdict: 'The clock is paused; 40\u00a0min left until the target.',
    })
    const late = {
      ...RESOLUTION,
      elapsedMinutes: 300,
      breached: true,
      met: false,
      breachAt: at(240),
      stretches: [{ from: at(0), to: at(300), businessMinutes: 300 }],
    }
    expect(stretchRows(late, [], at(300))[0]?.breach).toBe('Deadline passed on 12/03/2026 at 12:00')
    expect(clockSummary('resolution', late, { atRisk: false, running: true })).toMatchObject({
      stateLabel: 'breached',
      verdict: 'Deadline passed on 12/03/2026 at 12:00, breached since.',
    })
  })
})
