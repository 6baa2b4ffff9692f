/**
 * The availability router through the caller factory with a real context:
 * which services each user sees, and whose SLA measures them. Catalog: the
 * test catalog (im subscribes email and eakte, fm only email).
 */
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../shared/auth'
import { openTestStore, type TestStore, testCatalog, withCatalog } from '../../test/support/fixtures'
import { createCaller } from '../router'

let test: TestStore

const users: Record<string, User> = {
  fm: { id: 'ressort-fm', name: 'Demo FM', role: 'ministry', customer: 'fm' },
  leitung: { id: 'leitung', name: 'Demo Leitung', role: 'leadership' },
}
const caller = (user: User) => createCaller({ store: test.store, demo: true, user, secure: false })

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'OK'
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error)
  }
}

const period = { from: '2026-03-01', to: '2026-04-01' }

beforeAll(async () => {
  test = await openTestStore()
  await withCatalog(test.store, testCatalog())
})
afterAll(async () => {
  await test?.close()
})

describe('availability router scope', () => {
  it('refuses a ministry user a service it does not subscribe to', async () => {
    const fm = caller(users.fm as User)
    expect(await codeOf(fm.availability.service({ ...period, service: 'eakte' }))).toBe('FORBIDDEN')
    expect(await codeOf(fm.availability.burn({ service: 'eakte' }))).toBe('FORBIDDEN')
    // A service that does not exist is refused the same way: the answer does not tell which exist.
    expect(await codeOf(fm.availability.service({ ...period, service: 'gibt-es-nicht' }))).toBe('FORBIDDEN')
    const email = await fm.availability.service({ ...period, service: 'email' })
    expect(email.basis).toMatchObject({ kind: 'customer', customer: 'fm', sla: 'standard', target: 99.5 })
  })

  it('shows a ministry user only its services, in its own SLA', async () => {
    const fm = caller(users.fm as User)
    const overview = await fm.availability.overview({})
    expect(overview.customer).toBe('fm')
    expect(overview.dates).toHaveLength(90)
    expect(overview.services.map((s) => s.service)).toEqual(['email'])
    const burn = await fm.availability.burn({})
    expect(burn.services.map((s) => [s.service, s.basis.customer])).toEqual([['email', 'fm']])
  })

  it('shows the staff every service against its standard SLA, or a ministry view on request', async () => {
    const leitung = caller(users.leitung as User)
    const overview = await leitung.availability.overview({ days: 7 })
    expect(overview.customer).toBeNull()
    expect(overview.services.map((s) => [s.service, s.basis.kind, s.basis.target])).toEqual([
      ['email', 'standard', 99.5],
      ['eakte', 'standard', null],
    ])
    expect((await leitung.availability.overview({ customer: 'fm' })).services).toHaveLength(1)
    expect(await codeOf(leitung.availability.service({ ...period, service: 'eakte' }))).toBe('OK')
    // fm does not subscribe to eakte; an unknown service is not found.
    expect(await codeOf(leitung.availability.service({ ...period, service: 'eakte', customer: 'fm' }))).toBe(
      'NOT_FOUND',
    )
    expect(await codeOf(leitung.availability.burn({ service: 'gibt-es-nicht' }))).toBe('NOT_FOUND')
  })

  it('clamps the expensive ranges', async () => {
    const leitung = caller(users.leitung as User)
    expect(await codeOf(leitung.availability.overview({ days: 121 }))).toBe('BAD_REQUEST')
    expect(
      await codeOf(leitung.availability.service({ from: '2025-01-01', to: '2026-01-03', service: 'email' })),
    ).toBe('BAD_REQUEST')
    expect(
      await codeOf(leitung.availability.service({ from: '2025-01-01', to: '2026-01-01', service: 'email' })),
    ).toBe('OK')
  })
})
