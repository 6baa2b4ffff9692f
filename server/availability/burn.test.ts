/**
 * Error budget and burn-rate alerts on constructed outages. Target 99.9 %
 * around the clock: budget share 1 - 0.999 = 0.001. One check a minute for
 * the three days before "now"; known time in the 30-day window = 4320 min.
 * - api: down the last 10 minutes;
 * - api2: down 40 to 30 minutes ago, up since.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { validateCatalog } from '../../shared/catalog'
import { ndjson, openTestStore, type TestStore } from '../../test/support/fixtures'
import { customerBasis } from './basis'
import { type Burn, burnRates } from './burn'

const MIN = 60_000
const now = Date.parse('2026-03-20T12:00:00+01:00')

const parsed = validateCatalog({
  timezone: 'Europe/Berlin',
  calendars: [{ id: 'always', hours: '24x7' }],
  customers: [{ id: 'im', name: 'IM', services: ['api', 'api2', 'nosla'] }],
  services: ['api', 'api2', 'nosla'].map((id) => ({ id, name: id, check_interval: 60 })),
  slas: [
    {
      id: 'hoch',
      customers: '*',
      services: ['api', 'api2'],
      availability: { target: 99.9, calendar: 'always' },
    },
  ],
})
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
const catalog = parsed.catalog

/** A check a minute over the 3 days before now, down `downFrom` to `downTo` minutes before now. */
function checks(service: string, downFrom: number, downTo: number) {
  return Array.from({ length: 3 * 1440 }, (_, i) => {
    const minutesBefore = 3 * 1440 - i
    const down = minutesBefore <= downFrom && minutesBefore > downTo
    return { service, at: new Date(now - minutesBefore * MIN).toISOString(), status: down ? 'down' : 'up' }
  })
}

let test: TestStore
let burn: Burn

beforeAll(async () => {
  test = await openTestStore()
  const file = await test.file(
    'checks.ndjson',
    ndjson([...checks('api', 10, 0), ...checks('api2', 40, 30), ...checks('nosla', 10, 0)]),
  )
  await ingestFile(test.store, catalog, 'checks', file)
  burn = await burnRates(test.store, catalog, {
    customer: 'im',
    services: catalog.services.map((service) => ({
      service,
      basis: customerBasis(catalog, 'im', service.id),
    })),
    now,
  })
})
afterAll(async () => {
  await test?.close()
})

const rates = (service: string) =>
  burn.services
    .find((s) => s.service === service)
    ?.alerts.map((a) => [a.id, a.long_burn_rate, a.short_burn_rate, a.firing])

describe('error budget over the rolling 30 days', () => {
  it('is overspent by 10 down minutes of 4320 known against 99.9 %', () => {
    const api = burn.services[0]
    expect(burn).toMatchObject({ customer: 'im', budget_days: 30, as_of: '2026-03-20T12:00:00+01:00' })
    expect(api).toMatchObject({
      service: 'api',
      known_minutes: 4320,
      down_minutes: 10,
      from: '2026-02-18T12:00:00+01:00',
    })
    // allowed = 0.001 * 4320 = 4.32 min; remaining = (4.32 - 10) / 4.32 = -131.48 %.
    expect(api?.allowed_minutes).toBeCloseTo(4.32, 9)
    expect(api?.budget_remaining).toBeCloseTo(((4.32 - 10) / 4.32) * 100, 9)
    // 30-day burn rate = (10 / 4320) / 0.001 = 2.3148.
    expect(api?.burn_rate).toBeCloseTo(10 / 4320 / 0.001, 9)
  })
})

describe('multi-window burn-rate alerts', () => {
  it('fire all three during an outage of the last 10 minutes', () => {
    expect(rates('api')).toEqual([
      // 1h: (10/60)/0.001 = 166.67; 5m: (5/5)/0.001 = 1000; both > 14.4.
      ['1h', expect.closeTo(166.6667, 3), expect.closeTo(1000, 9), true],
      // 6h: (10/360)/0.001 = 27.78; 30m: (10/30)/0.001 = 333.33; both > 6.
      ['6h', expect.closeTo(27.7778, 3), expect.closeTo(333.3333, 3), true],
      // 3d: (10/4320)/0.001 = 2.31; 6h: 27.78; both > 1.
      ['3d', expect.closeTo(2.3148, 3), expect.closeTo(27.7778, 3), true],
    ])
  })

  it('stop paging once the short window is clean: the outage ended 30 minutes ago', () => {
    expect(rates('api2')).toEqual([
      // 1h still 166.67, but the last 5 minutes are up: 0.
      ['1h', expect.closeTo(166.6667, 3), 0, false],
      // 6h 27.78, but the last 30 minutes [now-30m, now) are up: 0.
      ['6h', expect.closeTo(27.7778, 3), 0, false],
      // The slow ticket alert still fires: 3d 2.31 and 6h 27.78.
      ['3d', expect.closeTo(2.3148, 3), expect.closeTo(27.7778, 3), true],
    ])
  })

  it('have no rates without a target', () => {
    const nosla = burn.services[2]
    expect(nosla).toMatchObject({
      allowed_minutes: null,
      budget_remaining: null,
      burn_rate: null,
      down_minutes: 10,
    })
    expect(nosla?.alerts.every((a) => a.long_burn_rate === null && !a.firing)).toBe(true)
  })
})
