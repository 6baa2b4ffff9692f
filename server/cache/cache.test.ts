/**
 * The result cache through the router with a real context and real chDB: a
 * cached answer follows an ingest that touches what it read, is kept through
 * one that does not, and is never handed to another scope.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import type { User } from '../../shared/auth'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../../test/support/fixtures'
import { createCaller } from '../router'
import { sql } from '../store/sql'
import { changesSince, dayOf, latestSeq, recordChange } from './changes'
import { ResultCache } from './results'
import { computeAhead } from './warm'

let t: TestStore
const catalog = testCatalog()
const march = { from: '2026-03-01', to: '2026-04-01' }
const cache = new ResultCache()
let stopFollowing: () => void

const users: Record<string, User> = {
  im: { id: 'ressort-im', name: 'Demo IM', role: 'ministry', customer: 'im' },
  fm: { id: 'ressort-fm', name: 'Demo FM', role: 'ministry', customer: 'fm' },
  leitung: { id: 'leitung', name: 'Demo Leitung', role: 'leadership' },
  service: { id: 'servicemanagement', name: 'Demo Servicemanagement', role: 'service_manager' },
}

const as = (user: User) => createCaller({ store: t.store, demo: true, user, secure: false, cache })

let files = 0
async function ingest(kind: 'tickets' | 'checks', records: object[]) {
  await ingestFile(t.store, catalog, kind, await t.file(`${kind}-${files++}.ndjson`, ndjson(records)))
}

const created = (ticket: string, customer: string, at: string) => ({
  id: `${ticket}-c`,
  ticket,
  at,
  type: 'created',
  customer,
  service: 'email',
  priority: 'P3',
})

/** What the cache did during `action`. */
async function counted(action: () => Promise<unknown>) {
  const before = { ...cache.counters }
  await action()
  return {
    hits: cache.counters.hits - before.hits,
    computed: cache.counters.computed - before.computed,
    shared: cache.counters.shared - before.shared,
  }
}

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
  stopFollowing = cache.follow(t.store)
  await ingest('tickets', [created('IM-1', 'im', '2026-03-10T09:00:00+01:00')])
})
afterAll(async () => {
  stopFollowing()
  await t.close()
})

describe('result cache', () => {
  it('answers a repeated call from the cache, and anew after an ingest that touches it', async () => {
    const first = await as(users.im as User).report.get({ ...march, customer: 'im' })
    expect(first.tickets.created).toBe(1)
    expect(await counted(() => as(users.im as User).report.get({ ...march, customer: 'im' }))).toEqual({
      hits: 1,
      computed: 0,
      shared: 0,
    })

    // A second ticket created in March: the report reads it.
    await ingest('tickets', [created('IM-2', 'im', '2026-03-12T09:00:00+01:00')])
    let again: Awaited<typeof first> | undefined
    expect(
      await counted(async () => {
        again = await as(users.im as User).report.get({ ...march, customer: 'im' })
      }),
    ).toMatchObject({ hits: 0, computed: 1 })
    expect(again?.tickets.created).toBe(2)
  })

  it("keeps last month's report through today's checks, and drops it for checks of its month", async () => {
    const report = () => as(users.im as User).report.get({ ...march, customer: 'im' })
    const before = await report()
    expect(before.availability.services.find((s) => s.service === 'email')?.up_minutes).toBe(0)

    const now = Date.now()
    await ingest('checks', [{ service: 'email', at: new Date(now - 60_000).toISOString(), status: 'up' }])
    // The run recorded what it touched: checks on today's (UTC) day only.
    const [latest] = (await changesSince(t.store, 0)).slice(-1)
    expect(latest).toMatchObject({ kind: 'checks', first: dayOf(now - 60_000), last: dayOf(now - 60_000) })
    expect(await counted(report)).toEqual({ hits: 1, computed: 0, shared: 0 })

    // Two checks in March, one minute apart (interval 60 s): the first holds until the second,
    // the second for at most twice the interval: 3 minutes up.
    await ingest('checks', [
      { service: 'email', at: '2026-03-15T10:00:00+01:00', status: 'up' },
      { service: 'email', at: '2026-03-15T10:01:00+01:00', status: 'up' },
    ])
    let after: Awaited<ReturnType<typeof report>> | undefined
    expect(
      await counted(async () => {
        after = await report()
      }),
    ).toMatchObject({ hits: 0, computed: 1 })
    expect(after?.availability.services.find((s) => s.service === 'email')?.up_minutes).toBe(3)
  })

  it('never hands one scope the answer of another', async () => {
    await ingest('tickets', [
      created('FM-1', 'fm', '2026-03-11T09:00:00+01:00'),
      created('FM-2', 'fm', '2026-03-11T10:00:00+01:00'),
      created('FM-3', 'fm', '2026-03-11T11:00:00+01:00'),
    ])
    const stats = { ...march }
    // The same input from three users: all ministries, im only, fm only.
    expect((await as(users.leitung as User).sla.stats(stats)).created).toBe(5)
    expect((await as(users.im as User).sla.stats(stats)).created).toBe(2)
    let fm: { created: number } | undefined
    expect(
      await counted(async () => {
        fm = await as(users.fm as User).sla.stats(stats)
      }),
    ).toMatchObject({ hits: 0, computed: 1 })
    expect(fm?.created).toBe(3)
    // The staff share their answers: the service manager gets the leadership's.
    let staff: { created: number } | undefined
    expect(
      await counted(async () => {
        staff = await as(users.service as User).sla.stats(stats)
      }),
    ).toMatchObject({ hits: 1, computed: 0 })
    expect(staff?.created).toBe(5)
    // A ministry asking for another one is refused before the cache is asked, though its answer is cached.
    await as(users.leitung as User).report.get({ ...march, customer: 'im' })
    await expect(as(users.fm as User).report.get({ ...march, customer: 'im' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    // im's report is one ministry's figures: the staff's computation serves im as well.
    expect(await counted(() => as(users.im as User).report.get({ ...march, customer: 'im' }))).toMatchObject({
      hits: 1,
      computed: 0,
    })
    // The verdict of April compares with March: the report already kept, not computed again.
    const verdict = await counted(() =>
      as(users.im as User).report.verdict({ customer: 'im', from: '2026-04-01', to: '2026-05-01' }),
    )
    expect(verdict).toMatchObject({ hits: 1, computed: 1 })
    // The timeline of im's ticket, cached for im, is "not found" for fm.
    expect((await as(users.im as User).sla.timeline({ ticket: 'IM-1' })).ticket.ticket).toBe('IM-1')
    await expect(as(users.fm as User).sla.timeline({ ticket: 'IM-1' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it("shares a service's page between the staff looking through a ministry's eyes and that ministry, after the ministry's check", async () => {
    const page = { ...march, service: 'email' }
    const staffView = await as(users.leitung as User).services.page({ ...page, customer: 'fm' })
    const staffDetail = await as(users.leitung as User).availability.service({ ...page, customer: 'fm' })
    const staffBurn = await as(users.leitung as User).availability.burn({ service: 'email', customer: 'fm' })
    let own: unknown
    let detail: unknown
    let burn: unknown
    expect(
      await counted(async () => {
        own = await as(users.fm as User).services.page(page)
        detail = await as(users.fm as User).availability.service(page)
        burn = await as(users.fm as User).availability.burn({ service: 'email' })
      }),
    ).toMatchObject({ hits: 3, computed: 0 })
    expect(own).toEqual(staffView)
    expect(detail).toEqual(staffDetail)
    expect(burn).toEqual(staffBurn)
    // fm's three March tickets of e-mail, not im's.
    expect(staffView.tickets.created).toBe(3)
    // fm does not subscribe to the e-file: the staff may look at it through fm's eyes, fm is refused though it is cached.
    await as(users.leitung as User).services.page({ ...page, service: 'eakte', customer: 'fm' })
    await expect(as(users.fm as User).services.page({ ...page, service: 'eakte' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(
      as(users.fm as User).availability.service({ ...page, service: 'eakte' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })

  it('computes identical concurrent requests once', async () => {
    const input = { from: '2026-02-01', to: '2026-04-01' }
    const effect = await counted(() =>
      Promise.all([1, 2, 3].map(() => as(users.leitung as User).sla.compliance(input))),
    )
    expect(effect).toEqual({ hits: 0, computed: 1, shared: 2 })
  })

  it('shows a check stored a moment ago in the status overview at once, not only at the next 30-second step', async () => {
    const leitung = as(users.leitung as User)
    const eakteOf = async () =>
      (await leitung.availability.overview({ days: 1 })).services.find((s) => s.service === 'eakte')
    const minute = 60_000
    const check = (at: number, status: string) => ({
      service: 'eakte',
      probe: 'p1',
      at: new Date(at).toISOString(),
      status,
    })
    const start = Date.now() - 10 * minute
    await ingest(
      'checks',
      Array.from({ length: 10 }, (_, i) => check(start + i * minute, 'up')),
    )
    expect((await eakteOf())?.state).toBe('up')
    // Down since a moment ago: later than the start of the running step in most cases, and
    // the overview computed for that start would not see it yet.
    const down = Date.now() - 1000
    await ingest('checks', [check(down, 'down')])
    const eakte = await eakteOf()
    expect(eakte?.state).toBe('down')
    expect(Date.parse(eakte?.state_since ?? '')).toBe(down)
  })

  it("keeps a resolved ticket's timeline past the 30-second steps until new data, an open ticket's for one step", async () => {
    await ingest('tickets', [
      created('IM-2', 'im', '2026-03-11T09:00:00+01:00'),
      { id: 'IM-2-r', ticket: 'IM-2', at: '2026-03-11T11:00:00+01:00', type: 'status', status: 'resolved' },
    ])
    vi.useFakeTimers({ toFake: ['Date'] })
    onTestFinished(() => {
      vi.useRealTimers()
    })
    const leitung = as(users.leitung as User)
    // After every change so far (the present instant is never before the newest change), 10 s into a step.
    const start = Math.ceil((Date.now() + 60_000) / 30_000) * 30_000
    vi.setSystemTime(start + 10_000)
    await leitung.sla.timeline({ ticket: 'IM-2' })
    await leitung.sla.timeline({ ticket: 'IM-1' })
    // Ten minutes later: the resolved ticket from the cache, named as of the running step; the open one anew.
    const step = start + 10 * 60_000
    vi.setSystemTime(step + 10_000)
    let resolved: Awaited<ReturnType<typeof leitung.sla.timeline>> | undefined
    expect(
      await counted(async () => {
        resolved = await leitung.sla.timeline({ ticket: 'IM-2' })
      }),
    ).toMatchObject({ hits: 1, computed: 0 })
    expect(resolved?.asOf).toBe(step)
    expect(resolved?.ticket.resolvedAt).toBe(Date.parse('2026-03-11T11:00:00+01:00'))
    expect(await counted(() => leitung.sla.timeline({ ticket: 'IM-1' }))).toMatchObject({ computed: 1 })
    // A reopen is new data: the timeline follows it.
    await ingest('tickets', [
      {
        id: 'IM-2-o',
        ticket: 'IM-2',
        at: new Date(step).toISOString(),
        type: 'status',
        status: 'in_progress',
      },
    ])
    const reopened = await leitung.sla.timeline({ ticket: 'IM-2' })
    expect(reopened.ticket.resolvedAt).toBeNull()
    expect(reopened.ticket.reopens).toBe(1)
  })

  it('drops everything when a catalog is loaded', async () => {
    const call = () => as(users.im as User).sla.stats(march)
    await call()
    expect(await counted(call)).toMatchObject({ hits: 1 })
    await withCatalog(t.store, catalog)
    expect(await counted(call)).toMatchObject({ hits: 0, computed: 1 })
  })
})

describe('computing ahead', () => {
  it("keeps each page's default view and every view one click away under the key its user asks with, each scope its own", async () => {
    // One instant throughout: a 30-second step passing while it runs would compute the present views again.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-04-15T10:00:00+02:00'))
    onTestFinished(() => {
      vi.useRealTimers()
    })
    const ahead = new ResultCache()
    const computed = await computeAhead(t.store, ahead)
    expect(computed).toBeGreaterThan(10)
    const withCache = (user: User) =>
      createCaller({ store: t.store, demo: true, user, secure: false, cache: ahead })
    const before = ahead.counters.computed
    const march = { from: '2026-03-01', to: '2026-04-01' }
    const cockpit = await withCache(users.service as User).goals.cockpit(march)
    const imOverview = await withCache(users.im as User).availability.overview({ days: 90 })
    const fmStats = await withCache(users.fm as User).sla.stats({ from: '2026-04-01', to: '2026-04-16' })
    // Last month's report and verdict of each ministry, for the ministry and the staff alike.
    const imReport = await withCache(users.im as User).report.get({ ...march, customer: 'im' })
    const fmVerdict = await withCache(users.leitung as User).report.verdict({ ...march, customer: 'fm' })
    // Views one click away: the presets "last quarter", "this year" and "last 12 months" (today 15 April).
    const lastQuarter = { from: '2026-01-01', to: '2026-04-01' }
    const thisYear = { from: '2026-01-01', to: '2026-04-16' }
    const last12Months = { from: '2025-04-01', to: '2026-04-01' }
    const throughFm = {
      ...lastQuarter,
      customers: ['fm'],
      bucket: 'week' as const,
      groupBy: 'priority' as const,
    }
    const fmCompliance = await withCache(users.leitung as User).sla.compliance(throughFm)
    const imPage = await withCache(users.im as User).services.page({ ...thisYear, service: 'eakte' })
    const imComments = await withCache(users.im as User).satisfaction.comments(last12Months)
    expect(ahead.counters.computed).toBe(before)
    // The same answers as computed for the caller alone: a ministry's own, not the staff's.
    const alone = (user: User) => createCaller({ store: t.store, demo: true, user, secure: false })
    expect(cockpit).toEqual(await alone(users.service as User).goals.cockpit(march))
    expect(imOverview).toEqual(await alone(users.im as User).availability.overview({ days: 90 }))
    expect(fmStats).toEqual(await alone(users.fm as User).sla.stats({ from: '2026-04-01', to: '2026-04-16' }))
    expect(imReport).toEqual(await alone(users.im as User).report.get({ ...march, customer: 'im' }))
    expect(fmVerdict).toEqual(await alone(users.leitung as User).report.verdict({ ...march, customer: 'fm' }))
    expect(fmCompliance).toEqual(await alone(users.leitung as User).sla.compliance(throughFm))
    expect(imPage).toEqual(await alone(users.im as User).services.page({ ...thisYear, service: 'eakte' }))
    expect(imComments).toEqual(await alone(users.im as User).satisfaction.comments(last12Months))
    // Computing ahead is nobody's view: the audit trail names only the people who asked.
    const [byAhead] = await t.store.query<{ n: number }>(
      sql`SELECT count() AS n FROM audit_log WHERE user_id = 'leitstand-vorberechnung'`,
    )
    expect(byAhead?.n).toBe(0)
    expect(fmStats).not.toEqual(
      await alone(users.leitung as User).sla.stats({ from: '2026-04-01', to: '2026-04-16' }),
    )
  })
})

describe('result cache without the in-process feed', () => {
  const read = { kinds: ['checks'] as const, first: 100, last: 130 }

  it("sees another process's change through the store's change table", async () => {
    const other = new ResultCache()
    const seen = (await latestSeq(t.store)) + 1
    let computations = 0
    const answer = () => other.get('k', [read], async () => ++computations)
    await answer()
    await answer()
    expect(computations).toBe(1)
    // Surveys on those days, and checks on other days, leave it; checks on day 130 drop it.
    await recordChange(t.store, 'surveys', [{ first: 120, last: 120 }])
    await recordChange(t.store, 'checks', [{ first: 131, last: 140 }])
    other.apply(await changesSince(t.store, seen))
    await answer()
    expect(computations).toBe(1)
    await recordChange(t.store, 'checks', [
      { first: 10, last: 11 },
      { first: 130, last: 131 },
    ])
    other.apply(await changesSince(t.store, seen))
    expect(await answer()).toBe(2)
  })

  it('does not keep an answer whose data changed while it was computed', async () => {
    const other = new ResultCache()
    let finish: (value: string) => void = () => undefined
    const running = other.get('k', [read], () => new Promise<string>((resolve) => (finish = resolve)))
    other.apply([{ seq: 1_000_000, kind: 'checks', first: 110, last: 110 }])
    // A request after the change does not join the computation that may have missed it.
    const fresh = other.get('k', [read], async () => 'new')
    finish('old')
    expect(await running).toBe('old')
    expect(await fresh).toBe('new')
    expect(await other.get('k', [read], async () => 'third')).toBe('new')
  })

  it('computes a dropped answer again in the background, when no caller waits, but not after a catalog load', async () => {
    const other = new ResultCache({ refresh: true })
    let computations = 0
    const answer = () => other.get('k', [read], async () => ++computations)
    expect(await answer()).toBe(1)
    other.apply([{ seq: 2_000_000, kind: 'checks', first: 120, last: 120 }])
    await vi.waitFor(() => expect(other.counters.refreshed).toBe(1))
    // The caller after the change finds the new answer ready.
    expect(await answer()).toBe(2)
    expect(computations).toBe(2)
    other.apply([{ seq: 2_000_001, kind: 'catalog', first: 0, last: 0 }])
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(other.counters.refreshed).toBe(1)
    expect(await answer()).toBe(3)
  })

  it('computes an answer nobody read since its refresh only when asked for again', async () => {
    const other = new ResultCache({ refresh: true })
    let computations = 0
    const answer = () => other.get('k', [read], async () => ++computations)
    await answer()
    // A steady stream of changes: the answer is refreshed after the first, then left until read.
    for (let seq = 3_000_000; seq < 3_000_005; seq++) {
      other.apply([{ seq, kind: 'checks', first: 120, last: 120 }])
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(other.counters.refreshed).toBe(1)
    expect(computations).toBe(2)
    expect(await answer()).toBe(3)
    // Read again: the next change refreshes it again.
    await answer()
    other.apply([{ seq: 3_000_010, kind: 'checks', first: 120, last: 120 }])
    await vi.waitFor(() => expect(other.counters.refreshed).toBe(2))
    expect(await answer()).toBe(4)
  })

  it('answers about the present one step behind while computing the next, never older ones', async () => {
    const other = new ResultCache()
    let computations = 0
    const at = (now: number) =>
      other.get('p', [read], async () => `${now}:${++computations}`, { now, step: 30 })
    expect(await at(0)).toBe('0:1')
    expect(await at(0)).toBe('0:1')
    expect(await at(30)).toBe('0:1')
    await vi.waitFor(() => expect(computations).toBe(2))
    expect(await at(30)).toBe('30:2')
    expect(await at(90)).toBe('90:3')
  })

  it('keeps an answer about the present that turned out settled until new data, like a past period', async () => {
    const other = new ResultCache()
    let computations = 0
    // Settled from the second computation on (a ticket resolved meanwhile).
    const at = (now: number) =>
      other.get('t', [read], async () => ({ now, n: ++computations }), {
        now,
        step: 30,
        settled: (answer) => answer.n >= 2,
      })
    expect(await at(0)).toEqual({ now: 0, n: 1 })
    expect(await at(90)).toEqual({ now: 90, n: 2 })
    // Hours later, still the settled answer, and nothing computed in the background.
    expect(await at(90 + 3600_000)).toEqual({ now: 90, n: 2 })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(computations).toBe(2)
    // New data on its days drops it.
    other.apply([{ seq: 4_000_000, kind: 'checks', first: 125, last: 125 }])
    expect(await at(100 + 3600_000)).toEqual({ now: 100 + 3600_000, n: 3 })
  })

  it('computes an answer of a period up to now again once the period has ended', async () => {
    const other = new ResultCache()
    let computations = 0
    // The same input: on its last day "this month" is about the present; the day after, a past period.
    expect(await other.get('m', [read], async () => ++computations, { now: 0, step: 300 })).toBe(1)
    expect(await other.get('m', [read], async () => ++computations)).toBe(2)
    expect(await other.get('m', [read], async () => ++computations)).toBe(2)
  })

  it('computes the successor of an answer a step behind only while no caller waits for a computation', async () => {
    const other = new ResultCache()
    let computations = 0
    const at = (now: number) =>
      other.get('p', [read], async () => `${now}:${++computations}`, { now, step: 30 })
    await at(0)
    let finish = () => {}
    const slow = other.get(
      'slow',
      [read],
      () => new Promise<string>((resolve) => (finish = () => resolve('slow'))),
    )
    expect(await at(30)).toBe('0:1')
    await new Promise((resolve) => setTimeout(resolve, 20))
    // A caller waits for another answer: the successor waits too.
    expect(computations).toBe(1)
    finish()
    expect(await slow).toBe('slow')
    await vi.waitFor(() => expect(computations).toBe(2))
    expect(await at(30)).toBe('30:2')
  })
})
