/**
 * The holes a security review of the server found, each tried against the
 * real app over HTTP on a real chDB store: far-away periods, the store's time
 * limit, cross-site forms, batch size, error replies, caching and the
 * session cookie's Secure flag.
 */

import type { AddressInfo } from 'node:net'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { User } from '../shared/auth'
import { openTestStore, type TestStore, withCatalog } from '../test/support/fixtures'
import { type AppOptions, createApp } from './app'
import { SESSION_COOKIE, startSession } from './auth/session'
import { openStore, StoreTimeoutError, storeConfigFromEnv } from './store'
import { sql } from './store/sql'
import { publicProcedure, router } from './trpc'

let t: TestStore

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store)
})
afterAll(() => t.close())

async function listen(options: Partial<AppOptions> = {}) {
  const server = createApp({ store: t.store, demo: false, webDir: '/nonexistent', ...options }).listen(
    0,
    '127.0.0.1',
  )
  await new Promise((resolve) => server.once('listening', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, close: () => new Promise((resolve) => server.close(resolve)) }
}

const LEADERSHIP: User = { id: 'l', name: 'L', role: 'leadership' }
const MINISTRY: User = { id: 'r', name: 'R', role: 'ministry', customer: 'im' }
const cookieOf = async (user: User) => `${SESSION_COOKIE}=${await startSession(t.store, user)}`
const get = (url: string, procedure: string, input: unknown, cookie: string) =>
  fetch(`${url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, {
    headers: { cookie },
  })

/** Counts to a hundred billion: runs for minutes unless the time limit stops it. */
const SLOW_QUERY = sql`SELECT count() FROM numbers(100000000000) WHERE sipHash64(number) = 1`

describe('periods far in the future or past', () => {
  it('are refused as bad input at once, and year 0001 is a 400, not a 500', async () => {
    const server = await listen()
    const cookie = await cookieOf(MINISTRY)
    try {
      const started = Date.now()
      const far = await get(
        server.url,
        'report.get',
        { customer: 'im', from: '9998-01-01', to: '9999-12-31' },
        cookie,
      )
      expect(far.status).toBe(400)
      expect((await far.json()).error.message).toContain(
        'Das Datum muss zwischen 2000-01-01 und 2100-12-31 liegen',
      )
      for (const procedure of ['sla.compliance', 'satisfaction.summary', 'sla.tickets', 'tickets.weekly']) {
        const old = await get(server.url, procedure, { from: '0001-01-01', to: '0001-02-01' }, cookie)
        expect(old.status, procedure).toBe(400)
        expect((await old.json()).error.data.code, procedure).toBe('BAD_REQUEST')
      }
      expect(Date.now() - started).toBeLessThan(5000)
      // The edges of the range are fine.
      const edge = await get(
        server.url,
        'report.get',
        { customer: 'im', from: '2100-12-01', to: '2100-12-31' },
        cookie,
      )
      expect(edge.status).toBe(200)
    } finally {
      await server.close()
    }
  })
})

describe("the store's time limit", () => {
  it('cancels a statement past max_execution_time with a timeout error, not "unreachable"', async () => {
    const started = Date.now()
    await expect(t.store.query(SLOW_QUERY, { maxExecutionTime: 1 })).rejects.toMatchObject({
      name: 'StoreTimeoutError',
    })
    expect(Date.now() - started).toBeLessThan(10_000)
    // The limit of one statement does not stay with the session: the next one runs to its end.
    expect(await t.store.query<{ n: number }>(sql`SELECT count() AS n FROM numbers(10)`)).toEqual([{ n: 10 }])
  })

  it('reaches the client as tRPC TIMEOUT with the sentence the dashboard shows; other store failures as one line without their text', async () => {
    // The limit as an operator sets it: LEITSTAND_QUERY_TIMEOUT=1 (seconds).
    const limited = await openStore(storeConfigFromEnv({ LEITSTAND_QUERY_TIMEOUT: '1' }, join(t.dir, 'data')))
    const calls = router({
      slow: publicProcedure.query(({ ctx }) => ctx.store.query(SLOW_QUERY)),
      broken: publicProcedure.query(({ ctx }) =>
        ctx.store.query(sql`SELECT secret_column FROM no_such_table`),
      ),
    })
    const call = async (procedure: string) => {
      const response = await fetchRequestHandler({
        endpoint: '/trpc',
        req: new Request(`http://localhost/trpc/${procedure}`),
        router: calls,
        createContext: () => ({ store: limited, demo: false, user: undefined, secure: false }),
      })
      return { status: response.status, error: (await response.json()).error }
    }
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const started = Date.now()
      const slow = await call('slow')
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(slow.status).toBe(408)
      expect(slow.error.data.code).toBe('TIMEOUT')
      expect(slow.error.message).toBe(
        'Die Abfrage hat zu lange gedauert. Bitte wählen Sie einen kürzeren Zeitraum.',
      )

      const broken = await call('broken')
      expect(broken.status).toBe(500)
      const id = broken.error.data.errorId as string
      expect(id).toMatch(/^[0-9a-f]{8}$/)
      expect(broken.error.message).toBe(`Die Datenbank konnte die Abfrage nicht ausführen (ID ${id})`)
      expect(JSON.stringify(broken.error)).not.toMatch(/no_such_table|secret_column|UNKNOWN_TABLE/)
      // The server's log has the store's words, on one line under the same id.
      const line = logged.mock.calls.map((args) => args.join(' ')).find((text) => text.includes(id))
      expect(line).toMatch(
        new RegExp(`^\\[trpc\\] store error ${id} \\(UNKNOWN_TABLE\\): query failed: .*no_such_table`),
      )
      expect(line).not.toContain('\n')
    } finally {
      logged.mockRestore()
      await limited.close()
    }
  })

  it('/healthz answers within seconds while a long statement holds the embedded store', async () => {
    const server = await listen()
    try {
      const slow = t.store.query(SLOW_QUERY, { maxExecutionTime: 3 }).catch((e: unknown) => e)
      await new Promise((resolve) => setTimeout(resolve, 300))
      const started = Date.now()
      const response = await fetch(`${server.url}/healthz`)
      expect(Date.now() - started).toBeLessThan(4000)
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ status: 'busy', store: 'chdb' })
      expect(await slow).toBeInstanceOf(StoreTimeoutError)
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok', store: 'chdb' })
    } finally {
      await server.close()
    }
  })
})

describe('a failing /healthz', () => {
  it('shows only the state, to everyone; the reason goes to the server log', async () => {
    const probe: Server = createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const port = (probe.address() as AddressInfo).port
    await new Promise((resolve) => probe.close(resolve))
    const down = await openStore({ url: `http://127.0.0.1:${port}` }, { lazy: true })
    const server = await listen({ store: down })
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      // Sessions live in the store: with it down, a staff cookie is recognised as no one either.
      for (const cookie of [undefined, await cookieOf(MINISTRY), await cookieOf(LEADERSHIP)]) {
        const response = await fetch(`${server.url}/healthz`, { headers: cookie ? { cookie } : {} })
        expect(response.status).toBe(503)
        expect(await response.json()).toEqual({ status: 'unavailable', store: 'clickhouse' })
      }
      // Logged once, when the state changed.
      const lines = logged.mock.calls
        .map((call) => String(call[0]))
        .filter((line) => line.startsWith('[healthz]'))
      expect(lines).toEqual([
        expect.stringContaining(
          `[healthz] ok -> unavailable: ClickHouse at http://127.0.0.1:${port} is not reachable`,
        ),
      ])
    } finally {
      logged.mockRestore()
      await server.close()
      await down.close()
    }
  })
})

describe('cross-site requests', () => {
  const logout = (url: string, cookie: string, init: { body?: BodyInit; headers?: Record<string, string> }) =>
    fetch(`${url}/trpc/auth.logout`, {
      method: 'POST',
      body: init.body,
      headers: { cookie, ...init.headers },
    })
  const clearsSession = (response: Response) =>
    (response.headers.get('set-cookie') ?? '').includes(`${SESSION_COOKIE}=;`)

  it('a form (multipart, urlencoded, text/plain) cannot log the user out or call any mutation', async () => {
    const server = await listen()
    const cookie = await cookieOf(MINISTRY)
    try {
      const form = new FormData()
      form.set('x', '1')
      for (const body of [form, new URLSearchParams({ x: '1' }), 'x=1'] as BodyInit[]) {
        const response = await logout(server.url, cookie, { body })
        expect(response.status).toBe(415)
        expect(clearsSession(response)).toBe(false)
      }
      const login = await fetch(`${server.url}/trpc/auth.login`, {
        method: 'POST',
        body: new URLSearchParams({ userId: 'leitung' }),
      })
      expect(login.status).toBe(415)
    } finally {
      await server.close()
    }
  })

  it("refuses a state-changing request whose Origin is not the server's own, and lets the dashboard's through", async () => {
    const server = await listen()
    const cookie = await cookieOf(MINISTRY)
    const json = { 'content-type': 'application/json' }
    try {
      const evil = await logout(server.url, cookie, {
        body: '{}',
        headers: { ...json, origin: 'https://evil.example' },
      })
      expect(evil.status).toBe(403)
      expect(clearsSession(evil)).toBe(false)
      const unnamed = await logout(server.url, cookie, {
        body: '{}',
        headers: { ...json, 'sec-fetch-site': 'cross-site' },
      })
      expect(unnamed.status).toBe(403)
      const own = await logout(server.url, cookie, { body: '{}', headers: { ...json, origin: server.url } })
      expect(own.status).toBe(200)
      expect(clearsSession(own)).toBe(true)
    } finally {
      await server.close()
    }
    // Behind a proxy the origin is the configured public URL.
    const proxied = await listen({ publicUrl: 'https://leitstand.example.de' })
    try {
      const direct = await logout(proxied.url, cookie, {
        body: '{}',
        headers: { ...json, origin: proxied.url },
      })
      expect(direct.status).toBe(403)
      const publicOrigin = await logout(proxied.url, cookie, {
        body: '{}',
        headers: { ...json, origin: 'https://leitstand.example.de' },
      })
      expect(publicOrigin.status).toBe(200)
    } finally {
      await proxied.close()
    }
  })
})

describe('cost limits', () => {
  it('a tRPC batch carries at most 20 calls', async () => {
    const server = await listen()
    const cookie = await cookieOf(MINISTRY)
    const batch = (calls: number) =>
      fetch(
        `${server.url}/trpc/${Array(calls).fill('auth.me').join(',')}?batch=1&input=${encodeURIComponent(
          JSON.stringify(Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, null]))),
        )}`,
        { headers: { cookie } },
      )
    try {
      const twenty = await batch(20)
      expect(twenty.status).toBe(200)
      expect(await twenty.json()).toHaveLength(20)
      expect((await batch(21)).status).toBe(400)
      expect((await batch(400)).status).toBe(400)
    } finally {
      await server.close()
    }
  })
})

describe('download errors', () => {
  it("answer 400 with one sentence in the caller's language, never zod's JSON", async () => {
    const server = await listen()
    const cookie = await cookieOf(MINISTRY)
    const download = async (query: string) => {
      const response = await fetch(`${server.url}/export/bericht.csv?${query}`, { headers: { cookie } })
      return { status: response.status, text: await response.text() }
    }
    try {
      expect(await download('ressort=im&von=2026-02-01&bis=2026-02-30')).toEqual({
        status: 400,
        text: 'Ungültiges Datum: 2026-02-30',
      })
      expect(await download('ressort=im&von=2026-02-01&bis=2026-02-30&sprache=en')).toEqual({
        status: 400,
        text: 'Invalid date: 2026-02-30',
      })
      expect(await download('ressort=im&von=0001-01-01&bis=0001-02-01')).toEqual({
        status: 400,
        text: 'Das Datum muss zwischen 2000-01-01 und 2100-12-31 liegen: 0001-01-01',
      })
      expect(await download('ressort=im&von=2026-01-01&bis=2030-01-01&sprache=en')).toEqual({
        status: 400,
        text: 'The period may span at most 1098 days.',
      })
      expect(await download('ressort=im&bis=2026-02-01')).toEqual({ status: 400, text: '„von“ fehlt.' })
      expect(await download('ressort=I%20M&von=2026-01-01&bis=2026-02-01&sprache=en')).toEqual({
        status: 400,
        text: 'Invalid ministry.',
      })
    } finally {
      await server.close()
    }
  })
})

describe('caching and the session cookie', () => {
  it('/trpc and /export answers carry Cache-Control: no-store', async () => {
    const server = await listen()
    const cookie = await cookieOf(MINISTRY)
    try {
      const api = await get(
        server.url,
        'report.get',
        { customer: 'im', from: '2026-03-01', to: '2026-04-01' },
        cookie,
      )
      expect(api.status).toBe(200)
      expect(api.headers.get('cache-control')).toBe('no-store')
      const csv = await fetch(`${server.url}/export/bericht.csv?ressort=im&von=2026-03-01&bis=2026-04-01`, {
        headers: { cookie },
      })
      expect(csv.status).toBe(200)
      expect(csv.headers.get('cache-control')).toBe('no-store')
      const refused = await fetch(
        `${server.url}/export/bericht.csv?ressort=fm&von=2026-03-01&bis=2026-04-01`,
        {
          headers: { cookie },
        },
      )
      expect(refused.headers.get('cache-control')).toBe('no-store')
    } finally {
      await server.close()
    }
  })

  it('is Secure when the public URL is https, and behind a proxy that says https', async () => {
    const signIn = (url: string, headers: Record<string, string> = {}) =>
      fetch(`${url}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ userId: 'leitung' }),
      })
    const plain = await listen({ demo: true })
    const https = await listen({ demo: true, publicUrl: 'https://leitstand.example.de' })
    try {
      const local = await signIn(plain.url)
      expect(local.status).toBe(200)
      expect(local.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i)
      // A proxy on the same machine (trusted: loopback) that terminated TLS.
      const proxied = await signIn(plain.url, { 'x-forwarded-proto': 'https' })
      expect(proxied.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
      // The public URL is https: always Secure, whatever the proxy forwards.
      const configured = await signIn(https.url, { origin: 'https://leitstand.example.de' })
      expect(configured.status).toBe(200)
      expect(configured.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
    } finally {
      await plain.close()
      await https.close()
    }
  })
})
