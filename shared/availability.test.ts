import { describe, expect, it } from 'vitest'
import {
  type Check,
  clipIntervals,
  type Interval,
  intersectIntervals,
  meanTimeBetweenOutages,
  normalizeIntervals,
  outagesOf,
  overallAvailability,
  type ProbeSegment,
  probeSegments,
  quorumState,
  type ServiceAvailability,
  type StateSpan,
  serviceAvailability,
  stateTimeline,
  subtractIntervals,
  timelineWithin,
  totalLength,
} from './availability'

const MIN = 60_000
/** Minute `m` as an instant: keeps hand arithmetic readable. */
const m = (minute: number) => minute * MIN
const iv = (from: number, to: number): Interval => [m(from), m(to)]

describe('interval arithmetic', () => {
  it('normalizes: sorts, drops empty pieces, merges overlapping and touching pieces', () => {
    const input: Interval[] = [iv(5, 7), iv(1, 3), iv(3, 4), iv(6, 9), iv(10, 10), iv(12, 11)]
    expect(normalizeIntervals(input)).toEqual([iv(1, 4), iv(5, 9)])
    // The input is left alone.
    expect(input[0]).toEqual(iv(5, 7))
  })

  it('intersects', () => {
    expect(intersectIntervals([iv(0, 10), iv(20, 30)], [iv(5, 25)])).toEqual([iv(5, 10), iv(20, 25)])
    expect(intersectIntervals([iv(0, 5)], [iv(5, 10)])).toEqual([])
    expect(intersectIntervals([iv(0, 100)], [iv(1, 2), iv(3, 4), iv(99, 120)])).toEqual([
      iv(1, 2),
      iv(3, 4),
      iv(99, 100),
    ])
    expect(intersectIntervals([], [iv(0, 1)])).toEqual([])
  })

  it('subtracts', () => {
    // [0,10) minus [2,3) and [5,22) leaves [0,2) and [3,5); [20,30) minus [5,22) and [28,40) leaves [22,28).
    expect(subtractIntervals([iv(0, 10), iv(20, 30)], [iv(2, 3), iv(5, 22), iv(28, 40)])).toEqual([
      iv(0, 2),
      iv(3, 5),
      iv(22, 28),
    ])
    expect(subtractIntervals([iv(0, 10)], [])).toEqual([iv(0, 10)])
    expect(subtractIntervals([iv(0, 10)], [iv(-5, 15)])).toEqual([])
    expect(subtractIntervals([iv(0, 10)], [iv(0, 10)])).toEqual([])
    // Touching pieces take nothing away.
    expect(subtractIntervals([iv(5, 10)], [iv(0, 5), iv(10, 20)])).toEqual([iv(5, 10)])
  })

  it('clips and measures', () => {
    expect(clipIntervals([iv(0, 10), iv(20, 30)], m(5), m(25))).toEqual([iv(5, 10), iv(20, 25)])
    expect(clipIntervals([iv(0, 10)], m(5), m(5))).toEqual([])
    expect(totalLength([iv(5, 10), iv(20, 25)])).toBe(m(10))
  })

  it('agrees with minute-by-minute sets on random lists', () => {
    // A fixed linear congruential generator: reproducible, no dependency.
    let seed = 42
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const randomList = (): Interval[] =>
      Array.from({ length: random(6) }, () => {
        const start = random(60)
        return iv(start, start + random(15))
      })
    const minutes = (list: readonly Interval[]) => {
      const set = new Set<number>()
      for (const [start, end] of list) for (let x = start; x < end; x += MIN) set.add(x / MIN)
      return set
    }
    const fromMinutes = (set: Set<number>) =>
      normalizeIntervals([...set].map((minute): Interval => iv(minute, minute + 1)))
    for (let round = 0; round < 500; round++) {
      const a = normalizeIntervals(randomList())
      const b = normalizeIntervals(randomList())
      const setA = minutes(a)
      const setB = minutes(b)
      expect(intersectIntervals(a, b)).toEqual(fromMinutes(new Set([...setA].filter((x) => setB.has(x)))))
      expect(subtractIntervals(a, b)).toEqual(fromMinutes(new Set([...setA].filter((x) => !setB.has(x)))))
    }
  })
})

describe('probe segments', () => {
  const check = (minute: number, status: Check['status'], probe = 'p'): Check => ({
    probe,
    at: m(minute),
    status,
  })

  it('holds each check until the next one, at most 2 * interval, and merges equal neighbours', () => {
    // Interval 60 s, hold 2 min. Checks 0 up, 1 up, 2 down, 10 down (8 minutes later), 11 up.
    // 0 and 1 hold [0,2) together; 2 holds [2,4) then unknown until 10; 10 holds [10,11); 11 holds [11,13).
    const checks = [check(10, 'down'), check(0, 'up'), check(1, 'up'), check(2, 'down'), check(11, 'up')]
    expect(probeSegments(checks, 2 * MIN)).toEqual([
      { probe: 'p', start: m(0), end: m(2), status: 'up' },
      { probe: 'p', start: m(2), end: m(4), status: 'down' },
      { probe: 'p', start: m(10), end: m(11), status: 'down' },
      { probe: 'p', start: m(11), end: m(13), status: 'up' },
    ])
  })

  it('example 6: checks at 10:00 (up) and 10:05 (up), interval 60 s: up 10:00-10:02, then unknown', () => {
    expect(probeSegments([check(600, 'up'), check(605, 'up')], 2 * MIN)).toEqual([
      { probe: 'p', start: m(600), end: m(602), status: 'up' },
      { probe: 'p', start: m(605), end: m(607), status: 'up' },
    ])
  })

  it('counts checks of one probe at one instant as the worst of them', () => {
    const checks = [check(0, 'up'), check(0, 'down'), check(0, 'degraded'), check(1, 'up')]
    expect(probeSegments(checks, 2 * MIN)).toEqual([
      { probe: 'p', start: m(0), end: m(1), status: 'down' },
      { probe: 'p', start: m(1), end: m(3), status: 'up' },
    ])
  })

  it('keeps probes apart', () => {
    const segments = probeSegments([check(0, 'up', 'a'), check(1, 'up', 'b'), check(2, 'up', 'a')], 2 * MIN)
    expect(segments).toEqual([
      { probe: 'a', start: m(0), end: m(4), status: 'up' },
      { probe: 'b', start: m(1), end: m(3), status: 'up' },
    ])
  })
})

describe('quorum', () => {
  it.each([
    [3, 0, 0, 'up'],
    [2, 0, 1, 'degraded'], // 1 of 3 down
    [1, 0, 2, 'down'], // 2 of 3 down
    [0, 0, 3, 'down'],
    [1, 0, 1, 'degraded'], // 1 of 2 down: not more than half
    [0, 0, 2, 'down'],
    [0, 0, 1, 'down'], // the only known probe says down
    [2, 1, 0, 'degraded'],
    [0, 2, 1, 'degraded'], // 1 of 3 down, the rest degraded
    [1, 1, 2, 'degraded'], // 2 of 4 is exactly half: not more than half
    [2, 0, 3, 'down'], // 3 of 5
    [0, 0, 0, 'unknown'],
  ] as const)('up %i, degraded %i, down %i: %s', (up, degraded, down, state) => {
    expect(quorumState(up, degraded, down)).toBe(state)
  })

  it('builds the timeline: three probes, then one drops out', () => {
    const segment = (probe: string, from: number, to: number, status: ProbeSegment['status']) => ({
      probe,
      start: m(from),
      end: m(to),
      status,
    })
    // a: up [0,2), down [2,10); b: up [0,4), down [4,6), up [6,8); c: up [0,6).
    // [0,2) 3 up: up; [2,4) 1 of 3 down: degraded; [4,6) 2 of 3 down: down;
    // [6,8) a down, b up (c unknown), 1 of 2: degraded; [8,10) only a, down: down; after 10 unknown.
    const timeline = stateTimeline([
      segment('a', 0, 2, 'up'),
      segment('a', 2, 10, 'down'),
      segment('b', 0, 4, 'up'),
      segment('b', 4, 6, 'down'),
      segment('b', 6, 8, 'up'),
      segment('c', 0, 6, 'up'),
      segment('d', 20, 20, 'down'), // empty: ignored
    ])
    expect(timeline).toEqual<StateSpan[]>([
      { start: m(0), end: m(2), state: 'up' },
      { start: m(2), end: m(4), state: 'degraded' },
      { start: m(4), end: m(6), state: 'down' },
      { start: m(6), end: m(8), state: 'degraded' },
      { start: m(8), end: m(10), state: 'down' },
    ])
  })

  it('merges touching spans of one state and leaves gaps unknown', () => {
    const timeline = stateTimeline([
      { probe: 'a', start: m(0), end: m(2), status: 'up' },
      { probe: 'b', start: m(2), end: m(4), status: 'up' },
      { probe: 'a', start: m(6), end: m(8), status: 'up' },
    ])
    expect(timeline).toEqual([
      { start: m(0), end: m(4), state: 'up' },
      { start: m(6), end: m(8), state: 'up' },
    ])
  })
})

describe('MTBF: mean time between the starts of outages', () => {
  const down = (from: number, to: number): StateSpan => ({ start: m(from), end: m(to), state: 'down' })
  const mtbf = (timeline: StateSpan[], maintenance: Array<[number, number]> = [], to = 1440) => {
    const outages = outagesOf(timeline, maintenance, 0, m(to))
    return { outages: outages.length, mtbf: meanTimeBetweenOutages(outages, timeline, 0) }
  }

  it('averages the gaps between consecutive starts', () => {
    // Starts at 60, 300 and 1000 minutes: gaps 240 and 700, mean (1000 - 60) / 2 = 470.
    expect(mtbf([down(60, 90), down(300, 330), down(1000, 1010)])).toEqual({ outages: 3, mtbf: 470 })
  })

  it('leaves out the start of an outage that runs into the period from before', () => {
    // Down from -30 to 20 (an outage of the period, but started before it), then 500 and 900: (900 - 500) / 1 = 400.
    expect(mtbf([down(-30, 20), down(500, 510), down(900, 905)])).toEqual({ outages: 3, mtbf: 400 })
    // With only one start left in the period there is no interval: null.
    expect(mtbf([down(-30, 20), down(500, 510)])).toEqual({ outages: 2, mtbf: null })
  })

  it('counts an outage that starts exactly at the period start', () => {
    // Down from 0 to 10 and from 100 to 110: starts 0 and 100.
    expect(mtbf([down(0, 10), down(100, 110)])).toEqual({ outages: 2, mtbf: 100 })
  })

  it('is null with fewer than two outages, and restarts after maintenance count as starts', () => {
    expect(mtbf([])).toEqual({ outages: 0, mtbf: null })
    expect(mtbf([down(10, 20)])).toEqual({ outages: 1, mtbf: null })
    // Maintenance 30-40 splits down 20-60 into 20-30 and 40-60: starts 20 and 40, MTBF 20.
    expect(mtbf([down(20, 60)], [[m(30), m(40)]])).toEqual({ outages: 2, mtbf: 20 })
  })
})

describe('figures', () => {
  const span = (from: number, to: number, state: StateSpan['state']): StateSpan => ({
    start: m(from),
    end: m(to),
    state,
  })

  it('example 5 in minutes: W 1380, down 30, up 1350', () => {
    // A 23-hour day (spring DST), down 600-630 of it, 24x7 SLA with target 99.5.
    const figures = serviceAvailability({
      service: 'email',
      target: 99.5,
      timeline: [span(0, 600, 'up'), span(600, 630, 'down'), span(630, 1380, 'up')],
      open: [iv(0, 1380)],
      maintenance: [],
      from: 0,
      to: m(1380),
    })
    // 1350 / 1380 * 100 = 97.8261; allowed = 0.005 * 1380 = 6.9; (6.9 - 30) / 6.9 * 100 = -334.7826.
    expect(figures).toEqual({
      service: 'email',
      target: 99.5,
      availability: expect.closeTo(97.826087, 5),
      met: false,
      up_minutes: 1350,
      down_minutes: 30,
      degraded_minutes: 0,
      coverage: 100,
      outages: 1,
      mttr_minutes: 30,
      budget_remaining: expect.closeTo(-334.782609, 5),
    })
    expect(Object.keys(figures)).toEqual([
      'service',
      'target',
      'availability',
      'met',
      'up_minutes',
      'down_minutes',
      'degraded_minutes',
      'coverage',
      'outages',
      'mttr_minutes',
      'budget_remaining',
    ])
  })

  it('counts only W in the minutes, but every down stretch outside maintenance as an outage', () => {
    // [0,100) with open time [10,50) and maintenance [20,30) and [90,95): W = [10,20) + [30,50) = 30 min.
    // Down [0,15) (5 in W), [25,35) (5 in W, 25-30 in maintenance), [80,100) (none in W); degraded [40,50).
    // Outages: [0,15), [30,35) (25-30 is maintenance), [80,90) and [95,100) (split by maintenance) = 4,
    // total 15 + 5 + 10 + 5 = 35 min, mttr 8.75. In W: down 10, degraded 10, up 30 - 20 = 10.
    const figures = serviceAvailability({
      service: 's',
      target: 90,
      timeline: [
        span(0, 15, 'down'),
        span(15, 25, 'up'),
        span(25, 35, 'down'),
        span(35, 40, 'up'),
        span(40, 50, 'degraded'),
        span(50, 80, 'up'),
        span(80, 100, 'down'),
      ],
      open: [iv(10, 50)],
      maintenance: [iv(90, 95), iv(20, 30)],
      from: 0,
      to: m(100),
    })
    // availability 20 / 30 = 66.67 %; allowed = 0.1 * 30 = 3; budget (3 - 10) / 3 = -233.33 %.
    expect(figures).toMatchObject({
      up_minutes: 10,
      degraded_minutes: 10,
      down_minutes: 10,
      availability: expect.closeTo(66.666667, 5),
      met: false,
      coverage: 100,
      outages: 4,
      mttr_minutes: 8.75,
      budget_remaining: expect.closeTo(-233.333333, 5),
    })
  })

  it('clips the timeline and outages to the period', () => {
    // Down [-10, 5) and [95, 120) around the period [0, 100): outages 5 and 5 minutes.
    const figures = serviceAvailability({
      service: 's',
      target: 99,
      timeline: [span(-10, 5, 'down'), span(5, 95, 'up'), span(95, 120, 'down')],
      open: [iv(0, 100)],
      maintenance: [],
      from: 0,
      to: m(100),
    })
    // allowed = 0.01 * 100 = 1; budget (1 - 10) / 1 = -900 %.
    expect(figures).toMatchObject({
      up_minutes: 90,
      down_minutes: 10,
      availability: 90,
      outages: 2,
      mttr_minutes: 5,
      budget_remaining: expect.closeTo(-900, 6),
    })
  })

  it('gives null, not zero, where a denominator is zero', () => {
    const noData = serviceAvailability({
      service: 's',
      target: 99.5,
      timeline: [],
      open: [iv(0, 60)],
      maintenance: [],
      from: 0,
      to: m(60),
    })
    expect(noData).toEqual({
      service: 's',
      target: 99.5,
      availability: null,
      met: null,
      up_minutes: 0,
      down_minutes: 0,
      degraded_minutes: 0,
      coverage: 0,
      outages: 0,
      mttr_minutes: null,
      budget_remaining: null,
    })
    // W entirely under maintenance: no coverage either.
    const noWindow = serviceAvailability({
      service: 's',
      target: 99.5,
      timeline: [span(0, 60, 'up')],
      open: [iv(0, 60)],
      maintenance: [iv(-10, 70)],
      from: 0,
      to: m(60),
    })
    expect(noWindow).toMatchObject({ up_minutes: 0, availability: null, coverage: null, met: null })
    // Target 100 allows nothing: the budget has no denominator.
    const perfect = serviceAvailability({
      service: 's',
      target: 100,
      timeline: [span(0, 60, 'up')],
      open: [iv(0, 60)],
      maintenance: [],
      from: 0,
      to: m(60),
    })
    expect(perfect).toMatchObject({ availability: 100, met: true, budget_remaining: null })
  })

  it('without an SLA: target, met and budget null', () => {
    const figures = serviceAvailability({
      service: 's',
      target: null,
      timeline: [span(0, 50, 'up'), span(50, 60, 'down')],
      open: [iv(0, 60)],
      maintenance: [],
      from: 0,
      to: m(60),
    })
    expect(figures).toMatchObject({
      target: null,
      met: null,
      budget_remaining: null,
      availability: expect.closeTo(83.333333, 5),
      outages: 1,
    })
  })

  it('overall: good minutes over known minutes across services', () => {
    const service = (up: number, degraded: number, down: number): ServiceAvailability => ({
      service: 's',
      target: null,
      availability: null,
      met: null,
      up_minutes: up,
      degraded_minutes: degraded,
      down_minutes: down,
      coverage: null,
      outages: 0,
      mttr_minutes: null,
      budget_remaining: null,
    })
    // (1380 + 420 + 60) / (1380 + 60 + 420 + 60) = 1860 / 1920 = 96.875 %.
    expect(overallAvailability([service(1380, 0, 60), service(420, 60, 0)])).toBe(96.875)
    expect(overallAvailability([service(0, 0, 0)])).toBeNull()
    expect(overallAvailability([])).toBeNull()
  })
})

describe('timelineWithin', () => {
  const timeline: StateSpan[] = [
    { start: m(0), end: m(10), state: 'up' },
    { start: m(12), end: m(20), state: 'down' },
    { start: m(20), end: m(30), state: 'degraded' },
  ]
  it('keeps the spans that overlap the range, clipped to it', () => {
    expect(timelineWithin(timeline, m(5), m(15))).toEqual([
      { start: m(5), end: m(10), state: 'up' },
      { start: m(12), end: m(15), state: 'down' },
    ])
    expect(timelineWithin(timeline, m(20), m(40))).toEqual([{ start: m(20), end: m(30), state: 'degraded' }])
  })
  it('is empty in a gap, before the first span and after the last', () => {
    expect(timelineWithin(timeline, m(10), m(12))).toEqual([])
    expect(timelineWithin(timeline, m(-5), m(0))).toEqual([])
    expect(timelineWithin(timeline, m(30), m(35))).toEqual([])
    expect(timelineWithin([], m(0), m(5))).toEqual([])
  })
})
