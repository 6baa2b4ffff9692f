import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import {
  axisTicks,
  burnDownDomain,
  burnDownRows,
  type Explanation,
  explanationItems,
  explanationText,
  latencyRows,
  MIN_SEGMENT,
  timelineSegments,
  trendDomain,
  trendRows,
} from './detail'
import type { TrendPoint } from './labels'

const point = (label: string, availability: number | null): TrendPoint => ({
  label,
  from: `${label}T00:00:00+01:00`,
  to: `${label}T00:00:00+01:00`,
  availability,
  target: 99.5,
  met: availability === null ? null : availability >= 99.5,
  coverage: availability === null ? null : 100,
  down_minutes: 0,
  outages: 0,
})

describe('trend rows', () => {
  it('keeps a day without data as null (a gap), never 0 or 100', () => {
    const rows = trendRows(
      [point('2026-03-01', 100), point('2026-03-02', null), point('2026-03-03', 97.9)],
      'day',
    )
    expect(rows.map((r) => [r.axis, r.title, r.availability, r.target])).toEqual([
      ['01.03.', '01.03.2026', 100, 99.5],
      ['02.03.', '02.03.2026', null, 99.5],
      ['03.03.', '03.03.2026', 97.9, 99.5],
    ])
  })

  it('labels months', () => {
    const rows = trendRows([point('2026-03', 99.9)], 'month')
    expect([rows[0]?.axis, rows[0]?.title]).toEqual(['03/2026', 'März 2026'])
  })

  it('scales the axis below the lowest value', () => {
    // Lowest 97,9: room (100 - 97,9) / 4 = 0,525 → 97,375 → 97.
    expect(trendDomain(trendRows([point('2026-03-01', 97.9)], 'day'), 99.5)).toEqual([97, 100])
    // Only the 99,5 % target and 100: room at least 0,5 → 99.
    expect(trendDomain(trendRows([point('2026-03-01', 100)], 'day'), 99.5)).toEqual([99, 100])
    expect(trendDomain([], null)).toEqual([0, 100])
    expect(axisTicks([97, 100])).toEqual([97, 97.5, 98, 98.5, 99, 99.5, 100])
    expect(axisTicks([99, 100])).toEqual([99, 99.25, 99.5, 99.75, 100])
  })
})

describe('burn-down rows', () => {
  it('keeps the remaining budget, null after now, and the 0 line in view', () => {
    const rows = burnDownRows([
      { date: '2026-03-01', budget_remaining: 100, allowed_minutes: 7.2, down_minutes: 0 },
      // 30 down minutes against 14,4 allowed: (14,4 - 30) / 14,4 = -108,3 %.
      { date: '2026-03-02', budget_remaining: -108.33, allowed_minutes: 14.4, down_minutes: 30 },
      { date: '2026-03-03', budget_remaining: null, allowed_minutes: null, down_minutes: 30 },
    ])
    expect(rows.map((r) => [r.axis, r.remaining])).toEqual([
      ['01.03.', 100],
      ['02.03.', -108.33],
      ['03.03.', null],
    ])
    // Span 208 points: ticks every 50, the bottom the next one under -108,33.
    expect(burnDownDomain(rows)).toEqual([-150, 100])
    expect(axisTicks([-150, 100])).toEqual([-150, -100, -50, 0, 50, 100])
    expect(burnDownDomain(rows.slice(0, 1))).toEqual([0, 100])
    expect(axisTicks([0, 100])).toEqual([0, 25, 50, 75, 100])
  })
})

describe('timeline segments', () => {
  const from = '2026-03-01T00:00:00+01:00'
  const to = '2026-03-02T00:00:00+01:00' // 1440 minutes

  it('places intervals on the period and clips them', () => {
    const segments = timelineSegments(
      [
        // 06:00-12:00: a quarter in, a quarter long.
        { start: '2026-03-01T06:00:00+01:00', end: '2026-03-01T12:00:00+01:00' },
        // Begins the day before: clipped to 00:00-03:00.
        { start: '2026-02-28T22:00:00+01:00', end: '2026-03-01T03:00:00+01:00' },
        // Outside the period.
        { start: '2026-03-02T01:00:00+01:00', end: '2026-03-02T02:00:00+01:00' },
      ],
      from,
      to,
    )
    expect(segments.map((s) => [s.left, s.width])).toEqual([
      [25, 25],
      [0, 12.5],
    ])
  })

  it('widens a short outage so it stays visible, within the track', () => {
    const [segment] = timelineSegments(
      [{ start: '2026-03-01T23:59:00+01:00', end: '2026-03-02T00:00:00+01:00' }],
      from,
      to,
    )
    expect(segment?.width).toBe(MIN_SEGMENT)
    expect(segment?.left).toBe(100 - MIN_SEGMENT)
  })
})

describe('latency rows', () => {
  it('puts all probes first and shows missing percentiles as null', () => {
    const rows = latencyRows({
      checks: 1200,
      p50: 120,
      p95: 480.4,
      p99: 1510,
      probes: [{ probe: 'schwerin', checks: 0, p50: null, p95: null, p99: null }],
    })
    expect(rows).toEqual([
      { name: 'Alle Messpunkte', checks: '1.200', p50: '120 ms', p95: '480 ms', p99: '1.510 ms' },
      { name: 'schwerin', checks: '0', p50: null, p95: null, p99: null },
    ])
  })
})

/**
 * The server's facts for 'web' in server/availability/detail.test.ts: W = 2880
 * open minutes - 40 maintenance = 2840, 25 down; 2815 / 2840 = 99,1197 %.
 */
const explain: Explanation = {
  basis: 'customer',
  sla: 'rund',
  calendar: 'always',
  target: 99.5,
  hold_minutes: 2,
  period_minutes: 2880,
  open_minutes: 2880,
  maintenance_minutes: 40,
  window_minutes: 2840,
  up_minutes: 2815,
  degraded_minutes: 0,
  down_minutes: 25,
  unknown_minutes: 0,
}
const availability = (2815 / 2840) * 100
/** 'lat' of the same test: no SLA, 24x7, and (here) no check at all. */
const noSla: Explanation = {
  ...explain,
  sla: null,
  calendar: null,
  target: null,
  period_minutes: 1440,
  open_minutes: 1440,
  maintenance_minutes: 0,
  window_minutes: 1440,
  up_minutes: 0,
  down_minutes: 0,
  unknown_minutes: 1440,
}
const period = { from: '2026-03-02T00:00:00+01:00', to: '2026-03-04T00:00:00+01:00' }

describe('explanation', () => {
  it("words the server's facts in German", () => {
    expect(explanationText(explain, availability)).toBe(
      'Verfügbarkeit = (verfügbar + eingeschränkt) / (verfügbar + eingeschränkt + gestört) im Messfenster W = 99,12\u00a0%. ' +
        'W = 2.880 min Servicezeit laut Kalender „always“ minus 40 min Wartung = 2.840 min. ' +
        'Davon 2.840 min gemessen, 0 min ohne Messwerte (nicht mitgerechnet). ' +
        'Ziel 99,5\u00a0% laut SLA „rund“.',
    )
    expect(explanationText({ ...explain, basis: 'standard' }, availability)).toMatch(
      / Ziel 99,5\u00a0% laut SLA „rund“ \(das häufigste SLA der Ressorts für diesen Dienst\)\.$/,
    )
    expect(explanationText(noSla, null)).toBe(
      'Verfügbarkeit = (verfügbar + eingeschränkt) / (verfügbar + eingeschränkt + gestört) im Messfenster W = keine Messwerte. ' +
        'W = 1.440 min Servicezeit rund um die Uhr (kein SLA) minus 0 min Wartung = 1.440 min. ' +
        'Davon 0 min gemessen, 1.440 min ohne Messwerte (nicht mitgerechnet). ' +
        'Ohne Verfügbarkeitsziel.',
    )
  })

  it('lists the terms and values in German', () => {
    expect(explanationItems({ ...period, explain })).toEqual([
      ['Zeitraum', '02.03.2026, 00:00 bis 04.03.2026, 00:00 (2 d)'],
      ['SLA', 'rund'],
      ['Ziel', '99,5\u00a0%'],
      ['Servicezeit-Kalender', 'always'],
      ['Servicezeit im Zeitraum', '2.880 min'],
      ['Davon Wartung (ausgenommen)', '40 min'],
      ['Messfenster W', '2.840 min'],
      ['Verfügbar', '2.815 min'],
      ['Eingeschränkt', '0 min'],
      ['Gestört', '25 min'],
      ['Ohne Messwerte (unbekannt)', '0 min'],
      ['Ein Messwert gilt höchstens', '2 min'],
    ])
    expect(explanationItems({ ...period, explain: noSla }).slice(1, 4)).toEqual([
      ['SLA', 'keines (rund um die Uhr, ohne Ziel)'],
      ['Ziel', 'keines'],
      ['Servicezeit-Kalender', 'rund um die Uhr (24x7)'],
    ])
  })
})

describe('detail adapters in English', () => {
  afterEach(() => setLanguage('de'))

  it('labels days and months the English way', () => {
    setLanguage('en')
    expect(trendRows([point('2026-03-01', 100)], 'day').map((r) => [r.axis, r.title])).toEqual([
      ['01/03', '01/03/2026'],
    ])
    expect(trendRows([point('2026-03', 99.9)], 'month').map((r) => [r.axis, r.title])).toEqual([
      ['03/2026', 'March 2026'],
    ])
    expect(
      burnDownRows([{ date: '2026-03-02', budget_remaining: 50, allowed_minutes: 7, down_minutes: 3 }]),
    ).toEqual([
      {
        date: '2026-03-02',
        axis: '02/03',
        title: '02/03/2026',
        remaining: 50,
        downMinutes: 3,
        allowedMinutes: 7,
      },
    ])
  })

  it('names all probes and groups thousands with commas', () => {
    setLanguage('en')
    expect(
      latencyRows({
        checks: 1200,
        p50: 120,
        p95: 480.4,
        p99: 1510,
        probes: [{ probe: 'schwerin', checks: 0, p50: null, p95: null, p99: null }],
      }),
    ).toEqual([
      { name: 'All probes', checks: '1,200', p50: '120 ms', p95: '480 ms', p99: '1,510 ms' },
      { name: 'schwerin', checks: '0', p50: null, p95: null, p99: null },
    ])
  })

  it('words the explanation in English', () => {
    setLanguage('en')
    expect(explanationText(explain, availability)).toBe(
      'Availability = (up + degraded) / (up + degraded + down) in the measuring window W = 99.12%. ' +
        'W = 2,880 min agreed service time per calendar "always" minus 40 min maintenance = 2,840 min. ' +
        'Of which 2,840 min measured, 0 min without measurements (not counted). ' +
        'Target 99.5% per SLA "rund".',
    )
    expect(explanationText({ ...explain, basis: 'standard' }, availability)).toMatch(
      / Target 99\.5% per SLA "rund" \(the ministries' most common SLA for this service\)\.$/,
    )
    expect(explanationText(noSla, null)).toBe(
      'Availability = (up + degraded) / (up + degraded + down) in the measuring window W = no measurements. ' +
        'W = 1,440 min agreed service time around the clock (no SLA) minus 0 min maintenance = 1,440 min. ' +
        'Of which 0 min measured, 1,440 min without measurements (not counted). ' +
        'No availability target.',
    )
  })

  it("lists the explanation's terms and values in English", () => {
    setLanguage('en')
    expect(explanationItems({ ...period, explain })).toEqual([
      ['Period', '02/03/2026, 00:00 to 04/03/2026, 00:00 (2 d)'],
      ['SLA', 'rund'],
      ['Target', '99.5%'],
      ['Service time calendar', 'always'],
      ['Agreed service time in the period', '2,880 min'],
      ['Of which maintenance (excluded)', '40 min'],
      ['Measuring window W', '2,840 min'],
      ['Up', '2,815 min'],
      ['Degraded', '0 min'],
      ['Down', '25 min'],
      ['Without measurements (unknown)', '0 min'],
      ['A check holds for at most', '2 min'],
    ])
    expect(explanationItems({ ...period, explain: noSla }).slice(1, 4)).toEqual([
      ['SLA', 'none (around the clock, no target)'],
      ['Target', 'none'],
      ['Service time calendar', 'around the clock (24x7)'],
    ])
  })
})
