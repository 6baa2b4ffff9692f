/** The audit trail: who may read it, its filters, its CSV, its retention; the code only appends. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { TRPCError } from '@trpc/server'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { User } from '../../shared/auth'
import { openTestStore, type TestStore, withCatalog } from '../../test/support/fixtures'
import { createApp } from '../app'
import { startSession } from '../auth/session'
import { auditFailures } from '../metrics'
import { createCaller } from '../router'
import { sql } from '../store/sql'
import { auditCsv, csvCell } from './csv'
import { applyRetention, listAudit, recordAudit } from './trail'

let t: TestStore
const users = {
  leitung: { id: 'leitung', name: 'Lea Leitung', role: 'leadership' },
  service: { id: 'service', name: 'Sven Service', role: 'service_manager' },
  fm: { id: 'fm-nutzer', name: 'Frida Finanz', role: 'ministry', customer: 'fm' },
} satisfies Record<string, User>
const caller = (user: User | undefined) => createCaller({ store: t.store, demo: false, user, secure: false })

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'OK'
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error)
  }
}

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store)
  vi.useFakeTimers({ toFake: ['Date'] })
  // 30 June 22:30 UTC is 1 July 00:30 in German summer time.
  const at = [
    ['2026-06-30T21:59:00Z', users.fm, 'fm', 'sign_in', 'oidc'],
    ['2026-06-30T22:30:00Z', users.fm, 'fm', 'view', 'report.get'],
    ['2026-07-01T09:00:00Z', users.leitung, 'im', 'download', 'bericht.csv'],
    ['2026-07-01T10:00:00Z', users.leitung, 'fm', 'download', 'bericht.pdf'],
  ] as const
  for (const [time, user, customer, action, subject] of at) {
    vi.setSystemTime(new Date(time))
    await recordAudit(t.store, { action, user, customer, subject, outcome: 'ok', ip: '192.0.2.1' })
  }
  vi.setSystemTime(new Date('2026-07-02T08:00:00Z'))
  await recordAudit(t.store, {
    action: 'sign_in_refused',
    user: { id: 'x', name: '=HYPERLINK("http://example.invalid","klick")' },
    subject: 'oidc',
    outcome: 'no_role',
    detail: "+cmd|' /C calc'!A0",
  })
  vi.useRealTimers()
})
afterAll(() => t.close())
afterEach(() => vi.useRealTimers())

describe('audit.list', () => {
  it('is for leadership only: ministries and service managers are refused', async () => {
    expect(await codeOf(caller(undefined).audit.list({}))).toBe('UNAUTHORIZED')
    expect(await codeOf(caller(users.fm).audit.list({}))).toBe('FORBIDDEN')
    expect(await codeOf(caller(users.fm).audit.list({ ministry: 'fm' }))).toBe('FORBIDDEN')
    expect(await codeOf(caller(users.service).audit.list({}))).toBe('FORBIDDEN')
    expect((await caller(users.leitung).audit.list({})).entries).toHaveLength(5)
  })

  it('filters by user (id or name), ministry and German day', async () => {
    const list = (filter: object) =>
      caller(users.leitung)
        .audit.list(filter)
        .then(({ entries }) => entries.map((e) => `${e.at} ${e.subject}`))
    expect(await list({ user: 'fm-nutzer' })).toEqual([
      '2026-06-30T22:30:00.000Z report.get',
      '2026-06-30T21:59:00.000Z oidc',
    ])
    expect(await list({ user: 'Lea Leitung', ministry: 'fm' })).toEqual([
      '2026-07-01T10:00:00.000Z bericht.pdf',
    ])
    // 1 July in Germany: from 30 June 22:00 UTC to 1 July 22:00 UTC.
    expect(await list({ day: '2026-07-01' })).toEqual([
      '2026-07-01T10:00:00.000Z bericht.pdf',
      '2026-07-01T09:00:00.000Z bericht.csv',
      '2026-06-30T22:30:00.000Z report.get',
    ])
    expect(await list({ ministry: 'xx' })).toEqual([])
  })

  it('says when there are more entries than it shows', async () => {
    const { entries, more } = await listAudit(t.store, {}, 2)
    expect(entries).toHaveLength(2)
    expect(more).toBe(true)
  })
})

describe('the Protokoll CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`)
    expect(csvCell('+cmd')).toBe(`"'+cmd"`)
    expect(csvCell('-2')).toBe(`"'-2"`)
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(csvCell('\tx')).toBe(`"'\tx"`)
    expect(csvCell('\rx')).toBe(`"'\rx"`)
    expect(csvCell('sagt "ja"')).toBe('"sagt ""ja"""')
    expect(auditCsv([], 'en', false)).toBe(
      '\uFEFF"time","action","user","name","role","ministry","subject","outcome","reason"\r\n',
    )
  })

  it('downloads for leadership only, formula-safe, and the download is recorded', async () => {
    const server = createApp({ store: t.store, demo: false, webDir: '/nonexistent' }).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const get = async (user: User, query = '') =>
      fetch(`${base}/export/protokoll.csv${query}`, {
        headers: { cookie: `leitstand_session=${await startSession(t.store, user)}` },
      })
    try {
      const ministry = await get(users.fm, '?ressort=fm')
      expect(ministry.status).toBe(403)
      expect(await ministry.text()).not.toContain('fm-nutzer')
      expect((await get(users.service)).status).toBe(403)

      const response = await get(users.leitung, '?tag=2026-07-02')
      expect(response.status).toBe(200)
      expect(response.headers.get('content-disposition')).toContain('leitstand-protokoll.csv')
      const bytes = Buffer.from(await response.arrayBuffer())
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = bytes.subarray(3).toString('utf8').split('\r\n')
      expect(lines[0]).toBe(
        '"zeitpunkt";"aktion";"benutzer";"name";"rolle";"ressort";"vorgang";"ergebnis";"grund"',
      )
      expect(lines[1]).toBe(
        `"2026-07-02T08:00:00.000Z";"sign_in_refused";"x";"'=HYPERLINK(""http://example.invalid"",""klick"")";"";"";"oidc";"no_role";"'+cmd|' /C calc'!A0"`,
      )
      expect(lines).toHaveLength(3)
      const badDay = await get(users.leitung, '?tag=2026-02-30')
      expect(badDay.status).toBe(400)
      expect(await badDay.text()).toBe('Ungültiger Filter.')
    } finally {
      server.close()
    }
    const downloads = (await listAudit(t.store, { user: 'leitung' })).entries.filter(
      (e) => e.subject === 'protokoll.csv',
    )
    expect(downloads.map((e) => e.outcome).sort()).toEqual(['BAD_REQUEST', 'ok'])
    const refused = (await listAudit(t.store, { user: 'fm-nutzer' })).entries.filter(
      (e) => e.subject === 'protokoll.csv',
    )
    expect(refused.map((e) => [e.customer, e.outcome])).toEqual([['fm', 'FORBIDDEN']])
  })
})

describe('report downloads', () => {
  it('are recorded with the ministry asked for and the outcome, refusals included', async () => {
    const server = createApp({ store: t.store, demo: false, webDir: '/nonexistent' }).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const cookie = `leitstand_session=${await startSession(t.store, users.fm)}`
    const download = (customer: string) =>
      fetch(`${base}/export/bericht.csv?ressort=${customer}&von=2026-03-01&bis=2026-04-01`, {
        headers: { cookie },
      })
    try {
      expect((await download('fm')).status).toBe(200)
      expect((await download('im')).status).toBe(403)
    } finally {
      server.close()
    }
    const trail = (await listAudit(t.store, { user: 'fm-nutzer' })).entries
      .filter((e) => e.subject !== 'protokoll.csv' && e.at > '2026-08')
      .map((e) => [e.action, e.subject, e.customer, e.outcome])
    expect(trail.sort()).toEqual(
      [
        ['download', 'bericht.csv', 'fm', 'ok'],
        ['download', 'bericht.csv', 'im', 'FORBIDDEN'],
        ['view', 'report.get', 'fm', 'ok'],
        ['view', 'report.get', 'im', 'FORBIDDEN'],
      ].sort(),
    )
  })

  it("the report's verdict is recorded like the report, refusals included", async () => {
    const period = { from: '2026-03-01', to: '2026-04-01' }
    expect(await codeOf(caller(users.fm).report.verdict({ ...period, customer: 'fm' }))).toBe('OK')
    expect(await codeOf(caller(users.fm).report.verdict({ ...period, customer: 'im' }))).toBe('FORBIDDEN')
    const trail = (await listAudit(t.store, { user: 'fm-nutzer' })).entries
      .filter((e) => e.subject === 'report.verdict')
      .map((e) => [e.action, e.customer, e.outcome])
    expect(trail.sort()).toEqual([
      ['view', 'fm', 'ok'],
      ['view', 'im', 'FORBIDDEN'],
    ])
  })

  it('are answered when the store does not take their entry, which goes to the server log in full and to /metrics', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const failuresBefore = (await auditFailures.get()).values[0]?.value ?? 0
    await t.store.command(sql`RENAME TABLE audit_log TO audit_log_away`)
    try {
      const period = { from: '2026-03-01', to: '2026-04-01' }
      expect(await codeOf(caller(users.fm).report.verdict({ ...period, customer: 'fm' }))).toBe('OK')
      await vi.waitFor(() =>
        expect(logged).toHaveBeenCalledWith(
          expect.stringMatching(
            /^\[audit\] entry not stored \(.+\): view via report\.verdict: fm-nutzer \(ministry\), ministry fm, ok$/,
          ),
        ),
      )
      expect((await auditFailures.get()).values[0]?.value).toBe(failuresBefore + 1)
    } finally {
      await t.store.command(sql`RENAME TABLE audit_log_away TO audit_log`)
      logged.mockRestore()
    }
  })

  it('are written together when recorded in one turn, each stored when its call returns', async () => {
    // Every insert takes the next block number of the table; merging parts takes none.
    const inserts = async () =>
      Number(
        (
          await t.store.query<{ n: string }>(
            sql`SELECT max(max_block_number) AS n FROM system.parts WHERE database = currentDatabase() AND table = 'audit_log'`,
          )
        )[0]?.n,
      )
    const before = await inserts()
    const views = ['fm', 'im', 'fm', 'im', 'fm', 'im'].map((customer, i) =>
      recordAudit(t.store, {
        action: 'view',
        user: { id: `zusammen-${i}`, name: 'Zusammen', role: 'leadership' },
        customer,
        subject: 'report.get',
        outcome: 'ok',
      }),
    )
    for (const [i, view] of views.entries()) {
      await view
      // Stored when its call returns: the entry is there at once.
      expect((await listAudit(t.store, { user: `zusammen-${i}` })).entries).toHaveLength(1)
    }
    expect((await listAudit(t.store, { user: 'Zusammen' })).entries).toHaveLength(6)
    // Recorded in one turn of the event loop: one insert.
    expect((await inserts()) - before).toBe(1)
  })
})

describe('the audit table', () => {
  it('keeps entries 730 days unless configured otherwise', async () => {
    const ttl = async () =>
      (
        await t.store.query<{ q: string }>(
          sql`SELECT create_table_query AS q FROM system.tables WHERE database = currentDatabase() AND name = 'audit_log'`,
        )
      )[0]?.q
    expect(await ttl()).toContain('toIntervalDay(730)')
    await applyRetention(t.store, 90)
    expect(await ttl()).toContain('toIntervalDay(90)')
    await applyRetention(t.store, 90)
    await expect(applyRetention(t.store, 0)).rejects.toThrow(/LEITSTAND_AUDIT_RETENTION_DAYS/)
  })

  it('is only ever inserted into and read by the code', () => {
    const statements: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (/\.ts$/.test(name) && !name.endsWith('.test.ts')) {
          const text = readFileSync(path, 'utf8')
          for (const match of text.matchAll(/[A-Z ]{4,40}audit_log\b/g)) statements.push(match[0].trim())
          // The store's insert of rows is an INSERT INTO too.
          for (const _ of text.matchAll(/\.insert\('audit_log'/g)) statements.push('INSERT INTO audit_log')
        }
      }
    }
    walk(join(import.meta.dirname, '..'))
    expect(new Set(statements)).toEqual(
      new Set(['INSERT INTO audit_log', 'FROM audit_log', 'ALTER TABLE audit_log']),
    )
    const alter = readFileSync(join(import.meta.dirname, 'trail.ts'), 'utf8').match(
      /ALTER TABLE audit_log [A-Z ]+/g,
    )
    expect(alter).toEqual(['ALTER TABLE audit_log MODIFY TTL '])
  })
})
