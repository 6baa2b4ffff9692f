import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { createServer, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestStore, type TestStore, withCatalog } from '../test/support/fixtures'
import { createApp } from './app'
import { startSession } from './auth/session'
import { openStore } from './store'

let t: TestStore

async function listen(app: ReturnType<typeof createApp>): Promise<{ url: string; close: () => void }> {
  const server = app.listen(0)
  await new Promise((resolve) => server.once('listening', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store)
})
afterAll(() => t.close())

describe('/healthz', () => {
  it('answers ok with the embedded store and sends security headers', async () => {
    const server = await listen(createApp({ store: t.store, demo: false, webDir: '/nonexistent' }))
    const response = await fetch(`${server.url}/healthz`)
    server.close()
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', store: 'chdb' })
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('answers 503 with a reason naming the server when ClickHouse is down, within seconds', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe: Server = createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const port = (probe.address() as AddressInfo).port
    await new Promise((resolve) => probe.close(resolve))

    const started = Date.now()
    const down = await openStore({ url: `http://127.0.0.1:${port}` }, { lazy: true })
    const server = await listen(createApp({ store: down, demo: false, webDir: '/nonexistent' }))
    const response = await fetch(`${server.url}/healthz`)
    const body = await response.json()
    const trpc = await fetch(`${server.url}/trpc/catalog.overview`, {
      headers: {
        cookie: `leitstand_session=${await startSession(t.store, { id: 'l', name: 'L', role: 'leadership' })}`,
      },
    })
    server.close()
    await down.close()
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(response.status).toBe(503)
    expect(body).toMatchObject({ status: 'unavailable', store: 'clickhouse' })
    // The reason goes to the server's log only (server/security.test.ts).
    expect(body).toEqual({ status: 'unavailable', store: 'clickhouse' })
    expect(trpc.status).toBe(503)
    expect((await trpc.json()).error.message).toBe('Die Datenbank ist nicht erreichbar.')
  })
})

describe('errors', () => {
  it('reach the client as a failed query with an id, never as database text', async () => {
    const cookie = `leitstand_session=${await startSession(t.store, { id: 'l', name: 'L', role: 'leadership' })}`
    await t.store.command('DROP TABLE surveys')
    const server = await listen(createApp({ store: t.store, demo: false, webDir: '/nonexistent' }))
    const response = await fetch(
      `${server.url}/trpc/report.get?input=${encodeURIComponent(JSON.stringify({ customer: 'im', from: '2026-03-01', to: '2026-04-01' }))}`,
      { headers: { cookie } },
    )
    server.close()
    const text = await response.text()
    expect(response.status).toBe(500)
    expect(JSON.parse(text).error.message).toMatch(
      /^Die Datenbank konnte die Abfrage nicht ausführen \(ID [0-9a-f]{8}\)$/,
    )
    expect(JSON.parse(text).error.data.code).toBe('INTERNAL_SERVER_ERROR')
    expect(text).not.toMatch(/surveys|UNKNOWN_TABLE|stack|at async/i)
  })

  it('rejects a made-up session id as not signed in', async () => {
    const forged = randomBytes(32).toString('base64url')
    const server = await listen(createApp({ store: t.store, demo: false, webDir: '/nonexistent' }))
    const response = await fetch(`${server.url}/trpc/catalog.overview`, {
      headers: { cookie: `leitstand_session=${forged}` },
    })
    server.close()
    expect(response.status).toBe(401)
  })
})
