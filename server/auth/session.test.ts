/** Server-side sessions and the demo login, against the real store. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { User } from '../../shared/auth'
import { openTestStore, type TestStore, withCatalog } from '../../test/support/fixtures'
import { listAudit } from '../audit/trail'
import { createCaller } from '../router'
import { sql, typed } from '../store/sql'
import type { Context } from '../trpc'
import { signInMethods } from './oidc'
import { rateLimit, signInLimits } from './rate-limit'
import {
  DEFAULT_SESSION_POLICY,
  endSession,
  readSession,
  SESSION_COOKIE,
  sessionPolicyFromEnv,
  startSession,
} from './session'

let t: TestStore
const leitung: User = { id: 'leitung', name: 'Demo Leitung', role: 'leadership' }
const cookie = (id: string) => `${SESSION_COOKIE}=${id}`

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store)
})
afterAll(() => t.close())
afterEach(() => vi.useRealTimers())

describe('sessions', () => {
  it('end after 30 idle minutes, and a use within them keeps the session going', async () => {
    // Near the real time: the table's TTL drops rows of sessions started more than a day ago.
    const start = Date.now()
    const at = (minutes: number, seconds = 0) => vi.setSystemTime(start + minutes * 60_000 + seconds * 1000)
    vi.useFakeTimers({ toFake: ['Date'] })
    at(0)
    const id = await startSession(t.store, leitung)
    at(29)
    expect((await readSession(t.store, cookie(id)))?.user).toEqual(leitung)
    // Used at minute 29: idle until minute 59.
    at(58, 59)
    expect(await readSession(t.store, cookie(id))).toBeDefined()
    at(88, 58)
    expect(await readSession(t.store, cookie(id))).toBeDefined()
    at(118, 59)
    expect(await readSession(t.store, cookie(id))).toBeUndefined()
  })

  it('end 8 hours after sign-in however busy the user is', async () => {
    const start = Date.now()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(start)
    const id = await startSession(t.store, leitung)
    for (let minutes = 20; minutes < 8 * 60; minutes += 20) {
      vi.setSystemTime(start + minutes * 60_000)
      expect(await readSession(t.store, cookie(id)), `after ${minutes} min`).toBeDefined()
    }
    vi.setSystemTime(start + 8 * 60 * 60_000)
    expect(await readSession(t.store, cookie(id))).toBeUndefined()
  })

  it('take their timeouts from the environment, within bounds', () => {
    expect(sessionPolicyFromEnv({})).toEqual(DEFAULT_SESSION_POLICY)
    expect(
      sessionPolicyFromEnv({
        LEITSTAND_SESSION_IDLE_MINUTES: '15',
        LEITSTAND_SESSION_ABSOLUTE_MINUTES: '600',
      }),
    ).toEqual({ idleMinutes: 15, absoluteMinutes: 600 })
    expect(() => sessionPolicyFromEnv({ LEITSTAND_SESSION_ABSOLUTE_MINUTES: '2000' })).toThrow(/1 to 1440/)
    expect(() => sessionPolicyFromEnv({ LEITSTAND_SESSION_IDLE_MINUTES: '0' })).toThrow(/IDLE/)
  })

  it('once ended, stay ended: a later use does not bring the session back', async () => {
    const id = await startSession(t.store, leitung)
    const session = await readSession(t.store, cookie(id))
    expect(session).toBeDefined()
    await endSession(t.store, session as NonNullable<typeof session>)
    expect(await readSession(t.store, cookie(id))).toBeUndefined()
    expect(await readSession(t.store, cookie('erfunden'))).toBeUndefined()
  })

  it('ended through another instance, stop working here within 5 seconds', async () => {
    // Several instances share sessions only on a ClickHouse server: the same store, seen as one.
    const store = { ...t.store, kind: 'clickhouse' as const }
    const start = Date.now()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(start)
    const id = await startSession(store, leitung)
    const session = await readSession(store, cookie(id))
    expect(session).toBeDefined()
    // Another server on the same ClickHouse ends it: a newer, ended version of the row.
    await store.command(sql`
      INSERT INTO sessions (id_hash, user_id, user_name, role, customer, method, id_token, started_at, seen_at, ended, version)
      SELECT id_hash, user_id, user_name, role, customer, method, '', started_at, now64(3), true, version + ${typed('UInt64', (2n ** 52n).toString())}
      FROM sessions FINAL WHERE id_hash = ${session?.idHash ?? ''}`)
    // Remembered for a moment: a page's calls do not each ask the store.
    vi.setSystemTime(start + 500)
    expect(await readSession(store, cookie(id))).toBeDefined()
    vi.setSystemTime(start + 5000)
    expect(await readSession(store, cookie(id))).toBeUndefined()
  })
})

describe('the demo login', () => {
  function demoCaller(headers: string[], session?: Context['session'], limits = signInLimits()) {
    return createCaller({
      store: t.store,
      demo: true,
      user: session?.user,
      session,
      signIn: { policy: DEFAULT_SESSION_POLICY, limits },
      ip: '192.0.2.7',
      setHeader: (_name, value) => headers.push(value),
      secure: false,
    })
  }
  const sessionOf = (header: string | undefined) => (header ?? '').split(';')[0]?.split('=')[1] ?? ''

  it('starts a new session at each sign-in and ends the one before; logout ends it on the server', async () => {
    const headers: string[] = []
    await demoCaller(headers).auth.login({ userId: 'leitung' })
    const first = sessionOf(headers[0])
    const firstSession = await readSession(t.store, cookie(first))
    expect(firstSession?.user.id).toBe('leitung')

    await demoCaller(headers, firstSession).auth.login({ userId: 'ressort-fm' })
    const second = sessionOf(headers[1])
    expect(second).not.toBe(first)
    expect(await readSession(t.store, cookie(first))).toBeUndefined()
    const secondSession = await readSession(t.store, cookie(second))
    expect(secondSession?.user).toMatchObject({ role: 'ministry', customer: 'fm' })

    expect(await demoCaller(headers, secondSession).auth.logout()).toEqual({ redirect: null })
    expect(headers[2]).toMatch(/^leitstand_session=; Max-Age=0/)
    expect(await readSession(t.store, cookie(second))).toBeUndefined()

    const trail = (await listAudit(t.store, {})).entries.filter((e) => e.subject === 'demo')
    expect(trail.map((e) => [e.action, e.userId, e.customer])).toEqual([
      ['sign_out', 'ressort-fm', 'fm'],
      ['sign_in', 'ressort-fm', 'fm'],
      ['sign_in', 'leitung', ''],
    ])
  })

  it('answers 429 after too many attempts for one user name, and for one address', async () => {
    const perUser = { perIp: rateLimit(100, 60_000), perUser: rateLimit(3, 60_000) }
    const outcomes = []
    for (let i = 0; i < 4; i++)
      outcomes.push(
        await demoCaller([], undefined, perUser)
          .auth.login({ userId: 'nobody' })
          .catch((e) => e.code),
      )
    expect(outcomes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'TOO_MANY_REQUESTS'])
    // Another user name is still allowed from the same address.
    expect((await demoCaller([], undefined, perUser).auth.login({ userId: 'leitung' })).id).toBe('leitung')

    const perIp = { perIp: rateLimit(2, 60_000), perUser: rateLimit(100, 60_000) }
    const byAddress = []
    for (const userId of ['a', 'b', 'leitung'])
      byAddress.push(
        await demoCaller([], undefined, perIp)
          .auth.login({ userId })
          .catch((e) => e.message),
      )
    expect(byAddress[2]).toMatch(/^Zu viele Anmeldeversuche\. Bitte warten Sie 60 Sekunden\./)
    const refused = (await listAudit(t.store, { user: 'nobody' })).entries
    expect(refused[0]).toMatchObject({ action: 'sign_in_refused', outcome: 'unknown_user' })
  })
})

describe('serve offers', () => {
  it('the demo or OpenID Connect, and refuses both unless LEITSTAND_SIGN_IN says so', () => {
    expect(signInMethods(true, false, undefined)).toEqual({ demo: true, oidc: false })
    expect(signInMethods(false, true, undefined)).toEqual({ demo: false, oidc: true })
    expect(() => signInMethods(true, true, undefined)).toThrow(/LEITSTAND_SIGN_IN/)
    expect(signInMethods(true, true, 'oidc')).toEqual({ demo: false, oidc: true })
    expect(signInMethods(true, true, 'both')).toEqual({ demo: true, oidc: true })
    expect(() => signInMethods(false, false, 'oidc')).toThrow(/LEITSTAND_OIDC_ISSUER/)
    expect(() => signInMethods(false, true, 'alle')).toThrow(/oidc, demo or both/)
  })
})
