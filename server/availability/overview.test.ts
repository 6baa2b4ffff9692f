/**
 * The status overview on a constructed week (Mon 16 to Fri 20 March 2026,
 * CET +01:00, "now" Friday 12:00), checks of one probe every minute:
 * - Mon: no checks;
 * - Tue: up all day;
 * - Wed: up, down 10:00-10:30;
 * - Thu: up 00:00-05:59 only (the last check holds until 06:01);
 * - Fri: up 00:00-11:59 (holds past now).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { validateCatalog } from '../../shared/catalog'
import { ndjson, openTestStore, type TestStore } from '../../test/support/fixtures'
import { availabilityOverview, type Overview } from './overview'

const MIN = 60_000
const t = (iso: string) => Date.parse(iso)

const parsed = validateCatalog({
  timezone: 'Europe/Berlin',
  calendars: [
    {
      id: 'office',
      holidays: 'DE-MV',
      hours: {
        mon: '08:00-16:00',
        tue: '08:00-16:00',
        wed: '08:00-16:00',
        thu: '08:00-16:00',
        fri: '08:00-16:00',
      },
    },
    { id: 'always', hours: '24x7' },
  ],
  customers: [
    { id: 'im', name: 'IM', services: ['email', 'eakte'] },
    { id: 'fm', name: 'FM', services: ['email'] },
    { id: 'bm', name: 'BM', services: ['email'] },
  ],
  services: [
    { id: 'email', name: 'E-Mail', check_interval: 60 },
    { id: 'eakte', name: 'E-Akte', check_interval: 60 },
    { id: 'intern', name: 'Intern', check_interval: 60 },
  ],
  slas: [
    // fm and bm: 99.5 % around the clock; im: 99.9 % in office hours. Standard for the staff: 99.5 % (2 votes to 1).
    {
      id: 'standard',
      customers: '*',
      services: ['email'],
      availability: { target: 99.5, calendar: 'always' },
    },
    {
      id: 'im-email',
      customers: ['im'],
      services: ['email'],
      availability: { target: 99.9, calendar: 'office' },
    },
  ],
})
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
const catalog = parsed.catalog
const now = t('2026-03-20T12:00:00+01:00')

/** One check a minute from `from` for `count` minutes, down within [downFrom, downTo). */
function minutely(from: string, count: number, down?: [string, string]) {
  return Array.from({ length: count }, (_, i) => {
    const at = t(from) + i * MIN
    const isDown = down !== undefined && at >= t(down[0]) && at < t(down[1])
    return { service: 'email', at: new Date(at).toISOString(), status: isDown ? 'down' : 'up' }
  })
}

let test: TestStore
let staff: Overview
let im: Overview

beforeAll(async () => {
  test = await openTestStore()
  const file = await test.file(
    'checks.ndjson',
    ndjson([
      ...minutely('2026-03-17T00:00:00+01:00', 1440),
      ...minutely('2026-03-18T00:00:00+01:00', 1440, [
        '2026-03-18T10:00:00+01:00',
        '2026-03-18T10:30:00+01:00',
      ]),
      ...minutely('2026-03-19T00:00:00+01:00', 360),
      ...minutely('2026-03-20T00:00:00+01:00', 720),
    ]),
  )
  await ingestFile(test.store, catalog, 'checks', file)
  staff = await availabilityOverview(test.store, catalog, { customer: null, days: 5, now })
  im = await availabilityOverview(test.store, catalog, { customer: 'im', days: 5, now })
})
afterAll(async () => {
  await test?.close()
})

describe('overview', () => {
  it('lists the last days up to today, and every service for the staff', () => {
    expect(staff.dates).toEqual(['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'])
    expect(staff.as_of).toBe('2026-03-20T12:00:00+01:00')
    expect(staff.services.map((s) => s.service)).toEqual(['email', 'eakte', 'intern'])
  })

  it('gives each day its availability: no data is null, fully up is 100 (staff view: standard SLA, 24x7)', () => {
    const email = staff.services[0]
    expect(email?.basis).toMatchObject({
      kind: 'standard',
      sla: 'standard',
      target: 99.5,
      calendar: 'always',
    })
    const days = email?.days ?? []
    expect(days[0]).toBeNull()
    expect(days[1]).toEqual({ availability: 100, met: true, coverage: 100, down_minutes: 0, outages: 0 })
    // Wed: (1440 - 30) / 1440 = 97.9167 %, below 99.5.
    expect(days[2]).toMatchObject({ down_minutes: 30, outages: 1, met: false, coverage: 100 })
    expect(days[2]?.availability).toBeCloseTo((1410 / 1440) * 100, 9)
    // Thu: known 00:00-06:01 = 361 of 1440 minutes, all up.
    expect(days[3]?.availability).toBe(100)
    expect(days[3]?.coverage).toBeCloseTo((361 / 1440) * 100, 9)
    // Fri until now: 720 of 720 minutes up.
    expect(days[4]).toEqual({ availability: 100, met: true, coverage: 100, down_minutes: 0, outages: 0 })
    // All five days: 1440 + 1440 + 361 + 720 = 3961 known, 30 down: 3931 / 3961 = 99.2426 %.
    expect(email?.availability).toBeCloseTo((3931 / 3961) * 100, 9)
    expect(email?.met).toBe(false)
  })

  it('measures a ministry in its own SLA window (office hours 08-16)', () => {
    expect(im.services.map((s) => s.service)).toEqual(['email', 'eakte'])
    const email = im.services[0]
    expect(email?.basis).toMatchObject({
      kind: 'customer',
      customer: 'im',
      sla: 'im-email',
      calendar: 'office',
    })
    const days = email?.days ?? []
    expect(days[0]).toBeNull()
    expect(days[1]?.availability).toBe(100)
    // Wed: 30 of the 480 office minutes down: 450 / 480 = 93.75 %.
    expect(days[2]?.availability).toBe(93.75)
    // Thu: data only before 08:00, nothing known in W.
    expect(days[3]).toBeNull()
    // Fri: W 08:00-12:00 = 240 minutes, all up.
    expect(days[4]).toMatchObject({ availability: 100, coverage: 100 })
    // W over the days 480 * 4 + 240 = 2160; known 480 + 480 + 240 = 1200, 30 down: 1170 / 1200 = 97.5 %.
    expect(email?.availability).toBe(97.5)
    expect(email?.coverage).toBeCloseTo((1200 / 2160) * 100, 9)
  })

  it('shows the current state from the latest checks, unknown without them', () => {
    const [email, eakte] = staff.services
    expect(email).toMatchObject({ state: 'up', state_since: '2026-03-20T00:00:00+01:00' })
    expect(email?.last_check).toBeNull()
    // No check at all: unknown, and no time since when.
    expect(eakte).toMatchObject({
      state: 'unknown',
      state_since: null,
      last_check: null,
      availability: null,
    })
    expect(eakte?.days).toEqual([null, null, null, null, null])
    // Without any SLA the staff view has no target.
    expect(eakte?.basis).toMatchObject({ sla: null, target: null })
  })

  it('is unknown once the last check has expired', async () => {
    // At 12:05 the 11:59 check (hold 2 min) has expired.
    const later = await availabilityOverview(test.store, catalog, {
      customer: null,
      days: 1,
      now: now + 5 * MIN,
    })
    expect(later.services[0]?.state).toBe('unknown')
    // "Keine aktuellen Messdaten seit 11:59": the newest check, not the end of its hold.
    expect(later.services[0]?.last_check).toBe('2026-03-20T11:59:00+01:00')
    expect(later.dates).toEqual(['2026-03-20'])
  })
})

describe('service time and the last check', () => {
  it('tells which days hold agreed service time: the weekend has none in office hours', async () => {
    const week = await availabilityOverview(test.store, catalog, { customer: 'im', days: 7, now })
    expect(week.dates).toEqual([
      '2026-03-14',
      '2026-03-15',
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
    ])
    const email = week.services.find((s) => s.service === 'email')
    expect(email?.service_time).toEqual([false, false, true, true, true, true, true])
    // Saturday and Monday are both without figures; only Monday owed service time.
    expect(email?.days[0]).toBeNull()
    expect(email?.days[2]).toBeNull()
    // 24x7 in the staff's view: every day is service time.
    const staffWeek = await availabilityOverview(test.store, catalog, { customer: null, days: 7, now })
    expect(staffWeek.services[0]?.service_time).toEqual(Array(7).fill(true))
  })

  it('names the newest check once the state is unknown, and none while it is known', async () => {
    // Friday 16:00: the last check (11:59) held until 12:01.
    const later = await availabilityOverview(test.store, catalog, {
      customer: null,
      days: 1,
      now: t('2026-03-20T16:00:00+01:00'),
    })
    const email = later.services[0]
    expect(email).toMatchObject({
      state: 'unknown',
      state_since: null,
      last_check: '2026-03-20T11:59:00+01:00',
    })
    // Never checked: unknown without a time.
    expect(later.services.find((s) => s.service === 'eakte')).toMatchObject({
      state: 'unknown',
      last_check: null,
    })
    expect(staff.services[0]).toMatchObject({ state: 'up', last_check: null })
  })

  it('finds the newest check of a service silent for days', async () => {
    // Monday 23 March, three days after the last check.
    const monday = await availabilityOverview(test.store, catalog, {
      customer: null,
      days: 1,
      now: t('2026-03-23T12:00:00+01:00'),
    })
    expect(monday.services[0]).toMatchObject({ state: 'unknown', last_check: '2026-03-20T11:59:00+01:00' })
  })
})
