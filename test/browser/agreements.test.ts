/**
 * Agreements over time in the browser: the SLA board and the ticket timeline
 * name the terms a ticket runs under, the report says in one line what
 * changes within its period, and the catalog versions page lists what each
 * load changed (staff only). Real chDB, the real server, Debian Chromium.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { saveCatalog } from '../../server/catalog/catalog'
import {
  buildWebIfStale,
  launchChromium,
  openPage,
  screenshot,
  signIn,
  startServer,
  type TestServer,
  watchBrowserErrors,
} from '../support/browser'
import { ndjson, openTestStore, type TestStore, testCatalog } from '../support/fixtures'

const standard = {
  id: 'standard',
  customers: '*' as const,
  services: '*' as const,
  availability: { target: 99.5, calendar: 'always' },
  response: { calendar: 'office', P1: '30m', P2: '2h', P3: '4h', P4: '8h' },
  resolution: { calendar: 'office', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
}
const before = testCatalog({ slas: [standard] })
const after = testCatalog({
  slas: [
    {
      ...standard,
      changes: [{ from: '2026-04-16', availability: { target: 99.7 }, resolution: { P2: '4h' } }],
    },
  ],
})
const LINE =
  'Ab 16.04.2026 gilt ein Verfügbarkeitsziel von 99,7 % statt 99,5 % und eine Lösungszeit P2 von 4 h statt 8 h'

let store: TestStore
let server: TestServer
let browser: Browser
const failures: string[] = []

beforeAll(async () => {
  const built = buildWebIfStale()
  store = await openTestStore()
  await saveCatalog(store.store, before, 'vorher.yaml')
  // Open since Monday 20 April, after the change: it runs under the new terms.
  await ingestFile(
    store.store,
    before,
    'tickets',
    await store.file(
      'tickets.ndjson',
      ndjson([
        {
          id: 'n1',
          ticket: 'NEU-1',
          at: '2026-04-20T09:00:00+02:00',
          type: 'created',
          customer: 'im',
          service: 'email',
          priority: 'P2',
        },
      ]),
    ),
  )
  await saveCatalog(store.store, after, 'nachher.yaml')
  server = await startServer(store.store, { webDir: await built })
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await store?.close()
})

describe('agreements over time in the dashboard', () => {
  it('shows the terms a ticket runs under, the report line and the catalog versions', async () => {
    const { page, context } = await openPage(browser, server.base)
    watchBrowserErrors(page, failures)
    await signIn(page, server.base, 'Demo Servicemanagement')

    await page.goto('/sla')
    await page.getByText('SLA standard, Fassung ab 16.04.2026').first().waitFor()

    await page.goto('/sla/tickets/NEU-1')
    await page.getByText('SLA standard, Fassung ab 16.04.2026').first().waitFor()

    await page.goto('/bericht?ressort=im&von=2026-04-01&bis=2026-05-01')
    await page.getByText(LINE).waitFor()
    // March spans no change: no line.
    await page.goto('/bericht?ressort=im&von=2026-03-01&bis=2026-04-01')
    await page.locator('[data-report-ready="true"]').waitFor()
    expect(await page.getByText('Ab 16.04.2026').count()).toBe(0)

    await page.goto('/katalog')
    await page.getByRole('heading', { name: 'Version 2' }).waitFor()
    const latest = page.locator('article', { has: page.getByRole('heading', { name: 'Version 2' }) })
    expect(await latest.locator('dt').allTextContents()).toEqual(['SLAs, geändert'])
    expect(await latest.locator('dd').allTextContents()).toEqual(['standard'])
    await screenshot(page, 'katalogversionen')
    await context.close()
    expect(failures).toEqual([])
  })

  it('keeps the catalog versions from a ministry user', async () => {
    const { page, context } = await openPage(browser, server.base)
    await signIn(page, server.base, 'Demo Ministerium für Inneres, Bau und Digitalisierung')
    await page.goto('/katalog')
    await page.getByRole('heading', { name: 'Kein Zugriff', level: 1 }).waitFor()
    expect(await page.getByText('Version 1').count()).toBe(0)
    await context.close()
  })
})
