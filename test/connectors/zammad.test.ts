/**
 * Zammad webhook deliveries (test/fixtures/zammad, in the shape of Zammad's
 * documented default payload) turned into ticket events against what the
 * store knows, ingested through the same path as every file and push.
 */
import { createHmac } from 'node:crypto'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { validateMapping, type ZammadMapping } from '../../ingest/connectors/mapping'
import { verifyZammadSignature, type ZammadPayload, zammadRecords } from '../../ingest/connectors/zammad'
import { directTarget, ingestEvents } from '../../ingest/ingest'
import { periodBounds } from '../../server/period'
import { sql } from '../../server/store/sql'
import { ticketFigures } from '../../server/tickets/figures'
import type { Catalog } from '../../shared/catalog'
import { openTestStore, type TestStore, testCatalog, withCatalog } from '../support/fixtures'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/zammad/${name}`, import.meta.url), 'utf8')
const payload = (name: string) => JSON.parse(fixture(name)) as ZammadPayload

let t: TestStore
let catalog: Catalog
let mapping: ZammadMapping

beforeAll(async () => {
  t = await openTestStore()
  catalog = await withCatalog(t.store, testCatalog())
  const result = validateMapping(parse(fixture('connectors.yaml')), catalog)
  if (!result.ok || !result.mapping.zammad) throw new Error(JSON.stringify(result))
  mapping = result.mapping.zammad
})
afterAll(() => t.close())

/** One delivery through the ingest, as the webhook route does it. */
async function deliver(name: string) {
  const records = await zammadRecords(t.store, payload(name), mapping, name)
  const summary = await ingestEvents(directTarget(t.store, catalog), {
    kind: 'tickets',
    source: `zammad ${name}`,
    format: 'records',
    records: (async function* () {
      yield records
    })(),
  })
  return { records: records.map((r) => r.record), summary }
}

async function eventsOf(ticket: string) {
  return t.store.query<{
    id: string
    at: string
    type: string
    status: string
    priority: string
    customer: string
  }>(
    sql`SELECT id, toString(at) AS at, type, status, priority, customer FROM ticket_events FINAL
        WHERE ticket = ${ticket} ORDER BY at, id`,
  )
}

describe('Zammad signature', () => {
  const body = Buffer.from(fixture('1-new-ticket.json'))
  const sign = (secret: string, bytes: Buffer) =>
    `sha1=${createHmac('sha1', secret).update(bytes).digest('hex')}`

  it('accepts the HMAC-SHA1 of the body with the shared secret, and nothing else', () => {
    expect(verifyZammadSignature(body, sign('geheim', body), 'geheim')).toBe(true)
    expect(verifyZammadSignature(body, sign('anders', body), 'geheim')).toBe(false)
    expect(
      verifyZammadSignature(Buffer.concat([body, Buffer.from(' ')]), sign('geheim', body), 'geheim'),
    ).toBe(false)
    expect(verifyZammadSignature(body, undefined, 'geheim')).toBe(false)
    expect(verifyZammadSignature(body, 'sha1=nothex', 'geheim')).toBe(false)
  })
})

describe('Zammad deliveries', () => {
  it("follows one ticket's life: created, reply, pending, priority, closed, reopened", async () => {
    for (const name of [
      '1-new-ticket.json',
      '2-reply.json',
      '3-pending.json',
      '4-priority.json',
      '5-closed.json',
      '6-reopen.json',
    ])
      expect((await deliver(name)).summary.quarantined, name).toBe(0)
    expect(await eventsOf('ZM-10081')).toEqual([
      {
        id: 'ZM-10081-created',
        at: '2026-03-10 08:00:00.000',
        type: 'created',
        status: '',
        priority: 'P3',
        customer: 'fm',
      },
      {
        id: 'ZM-10081-responded',
        at: '2026-03-10 08:30:00.000',
        type: 'responded',
        status: '',
        priority: '',
        customer: '',
      },
      expect.objectContaining({ at: '2026-03-10 08:30:00.000', type: 'status', status: 'in_progress' }),
      expect.objectContaining({ at: '2026-03-10 09:00:00.000', type: 'status', status: 'waiting' }),
      expect.objectContaining({ at: '2026-03-10 09:10:00.000', type: 'priority', priority: 'P2' }),
      expect.objectContaining({ at: '2026-03-10 10:00:00.000', type: 'status', status: 'closed' }),
      expect.objectContaining({ at: '2026-03-10 11:00:00.000', type: 'status', status: 'in_progress' }),
    ])
  })

  it('changes nothing when Zammad delivers again, and takes late deliveries at their own time', async () => {
    expect((await deliver('2-reply.json')).records).toEqual([])
    expect((await deliver('5-closed.json')).records).toEqual([])
    // The closing delivery had an agent article, but the first reply was earlier: no new response.
    expect((await eventsOf('ZM-10081')).filter((e) => e.type === 'responded')).toHaveLength(1)
  })

  it('maps a merged duplicate to closed, and an internal note is no response', async () => {
    await deliver('7-merge.json')
    expect((await eventsOf('ZM-10082')).map((e) => [e.type, e.status || e.priority])).toEqual([
      ['created', 'P3'],
      ['status', 'closed'],
    ])
    await deliver('9-internal-note.json')
    expect((await eventsOf('ZM-10084')).map((e) => e.type)).toEqual(['created', 'status'])
  })

  it('quarantines what the mapping does not cover, with the reason', async () => {
    const { summary } = await deliver('8-unmapped-organization.json')
    expect(summary).toMatchObject({ read: 1, stored: 0, quarantined: 1 })
    expect(summary.problems[0]?.reason).toBe(
      "ticket ZM-10083: organization 'Bundesamt für Beispiele' is not mapped to a ministry (zammad.organizations)",
    )
    const unknownState = await zammadRecords(
      t.store,
      { ticket: { ...payload('6-reopen.json').ticket, state: 'in Bearbeitung' } },
      mapping,
      'x',
    )
    expect(unknownState.map((r) => r.record)).toEqual([
      { error: "ticket ZM-10081: Zammad state 'in Bearbeitung' is not mapped (zammad.states)" },
    ])
  })

  it('gives the figures of the report: three tickets, one reopened, every response in time', async () => {
    const { from, to } = periodBounds({ from: '2026-03-01', to: '2026-04-01' }, catalog.timezone)
    const figures = await ticketFigures(t.store, catalog, 'fm', from, to)
    // The response clock stops at the first reply or the first status other than new (metrics.md):
    // 10081 replied after 30 min, 10082 closed after 10 min, 10084 opened after 30 min; all within P3's 4h.
    expect(figures).toMatchObject({ created: 3, reopened: 1, response: { met: 3, breached: 0 } })
  })
})

describe('POST /api/v1/connect/zammad on the running server', () => {
  it('takes a signed delivery and refuses a wrong signature', async () => {
    const { createApp } = await import('../../server/app')
    const app = createApp({
      store: t.store,
      demo: false,
      webDir: '/nonexistent',
      connectors: {
        mappingFile: fileURLToPath(new URL('../fixtures/zammad/connectors.yaml', import.meta.url)),
        zammadSecret: 'geheim',
      },
    })
    const server = app.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/connect/zammad`
    try {
      const body = fixture('9-internal-note.json').replace('"10084"', '"10090"')
      const signature = `sha1=${createHmac('sha1', 'geheim').update(body).digest('hex')}`
      const post = (headers: Record<string, string>) =>
        fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })
      const refused = await post({ 'x-hub-signature': signature.replace(/.$/, '0') })
      expect(refused.status).toBe(401)
      const accepted = await post({ 'x-hub-signature': signature, 'x-zammad-delivery': 'd-1' })
      expect(accepted.status).toBe(200)
      expect(await accepted.json()).toMatchObject({ delivery: 'd-1', read: 2, stored: 2, quarantined: 0 })
      // The push pipeline stores it; the events are there once the answer came.
      expect((await eventsOf('ZM-10090')).map((e) => e.type)).toEqual(['created', 'status'])
      // Zammad retries: the same delivery again changes nothing.
      const again = await post({ 'x-hub-signature': signature, 'x-zammad-delivery': 'd-1' })
      expect(await again.json()).toMatchObject({ read: 0, stored: 0 })
    } finally {
      server.close()
    }
  })
})
