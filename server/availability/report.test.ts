/**
 * The availability engine end to end: NDJSON files through ingestFile into a
 * real embedded chDB, then availabilityFigures. Every scenario has its own
 * customer and services, so the scenarios share the store without touching
 * one another. Instants carry their offset (CET +01:00, CEST +02:00).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import {
  type Check,
  type CheckStatus,
  clipIntervals,
  type Interval,
  normalizeIntervals,
  type ProbeSegment,
  probeSegments,
  serviceAvailability,
  stateTimeline,
} from '../../shared/availability'
import { type Catalog, type CatalogInput, validateCatalog } from '../../shared/catalog'
import { ndjson, openTestStore, type TestStore } from '../../test/support/fixtures'
import { maintenanceOf, probeSegmentsOf } from './queries'
import { availabilityFigures } from './report'

const MIN = 60_000
const t = (iso: string) => Date.parse(iso)

const weekdays = (hours: string) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours })
const ALWAYS_SERVICES = ['quorum3', 'quorum2', 'maint', 'midnight', 'dst', 'gaps', 'dup', 'empty', 'pair-a']
const customer = (id: string, services: string[]) => ({ id, name: `Ressort ${id}`, services })

const catalogInput: CatalogInput = {
  timezone: 'Europe/Berlin',
  calendars: [
    { id: 'office', timezone: 'Europe/Berlin', holidays: 'DE-MV', hours: weekdays('08:00-16:00') },
    { id: 'always', hours: '24x7' },
  ],
  customers: [
    customer('quorum', ['quorum3', 'quorum2']),
    customer('maint', ['maint']),
    customer('midnight', ['midnight']),
    customer('dst', ['dst']),
    customer('gaps', ['gaps']),
    customer('dup', ['dup']),
    customer('night', ['night']),
    customer('nosla', ['nosla']),
    customer('empty', ['empty']),
    // Listed a before b; the catalog's services list has b first, and that order wins.
    customer('pair', ['pair-a', 'pair-b']),
    customer('random', ['random']),
    customer('reaktion', ['nosla']),
  ],
  services: [
    ...['quorum3', 'quorum2', 'maint', 'midnight', 'dst', 'dup', 'night', 'nosla', 'empty', 'random'].map(
      (id) => ({ id, name: id, check_interval: 60 }),
    ),
    { id: 'gaps', name: 'gaps', check_interval: 300 },
    { id: 'pair-b', name: 'pair-b', check_interval: 300 },
    { id: 'pair-a', name: 'pair-a', check_interval: 60 },
  ],
  slas: [
    {
      id: 'rund-um-die-uhr',
      customers: '*',
      services: [...ALWAYS_SERVICES, 'random'],
      availability: { target: 99.5, calendar: 'always' },
    },
    {
      id: 'buerozeit',
      customers: '*',
      services: ['night', 'pair-b'],
      availability: { target: 99, calendar: 'office' },
    },
    // 'nosla' has no SLA, except for 'reaktion', whose SLA has no availability part.
    {
      id: 'nur-reaktion',
      customers: ['reaktion'],
      services: ['nosla'],
      response: { calendar: 'office', P1: '30m', P2: '2h', P3: '4h', P4: '8h' },
    },
  ],
}
const parsed = validateCatalog(catalogInput)
if (!parsed.ok) throw new Error(`catalog invalid: ${JSON.stringify(parsed.problems)}`)
const catalog: Catalog = parsed.catalog

interface CheckRecord {
  service: string
  at: string
  status: CheckStatus
  probe?: string
  id?: string
}

/** One check every `stepMinutes` in `[from, to)`, its status by instant. */
function checksEvery(
  service: string,
  from: number,
  to: number,
  stepMinutes: number,
  status: (at: number) => CheckStatus,
  probe?: string,
): CheckRecord[] {
  const records: CheckRecord[] = []
  for (let at = from; at < to; at += stepMinutes * MIN)
    records.push({ service, at: new Date(at).toISOString(), status: status(at), ...(probe ? { probe } : {}) })
  return records
}
const downWithin =
  (...stretches: Array<[string, string]>) =>
  (at: number): CheckStatus =>
    stretches.some(([from, to]) => at >= t(from) && at < t(to)) ? 'down' : 'up'

let test: TestStore
let fileCount = 0

async function ingest(kind: 'checks' | 'maintenance', records: object[]): Promise<string> {
  const file = await test.file(`${kind}-${++fileCount}.ndjson`, ndjson(records))
  await ingestAgain(kind, file)
  return file
}
async function ingestAgain(kind: 'checks' | 'maintenance', file: string) {
  const summary = await ingestFile(test.store, catalog, kind, file)
  expect(summary.quarantined).toBe(0)
}

const figuresOf = (customerId: string, from: string, to: string) =>
  availabilityFigures(test.store, catalog, customerId, t(from), t(to))

beforeAll(async () => {
  test = await openTestStore()
})

afterAll(async () => {
  await test?.close()
})

describe('quorum of probes', () => {
  it('1 of 3 down is degraded, 2 of 3 down, 1 of 2 degraded, a lone known probe decides', async () => {
    // Period Mon 2026-03-02 10:00-10:10, checks every minute (interval 60 s, hold 2 min).
    // quorum3, probes a, b, c; minute k = 0..9 after 10:00 (u up, g degraded, d down):
    //   a: uudddddduu   b: uuuuddddgg   c: uuuuuudduu
    //   [0,2) all up: up; [2,4) 1 of 3 down: degraded; [4,6) 2 of 3 down: down; [6,8) 3 of 3: down;
    //   [8,10) b degraded: degraded. Up 2, degraded 4, down 4; one outage [4,8) of 4 min.
    // quorum2, probes a, b:
    //   a: uudddddddd   b: uuuudu, then no more checks (its 10:05 check holds until 10:07)
    //   [0,2) up; [2,4) 1 of 2 down: degraded; [4,5) 2 of 2: down; [5,7) 1 of 2: degraded;
    //   [7,10) only a known, 1 of 1 down: down. Up 2, degraded 4, down 1 + 3 = 4; outages [4,5), [7,10).
    const start = t('2026-03-02T10:00+01:00')
    const status: Record<string, CheckStatus> = { u: 'up', g: 'degraded', d: 'down' }
    // One check a minute from 10:00, one letter per minute.
    const minutes = (service: string, probe: string, letters: string): CheckRecord[] =>
      [...letters].map((letter, k) => ({
        service,
        probe,
        at: new Date(start + k * MIN).toISOString(),
        status: status[letter] ?? 'up',
      }))
    await ingest('checks', [
      ...minutes('quorum3', 'a', 'uudddddduu'),
      ...minutes('quorum3', 'b', 'uuuuddddgg'),
      ...minutes('quorum3', 'c', 'uuuuuudduu'),
      ...minutes('quorum2', 'a', 'uudddddddd'),
      ...minutes('quorum2', 'b', 'uuuudu'),
    ])
    const figures = await figuresOf('quorum', '2026-03-02T10:00+01:00', '2026-03-02T10:10+01:00')
    // Both: availability 6 / 10 = 60 %; allowed = 0.005 * 10 = 0.05 min; budget (0.05 - 4) / 0.05 = -7900 %.
    const common = {
      target: 99.5,
      availability: 60,
      met: false,
      up_minutes: 2,
      degraded_minutes: 4,
      down_minutes: 4,
      coverage: 100,
      budget_remaining: expect.closeTo(-7900, 6),
    }
    expect(figures.services).toEqual([
      { service: 'quorum3', ...common, outages: 1, mttr_minutes: 4 },
      { service: 'quorum2', ...common, outages: 2, mttr_minutes: 2 },
    ])
    // (6 + 6) / (10 + 10) = 60 %.
    expect(figures.overall).toBe(60)
  })
})

describe('maintenance', () => {
  it('is left out of W, and splits an outage into the parts outside it', async () => {
    // Tue 2026-03-03, checks every minute all day, down 12:00-13:59 (the 14:00 check is up).
    // Maintenance 12:30-13:00, 13:30-14:30 and 23:30-01:00 (clipped to 23:30-24:00), plus windows
    // of this service outside the day and of another service inside it, which change nothing.
    // W = 1440 - 30 - 60 - 30 = 1320. Down in W: 12:00-12:30 + 13:00-13:30 = 60; up 1320 - 60 = 1260.
    await ingest(
      'checks',
      checksEvery(
        'maint',
        t('2026-03-03T00:00+01:00'),
        t('2026-03-04T00:00+01:00'),
        1,
        downWithin(['2026-03-03T12:00+01:00', '2026-03-03T14:00+01:00']),
      ),
    )
    await ingest('maintenance', [
      { id: 'm1', service: 'maint', from: '2026-03-03T12:30:00+01:00', to: '2026-03-03T13:00:00+01:00' },
      { id: 'm2', service: 'maint', from: '2026-03-03T13:30:00+01:00', to: '2026-03-03T14:30:00+01:00' },
      { id: 'm3', service: 'maint', from: '2026-03-03T23:30:00+01:00', to: '2026-03-04T01:00:00+01:00' },
      { id: 'm4', service: 'maint', from: '2026-03-05T10:00:00+01:00', to: '2026-03-05T11:00:00+01:00' },
      { id: 'm5', service: 'nosla', from: '2026-03-03T12:00:00+01:00', to: '2026-03-03T14:00:00+01:00' },
    ])
    const figures = await figuresOf('maint', '2026-03-03T00:00+01:00', '2026-03-04T00:00+01:00')
    // availability 1260 / 1320 = 95.4545 %; allowed 0.005 * 1320 = 6.6; budget (6.6 - 60) / 6.6 = -809.0909 %.
    // Outages: 12:00-12:30 and 13:00-13:30 (13:30-14:00 is maintenance): 2, mean 30 min.
    expect(figures.services).toEqual([
      {
        service: 'maint',
        target: 99.5,
        availability: expect.closeTo(95.454545, 5),
        met: false,
        up_minutes: 1260,
        down_minutes: 60,
        degraded_minutes: 0,
        coverage: 100,
        outages: 2,
        mttr_minutes: 30,
        budget_remaining: expect.closeTo(-809.090909, 5),
      },
    ])
  })
})

describe('outages across boundaries', () => {
  it('an outage across midnight counts in each day with its part, and once over both days', async () => {
    // Checks every minute Wed 2026-03-04 00:00 to Fri 00:00, down from 23:30 to 00:44 (00:45 is up): 75 min.
    await ingest(
      'checks',
      checksEvery(
        'midnight',
        t('2026-03-04T00:00+01:00'),
        t('2026-03-06T00:00+01:00'),
        1,
        downWithin(['2026-03-04T23:30+01:00', '2026-03-05T00:45+01:00']),
      ),
    )
    // Wednesday: down 30, up 1410, availability 1410 / 1440 = 97.9167 %, one outage of 30 min (clipped).
    const wednesday = await figuresOf('midnight', '2026-03-04T00:00+01:00', '2026-03-05T00:00+01:00')
    expect(wednesday.services[0]).toMatchObject({
      up_minutes: 1410,
      down_minutes: 30,
      availability: expect.closeTo(97.916667, 5),
      outages: 1,
      mttr_minutes: 30,
    })
    // Thursday: down 45, up 1395, availability 1395 / 1440 = 96.875 %, one outage of 45 min.
    const thursday = await figuresOf('midnight', '2026-03-05T00:00+01:00', '2026-03-06T00:00+01:00')
    expect(thursday.services[0]).toMatchObject({
      up_minutes: 1395,
      down_minutes: 45,
      availability: 96.875,
      outages: 1,
      mttr_minutes: 45,
    })
    // Both days: one outage of 75 min; availability 2805 / 2880 = 97.3958 %.
    const both = await figuresOf('midnight', '2026-03-04T00:00+01:00', '2026-03-06T00:00+01:00')
    expect(both.services[0]).toMatchObject({
      up_minutes: 2805,
      down_minutes: 75,
      availability: expect.closeTo(97.395833, 5),
      coverage: 100,
      outages: 1,
      mttr_minutes: 75,
    })
  })

  it('an outage across the spring DST night lasts its real 60 minutes, not the 2 wall-clock hours', async () => {
    // Sun 2026-03-29 has 23 hours: 02:00 CET jumps to 03:00 CEST at 01:00 UTC. Checks every minute of
    // the day (23:00 UTC to 22:00 UTC), down 01:30 CET (00:30 UTC) to 03:30 CEST (01:30 UTC).
    await ingest(
      'checks',
      checksEvery(
        'dst',
        t('2026-03-28T23:00Z'),
        t('2026-03-29T22:00Z'),
        1,
        downWithin(['2026-03-29T01:30+01:00', '2026-03-29T03:30+02:00']),
      ),
    )
    const figures = await figuresOf('dst', '2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00')
    // W 1380, down 60, up 1320: availability 95.6522 %; allowed 6.9; budget (6.9 - 60) / 6.9 = -769.5652 %.
    expect(figures.services[0]).toEqual({
      service: 'dst',
      target: 99.5,
      availability: expect.closeTo(95.652174, 5),
      met: false,
      up_minutes: 1320,
      down_minutes: 60,
      degraded_minutes: 0,
      coverage: 100,
      outages: 1,
      mttr_minutes: 60,
      budget_remaining: expect.closeTo(-769.565217, 5),
    })
  })
})

describe('check gaps', () => {
  it('holds a check for at most 2 * check_interval, also into the next period', async () => {
    // check_interval 300 s: a check holds at most 10 min. Fri 2026-03-06: 10:00 up, 10:05 down, 10:30 up, 10:35 up.
    // up 10:00-10:05, down 10:05-10:15 (not until 10:30), unknown 10:15-10:30, up 10:30-10:45.
    await ingest('checks', [
      { service: 'gaps', at: '2026-03-06T10:00:00+01:00', status: 'up' },
      { service: 'gaps', at: '2026-03-06T10:05:00+01:00', status: 'down' },
      { service: 'gaps', at: '2026-03-06T10:30:00+01:00', status: 'up' },
      { service: 'gaps', at: '2026-03-06T10:35:00+01:00', status: 'up' },
    ])
    // 10:00-10:40: up 5 + 10 = 15, down 10, W 40. availability 15 / 25 = 60 %, coverage 25 / 40 = 62.5 %;
    // allowed 0.005 * 25 = 0.125; budget (0.125 - 10) / 0.125 = -7900 %.
    const whole = await figuresOf('gaps', '2026-03-06T10:00+01:00', '2026-03-06T10:40+01:00')
    expect(whole.services[0]).toMatchObject({
      up_minutes: 15,
      down_minutes: 10,
      availability: 60,
      coverage: 62.5,
      outages: 1,
      mttr_minutes: 10,
      budget_remaining: expect.closeTo(-7900, 6),
    })
    // 10:10-10:40: the 10:05 check still holds 10:10-10:15 (down 5), then unknown 15, up 10.
    // availability 10 / 15 = 66.6667 %, coverage 15 / 30 = 50 %, one outage of 5 min (clipped).
    const later = await figuresOf('gaps', '2026-03-06T10:10+01:00', '2026-03-06T10:40+01:00')
    expect(later.services[0]).toMatchObject({
      up_minutes: 10,
      down_minutes: 5,
      availability: expect.closeTo(66.666667, 5),
      coverage: 50,
      outages: 1,
      mttr_minutes: 5,
    })
    // 10:40-10:50: the 10:35 check holds until 10:45: up 5 of 10.
    const after = await figuresOf('gaps', '2026-03-06T10:40+01:00', '2026-03-06T10:50+01:00')
    expect(after.services[0]).toMatchObject({ up_minutes: 5, availability: 100, coverage: 50 })
  })
})

describe('duplicated checks', () => {
  it('the same file twice gives the same figures; a re-sent check replaces the first', async () => {
    // Sat 2026-03-07 10:00-10:10, checks every minute, down at 10:03 and 10:04: up 8, down 2.
    const file = await ingest(
      'checks',
      checksEvery(
        'dup',
        t('2026-03-07T10:00+01:00'),
        t('2026-03-07T10:10+01:00'),
        1,
        downWithin(['2026-03-07T10:03+01:00', '2026-03-07T10:05+01:00']),
      ),
    )
    const once = await figuresOf('dup', '2026-03-07T10:00+01:00', '2026-03-07T10:10+01:00')
    expect(once.services[0]).toMatchObject({
      up_minutes: 8,
      down_minutes: 2,
      availability: 80,
      outages: 1,
      mttr_minutes: 2,
    })
    await ingestAgain('checks', file)
    expect(await figuresOf('dup', '2026-03-07T10:00+01:00', '2026-03-07T10:10+01:00')).toEqual(once)
    // The 10:03 check sent again as up (same default id): only 10:04 is down now, 1 min; 9 up.
    await ingest('checks', [{ service: 'dup', at: '2026-03-07T10:03:00+01:00', status: 'up' }])
    const corrected = await figuresOf('dup', '2026-03-07T10:00+01:00', '2026-03-07T10:10+01:00')
    expect(corrected.services[0]).toMatchObject({ up_minutes: 9, down_minutes: 1, availability: 90 })
  })
})

describe('availability calendar', () => {
  it('a night outage does not count against availability but still counts as an outage', async () => {
    // Mon 2026-03-09, SLA buerozeit: office Mon-Fri 08:00-16:00, target 99. Checks every minute
    // all day, down 02:00-02:59 (night, 60 min) and 09:00-09:03 (4 min in business hours).
    await ingest(
      'checks',
      checksEvery(
        'night',
        t('2026-03-09T00:00+01:00'),
        t('2026-03-10T00:00+01:00'),
        1,
        downWithin(
          ['2026-03-09T02:00+01:00', '2026-03-09T03:00+01:00'],
          ['2026-03-09T09:00+01:00', '2026-03-09T09:04+01:00'],
        ),
      ),
    )
    const figures = await figuresOf('night', '2026-03-09T00:00+01:00', '2026-03-10T00:00+01:00')
    // W 480: down 4, up 476; availability 476 / 480 = 99.1667 % >= 99: met.
    // allowed 0.01 * 480 = 4.8; budget (4.8 - 4) / 4.8 = 16.6667 %. Outages 60 and 4 min: 2, mean 32.
    expect(figures.services).toEqual([
      {
        service: 'night',
        target: 99,
        availability: expect.closeTo(99.166667, 5),
        met: true,
        up_minutes: 476,
        down_minutes: 4,
        degraded_minutes: 0,
        coverage: 100,
        outages: 2,
        mttr_minutes: 32,
        budget_remaining: expect.closeTo(16.666667, 5),
      },
    ])
    // Saturday: no business hours, so W is empty and coverage has no denominator.
    const saturday = await figuresOf('night', '2026-03-14T00:00+01:00', '2026-03-15T00:00+01:00')
    expect(saturday.services[0]).toMatchObject({ availability: null, coverage: null, met: null, outages: 0 })
  })

  it('a service without an SLA (or one without availability): W is 24x7 minus maintenance, target, met and budget null', async () => {
    // Tue 2026-03-10 00:00-12:00, checks every minute, down 06:00-06:19; maintenance 11:00-11:30.
    // W = 720 - 30 = 690; down 20, up 700 - 30 = 670; availability 670 / 690 = 97.1014 %.
    await ingest(
      'checks',
      checksEvery(
        'nosla',
        t('2026-03-10T00:00+01:00'),
        t('2026-03-10T12:00+01:00'),
        1,
        downWithin(['2026-03-10T06:00+01:00', '2026-03-10T06:20+01:00']),
      ),
    )
    await ingest('maintenance', [
      { id: 'n1', service: 'nosla', from: '2026-03-10T11:00:00+01:00', to: '2026-03-10T11:30:00+01:00' },
    ])
    const figures = await figuresOf('nosla', '2026-03-10T00:00+01:00', '2026-03-10T12:00+01:00')
    expect(figures).toEqual({
      overall: expect.closeTo(97.101449, 5),
      services: [
        {
          service: 'nosla',
          target: null,
          availability: expect.closeTo(97.101449, 5),
          met: null,
          up_minutes: 670,
          down_minutes: 20,
          degraded_minutes: 0,
          coverage: 100,
          outages: 1,
          mttr_minutes: 20,
          budget_remaining: null,
        },
      ],
    })
    // An SLA without an availability part is the same as none.
    expect(await figuresOf('reaktion', '2026-03-10T00:00+01:00', '2026-03-10T12:00+01:00')).toEqual(figures)
  })
})

describe('no data', () => {
  it('an empty period gives nulls, not zeros, and coverage 0 of a non-empty W', async () => {
    const figures = await figuresOf('empty', '2026-03-11T00:00+01:00', '2026-03-12T00:00+01:00')
    expect(figures).toEqual({
      overall: null,
      services: [
        {
          service: 'empty',
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
        },
      ],
    })
    // A period of no length: W is empty, coverage null too.
    const instant = await figuresOf('empty', '2026-03-11T00:00+01:00', '2026-03-11T00:00+01:00')
    expect(instant.services[0]).toMatchObject({ coverage: null, availability: null, up_minutes: 0 })
  })

  it('a customer the catalog does not know subscribes to nothing', async () => {
    expect(await figuresOf('unknown', '2026-03-11T00:00+01:00', '2026-03-12T00:00+01:00')).toEqual({
      overall: null,
      services: [],
    })
  })
})

describe('overall', () => {
  it('sums good and known minutes across services, each in its own W, in catalog order', async () => {
    // Thu 2026-03-12. pair-a (24x7, interval 60 s): checks every minute, down 10:00-10:59.
    //   W 1440: up 1380, down 60, availability 95.8333 %, 1 outage of 60 min.
    // pair-b (office 08:00-16:00, interval 300 s): checks every 5 min, degraded 12:00-12:55
    //   (holds to 13:00), down 20:00-20:55 (night). W 480: up 420, degraded 60, down 0:
    //   availability 100 %, met, budget 100 %, 1 outage of 60 min.
    // overall = (1380 + 420 + 60) / (1440 + 480) = 1860 / 1920 = 96.875 %.
    const day: [number, number] = [t('2026-03-12T00:00+01:00'), t('2026-03-13T00:00+01:00')]
    await ingest('checks', [
      ...checksEvery('pair-a', ...day, 1, downWithin(['2026-03-12T10:00+01:00', '2026-03-12T11:00+01:00'])),
      ...checksEvery('pair-b', ...day, 5, (at) => {
        if (at >= t('2026-03-12T12:00+01:00') && at < t('2026-03-12T13:00+01:00')) return 'degraded'
        return downWithin(['2026-03-12T20:00+01:00', '2026-03-12T21:00+01:00'])(at)
      }),
    ])
    const figures = await figuresOf('pair', '2026-03-12T00:00+01:00', '2026-03-13T00:00+01:00')
    expect(figures.overall).toBe(96.875)
    expect(figures.services).toEqual([
      {
        service: 'pair-b',
        target: 99,
        availability: 100,
        met: true,
        up_minutes: 420,
        down_minutes: 0,
        degraded_minutes: 60,
        coverage: 100,
        outages: 1,
        mttr_minutes: 60,
        budget_remaining: 100,
      },
      {
        service: 'pair-a',
        target: 99.5,
        availability: expect.closeTo(95.833333, 5),
        met: false,
        up_minutes: 1380,
        down_minutes: 60,
        degraded_minutes: 0,
        coverage: 100,
        outages: 1,
        mttr_minutes: 60,
        budget_remaining: expect.closeTo(((0.005 * 1440 - 60) / (0.005 * 1440)) * 100, 5),
      },
    ])
  })
})

describe('segments derived in SQL', () => {
  it('agree with the pure derivation on random checks with gaps, several probes and same-instant duplicates', async () => {
    // A fixed linear congruential generator: reproducible without a dependency.
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const statuses: CheckStatus[] = ['up', 'up', 'up', 'degraded', 'down', 'down']
    const dataFrom = t('2026-03-13T00:00+01:00')
    const dataTo = t('2026-03-13T10:00+01:00')
    const silence = [t('2026-03-13T05:00+01:00'), t('2026-03-13T05:10+01:00')] as const
    const records: CheckRecord[] = []
    for (const probe of ['berlin', 'schwerin', 'rostock']) {
      let status: CheckStatus = 'up'
      for (let at = dataFrom; at < dataTo; at += (random(20) < 17 ? 1 : 1 + random(6)) * 30_000) {
        // All probes fall silent 05:00-05:10: the service is unknown for a while.
        if (at >= silence[0] && at < silence[1]) continue
        if (random(10) === 0) status = statuses[random(statuses.length)] ?? 'up'
        records.push({
          service: 'random',
          probe,
          at: new Date(at).toISOString(),
          status,
          id: `${probe}-${at}`,
        })
        // Now and then a second check of the same probe at the same instant, under another id.
        if (random(40) === 0)
          records.push({
            service: 'random',
            probe,
            at: new Date(at).toISOString(),
            status: statuses[random(statuses.length)] ?? 'up',
            id: `${probe}-${at}-again`,
          })
      }
    }
    await ingest('checks', records)
    await ingest('maintenance', [
      { id: 'r1', service: 'random', from: '2026-03-13T04:00:00+01:00', to: '2026-03-13T04:45:00+01:00' },
    ])

    // A period inside the data, so that checks before it hold into it and the last ones are cut.
    const from = t('2026-03-13T02:00+01:00')
    const to = t('2026-03-13T08:00+01:00')
    const hold = 2 * MIN // check_interval 60 s
    const checks: Check[] = records.map((r) => ({
      probe: r.probe ?? 'default',
      at: t(r.at),
      status: r.status,
    }))
    const pure = probeSegments(checks, hold)
    const fromSql =
      (await probeSegmentsOf(test.store, [{ id: 'random', holdMs: hold }], from, to)).get('random') ?? []

    const byProbeAndStatus = (segments: readonly ProbeSegment[]) => {
      const groups: Record<string, Interval[]> = {}
      for (const s of segments) {
        const key = `${s.probe}/${s.status}`
        groups[key] = [...(groups[key] ?? []), [s.start, s.end]]
      }
      return Object.fromEntries(
        Object.entries(groups)
          .map(([key, list]) => [key, clipIntervals(normalizeIntervals(list), from, to)] as const)
          .filter(([, list]) => list.length > 0)
          .sort(([a], [b]) => a.localeCompare(b)),
      )
    }
    expect(fromSql.length).toBeGreaterThan(50)
    expect(byProbeAndStatus(fromSql)).toEqual(byProbeAndStatus(pure))
    // SQL merges equal neighbours the same way: the same number of segments once clipped.
    const clippedPure = pure.filter((s) => s.end > from && s.start < to)
    expect(fromSql.length).toBe(clippedPure.length)

    const maintenance = (await maintenanceOf(test.store, ['random'], from, to)).get('random') ?? []
    const expected = serviceAvailability({
      service: 'random',
      target: 99.5,
      timeline: stateTimeline(pure),
      open: [[from, to]],
      maintenance,
      from,
      to,
    })
    const figures = await availabilityFigures(test.store, catalog, 'random', from, to)
    expect(figures.services[0]).toEqual(expected)
    expect(expected.down_minutes).toBeGreaterThan(0)
    expect(expected.degraded_minutes).toBeGreaterThan(0)
    expect(expected.coverage).toBeLessThan(100)
  })
})
