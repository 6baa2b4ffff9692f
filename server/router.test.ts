/**
 * Tenant scope through every procedure: the test walks the router, so a new
 * procedure without a sample input here fails it, and every one is called as
 * a ministry user asking for another ministry and asking for nothing.
 */
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../ingest/ingest'
import type { User } from '../shared/auth'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../test/support/fixtures'
import { appRouter, createCaller } from './router'
import type { Context } from './trpc'

let t: TestStore
const catalog = testCatalog()
const period = { from: '2026-03-01', to: '2026-04-01' }

/** One valid input per procedure, asking for no customer in particular. */
const SAMPLE_INPUTS: Record<string, unknown> = {
  'catalog.overview': undefined,
  'catalog.versions': undefined,
  'tickets.weekly': period,
  'report.get': { ...period, customer: 'im' },
  'report.agreements': { ...period, customer: 'im' },
  'report.verdict': { ...period, customer: 'im' },
  'quarantine.list': {},
  'sla.compliance': { ...period, groupBy: 'customer' },
  'sla.board': {},
  'situation.now': undefined,
  'sla.tickets': { ...period, outcome: 'created' },
  'sla.stats': period,
  'sla.timeline': { ticket: 'IM-1' },
  'satisfaction.summary': { ...period, byService: true },
  'satisfaction.trend': period,
  'satisfaction.bySlaOutcome': period,
  'satisfaction.comments': period,
  'goals.cockpit': period,
  'availability.overview': {},
  'availability.service': { ...period, service: 'email' },
  'availability.burn': {},
  'services.page': { ...period, service: 'email' },
  'audit.list': {},
  'freshness.status': undefined,
  'freshness.asOf': undefined,
}
const PUBLIC = new Set(['auth.me', 'auth.methods', 'auth.demoUsers', 'auth.login', 'auth.logout'])
const STAFF_ONLY = new Set([
  'catalog.versions',
  'quarantine.list',
  'goals.cockpit',
  'audit.list',
  'freshness.status',
  'situation.now',
])

const users: Record<string, User> = {
  im: { id: 'ressort-im', name: 'Demo IM', role: 'ministry', customer: 'im' },
  leitung: { id: 'leitung', name: 'Demo Leitung', role: 'leadership' },
}

function caller(user: User | undefined) {
  const ctx: Context = { store: t.store, demo: true, user, secure: false }
  return createCaller(ctx)
}

function call(user: User | undefined, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller(user)
  for (const key of path.split('.')) target = (target as Record<string, unknown>)[key]
  return (target as (input: unknown) => Promise<unknown>)(input)
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'OK'
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error)
  }
}

const procedures = Object.keys(appRouter._def.procedures).filter((path) => !PUBLIC.has(path))

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
  const at = '2026-03-10T09:00:00+01:00'
  await ingestFile(
    t.store,
    catalog,
    'tickets',
    await t.file(
      'tickets.ndjson',
      ndjson([
        { id: 'i1', ticket: 'IM-1', at, type: 'created', customer: 'im', service: 'email', priority: 'P3' },
        {
          id: 'f1',
          ticket: 'FM-SECRET-1',
          at,
          type: 'created',
          customer: 'fm',
          service: 'email',
          priority: 'P1',
        },
        {
          id: 'f2',
          ticket: 'FM-SECRET-1',
          at: '2026-03-10T10:00:00+01:00',
          type: 'status',
          status: 'resolved',
        },
      ]),
    ),
  )
  await ingestFile(
    t.store,
    catalog,
    'surveys',
    await t.file(
      'surveys.ndjson',
      ndjson([{ id: 's1', at, customer: 'fm', kind: 'csat', score: 1, comment: 'FM-Kommentar' }]),
    ),
  )
})
afterAll(() => t.close())

describe('every procedure', () => {
  it('has a sample input in this test', () => {
    expect(procedures.filter((path) => !(path in SAMPLE_INPUTS))).toEqual([])
  })

  it.each(procedures)('%s rejects a caller who is not signed in', async (path) => {
    expect(await codeOf(call(undefined, path, SAMPLE_INPUTS[path]))).toBe('UNAUTHORIZED')
  })

  it.each(procedures)('%s rejects a ministry user asking for another ministry', async (path) => {
    const sample = (SAMPLE_INPUTS[path] ?? {}) as object
    expect(await codeOf(call(users.im, path, { ...sample, customer: 'fm' }))).toBe('FORBIDDEN')
    expect(await codeOf(call(users.im, path, { ...sample, customers: ['im', 'fm'] }))).toBe('FORBIDDEN')
    // An id that does not exist is refused the same way: the answer does not tell which ids exist.
    expect(await codeOf(call(users.im, path, { ...sample, customer: 'bm' }))).toBe('FORBIDDEN')
  })

  it.each(procedures)("%s shows a ministry user nothing of another ministry's data", async (path) => {
    if (STAFF_ONLY.has(path)) {
      expect(await codeOf(call(users.im, path, SAMPLE_INPUTS[path]))).toBe('FORBIDDEN')
      return
    }
    const output = JSON.stringify(await call(users.im, path, SAMPLE_INPUTS[path]))
    for (const secret of ['"fm"', 'Finanzministerium', 'FM-SECRET', 'FM-Kommentar'])
      expect(output).not.toContain(secret)
  })

  it.each(procedures)('%s answers leadership', async (path) => {
    expect(await codeOf(call(users.leitung, path, SAMPLE_INPUTS[path]))).toBe('OK')
  })
})

describe('scoped results', () => {
  it('narrows weekly tickets of a ministry user to its own tickets', async () => {
    const rows = (await call(users.im, 'tickets.weekly', period)) as Array<{
      customer: string
      created: number
    }>
    expect(new Set(rows.map((row) => row.customer))).toEqual(new Set(['im']))
    expect(rows.reduce((sum, row) => sum + row.created, 0)).toBe(1)
  })

  it('gives leadership every ministry', async () => {
    const rows = (await call(users.leitung, 'tickets.weekly', period)) as Array<{
      customer: string
      created: number
      resolved: number
    }>
    const fm = rows.filter((row) => row.customer === 'fm')
    expect(fm.reduce((sum, row) => sum + row.created + row.resolved, 0)).toBe(2)
  })

  it("counts only the ministry's own tickets in its report's verdict and trend", async () => {
    type Verdict = { trend: Array<{ month: string; resolution: number | null }> }
    const march = (verdict: unknown) => (verdict as Verdict).trend.find((m) => m.month === '2026-03-01')
    // FM-SECRET-1 (P1) was resolved after 1 h, within 4 h: fm's March is 100 %. IM-1 is still open,
    // so im resolved nothing in March: no rate at all, where fm's ticket leaking in would give 100 %.
    expect(march(await call(users.leitung, 'report.verdict', { ...period, customer: 'fm' }))).toMatchObject({
      resolution: 100,
    })
    expect(march(await call(users.im, 'report.verdict', { ...period, customer: 'im' }))).toMatchObject({
      resolution: null,
    })
    const { previous } = (await call(users.im, 'report.verdict', {
      from: '2026-04-01',
      to: '2026-05-01',
      customer: 'im',
    })) as { previous: { customer: string; tickets: { resolved: number; created: number } } }
    expect(previous).toMatchObject({ customer: 'im', tickets: { created: 1, resolved: 0 } })
  })

  it("lists the tickets behind the Erstlösungsquote of a ministry's own tickets only", async () => {
    // FM-SECRET-1 is fm's, resolved on 10 March and never reopened; IM-1 is still open.
    const input = { ...period, outcome: 'resolved_first_time' }
    expect(await call(users.im, 'sla.tickets', input)).toEqual({ total: 0, tickets: [] })
    const staff = (await call(users.leitung, 'sla.tickets', input)) as { tickets: Array<{ ticket: string }> }
    expect(staff.tickets.map((ticket) => ticket.ticket)).toEqual(['FM-SECRET-1'])
    const report = (await call(users.im, 'report.get', { ...period, customer: 'im' })) as { metrics: unknown }
    expect(report.metrics).toEqual([
      { metric: 'first_time_resolution', value: null, numerator: 0, denominator: 0 },
    ])
  })

  it('rejects a period that is too long or reversed', async () => {
    expect(
      await codeOf(call(users.leitung, 'tickets.weekly', { from: '2020-01-01', to: '2026-01-01' })),
    ).toBe('BAD_REQUEST')
    expect(
      await codeOf(call(users.leitung, 'tickets.weekly', { from: '2026-02-01', to: '2026-01-01' })),
    ).toBe('BAD_REQUEST')
  })
})

describe('demo login', () => {
  it('signs in a demo user with a session cookie, and not outside demo mode', async () => {
    const headers: string[] = []
    const ctx: Context = {
      store: t.store,
      demo: true,
      user: undefined,
      secure: false,
      setHeader: (_name, value) => headers.push(value),
    }
    const user = await createCaller(ctx).auth.login({ userId: 'ressort-fm' })
    expect(user).toMatchObject({ role: 'ministry', customer: 'fm' })
    expect(headers[0]).toMatch(/^leitstand_session=.+; Max-Age=28800; Path=\/; HttpOnly; SameSite=Lax$/)
    expect(await codeOf(createCaller({ ...ctx, demo: false }).auth.login({ userId: 'leitung' }))).toBe(
      'FORBIDDEN',
    )
    expect(await createCaller({ ...ctx, demo: false }).auth.demoUsers()).toEqual([])
  })
})

describe('satisfaction trend', () => {
  it("sums only the caller's own ministry: fm's survey counts for the staff, not for im", async () => {
    const staffTrend = (await call(users.leitung, 'satisfaction.trend', period)) as Array<{
      csat_responses: number
    }>
    expect(staffTrend).toMatchObject([{ bucket: '2026-03-01', customer: '', csat: 0, csat_responses: 1 }])
    expect(await call(users.im, 'satisfaction.trend', period)).toEqual([])
  })
})
