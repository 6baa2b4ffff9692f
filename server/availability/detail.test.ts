/**
 * One service's detail on constructed data. 'web' (99.5 % around the clock),
 * Mon 2 and Tue 3 March 2026 (CET +01:00), a check a minute all the time:
 * down Mon 10:00-10:40 and Tue 09:00-09:05; maintenance Mon 10:20-11:00.
 * 'lat' has known latencies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { type Service, validateCatalog } from '../../shared/catalog'
import { ndjson, openTestStore, type TestStore } from '../../test/support/fixtures'
import { customerBasis } from './basis'
import { type ServiceDetail, serviceDetail } from './detail'

const MIN = 60_000
const t = (iso: string) => Date.parse(iso)

const parsed = validateCatalog({
  timezone: 'Europe/Berlin',
  calendars: [{ id: 'always', hours: '24x7' }],
  customers: [{ id: 'im', name: 'IM', services: ['web', 'lat'] }],
  services: [
    { id: 'web', name: 'Webportal', check_interval: 60 },
    { id: 'lat', name: 'Latenz', check_interval: 60 },
  ],
  slas: [
    { id: 'rund', customers: '*', services: ['web'], availability: { target: 99.5, calendar: 'always' } },
  ],
})
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
const catalog = parsed.catalog
const service = (id: string) => catalog.services.find((s) => s.id === id) as Service

const monday = t('2026-03-02T00:00:00+01:00')
const downs: Array<[string, string]> = [
  ['2026-03-02T10:00:00+01:00', '2026-03-02T10:40:00+01:00'],
  ['2026-03-03T09:00:00+01:00', '2026-03-03T09:05:00+01:00'],
]

let test: TestStore
let detail: ServiceDetail

beforeAll(async () => {
  test = await openTestStore()
  const web = Array.from({ length: 2880 }, (_, i) => {
    const at = monday + i * MIN
    const down = downs.some(([from, to]) => at >= t(from) && at < t(to))
    return { service: 'web', at: new Date(at).toISOString(), status: down ? 'down' : 'up', latency_ms: 50 }
  })
  // Probe a: latencies 1..100; probe b: ten times 5 and one check without latency.
  const tenOClock = t('2026-03-05T10:00:00+01:00')
  const lat = [
    ...Array.from({ length: 100 }, (_, i) => ({ probe: 'a', at: tenOClock + i * MIN, latency_ms: i + 1 })),
    ...Array.from({ length: 10 }, (_, i) => ({ probe: 'b', at: tenOClock + i * MIN, latency_ms: 5 })),
    { probe: 'b', at: tenOClock + 10 * MIN },
  ].map((check) => ({ ...check, service: 'lat', status: 'up', at: new Date(check.at).toISOString() }))
  await ingestFile(test.store, catalog, 'checks', await test.file('checks.ndjson', ndjson([...web, ...lat])))
  await ingestFile(
    test.store,
    catalog,
    'maintenance',
    await test.file(
      'maintenance.ndjson',
      ndjson([
        {
          id: 'm1',
          service: 'web',
          from: '2026-03-02T10:20:00+01:00',
          to: '2026-03-02T11:00:00+01:00',
          title: 'Patchday',
        },
      ]),
    ),
  )
  detail = await serviceDetail(test.store, catalog, {
    service: service('web'),
    basis: customerBasis(catalog, 'im', 'web'),
    from: monday,
    to: t('2026-03-04T00:00:00+01:00'),
    now: t('2026-03-10T12:00:00+01:00'),
  })
})
afterAll(async () => {
  await test?.close()
})

describe('service detail', () => {
  it('explains the figure: W = 2880 open minutes - 40 maintenance = 2840, 25 down', () => {
    // Facts only, no sentence: the web words them in the reader's language.
    expect(detail.explain).toEqual({
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
    })
    // 2815 / 2840 = 99.1197 %; 2 outages (20 and 5 minutes outside maintenance), MTTR 12.5.
    expect(detail.figures.availability).toBeCloseTo((2815 / 2840) * 100, 9)
    expect(detail.figures).toMatchObject({ outages: 2, mttr_minutes: 12.5, coverage: 100, met: false })
  })

  it('lists the down stretches split at maintenance, and the maintenance windows', () => {
    expect(detail.outages).toEqual([
      {
        start: '2026-03-02T10:00:00+01:00',
        end: '2026-03-02T10:20:00+01:00',
        minutes: 20,
        in_maintenance: false,
      },
      {
        start: '2026-03-02T10:20:00+01:00',
        end: '2026-03-02T10:40:00+01:00',
        minutes: 20,
        in_maintenance: true,
      },
      {
        start: '2026-03-03T09:00:00+01:00',
        end: '2026-03-03T09:05:00+01:00',
        minutes: 5,
        in_maintenance: false,
      },
    ])
    expect(detail.outages_truncated).toBe(false)
    expect(detail.maintenance).toEqual([
      {
        id: 'm1',
        title: 'Patchday',
        start: '2026-03-02T10:20:00+01:00',
        end: '2026-03-02T11:00:00+01:00',
        minutes: 40,
      },
    ])
  })

  it('gives a daily trend for a short period', () => {
    expect(detail.trend_bucket).toBe('day')
    expect(detail.trend.map((p) => [p.label, p.outages, p.met])).toEqual([
      ['2026-03-02', 1, false],
      ['2026-03-03', 1, true],
    ])
    // Mon: W 1440 - 40 = 1400, 20 down: 98.5714 %. Tue: 1435 / 1440 = 99.6528 %.
    expect(detail.trend[0]?.availability).toBeCloseTo((1380 / 1400) * 100, 9)
    expect(detail.trend[1]?.availability).toBeCloseTo((1435 / 1440) * 100, 9)
  })

  it('burns the budget down day by day from the period start', () => {
    // Mon: allowed 0.005 * 1400 = 7, down 20: (7 - 20) / 7 = -185.71 %.
    // Tue: allowed 0.005 * 2840 = 14.2, down 25: (14.2 - 25) / 14.2 = -76.06 % (the period's budget_remaining).
    expect(detail.burn_down).toEqual([
      {
        date: '2026-03-02',
        budget_remaining: expect.closeTo(-185.7143, 3),
        allowed_minutes: expect.closeTo(7, 9),
        down_minutes: 20,
      },
      {
        date: '2026-03-03',
        budget_remaining: expect.closeTo(-76.0563, 3),
        allowed_minutes: expect.closeTo(14.2, 9),
        down_minutes: 25,
      },
    ])
    expect(detail.figures.budget_remaining).toBeCloseTo(detail.burn_down?.[1]?.budget_remaining ?? 0, 9)
  })

  it('gives latency percentiles per probe and overall (interpolated, R-7)', async () => {
    const lat = await serviceDetail(test.store, catalog, {
      service: service('lat'),
      basis: customerBasis(catalog, 'im', 'lat'),
      from: t('2026-03-05T00:00:00+01:00'),
      to: t('2026-03-06T00:00:00+01:00'),
      now: t('2026-03-10T12:00:00+01:00'),
    })
    // Probe a, 1..100: p50 at position 1 + 0.5 * 99 = 50.5 -> 50.5; p95 at 95.05 -> 95.05; p99 at 99.01 -> 99.01.
    // All 110: 1..4, eleven 5s (positions 5-15), then v at position v + 10.
    // p50 at 1 + 0.5 * 109 = 55.5 -> between 45 and 46 = 45.5; p95 at 104.55 -> 94.55; p99 at 108.91 -> 98.91.
    expect(lat.latency).toEqual({
      checks: 110,
      p50: expect.closeTo(45.5, 9),
      p95: expect.closeTo(94.55, 9),
      p99: expect.closeTo(98.91, 9),
      probes: [
        {
          probe: 'a',
          checks: 100,
          p50: expect.closeTo(50.5, 9),
          p95: expect.closeTo(95.05, 9),
          p99: expect.closeTo(99.01, 9),
        },
        { probe: 'b', checks: 10, p50: 5, p95: 5, p99: 5 },
      ],
    })
    // Without an SLA: no target, no burn-down, W around the clock.
    expect(lat.burn_down).toBeNull()
    expect(lat.explain).toMatchObject({ sla: null, calendar: null, target: null, window_minutes: 1440 })
  })
})
