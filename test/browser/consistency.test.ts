/**
 * One period across pages, honest availability bars, plain wording, long
 * lists and phones, end to end in real Chromium. The data is relative to the
 * real current time:
 *
 * - 105 tickets of im created last month (drill-down paging: 100 + 5), 3 of
 *   them resolved within their target (a heatmap cell of few tickets);
 * - DMS-1 (im, Dokumentenmanagement, P1) created 20 days ago, still open: its
 *   4 h in office hours are long used up;
 * - e-mail (office hours, 99,5 %) up every minute of the last two hours;
 *   E-Akte (24x7, 99,9 %) checked from 3 h to 2 h ago with 30 minutes down,
 *   silent since: below target, state unknown; Dokumentenmanagement never checked.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import {
  buildWebIfStale,
  launchChromium,
  openPage,
  signIn,
  startServer,
  type TestServer,
} from '../support/browser'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../support/fixtures'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const PHONE = { width: 390, height: 844 }

const CATALOG = testCatalog({
  // Office hours without public holidays: the days without service time are exactly the weekends.
  calendars: [
    {
      id: 'office',
      hours: {
        mon: '08:00-16:00',
        tue: '08:00-16:00',
        wed: '08:00-16:00',
        thu: '08:00-16:00',
        fri: '08:00-16:00',
      },
    },
    { id: 'always', hours: '24x7' },
  ],
  customers: [
    {
      id: 'im',
      name: 'Ministerium für Inneres, Bau und Digitalisierung',
      services: ['email', 'eakte', 'dms'],
    },
    { id: 'fm', name: 'Finanzministerium', services: ['email'] },
  ],
  services: [
    { id: 'email', name: 'E-Mail', check_interval: 60 },
    { id: 'eakte', name: 'E-Akte', check_interval: 60 },
    { id: 'dms', name: 'Dokumentenmanagement', check_interval: 60 },
  ],
  slas: [
    {
      id: 'standard',
      customers: '*',
      services: ['email', 'dms'],
      availability: { target: 99.5, calendar: 'office' },
      response: { calendar: 'office', P1: '30m', P2: '2h', P3: '4h', P4: '8h' },
      resolution: { calendar: 'office', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
    },
    { id: 'akte', customers: '*', services: ['eakte'], availability: { target: 99.9, calendar: 'always' } },
  ],
  goals: [
    {
      id: 'zuverlaessigkeit',
      name: 'Zuverlässigkeit',
      kpis: [{ id: 'loesung', metric: 'resolution_compliance', target: 90, warn: 85 }],
    },
  ],
})

/** YYYY-MM-DD in Berlin. */
const berlinDate = (ms: number) => new Date(ms).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' })
const now = Date.now()
const today = berlinDate(now)
const thisMonth = `${today.slice(0, 7)}-01`
const lastMonthStart = (() => {
  const [y, m] = today.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`
})()
/** Wednesday 10:00 of the second week of last month (always a weekday, in office hours). */
const lastMonthWorkday = (() => {
  const first = new Date(`${lastMonthStart}T10:00:00+01:00`)
  const weekday = (first.getUTCDay() + 6) % 7 // Monday 0
  return first.getTime() + (7 + 2 - weekday) * DAY
})()
const eakteLastCheck = now - 2 * HOUR - MINUTE
/** 09:00 in Berlin (10:00 in summer) on the last weekday before today: office hours, whatever the time now. */
const lastWorkdayMorning = (() => {
  for (let back = 1; ; back++) {
    const date = berlinDate(now - back * DAY)
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
    if (weekday !== 0 && weekday !== 6) return Date.parse(`${date}T09:00:00+01:00`)
  }
})()

let store: TestStore
let server: TestServer
let browser: Browser

beforeAll(async () => {
  const built = buildWebIfStale()
  store = await openTestStore()
  const catalog = await withCatalog(store.store, CATALOG)
  const load = async (kind: 'tickets' | 'checks', records: object[]) =>
    ingestFile(store.store, catalog, kind, await store.file(`${kind}.ndjson`, ndjson(records)))
  const created = (ticket: string, at: number, service = 'email', priority = 'P3') => ({
    id: `${ticket}-c`,
    ticket,
    at: new Date(at).toISOString(),
    type: 'created',
    customer: 'im',
    service,
    priority,
  })
  await load('tickets', [
    ...Array.from({ length: 105 }, (_, i) =>
      created(`L-${String(i).padStart(3, '0')}`, lastMonthWorkday + i * MINUTE),
    ),
    ...[0, 1, 2].map((i) => ({
      id: `L-00${i}-r`,
      ticket: `L-00${i}`,
      at: new Date(lastMonthWorkday + 3 * HOUR).toISOString(),
      type: 'status',
      status: 'resolved',
    })),
    created('DMS-1', now - 20 * DAY, 'dms', 'P1'),
  ])
  const minutes = (service: string, from: number, to: number, down?: [number, number]) =>
    Array.from({ length: Math.floor((to - from) / MINUTE) + 1 }, (_, i) => {
      const at = from + i * MINUTE
      const isDown = down !== undefined && at >= down[0] && at < down[1]
      return { service, at: new Date(at).toISOString(), status: isDown ? 'down' : 'up' }
    })
  await load('checks', [
    // Up now, and for an hour of service time (the last two hours may lie outside office hours).
    ...minutes('email', lastWorkdayMorning, lastWorkdayMorning + HOUR),
    ...minutes('email', now - 2 * HOUR, now - MINUTE),
    ...minutes('eakte', now - 3 * HOUR, eakteLastCheck, [now - 150 * MINUTE, now - 120 * MINUTE]),
  ])
  server = await startServer(store.store, { webDir: await built })
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await store?.close()
})

async function staffPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const { page } = await openPage(browser, server.base, { viewport })
  await signIn(page, server.base, 'Demo Leitung')
  return page
}

/** Figures load on their own: wait for them, on a loaded machine too. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 })

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name)

describe('one period across pages', () => {
  it('a preset sets von/bis, and the navigation carries them to the next page', async () => {
    const page = await staffPage()
    await page.goto('/tickets')
    await page.getByRole('button', { name: 'Letztes Quartal' }).click()
    const [y, m] = today.split('-').map(Number) as [number, number]
    const quarter = Math.floor((m - 1) / 3)
    const from = quarter === 0 ? `${y - 1}-10-01` : `${y}-${String(quarter * 3 - 2).padStart(2, '0')}-01`
    const to = `${y}-${String(quarter * 3 + 1).padStart(2, '0')}-01`
    await poll(() => [param(page, 'von'), param(page, 'bis')]).toEqual([from, to])
    await page.getByRole('navigation').getByRole('link', { name: 'Zufriedenheit' }).click()
    await poll(() => new URL(page.url()).pathname).toBe('/zufriedenheit')
    expect([param(page, 'von'), param(page, 'bis')]).toEqual([from, to])
    expect(await page.getByRole('button', { name: 'Letztes Quartal' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    // Through a page without a period (the SLA-Board) to the next one with it.
    await page.getByRole('navigation').getByRole('link', { name: 'SLA-Board' }).click()
    await page.getByRole('navigation').getByRole('link', { name: 'SLA-Einhaltung' }).click()
    await poll(() => new URL(page.url()).pathname).toBe('/sla/einhaltung')
    expect([param(page, 'von'), param(page, 'bis')]).toEqual([from, to])
    await page.context().close()
  })
})

describe('availability bars', () => {
  it('marks days without service time apart from missing data, counts the services in target, orders and dates an unknown state', async () => {
    const page = await staffPage()
    await page.goto('/verfuegbarkeit?tage=30')
    // 1 of 3 met: e-mail 100 %; E-Akte 30 of 60 known minutes down; Dokumentenmanagement without data.
    await poll(() => page.locator('.avail-in-target').textContent()).toBe(
      '1 von 3 Diensten im Ziel (1 ohne Ziel oder ohne Messwerte)',
    )
    const email = page.getByRole('list', { name: 'E-Mail: Verfügbarkeit je Tag' })
    const dates = Array.from({ length: 30 }, (_, i) => berlinDate(now - (29 - i) * DAY))
    const weekends = dates.filter((date) => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay()))
    await poll(() => email.locator('.avail-cell-closed').count()).toBe(weekends.length)
    const first = weekends[0] ?? ''
    const shown = `${first.slice(8, 10)}.${first.slice(5, 7)}.${first.slice(0, 4)}`
    await email.getByRole('img', { name: `${shown}: keine Servicezeit` }).waitFor()
    // Weekdays before the checks began: grey "keine Daten", not "keine Servicezeit".
    expect(await email.locator('.avail-cell-none').count()).toBeGreaterThan(0)
    // E-Akte: unknown since its newest check, shown with that check's time.
    const lastCheck = new Date(eakteLastCheck).toLocaleTimeString('de-DE', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
    })
    const eakte = page.locator('.avail-service', { has: page.getByRole('link', { name: 'E-Akte' }) })
    await poll(() => eakte.locator('.avail-state-line').textContent()).toContain(
      `Keine aktuellen Messdaten seit`,
    )
    expect(await eakte.locator('.avail-state-line').textContent()).toContain(lastCheck)
    // Below target first.
    await page.getByLabel('Reihenfolge').selectOption('below-target')
    await poll(() => param(page, 'reihenfolge')).toBe('unter-ziel')
    await poll(() => page.locator('.avail-service-name').allTextContents()).toEqual([
      'E-Akte',
      'Dokumentenmanagement',
      'E-Mail',
    ])
    await page.context().close()
  })
})

describe('wording and long lists', () => {
  it('the drill-down pages through the whole list and offers all of it as CSV', async () => {
    const page = await staffPage()
    await page.goto('/sla/tickets?ergebnis=created&ressort=im&service=email')
    await poll(() => page.locator('.ticket-count').textContent()).toBe(
      '105 Tickets – Tickets 1–100 von 105, die neuesten zuerst',
    )
    expect(await page.locator('.ticket-table tbody tr, table tbody tr').count()).toBe(100)
    const csv = await page.getByRole('link', { name: 'Ganze Liste als CSV' }).getAttribute('href')
    expect(csv).toBe(
      `/export/tickets.csv?von=${lastMonthStart}&bis=${thisMonth}&ergebnis=created&ressort=im&service=email`,
    )
    await page.getByRole('button', { name: 'Nächste Seite' }).click()
    await poll(() => page.locator('.ticket-count').textContent()).toContain('Tickets 101–105 von 105')
    expect(await page.locator('table tbody tr').count()).toBe(5)
    // The oldest ticket is last.
    expect(await page.locator('table tbody tr').last().textContent()).toContain('L-000')
    expect(param(page, 'seite')).toBe('2')
    await page.context().close()
  })

  it('the ticket header names the SLA and says "noch nicht gelöst"; the red marker reads "Frist abgelaufen"; nothing overlaps on a phone', async () => {
    const page = await staffPage(PHONE)
    await page.goto('/sla/tickets/DMS-1')
    const facts = page.getByRole('region', { name: 'Angaben zum Ticket' })
    await facts.waitFor()
    const text = (await facts.textContent()) ?? ''
    expect(text).toContain('noch nicht gelöst')
    expect(text).toContain('SLA standard, Lösung P1 in 4\u00a0Std. Geschäftszeit')
    expect(text).not.toContain('offen')
    await poll(() => page.locator('main').textContent()).toContain('Frist abgelaufen am')
    expect(await page.locator('main').textContent()).not.toContain('Ziel erreicht am')
    // "Dokumentenmanagement" stays within its column: no two facts overlap.
    const boxes = await facts.locator('dl.facts > div').evaluateAll((items) =>
      items.map((item) => {
        const r = item.querySelector('dd')?.getBoundingClientRect()
        const own = item.getBoundingClientRect()
        return { right: r?.right ?? 0, cellRight: own.right }
      }),
    )
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(box.cellRight + 0.5)
    await page.context().close()
  })
})

describe('SLA-Einhaltung', () => {
  it("draws the goal's target line by default and shows the tickets behind each heatmap cell", async () => {
    const page = await staffPage()
    await page.goto('/sla/einhaltung')
    await poll(() => page.getByLabel('Ziellinie').inputValue()).toBe('90')
    const cell = page.locator('td.heat', { has: page.locator('.heat-count') }).first()
    await cell.waitFor()
    // Three resolved tickets, all in target: 100 % of 3, drawn weak.
    expect(await cell.locator('.heat-value').textContent()).toBe('100')
    expect(await cell.locator('.heat-count').textContent()).toBe('3')
    expect(await cell.getAttribute('class')).toContain('heat-few')
    await page.context().close()
  })
})

describe('on a phone', () => {
  it('the navigation folds into a menu that opens and closes', async () => {
    const page = await staffPage(PHONE)
    await page.goto('/verfuegbarkeit')
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' })
    expect(await nav.isVisible()).toBe(false)
    // The page title is near the top, not below the navigation.
    const title = await page.locator('h1').boundingBox()
    expect(title?.y ?? 999).toBeLessThan(200)
    await page.getByRole('button', { name: 'Menü' }).click()
    expect(await nav.isVisible()).toBe(true)
    await nav.getByRole('link', { name: 'SLA-Board' }).click()
    await poll(() => new URL(page.url()).pathname).toBe('/sla')
    await poll(() => nav.isVisible()).toBe(false)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await page.context().close()
  })
})
