import { describe, expect, it } from 'vitest'
import {
  axisTicks,
  burnDownDomain,
  burnDownRows,
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
