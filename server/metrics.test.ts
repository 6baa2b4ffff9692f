import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../ingest/ingest'
import { ndjson, openTestStore, type TestStore, withCatalog } from '../test/support/fixtures'
import { createApp } from './app'
import { startSession } from './auth/session'

let t: TestStore
let url: string
let close: () => void
const TOKEN = 'metrics-token-0123456789'

beforeAll(async () => {
  t = await openTestStore()
  const catalog = await withCatalog(t.store)
  // One KPI stored, one quarantined (no period).
  const file = await t.file(
    'kpis.ndjson',
    ndjson([{ kpi: 'employee_satisfaction', period: '2026-Q1', value: 74 }, { kpi: 'x' }]),
  )
  await ingestFile(t.store, catalog, 'kpis', file)
  const server = createApp({
    store: t.store,
    demo: false,
    webDir: '/nonexistent',
    metricsToken: TOKEN,
  }).listen(0)
  await new Promise((resolve) => server.once('listening', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(async () => {
  close()
  await t.close()
})

const scrape = async () => {
  const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
  expect(response.status).toBe(200)
  return response.text()
}

describe('/metrics', () => {
  it('answers only a scraper with the token', async () => {
    expect((await fetch(`${url}/metrics`)).status).toBe(401)
    const wrong = await fetch(`${url}/metrics`, {
      headers: { authorization: 'Bearer metrics-token-0123456780' },
    })
    expect(wrong.status).toBe(401)
    expect(await wrong.text()).not.toContain('leitstand_')
  })

  it('counts procedure calls by outcome, store statements, ingest records and the quarantine', async () => {
    const cookie = `leitstand_session=${await startSession(t.store, { id: 'l', name: 'L', role: 'leadership' })}`
    expect((await fetch(`${url}/trpc/auth.me`, { headers: { cookie } })).status).toBe(200)
    expect((await fetch(`${url}/trpc/auth.me`, { headers: { cookie } })).status).toBe(200)
    expect((await fetch(`${url}/trpc/catalog.overview`)).status).toBe(401)

    const text = await scrape()
    expect(text).toContain('leitstand_procedure_duration_seconds_count{procedure="auth.me",outcome="ok"} 2')
    expect(text).toContain(
      'leitstand_procedure_duration_seconds_count{procedure="catalog.overview",outcome="UNAUTHORIZED"} 1',
    )
    expect(text).toMatch(/leitstand_store_duration_seconds_count\{operation="insert",outcome="ok"\} [1-9]/)
    expect(text).toContain('leitstand_ingest_records{kind="kpis",outcome="read"} 2')
    expect(text).toContain('leitstand_ingest_records{kind="kpis",outcome="stored"} 1')
    expect(text).toContain('leitstand_ingest_records{kind="kpis",outcome="quarantined"} 1')
    expect(text).toContain('leitstand_ingest_runs{kind="kpis",state="done"} 1')
    expect(text).toContain('leitstand_quarantine_records{kind="kpis"} 1')
    expect(text).toContain('leitstand_cache_lookups_total')
  })
})
