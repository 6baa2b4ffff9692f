import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../../test/support/fixtures'
import { dataAsOf, dataFreshness } from './freshness'

let t: TestStore
const catalog = testCatalog()

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
})
afterAll(() => t.close())

describe('the age of the data', () => {
  it('knows nothing before anything arrived', async () => {
    const empty = await dataFreshness(t.store, Date.UTC(2026, 2, 20, 12))
    expect(empty.kinds.map((kind) => [kind.kind, kind.lastRun, kind.newestEvent])).toEqual([
      ['tickets', null, null],
      ['checks', null, null],
      ['maintenance', null, null],
      ['surveys', null, null],
      ['kpis', null, null],
    ])
    expect(empty.checksStale).toBe(false)
    expect(await dataAsOf(t.store)).toBeNull()
  })

  it('gives each kind its last completed run and newest event, and finds checks older than 10 minutes stale', async () => {
    const checks = [
      { service: 'email', at: '2026-03-20T11:50:00+01:00', status: 'up' },
      { service: 'email', at: '2026-03-20T11:59:00+01:00', status: 'up' },
      { service: 'email', at: '2026-03-20T11:55:00+01:00', status: 'down' },
      { service: 'nope', at: '2026-03-20T12:00:00+01:00', status: 'up' },
    ]
    const before = Date.now()
    const summary = await ingestFile(
      t.store,
      catalog,
      'checks',
      await t.file('checks.ndjson', ndjson(checks)),
    )
    const status = await dataFreshness(t.store, Date.parse('2026-03-20T12:09:00+01:00'))
    const ofChecks = status.kinds.find((kind) => kind.kind === 'checks')
    // The newest stored check is 11:59 (the 12:00 one was quarantined: unknown service).
    expect(ofChecks?.newestEvent).toBe('2026-03-20T10:59:00.000Z')
    expect(ofChecks?.lastRun).toMatchObject({ run: summary.run, stored: 3, quarantined: 1 })
    expect(Date.parse(ofChecks?.lastRun?.finishedAt ?? '')).toBeGreaterThanOrEqual(before - 1000)
    expect(status.kinds.find((kind) => kind.kind === 'tickets')?.lastRun).toBeNull()
    // 12:09 is 10 minutes after 11:59: not yet stale; 12:09:01 is.
    expect(status.staleAfterMinutes).toBe(10)
    expect(status.checksStale).toBe(false)
    expect((await dataFreshness(t.store, Date.parse('2026-03-20T12:09:01+01:00'))).checksStale).toBe(true)
    expect(await dataAsOf(t.store)).toBe(ofChecks?.lastRun?.finishedAt)
  })
})
