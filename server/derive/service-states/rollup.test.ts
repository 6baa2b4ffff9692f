/**
 * The state rollup against the raw path: random checks through ingestFile
 * (several files, out of order, re-sent with other statuses, same-instant
 * siblings), then every timeline and figure from service_states must equal
 * the one derived from the raw checks, and the raw one the pure derivation
 * from the checks as they stand after replacement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RUN_COLUMNS } from '../../../ingest/complete'
import { ingestFile } from '../../../ingest/ingest'
import { type Check, type CheckStatus, probeSegments, stateTimeline } from '../../../shared/availability'
import { type Catalog, type CatalogInput, type Service, validateCatalog } from '../../../shared/catalog'
import { ndjson, openTestStore, type TestStore } from '../../../test/support/fixtures'
import { monitoredService } from '../../availability/queries'
import { availabilityFigures } from '../../availability/report'
import { stateTimelinesOf } from '../../availability/timelines'
import { sql } from '../../store/sql'
import { runVersion } from '../../store/versions'
import { rebuildServiceStates } from './rebuild'

const MIN = 60_000
const t = (iso: string) => Date.parse(iso)

function catalogWith(intervals: { flap: number; slow: number }): Catalog {
  const input: CatalogInput = {
    timezone: 'Europe/Berlin',
    calendars: [
      {
        id: 'office',
        holidays: 'DE-MV',
        hours: { mon: '08:00-16:00', tue: '08:00-16:00', wed: '08:00-16:00', thu: '08:00-16:00' },
      },
      { id: 'always', hours: '24x7' },
    ],
    customers: [
      { id: 'im', name: 'IM', services: ['flap', 'slow'] },
      { id: 'fm', name: 'FM', services: ['flap'] },
    ],
    services: [
      { id: 'flap', name: 'Flap', check_interval: intervals.flap },
      { id: 'slow', name: 'Slow', check_interval: intervals.slow },
    ],
    slas: [
      { id: 'rund', customers: '*', services: '*', availability: { target: 99.5, calendar: 'always' } },
      { id: 'buero', customers: ['fm'], services: '*', availability: { target: 99, calendar: 'office' } },
    ],
  }
  const parsed = validateCatalog(input)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.catalog
}
const catalog = catalogWith({ flap: 60, slow: 300 })
const monitored = (of: Catalog, id: string) =>
  monitoredService(of.services.find((s) => s.id === id) as Service)

interface CheckRecord {
  service: string
  probe: string
  at: string
  status: CheckStatus
  id: string
}

// A fixed linear congruential generator: reproducible without a dependency.
let seed = 11
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed % n
}
const STATUSES: CheckStatus[] = ['up', 'up', 'up', 'degraded', 'down', 'down']

/** Random checks of one service's probes over `[from, to)`: runs of a status, gaps, same-instant siblings. */
function randomChecks(service: string, probes: string[], stepMs: number, from: number, to: number) {
  const records: CheckRecord[] = []
  for (const probe of probes) {
    let status: CheckStatus = 'up'
    for (let at = from; at < to; at += (random(20) < 17 ? 1 : 1 + random(8)) * stepMs) {
      if (random(12) === 0) status = STATUSES[random(STATUSES.length)] ?? 'up'
      records.push({ service, probe, at: new Date(at).toISOString(), status, id: `${probe}-${at}` })
      if (random(60) === 0)
        records.push({
          service,
          probe,
          at: new Date(at).toISOString(),
          status: STATUSES[random(STATUSES.length)] ?? 'up',
          id: `${probe}-${at}-again`,
        })
    }
  }
  return records
}

let test: TestStore
let files = 0
/** The checks as they stand after replacement: the last one sent per (service, probe, at, id). */
const stored = new Map<string, CheckRecord>()

async function ingestChecks(records: CheckRecord[], ingestCatalog = catalog) {
  const file = await test.file(`checks-${++files}.ndjson`, ndjson(records))
  const summary = await ingestFile(test.store, ingestCatalog, 'checks', file)
  expect(summary.quarantined).toBe(0)
  for (const record of records)
    stored.set(`${record.service}/${record.probe}/${t(record.at)}/${record.id}`, record)
}

// The data spans the spring DST switch (Sunday 29 March) and several UTC midnights.
const dataFrom = t('2026-03-27T20:00:00Z')
const dataTo = t('2026-03-31T04:00:00Z')
const PERIODS: Array<[string, string]> = [
  ['2026-03-28T00:00:00+01:00', '2026-03-31T00:00:00+02:00'],
  ['2026-03-27T13:17:00Z', '2026-03-28T00:00:00Z'],
  ['2026-03-28T23:58:30Z', '2026-03-29T00:01:00Z'],
  ['2026-03-29T01:30:00+01:00', '2026-03-29T04:30:00+02:00'],
  ['2026-03-30T07:00:00Z', '2026-04-02T00:00:00Z'],
]

async function expectRollupEqualsRaw(checkCatalog = catalog) {
  const services = checkCatalog.services.map(monitoredService)
  for (const [fromText, toText] of PERIODS) {
    const from = t(fromText)
    const to = t(toText)
    const rolledUp = await stateTimelinesOf(test.store, services, from, to)
    const raw = await stateTimelinesOf(test.store, services, from, to, 'raw')
    expect(rolledUp).toEqual(raw)
    for (const customer of ['im', 'fm']) {
      expect(await availabilityFigures(test.store, checkCatalog, customer, from, to)).toEqual(
        await availabilityFigures(test.store, checkCatalog, customer, from, to, 'raw'),
      )
    }
  }
}

/** The raw path against the pure derivation from the stored checks, over the whole data. */
async function expectRawEqualsPure(checkCatalog = catalog) {
  for (const service of checkCatalog.services.map(monitoredService)) {
    const checks: Check[] = [...stored.values()]
      .filter((record) => record.service === service.id)
      .map((record) => ({ probe: record.probe, at: t(record.at), status: record.status }))
    const from = dataFrom - DAY_MS
    const to = dataTo + DAY_MS
    const pure = stateTimeline(probeSegments(checks, service.holdMs))
    const raw = (await stateTimelinesOf(test.store, [service], from, to)).get(service.id)
    expect(raw).toEqual(pure)
  }
}
const DAY_MS = 86_400_000

beforeAll(async () => {
  test = await openTestStore()
})
afterAll(async () => {
  await test?.close()
})

describe('state rollup', () => {
  it('equals the raw path after each ingest run: first load, corrections, late and out-of-order checks', async () => {
    const middle = t('2026-03-29T06:00:00Z')
    // Run 1: everything but a stretch of 'flap' around the middle.
    const flap = randomChecks('flap', ['berlin', 'schwerin', 'rostock'], 30_000, dataFrom, dataTo)
    const slow = randomChecks('slow', ['a', 'b'], 5 * MIN, dataFrom, dataTo)
    const late = flap.filter((r) => Math.abs(t(r.at) - middle) < 3 * 3_600_000)
    await ingestChecks([...flap.filter((r) => !late.includes(r)), ...slow])
    const [rows] = await test.store.query<{ days: number; spans: number }>(
      sql`SELECT count() AS days, sum(length(span_start)) AS spans FROM service_states FINAL`,
    )
    // The rollup is in use: per service the UTC days 27-31 March (within one hold of the data).
    expect(rows?.days).toBe(10)
    expect(rows?.spans).toBeGreaterThan(200)
    await expectRollupEqualsRaw()

    // Run 2: the late stretch arrives, in reverse order.
    await ingestChecks([...late].reverse())
    await expectRollupEqualsRaw()

    // Run 3: corrections re-send every 7th check with another status; an old status must not survive.
    const corrections = [...stored.values()]
      .filter((_, i) => i % 7 === 0)
      .map((r) => ({ ...r, status: (r.status === 'down' ? 'up' : 'down') as CheckStatus }))
    await ingestChecks(corrections)
    await expectRollupEqualsRaw()
    await expectRawEqualsPure()

    // Run 4: the same file again changes nothing.
    await ingestChecks(corrections)
    await expectRollupEqualsRaw()
  })

  it('picks up the checks of a run that died before its rebuild, with the next run', async () => {
    const [last] = await test.store.query<{ run: number }>(sql`SELECT max(run) AS run FROM ingest_runs`)
    const killedRun = (last?.run ?? 0) + 1
    // A run that stored checks and died: its row says running, its checks carry its version.
    await test.store.insert('ingest_runs', RUN_COLUMNS, [
      [killedRun, 'checks', 'killed.ndjson', Date.now(), null, 1, 1, 0, 'running', Date.now()],
    ])
    const killed = randomChecks(
      'slow',
      ['a'],
      5 * MIN,
      t('2026-03-30T10:00:00Z'),
      t('2026-03-30T12:00:00Z'),
    ).map((r) => ({ ...r, status: 'down' as CheckStatus, id: `${r.id}-killed` }))
    await test.store.insert(
      'checks',
      ['service', 'probe', 'at', 'id', 'status', 'latency_ms', 'version'],
      killed.map((r, i) => [r.service, r.probe, t(r.at), r.id, r.status, null, runVersion(killedRun, i + 1)]),
    )
    for (const r of killed) stored.set(`${r.service}/${r.probe}/${t(r.at)}/${r.id}`, r)
    // The next run touches another service only.
    await ingestChecks([
      { service: 'flap', probe: 'berlin', at: '2026-03-27T20:00:00Z', status: 'degraded', id: 'late-one' },
    ])
    await expectRollupEqualsRaw()
    await expectRawEqualsPure()
  })

  it("recomputes the next UTC day when a check's hold reaches past midnight", async () => {
    // 1 April has no row yet; the check of 23:58 holds (slow: 2 x 300 s) until 00:08 of 1 April.
    await ingestChecks([
      { service: 'slow', probe: 'a', at: '2026-03-31T23:58:00Z', status: 'down', id: 'edge' },
    ])
    const slow = monitored(catalog, 'slow')
    const from = t('2026-04-01T00:00:00Z')
    const to = t('2026-04-01T01:00:00Z')
    // 00:00-00:08 down: the one known probe decides.
    expect((await stateTimelinesOf(test.store, [slow], from, to)).get('slow')).toEqual([
      { start: from, end: from + 8 * MIN, state: 'down' },
    ])
    await expectRollupEqualsRaw()
  })

  it('reads a service from the raw checks while its check_interval differs from the rollup, until rebuilt', async () => {
    const changed = catalogWith({ flap: 60, slow: 120 })
    const slow = monitored(changed, 'slow')
    expect(slow.holdMs).toBe(4 * MIN)
    const from = t('2026-03-28T00:00:00Z')
    const to = t('2026-03-30T00:00:00Z')
    // Not rebuilt yet: the new hold comes from the raw checks, not from the old rows.
    const before = (await stateTimelinesOf(test.store, [slow], from, to)).get('slow')
    expect(before).toEqual((await stateTimelinesOf(test.store, [slow], from, to, 'raw')).get('slow'))
    expect(before).not.toEqual(
      (await stateTimelinesOf(test.store, [monitored(catalog, 'slow')], from, to)).get('slow'),
    )
    // 'stale' rebuilds only the service whose hold changed.
    expect(await rebuildServiceStates(test.store, changed, 'stale')).toMatchObject({ services: 1 })
    await expectRollupEqualsRaw(changed)
    await expectRawEqualsPure(changed)
  })
})
